import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionGrantWithRecoveryCode } from '../api/session-grant';
import { RecoveryCodeStep } from '../features/identity/recovery-code-step';
import { PassphraseSignInForm, RecoveryCodeSignInForm } from '../features/identity/sign-in-forms';
import { AlreadySignedIn } from '../features/identity/already-signed-in';
import { useSession } from '../features/identity/use-session';
import { navigate } from './navigation';
import { HOME_PATH, WELCOME_PATH } from './route-paths';

type SignInMethod = 'passphrase' | 'recovery-code';

function isSignInMethod(value: string | null): value is SignInMethod {
  return value === 'passphrase' || value === 'recovery-code';
}

export function SignInRoute() {
  const session = useSession();
  const [method, setMethod] = useState<SignInMethod>('passphrase');
  const [recovered, setRecovered] = useState<SessionGrantWithRecoveryCode | null>(null);

  if (recovered) {
    return (
      <RecoveryCodeStep
        title={`Welcome back, ${recovered.member.pseudonym}`}
        intro={
          <Text size="lg">
            Your old recovery code is used up now, so here is a new one. Please save it in place of the old one: you&apos;ll
            need it if you ever get locked out again.
          </Text>
        }
        recoveryCode={recovered.recoveryCode}
        continueLabel="Continue to Lantern"
        onContinue={() => navigate(HOME_PATH)}
      />
    );
  }

  if (session.status === 'signed-in') {
    return <AlreadySignedIn title="You're signed in" pseudonym={session.member.pseudonym} />;
  }

  return (
    <Stack gap="xl" maw="40rem">
      <Stack gap="sm">
        <Title order={1}>Sign in</Title>
        <Text size="lg">Welcome back. Sign in with your pseudonym and either your passphrase or your recovery code.</Text>
      </Stack>
      <Tabs value={method} onChange={(value) => isSignInMethod(value) && setMethod(value)}>
        <Tabs.List aria-label="How would you like to sign in?" grow>
          <Tabs.Tab value="passphrase">Passphrase</Tabs.Tab>
          <Tabs.Tab value="recovery-code">Recovery code</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="passphrase" pt="lg">
          <PassphraseSignInForm onSignedIn={() => navigate(HOME_PATH)} />
        </Tabs.Panel>
        <Tabs.Panel value="recovery-code" pt="lg">
          <Stack gap="md">
            <Text>
              Lost your passphrase, or never set one? Your recovery code gets you back in. You&apos;ll get a new code
              straight away, because each one works only once.
            </Text>
            <RecoveryCodeSignInForm onSignedIn={setRecovered} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <Text>
        New here?{' '}
        <Anchor href={WELCOME_PATH} underline="always">
          Join anonymously
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
