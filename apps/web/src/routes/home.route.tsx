import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { ForumHome } from '../features/forum/forum-home';
import { SystemStatusPanel } from '../features/health/system-status-panel';
import { useSession } from '../features/identity/use-session';
import { SIGN_IN_PATH, WELCOME_PATH } from './route-paths';

function JoinInvitation() {
  const session = useSession();
  if (session.status === 'restoring') return null;
  if (session.status === 'signed-in') {
    return (
      <Text size="lg">
        Good to see you, <strong>{session.member.pseudonym}</strong>.
      </Text>
    );
  }
  return (
    <Group gap="md" align="center">
      <Button component="a" href={WELCOME_PATH} size="md">
        Join anonymously
      </Button>
      <Text>
        Been here before?{' '}
        <Anchor href={SIGN_IN_PATH} underline="always">
          Sign in
        </Anchor>
      </Text>
    </Group>
  );
}

export function HomeRoute() {
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>Welcome to Lantern</Title>
        <Text size="lg" maw="40rem">
          Lantern is a peer-support community for mental health: a place to talk with people who understand, under a name
          you choose, with trained volunteer moderators looking out for everyone.
        </Text>
        <Text maw="40rem">No e-mail, no real name, and we don&apos;t keep your IP address.</Text>
        <JoinInvitation />
      </Stack>
      <ForumHome />
      <SystemStatusPanel />
    </Stack>
  );
}
