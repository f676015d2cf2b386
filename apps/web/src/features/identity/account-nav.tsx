import { Anchor, Button, Group, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ACCOUNT_PATH, PARTNER_PATH, SIGN_IN_PATH, WELCOME_PATH } from '../../routes/route-paths';
import { signOutAndGoHome } from './sign-out-and-go-home';
import { MOD_PATH } from '../moderation/mod-paths';
import classes from './identity.module.css';
import { useSession } from './use-session';

export const SIGNED_OUT_NOTICE = "You've signed out. You're welcome back any time.";

export interface AccountNavProps {
  currentPath: string;
}

/** The header's account corner: who is signed in and a way out, or the ways in. */
export function AccountNav({ currentPath }: AccountNavProps) {
  const session = useSession();
  const queryClient = useQueryClient();
  const [signingOut, setSigningOut] = useState(false);

  // While the stored session is being restored, show nothing rather than a flash of "Join".
  if (session.status === 'restoring') return null;

  if (session.status === 'signed-in') {
    const leave = async () => {
      if (signingOut) return;
      setSigningOut(true);
      await signOutAndGoHome(queryClient, SIGNED_OUT_NOTICE);
      setSigningOut(false);
    };
    return (
      <Group gap="xs" wrap="wrap">
        {session.member.role === 'partner' && (
          <Button component="a" href={PARTNER_PATH} variant="light" aria-current={currentPath === PARTNER_PATH ? 'page' : undefined}>
            Partner portal
          </Button>
        )}
        {(session.member.role === 'moderator' || session.member.role === 'admin') && (
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
        <Button variant="default" onClick={() => void leave()}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </Button>
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
