import { Stack, Text, Title } from '@mantine/core';
import { ForumHome } from '../features/forum/forum-home';
import { JoinButtons } from '../features/forum/members-only';
import { SystemStatusPanel } from '../features/health/system-status-panel';
import { useSession } from '../features/identity/use-session';
import identityClasses from '../features/identity/identity.module.css';

function JoinInvitation() {
  const session = useSession();
  if (session.status === 'restoring') return null;
  if (session.status === 'signed-in') {
    return (
      <Text size="lg">
        Good to see you, <strong className={identityClasses.pseudonym}>{session.member.pseudonym}</strong>.
      </Text>
    );
  }
  return <JoinButtons size="md" />;
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
