import { Stack, Text, Title } from '@mantine/core';
import { LoadingState } from '../forum/query-states';
import type { SessionState } from '../../api/session';

/** What an admin page shows anyone else (the api refuses them as well), or while signing back in. */
export function NotAdmin({ session }: { session: SessionState }) {
  if (session.status === 'restoring') return <LoadingState label="Signing you back in…" />;
  return (
    <Stack gap="sm">
      <Title order={1}>For admins</Title>
      <Text>This page is for Lantern&apos;s admins.</Text>
    </Stack>
  );
}
