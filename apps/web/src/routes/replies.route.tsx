import { Stack, Text, Title } from '@mantine/core';
import { MembersOnly } from '../features/forum/members-only';
import { RepliesList } from '../features/replies/replies-list';

/** /replies — who answered the member's threads or quoted them, newest first. */
export function RepliesRoute() {
  return (
    <Stack gap="lg">
      <Title order={1}>Replies to you</Title>
      <Text>When someone answers a thread you started, or quotes something you wrote, it shows up here. Only you can see this list.</Text>
      <MembersOnly>
        <RepliesList />
      </MembersOnly>
    </Stack>
  );
}
