import { Anchor, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { HOME_PATH, SIGN_IN_PATH } from '../../routes/route-paths';
import { LoadingState } from '../forum/query-states';
import { isStaff } from '../../api/session';
import { useSession } from '../identity/use-session';

/** The console's route guard: moderators and admins only (the api guards every call as well). */
export function StaffOnly({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.status === 'restoring') return <LoadingState label="Signing you back in…" />;
  if (session.status !== 'signed-in') {
    return (
      <Stack gap="sm">
        <Title order={1}>Moderators, please sign in</Title>
        <Text>
          The moderation console is for Lantern&apos;s volunteer moderators.{' '}
          <Anchor href={SIGN_IN_PATH} underline="always">
            Sign in
          </Anchor>
        </Text>
      </Stack>
    );
  }
  if (!isStaff(session)) {
    return (
      <Stack gap="sm">
        <Title order={1}>This area is for moderators</Title>
        <Text>
          Moderators keep Lantern safe here. If you were looking for support,{' '}
          <Anchor href={HOME_PATH} underline="always">
            the forum and rooms are this way
          </Anchor>
          .
        </Text>
      </Stack>
    );
  }
  return <>{children}</>;
}
