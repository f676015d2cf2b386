import { Stack, Text, Title } from '@mantine/core';
import { MembersOnly } from '../features/forum/members-only';
import { HiddenMembersList } from '../features/hides/hidden-members-list';
import { useSession } from '../features/identity/use-session';

/** /account — what a member has set for themself: for now, whom they have hidden. */
export function AccountRoute() {
  const session = useSession();
  return (
    <Stack gap="lg" maw="40rem">
      <Title order={1}>Your account</Title>
      <MembersOnly>
        {session.status === 'signed-in' && (
          <Stack gap="lg">
            <Text>
              You&apos;re signed in as <strong>{session.member.pseudonym}</strong>.
            </Text>
            {session.member.role === 'member' ? (
              <HiddenMembersList />
            ) : (
              <Text>Moderators, admins and crisis counsellors see every member: hiding members is for members.</Text>
            )}
          </Stack>
        )}
      </MembersOnly>
    </Stack>
  );
}
