import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DeleteAccountSection } from '../features/account/delete-account-section';
import { DownloadYourData } from '../features/account/download-your-data';
import { MembersOnly } from '../features/forum/members-only';
import { HiddenMembersList } from '../features/hides/hidden-members-list';
import { ModeratorNotesList } from '../features/moderator-notes/moderator-notes-list';
import { AccountSecurity } from '../features/identity/account-security';
import { RecoveryCodeStep } from '../features/identity/recovery-code-step';
import { RegionSetting } from '../features/identity/region-setting';
import { RepliesSetting } from '../features/replies/replies-setting';
import { useSession } from '../features/identity/use-session';
import { SAFETY_PLAN_PATH } from './route-paths';
import identityClasses from '../features/identity/identity.module.css';

/** /account — what a member keeps for themself: their safety plan, whom they have hidden, and how they sign in. */
export function AccountRoute() {
  const session = useSession();
  // A new recovery code takes the page until the member says they saved it: it is shown once.
  const [newRecoveryCode, setNewRecoveryCode] = useState<string | null>(null);
  if (newRecoveryCode) {
    return (
      <RecoveryCodeStep
        title="Your new recovery code"
        intro={<Text>The code you had before no longer works. Keep this one somewhere safe and private: it gets you back in if you forget your passphrase.</Text>}
        recoveryCode={newRecoveryCode}
        continueLabel="Back to your account"
        onContinue={() => setNewRecoveryCode(null)}
      />
    );
  }
  return (
    <Stack gap="lg" maw="40rem">
      <Title order={1}>Your account</Title>
      <MembersOnly>
        {session.status === 'signed-in' && (
          <Stack gap="lg">
            <Text>
              You&apos;re signed in as <strong className={identityClasses.pseudonym}>{session.member.pseudonym}</strong>.
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
            {session.member.role !== 'partner' && <ModeratorNotesList />}
            {session.member.role !== 'partner' && <RepliesSetting member={session.member} />}
            <RegionSetting member={session.member} />
            <AccountSecurity member={session.member} onRecoveryCode={setNewRecoveryCode} />
            {/* Taking their words with them (any role may). */}
            <DownloadYourData />
            {/* Leaving: after the download, so a copy is offered first. */}
            <DeleteAccountSection pseudonym={session.member.pseudonym} hasPassphrase={session.member.hasPassphrase === true} />
          </Stack>
        )}
      </MembersOnly>
    </Stack>
  );
}
