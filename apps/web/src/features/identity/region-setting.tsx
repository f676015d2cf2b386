import type { MemberView } from '@lantern/contracts';
import { Alert, Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { updateSessionMember } from '../../api/session';
import type { SessionMember } from '../../api/session-grant';
import { HELP_PATH } from '../../routes/route-paths';
import { regionChoices, regionName } from '../crisis/region-name';
import { describeForumError } from '../forum/forum-error-copy';
import classes from '../forum/forum.module.css';

const FROM_BROWSER = '';

/**
 * Where the member is, for the crisis lines they are shown (the panel, /help, the api's crisis
 * notices). Unset, Lantern works it out from the browser's languages, which is wrong for someone
 * abroad or reading in another language: here they say it once.
 */
export function RegionSetting({ member }: { member: SessionMember }) {
  const saving = useMutation({
    mutationFn: (region: string | null) => apiFetch<MemberView>('/api/v1/me', { method: 'PATCH', json: { region } }),
    onSuccess: (view) => updateSessionMember({ ...member, region: view.region }),
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="account-region">
      <Title order={2} size="h3" id="account-region">
        Where you are
      </Title>
      <NativeSelect
        label="Crisis lines for"
        description="The lines and emergency number Lantern shows you when things get hard."
        // Never disabled while saving: a focused select that is disabled drops keyboard focus to the
        // page, and on a closed select each arrow key saves. It shows the choice being saved, says
        // it is busy, and a change made meanwhile is let go (the next press goes on from the saved one).
        value={saving.isPending ? (saving.variables ?? FROM_BROWSER) : (member.region ?? FROM_BROWSER)}
        aria-busy={saving.isPending || undefined}
        onChange={(event) => {
          if (saving.isPending) return;
          saving.mutate(event.currentTarget.value === FROM_BROWSER ? null : event.currentTarget.value);
        }}
        data={[{ value: FROM_BROWSER, label: 'Work it out from my browser' }, ...regionChoices()]}
        maw="20rem"
      />
      <div aria-live="polite">
        {saving.isSuccess && (
          <Text size="sm" role="status">
            {saving.data.region ? `Saved. You'll be shown the lines for ${regionName(saving.data.region)}.` : "Saved. Lantern will work it out from your browser's languages."}
          </Text>
        )}
        {saving.isError && (
          <Alert color="red" variant="light" title="Where you are was not saved" classNames={{ title: classes.alertTitle }}>
            {describeForumError(saving.error).summary}
          </Alert>
        )}
      </div>
      <Text size="sm">
        Somewhere else? The{' '}
        <Anchor href={HELP_PATH} underline="always">
          help page
        </Anchor>{' '}
        links to findahelpline.com, which covers most countries.
      </Text>
    </Stack>
  );
}
