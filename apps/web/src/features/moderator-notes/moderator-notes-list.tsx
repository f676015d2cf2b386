import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { TimeAgo } from '../forum/time-ago';
import { useModeratorNotes } from './moderator-notes-api';

/** On /account: every note the moderators wrote to this member (the newest 50), read or not. */
export function ModeratorNotesList() {
  const notes = useModeratorNotes();
  const items = notes.data?.items ?? [];
  return (
    <Stack gap="xs" component="section" aria-labelledby="moderator-notes-heading">
      <Title order={2} size="h3" id="moderator-notes-heading">
        Notes from the moderators
      </Title>
      {notes.isError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          Your notes could not be loaded just now.
        </Text>
      )}
      {notes.isSuccess && items.length === 0 && <Text size="sm">None. If a moderator ever writes to you about something you posted, it shows here.</Text>}
      {items.length > 0 && (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((note) => (
            <Paper key={note.id} component="li" withBorder p="sm">
              <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.message}</Text>
              <Group gap="xs" mt={4}>
                <Text size="sm" c="dimmed">
                  Sent <TimeAgo iso={note.createdAt} />
                </Text>
                {note.seenAt === null && (
                  <Badge size="sm" variant="light">
                    new
                  </Badge>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
