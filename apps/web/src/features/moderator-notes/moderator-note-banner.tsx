import { Alert, Anchor, Group, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { BusyButton } from '../../components/busy-button';
import { MAIN_CONTENT_ID } from '../../components/skip-link';
import { HELP_PATH } from '../../routes/route-paths';
import { TimeAgo } from '../forum/time-ago';
import { useMarkNoteSeen, useModeratorNotes } from './moderator-notes-api';

/**
 * A note from the moderators, on whatever page the member is on, until they say they have read
 * it: the oldest unread first, so several are read in the order they were written. Never who
 * wrote it. Always with a way to a person, since a note can land on a hard day.
 */
export function ModeratorNoteBanner() {
  const notes = useModeratorNotes();
  const markSeen = useMarkNoteSeen(notes.memberId);
  const unread = (notes.data?.items ?? []).filter((note) => note.seenAt === null);
  const note = unread.at(-1);
  // The next unread note takes this one's place, and its button keeps the focus; with none left the
  // banner goes, and focus on its button would fall to the top of the page: it moves to the main
  // content the banner was above.
  const pressed = useRef(false);
  const showing = note !== undefined;
  useEffect(() => {
    if (showing || !pressed.current) return;
    pressed.current = false;
    if (!document.activeElement || document.activeElement === document.body) document.getElementById(MAIN_CONTENT_ID)?.focus({ preventScroll: true });
  }, [showing]);
  return (
    <div aria-live="polite">
      {note && (
        <Alert variant="light" color="blue" mb="lg" title="A note from the moderators" role="region" aria-label="A note from the moderators" data-testid="moderator-note">
          <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.message}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            Sent <TimeAgo iso={note.createdAt} />
            {unread.length > 1 ? ` · ${unread.length - 1} more after this one` : ''}
          </Text>
          <Text size="sm" mt="xs">
            Moderators are volunteers who keep Lantern kind and safe for everyone, you included. If today is hard,{' '}
            <Anchor href={HELP_PATH} underline="always">
              people are there to talk to
            </Anchor>
            .
          </Text>
          <Group mt="sm">
            <BusyButton
              size="xs"
              busy={markSeen.isPending}
              onClick={() => {
                pressed.current = true;
                markSeen.mutate(note.id);
              }}
            >
              I&apos;ve read this
            </BusyButton>
          </Group>
          {markSeen.isError && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert" mt={4}>
              That did not reach us just now; try again in a moment.
            </Text>
          )}
        </Alert>
      )}
    </div>
  );
}
