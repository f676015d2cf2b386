import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useMemo } from 'react';
import { HELP_PATH } from '../../routes/route-paths';
import { useSession } from '../identity/use-session';
import { HotlineList } from './hotline-list';
import { localHotlines } from './local-hotlines';
import { useCrisisNudge } from './use-crisis-nudge';

/**
 * A gentle note beside a composer when what is being typed sounds like crisis: the lines to
 * reach now, and the reassurance that posting is still fine. It never blocks sending, and the
 * text is read only here in the browser.
 */
export function CrisisNudge({
  text,
  label = 'Support while you write',
  selfMessage = SAFE_MESSAGING_COPY.preSendNudge.message,
}: {
  text: string;
  /** The note's landmark name: it says where it sits (beside a composer, above search results). */
  label?: string;
  /** Said to a member who sounds in crisis themself; the default speaks to someone about to post. */
  selfMessage?: string;
}) {
  const kind = useCrisisNudge(text);
  const session = useSession();
  const region = session.status === 'signed-in' ? session.member.region : null;
  const hotlines = useMemo(() => localHotlines(region), [region]);
  const copy = SAFE_MESSAGING_COPY;
  return (
    // Always mounted, so the note is announced politely when it appears.
    <div aria-live="polite">
      {kind && (
        <Paper component="aside" aria-label={label} withBorder p="md" radius="md" data-testid="crisis-nudge">
          <Stack gap="xs">
            <Text fw={600}>
              {kind === 'other' ? copy.crisisPanel.concernForOther.heading : selfMessage}
            </Text>
            {kind === 'other' && <Text size="sm">{copy.crisisPanel.concernForOther.message}</Text>}
            <HotlineList hotlines={hotlines} limit={3} label="Lines you can reach now" showEmergency={false} />
            <Anchor href={HELP_PATH} underline="always" size="sm">
              {copy.preSendNudge.talkNow}
            </Anchor>
          </Stack>
        </Paper>
      )}
    </div>
  );
}
