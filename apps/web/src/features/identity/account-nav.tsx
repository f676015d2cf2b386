import { Anchor, Button, Group, Modal, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ACCOUNT_PATH, PARTNER_PATH, SIGN_IN_PATH, WELCOME_PATH } from '../../routes/route-paths';
import { signOutAndGoHome } from './sign-out-and-go-home';
import { MOD_PATH } from '../moderation/mod-paths';
import classes from './identity.module.css';
import { isStaff } from '../../api/session';
import { useSession } from './use-session';

export const SIGNED_OUT_NOTICE = "You've signed out. You're welcome back any time.";

/**
 * A one-click account (no passphrase) comes back only with the recovery code, shown once when it
 * joined: before signing out, the member is told so, and offered to set a passphrase first, since
 * without the code their words and safety plan could not be reached again.
 */
function SignOutWithoutPassphrase({ pseudonym, opened, onClose, onSignOut }: { pseudonym: string; opened: boolean; onClose: () => void; onSignOut: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="Sign out without a passphrase?" closeButtonProps={{ 'aria-label': 'Stay signed in' }}>
      <Stack gap="md">
        <Text>
          You haven&apos;t set a passphrase. Once you sign out, the only way back into <strong className={classes.pseudonym}>{pseudonym}</strong>, with
          your posts and your safety plan, is the recovery code you saved when you joined.
        </Text>
        <Text>If you don&apos;t have that code, set a passphrase first: then your pseudonym and passphrase get you back in.</Text>
        <Group justify="flex-end" gap="sm">
          <Button component="a" href={ACCOUNT_PATH} variant="default" onClick={onClose}>
            Set a passphrase first
          </Button>
          <Button onClick={onSignOut}>Sign out anyway</Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export interface AccountNavProps {
  currentPath: string;
}

/** The header's account corner: who is signed in and a way out, or the ways in. */
export function AccountNav({ currentPath }: AccountNavProps) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [signingOut, setSigningOut] = useState(false);
  const [confirming, setConfirming] = useState(false);

  // While the stored session is being restored, show nothing rather than a flash of "Join".
  if (session.status === 'restoring') return null;

  if (session.status === 'signed-in') {
    const leave = async () => {
      if (signingOut) return;
      setSigningOut(true);
      await signOutAndGoHome(queryClient, SIGNED_OUT_NOTICE);
      setSigningOut(false);
    };
    const noPassphrase = session.member.hasPassphrase === false;
    return (
      <Group gap="xs" wrap="wrap">
        {session.member.role === 'partner' && (
          <Button component="a" href={PARTNER_PATH} variant="light" aria-current={currentPath === PARTNER_PATH ? 'page' : undefined}>
            Partner portal
          </Button>
        )}
        {isStaff(session) && (
          <Button component="a" href={MOD_PATH} variant="light" aria-current={currentPath.startsWith(MOD_PATH) ? 'page' : undefined}>
            Moderation
          </Button>
        )}
        {/* The name leads to the account page (hidden members); its text stays "Signed in as …". */}
        <Anchor
          href={ACCOUNT_PATH}
          fw={600}
          className={classes.pseudonym}
          data-testid="signed-in-pseudonym"
          underline="hover"
          aria-current={currentPath === ACCOUNT_PATH ? 'page' : undefined}
        >
          <VisuallyHidden>Signed in as </VisuallyHidden>
          {session.member.pseudonym}
        </Anchor>
        <Button variant="default" onClick={() => (noPassphrase ? setConfirming(true) : void leave())}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </Button>
        {noPassphrase && (
          <SignOutWithoutPassphrase
            pseudonym={session.member.pseudonym}
            opened={confirming}
            onClose={() => setConfirming(false)}
            onSignOut={() => {
              setConfirming(false);
              void leave();
            }}
          />
        )}
      </Group>
    );
  }

  return (
    <Group gap="xs" wrap="wrap">
      <Button
        component="a"
        href={SIGN_IN_PATH}
        variant="default"
        aria-current={currentPath === SIGN_IN_PATH ? 'page' : undefined}
      >
        Sign in
      </Button>
      <Button
        component="a"
        href={WELCOME_PATH}
        variant="default"
        aria-current={currentPath === WELCOME_PATH ? 'page' : undefined}
      >
        Join
      </Button>
    </Group>
  );
}
