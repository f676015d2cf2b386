import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
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
            <Button size="xs" loading={markSeen.isPending} onClick={() => markSeen.mutate(note.id)}>
              I&apos;ve read this
            </Button>
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
