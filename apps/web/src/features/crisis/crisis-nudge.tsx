import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { SAFE_MESSAGING_COPY, type HotlineEntry } from '@lantern/crisis';
import { useEffect, useId, useMemo, useState, type ReactNode, type RefObject } from 'react';
import { apiFetch } from '../../api/api-client';
import { HELP_PATH } from '../../routes/route-paths';
import { useSession } from '../identity/use-session';
import { ModeratorRequested } from './crisis-panel';
import { EmergencyCallButton, HotlineList, LineButtons, whoAndWhen } from './hotline-list';
import { leaveQuickly } from './leave-quickly';
import { localHotlines } from './local-hotlines';
import { noteLines } from './nudge-lines';
import { useCrisisNudge } from './use-crisis-nudge';

/** A phone's width, or large text on a bigger screen (Mantine's "sm", in em, as the header folds at). */
const PHONE = '(max-width: 47.99em)';

/**
 * A gentle note beside a composer when what is being typed sounds like crisis: the lines to
 * reach now, and the reassurance that posting is still fine. It never blocks sending, and the
 * text is read only here in the browser. When a moderator has paused the member's posting
 * (`paused`), the words cannot be posted, so the note does not say they can, and offers
 * "Talk to a moderator now" itself: being paused never leaves someone in pain without a person.
 * When the words tell of someone else hurting or threatening the writer, the note says it is not
 * theirs to bear, puts the region's lines for abuse at home first and the emergency number always,
 * and says how to leave the screen if someone may see it. Beside a chat's composer on a phone
 * (`compactOnPhone`), it is a bar with the first line (who it is for, when it answers, its buttons)
 * and the rest a tap away, so the composer and Send stay on the screen with it.
 */
export function CrisisNudge({
  text,
  label = 'Support while you write',
  selfMessage = SAFE_MESSAGING_COPY.preSendNudge.message,
  dangerMessage = SAFE_MESSAGING_COPY.preSendNudge.danger,
  paused = false,
  compactOnPhone = false,
  keepInView,
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
  /**
   * On a phone (or with large text), the note is a bar: the first line's name, who it is for and
   * when it answers, its call and text buttons, and "More ways to get help" for the rest, so the
   * composer and its Send stay on the screen beside it (a chat, where Send sits right under the note).
   */
  compactOnPhone?: boolean;
  /** What follows the note and must stay on the screen when the bar comes (a chat's Send): brought into view, if need be, on a phone. */
  keepInView?: RefObject<HTMLElement | null>;
}) {
  const kind = useCrisisNudge(text);
  const session = useSession();
  const region = session.status === 'signed-in' ? session.member.region : null;
  const hotlines = useMemo(() => localHotlines(region), [region]);
  // Read at once, not after a first paint: a phone should never flash the whole note under the composer.
  const phone = useMediaQuery(PHONE, false, { getInitialValueInEffect: false });
  const compact = compactOnPhone && phone;
  // The bar comes between the composer and Send, pushing Send down: on a phone, where the two
  // fill the screen, Send is brought back into view (no further than needed), so the member sees
  // the help and the way to send together. Only when the note comes or changes, never per key.
  useEffect(() => {
    if (kind && compact) keepInView?.current?.scrollIntoView({ block: 'nearest' });
  }, [kind, compact, keepInView]);
  const copy = SAFE_MESSAGING_COPY;
  const danger = kind === 'danger';
  const { full, bar } = noteLines(danger, hotlines);
  const headline = kind === 'other' ? copy.crisisPanel.concernForOther.heading : paused ? copy.preSendNudge.pausedMessage : danger ? dangerMessage : selfMessage;
  const rest = (
    <>
      {kind === 'other' && <Text size="sm">{copy.crisisPanel.concernForOther.message}</Text>}
      {danger && <Text size="sm">{copy.crisisPanel.danger.deviceSafety}</Text>}
      <HotlineList hotlines={hotlines} lines={full.lines} label="Lines you can reach now" showEmergency={full.showEmergency} />
      <Anchor href={HELP_PATH} underline="always" size="sm">
        {copy.preSendNudge.talkNow}
      </Anchor>
    </>
  );
  return (
    // Always mounted, so the note is announced politely when it appears.
    <div aria-live="polite">
      {kind && compact && (
        <Paper component="aside" aria-label={label} withBorder px="sm" py="xs" radius="md" data-testid="crisis-nudge">
          <NoteAsBar
            headline={headline}
            // Someone may be watching: how to leave the screen is said in the bar, not folded away.
            leave={danger ? copy.crisisPanel.danger.deviceSafetyShort : null}
            emergency={bar.showEmergency ? hotlines.emergencyNumber : null}
            first={bar.lines[0]}
            // Paused, a moderator here is one of the two ways the headline offers: not folded away.
            askModerator={paused ? <AskAModerator /> : null}
          >
            {rest}
          </NoteAsBar>
        </Paper>
      )}
      {kind && !compact && (
        <Paper component="aside" aria-label={label} withBorder p="md" radius="md" data-testid="crisis-nudge">
          <Stack gap="xs">
            <Text fw={600}>{headline}</Text>
            {rest}
            {paused && <AskAModerator />}
          </Stack>
        </Paper>
      )}
    </div>
  );
}

/**
 * The note as a bar: its words, how to leave the screen quickly (danger), the emergency number
 * unless the first line answers anyone at any hour, that line's name with who it is for and when it
 * answers (a women's line, a line that closes at night: known before calling), its call and text
 * buttons, and the rest behind "More ways to get help". A member in crisis has a person to reach at
 * once, one tap away, and the rest one tap further.
 */
function NoteAsBar({
  headline,
  leave,
  emergency,
  first,
  askModerator,
  children,
}: {
  headline: string;
  leave: string | null;
  emergency: string | null;
  first: HotlineEntry | undefined;
  askModerator: ReactNode;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const restId = useId();
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600}>
        {headline}
      </Text>
      {leave && (
        // One tap from the words: on a phone the header's "Leave quickly" has scrolled away above the
        // room, and Esc needs a keyboard.
        <Group gap="xs" wrap="nowrap" align="center">
          <Button size="sm" variant="default" onClick={() => leaveQuickly()}>
            {SAFE_MESSAGING_COPY.actions.leaveQuickly}
          </Button>
          <Text size="xs">{leave}</Text>
        </Group>
      )}
      {/* Before the line, on its own: the line's name and hours below are not read as this number's. */}
      {emergency && (
        <Group gap="xs">
          <EmergencyCallButton number={emergency} />
        </Group>
      )}
      {first && (
        <Text size="sm">
          <Text span inherit fw={600}>
            {first.name}
          </Text>
          {` · ${whoAndWhen(first)}`}
        </Text>
      )}
      <Group gap="xs" wrap="wrap">
        {first && <LineButtons line={first} withChat={false} />}
        <Button
          variant="subtle"
          size="sm"
          px="xs"
          aria-expanded={open}
          aria-controls={restId}
          onClick={() => setOpen((was) => !was)}
          rightSection={<span aria-hidden="true">{open ? '▴' : '▾'}</span>}
        >
          More ways to get help
        </Button>
      </Group>
      {askModerator}
      {/* In the page while folded, so the button's aria-controls names an element that is there. */}
      <div id={restId} hidden={!open}>
        <Stack gap="xs" mt={4}>
          {children}
        </Stack>
      </div>
    </Stack>
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
