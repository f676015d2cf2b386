import { Anchor, List, Loader, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SessionGrantWithRecoveryCode } from '../api/session-grant';
import { JoinForm } from '../features/identity/join-form';
import { RecoveryCodeStep } from '../features/identity/recovery-code-step';
import { AlreadySignedIn } from '../features/identity/already-signed-in';
import { useSession } from '../features/identity/use-session';
import { navigate } from './navigation';
import { HOME_PATH, SIGN_IN_PATH } from './route-paths';

function AnonymityExplained() {
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        What staying anonymous means here
      </Title>
      <List spacing="xs">
        <List.Item>No e-mail address and no real name. We never ask for them.</List.Item>
        <List.Item>We don&apos;t keep your IP address or details about your device.</List.Item>
        <List.Item>
          Others know you only by a pseudonym. Choose your own, or we&apos;ll make one up for you, like &ldquo;Quiet Otter
          42&rdquo;.
        </List.Item>
        <List.Item>
          Because we know nothing about you, we can&apos;t send a reset link if you get locked out. Instead, you&apos;ll get a{' '}
          <strong>recovery code</strong>, shown once: it lets you back in from another device, or if you forget your
          passphrase. Keep it somewhere private.
        </List.Item>
      </List>
    </Stack>
  );
}

export function WelcomeRoute() {
  const session = useSession();
  const [joined, setJoined] = useState<SessionGrantWithRecoveryCode | null>(null);

  if (joined) {
    return (
      <RecoveryCodeStep
        title={`Welcome, ${joined.member.pseudonym}`}
        intro={
          <Text size="lg">
            You&apos;re in. Before you go on, please save your recovery code. It&apos;s the only way back into this account
            if this browser forgets you, and we can show it just this once.
          </Text>
        }
        recoveryCode={joined.recoveryCode}
        continueLabel="Continue to Lantern"
        onContinue={() => navigate(HOME_PATH)}
      />
    );
  }

  if (session.status === 'restoring') {
    return (
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text role="status">Checking whether you&apos;re already signed in…</Text>
      </Group>
    );
  }

  if (session.status === 'signed-in') {
    return <AlreadySignedIn title="You're already part of Lantern" pseudonym={session.member.pseudonym} />;
  }

  return (
    <Stack gap="xl" maw="40rem">
      <Stack gap="sm">
        <Title order={1}>Join Lantern anonymously</Title>
        <Text size="lg">
          Lantern is a place to talk about what&apos;s hard with people who understand. You can join in one click, without
          telling us who you are.
        </Text>
      </Stack>
      <AnonymityExplained />
      <JoinForm onJoined={setJoined} />
      <Text>
        Already joined?{' '}
        <Anchor href={SIGN_IN_PATH} underline="always">
          Sign in with your pseudonym
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
