import { Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useEffect, useId, useRef, useState } from 'react';
import { MAIN_CONTENT_ID } from '../../components/skip-link';
import { OfflineHelp } from '../crisis/offline-help';
import { canKeepReplyDrafts } from '../forum/reply-draft-storage';
import { useSession } from '../identity/use-session';
import classes from './unreachable-notice.module.css';
import { useApiUnreachable } from './use-api-unreachable';
import { useReconnect } from './use-reconnect';

const COPY = SAFE_MESSAGING_COPY.unreachable;

/** What is safe on this device, said only when it is true. */
function KeptOnThisDevice() {
  const session = useSession();
  const [draftsKept] = useState(() => canKeepReplyDrafts());
  const mayHaveDrafts = session.status !== 'signed-out' && draftsKept;
  if (session.status !== 'unreachable' && !mayHaveDrafts) return null;
  return (
    <Text>
      {session.status === 'unreachable' && COPY.stillSignedIn}
      {session.status === 'unreachable' && mayHaveDrafts && ' '}
      {mayHaveDrafts && COPY.draftsKept}
    </Text>
  );
}

/**
 * The one place that says Lantern cannot be reached, on every page: calm words, a "Try again" (it
 * also tries by itself), and people to talk to now from the lines bundled with the app. Sections
 * that failed for the same reason stay quiet and point here. `withHelp` is off on /help, whose
 * page already is the lines.
 */
export function UnreachableNotice({ withHelp = true }: { withHelp?: boolean }) {
  const unreachable = useApiUnreachable();
  const { trying, noAnswer, tryAgain } = useReconnect(unreachable);
  const [backAgain, setBackAgain] = useState(false);
  const [wasUnreachable, setWasUnreachable] = useState(unreachable);
  const headingId = useId();
  // Whether keyboard focus is in the notice (its button, a line's link). A focused element the
  // notice takes with it sends no blur here (it has left the document), so this still says so.
  const focusInside = useRef(false);
  if (unreachable !== wasUnreachable) {
    setWasUnreachable(unreachable);
    setBackAgain(!unreachable);
  }
  useEffect(() => {
    // Lantern came back by itself while focus was in the notice: it went with the notice to the
    // page's start. Put it where a fresh page would have it, as "Try again" does.
    if (unreachable || !focusInside.current) return;
    focusInside.current = false;
    if (document.activeElement === null || document.activeElement === document.body) document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [unreachable]);

  const onTryAgain = async () => {
    // The button goes with the notice; put focus where a fresh page would have it.
    if (await tryAgain()) document.getElementById(MAIN_CONTENT_ID)?.focus();
  };

  return (
    <section
      aria-labelledby={unreachable ? headingId : undefined}
      className={unreachable ? classes.notice : undefined}
      onFocus={() => (focusInside.current = true)}
      onBlur={(event) => (focusInside.current = event.currentTarget.contains(event.relatedTarget))}
    >
      {/* Mounted always, so screen readers hear the notice arrive and go. */}
      <div aria-live="polite">
        {unreachable ? (
          <Stack gap="xs">
            <Title order={2} size="h3" id={headingId}>
              {COPY.heading}
            </Title>
            <Text>{COPY.message}</Text>
            <KeptOnThisDevice />
          </Stack>
        ) : (
          backAgain && <VisuallyHidden>Lantern is back.</VisuallyHidden>
        )}
      </div>
      {unreachable && (
        <Stack gap="md" mt="sm">
          <Group gap="sm">
            {/* Stays enabled while trying: disabling a focused button drops keyboard focus. */}
            <Button variant="default" onClick={() => void onTryAgain()}>
              {trying ? COPY.tryingAgain : COPY.tryAgain}
            </Button>
            <Text size="sm" aria-live="polite">
              {noAnswer && !trying ? COPY.stillNoAnswer : ''}
            </Text>
          </Group>
          {withHelp && <OfflineHelp />}
        </Stack>
      )}
    </section>
  );
}
