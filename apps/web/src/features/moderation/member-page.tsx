import { Stack, Text } from '@mantine/core';
import { MemberFinder } from './member-finder';
import { MemberRecord } from './member-record';
import { ModPageTitle } from './mod-page-title';

/**
 * /mod/members/:id — a member's record reached by name, no item in hand: what they wrote lately
 * (behind a reveal: nothing says yet whether it is hard to read), each with "Review" to open its
 * item and act on them there, and what moderators did before.
 */
export function MemberPage({ memberId }: { memberId: string }) {
  return (
    <Stack gap="md">
      <ModPageTitle title="A member’s record" />
      <Text size="sm">To warn, mute or suspend them, review something they wrote: its item has the actions.</Text>
      <MemberRecord memberId={memberId} sensitive withReview />
      <MemberFinder />
    </Stack>
  );
}
