import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { SIGN_IN_PATH, WELCOME_PATH } from '../../routes/route-paths';
import { useApiUnreachable } from '../health/use-api-unreachable';
import { SessionEnded } from '../identity/session-ended';
import { useSession } from '../identity/use-session';
import { LoadingState } from './query-states';

/** The two ways in, side by side: join in one click, or sign in again. */
export function JoinButtons({ size }: { size?: 'sm' | 'md' }) {
  return (
    <Group gap="md" align="center">
      <Button component="a" href={WELCOME_PATH} size={size}>
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

/** Why the forum asks for an account, said once, kindly. */
export function JoinToRead({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  return (
    <Stack gap="sm" maw="40rem">
      <Title order={headingLevel} size={headingLevel === 1 ? undefined : 'h3'}>
        Join to read and share
      </Title>
      <Text>
        Members&apos; words stay among members, so reading and posting need an account. Joining takes one click: no e-mail,
        no real name.
      </Text>
      <JoinButtons />
    </Stack>
  );
}

/**
 * Shows its children only to a signed-in member. While a stored session is being restored it
 * waits (a flash of "Join" would be wrong); when Lantern could not be reached the layout's
 * notice (or session banner) already explains and offers to try again, so this says only that
 * the page will load by itself.
 */
export function MembersOnly({ children, headingLevel = 2 }: { children: ReactNode; headingLevel?: 1 | 2 }) {
  const session = useSession();
  const apiUnreachable = useApiUnreachable();
  if (session.status === 'restoring') return <LoadingState label="Signing you back in…" />;
  if (session.status === 'unreachable') return apiUnreachable ? <Text>{SAFE_MESSAGING_COPY.unreachable.waitingForLantern}</Text> : null;
  if (session.status === 'signed-out') return session.ended ? <SessionEnded headingLevel={headingLevel} /> : <JoinToRead headingLevel={headingLevel} />;
  return <>{children}</>;
}
