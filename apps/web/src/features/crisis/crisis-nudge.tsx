import { Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { linesShownFor, roundTheClockForEveryone, SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useMemo, useState } from 'react';
import { apiFetch } from '../../api/api-client';
import { HELP_PATH } from '../../routes/route-paths';
import { useSession } from '../identity/use-session';
import { ModeratorRequested } from './crisis-panel';
import { HotlineList } from './hotline-list';
import { localHotlines } from './local-hotlines';
import { useCrisisNudge } from './use-crisis-nudge';

/** How many of the region's lines the note shows (the help page has them all). */
const NUDGE_LINES = 3;

/**
 * A gentle note beside a composer when what is being typed sounds like crisis: the lines to
 * reach now, and the reassurance that posting is still fine. It never blocks sending, and the
 * text is read only here in the browser. When a moderator has paused the member's posting
 * (`paused`), the words cannot be posted, so the note does not say they can, and offers
 * "Talk to a moderator now" itself: being paused never leaves someone in pain without a person.
 * When the words tell of someone else hurting or threatening the writer, the note says it is not
 * theirs to bear, puts the region's lines for abuse at home first and the emergency number always,
 * and says how to leave the screen if someone may see it.
 */
export function CrisisNudge({
  text,
  label = 'Support while you write',
  selfMessage = SAFE_MESSAGING_COPY.preSendNudge.message,
  dangerMessage = SAFE_MESSAGING_COPY.preSendNudge.danger,
  paused = false,
}: {
  text: string;
  /** The note's landmark name: it says where it sits (beside a composer, above search results). */
  label?: string;
  /** Said to a member who sounds in crisis themself; the default speaks to someone about to post. */
  selfMessage?: string;
  /** Said to a member someone else hurts or threatens; the default speaks to someone about to post. */
  dangerMessage?: string;
  /** The composer beside it cannot post now (a moderator's pause). */
  paused?: boolean;
}) {
  const kind = useCrisisNudge(text);
  const session = useSession();
  const region = session.status === 'signed-in' ? session.member.region : null;
  const hotlines = useMemo(() => localHotlines(region), [region]);
  const copy = SAFE_MESSAGING_COPY;
  const danger = kind === 'danger';
  const lines = linesShownFor(danger ? 'danger' : 'self', hotlines).slice(0, NUDGE_LINES);
  return (
    // Always mounted, so the note is announced politely when it appears.
    <div aria-live="polite">
      {kind && (
        <Paper component="aside" aria-label={label} withBorder p="md" radius="md" data-testid="crisis-nudge">
          <Stack gap="xs">
            <Text fw={600}>
              {kind === 'other' ? copy.crisisPanel.concernForOther.heading : paused ? copy.preSendNudge.pausedMessage : danger ? dangerMessage : selfMessage}
            </Text>
            {kind === 'other' && <Text size="sm">{copy.crisisPanel.concernForOther.message}</Text>}
            {danger && <Text size="sm">{copy.crisisPanel.danger.deviceSafety}</Text>}
            {/* "Right now": where none of the lines shown answers anyone at any hour, the emergency number does; danger from someone else always shows it. */}
            <HotlineList hotlines={hotlines} lines={lines} label="Lines you can reach now" showEmergency={danger || !roundTheClockForEveryone(lines)} />
            <Anchor href={HELP_PATH} underline="always" size="sm">
              {copy.preSendNudge.talkNow}
            </Anchor>
            {paused && <AskAModerator />}
          </Stack>
        </Paper>
      )}
    </div>
  );
}

/**
 * "Talk to a moderator now" for a member who cannot post: the same request as the crisis panel's
 * (one item on top of the moderators' queue, however often it is asked), without the words.
 */
function AskAModerator() {
  const [state, setState] = useState<'open' | 'asking' | 'requested' | 'error'>('open');
  const ask = async () => {
    setState('asking');
    try {
      await apiFetch('/api/v1/me/support-requests', { method: 'POST', json: {} });
      setState('requested');
    } catch {
      setState('error');
    }
  };
  // Only ever reached by pressing the button it replaces: focus follows to the answer.
  if (state === 'requested') return <ModeratorRequested text={SAFE_MESSAGING_COPY.moderatorRequested} takeFocus />;
  return (
    <Stack gap="xs" align="flex-start">
      <Button onClick={() => void ask()} loading={state === 'asking'}>
        {SAFE_MESSAGING_COPY.actions.talkToModerator}
      </Button>
      {state === 'error' && <Text size="sm">We could not reach a moderator just now. The lines above can talk with you straight away.</Text>}
    </Stack>
  );
}
