import { Stack, Text, Title } from '@mantine/core';
import { ForumLink } from '../forum/forum-link';
import { MemberFinder } from './member-finder';
import { MemberRecord } from './member-record';
import { MOD_PATH } from './mod-paths';

/**
 * /mod/members/:id — a member's record reached by name, no item in hand: what they wrote lately
 * (behind a reveal: nothing says yet whether it is hard to read), each with "Review" to open its
 * item and act on them there, and what moderators did before.
 */
export function MemberPage({ memberId }: { memberId: string }) {
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm">
          <ForumLink href={MOD_PATH} underline="always">
            Back to the queue
          </ForumLink>
        </Text>
        <Title order={1}>A member’s record</Title>
      </Stack>
      <Text size="sm">To warn, mute or suspend them, review something they wrote: its item has the actions.</Text>
      <MemberRecord memberId={memberId} sensitive withReview />
      <MemberFinder />
    </Stack>
  );
}
