import { Stack, Text, Title } from '@mantine/core';
import { SystemStatusPanel } from '../features/health/system-status-panel';

export function HomeRoute() {
  return (
    <Stack gap="xl">
      <Stack gap="sm">
        <Title order={1}>Welcome to Lantern</Title>
        <Text size="lg" maw="40rem">
          Lantern is a peer-support community for mental health: a place to talk with people who understand, under a name
          you choose, with trained volunteer moderators looking out for everyone.
        </Text>
      </Stack>
      <SystemStatusPanel />
    </Stack>
  );
}
