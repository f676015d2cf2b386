import type { MemberView } from '@lantern/contracts';
import { Alert, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { updateSessionMember } from '../../api/session';
import type { SessionMember } from '../../api/session-grant';
import { describeForumError } from '../forum/forum-error-copy';
import classes from '../forum/forum.module.css';
import { repliesQueryKeys } from './replies-api';

/**
 * Replies to you, on or off. Off, Lantern keeps no track of replies for the member and shows no
 * count; switched on again, it starts from then (nothing from the time it was off piles up).
 */
export function RepliesSetting({ member }: { member: SessionMember }) {
  const client = useQueryClient();
  const on = member.repliesToYouOff !== true;
  const saving = useMutation({
    mutationFn: (wanted: boolean) => apiFetch<MemberView>('/api/v1/me', { method: 'PATCH', json: { preferences: { repliesToYou: wanted } } }),
    onSuccess: (view) => {
      const { repliesToYouOff: _previous, ...rest } = member;
      updateSessionMember(view.preferences?.repliesToYou === false ? { ...rest, repliesToYouOff: true } : rest);
      void client.invalidateQueries({ queryKey: repliesQueryKeys.all });
    },
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="account-replies">
      <Title order={2} size="h3" id="account-replies">
        Replies to you
      </Title>
      <Switch
        label="Tell me when someone replies to me"
        description="A count beside Replies at the top of every page when someone answers a thread you started or quotes you. Only you see it."
        // Never disabled while saving (a focused switch that is disabled drops keyboard focus to the
        // page): it shows the choice being saved, says it is busy, and a press meanwhile is let go.
        checked={saving.isPending ? saving.variables : on}
        aria-busy={saving.isPending || undefined}
        onChange={(event) => {
          if (!saving.isPending) saving.mutate(event.currentTarget.checked);
        }}
      />
      <div aria-live="polite">
        {saving.isSuccess && (
          <Text size="sm" role="status">
            {saving.data.preferences?.repliesToYou === false ? "Saved. Lantern won't keep track of replies for you." : "Saved. You'll see when someone replies to you."}
          </Text>
        )}
        {saving.isError && (
          <Alert color="red" variant="light" title="That setting was not saved" classNames={{ title: classes.alertTitle }}>
            {describeForumError(saving.error).summary}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
