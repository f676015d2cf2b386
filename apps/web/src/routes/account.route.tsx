import { Anchor, Stack, Text, Title } from '@mantine/core';
import { DeleteAccountSection } from '../features/account/delete-account-section';
import { DownloadYourData } from '../features/account/download-your-data';
import { MembersOnly } from '../features/forum/members-only';
import { HiddenMembersList } from '../features/hides/hidden-members-list';
import { useSession } from '../features/identity/use-session';
import { SAFETY_PLAN_PATH } from './route-paths';

/** /account — what a member keeps for themself: their safety plan, and whom they have hidden. */
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
              <>
                <Text>
                  <Anchor href={SAFETY_PLAN_PATH} underline="always">
                    Your safety plan
                  </Anchor>
                  : your warning signs, what helps and who you can reach, ready for when things get hard. Only you can read it.
                </Text>
                <HiddenMembersList />
              </>
            ) : (
              <Text>Moderators, admins and crisis counsellors see every member: hiding members is for members.</Text>
            )}
            {/* Taking their words with them (any role may). */}
            <DownloadYourData />
            {/* Leaving: after the download, so a copy is offered first. */}
            <DeleteAccountSection pseudonym={session.member.pseudonym} />
          </Stack>
        )}
      </MembersOnly>
    </Stack>
  );
}
