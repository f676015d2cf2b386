import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { SIGN_IN_PATH, WELCOME_PATH } from '../../routes/route-paths';

/**
 * In place of "Join to read and share" when Lantern refused the member's session (it ran out, or
 * was ended from another device: signed out everywhere, a new passphrase): what happened, that nothing they were
 * writing is lost, and the way back to it first. Joining anew starts a different account, which
 * does not have those words, so it comes second and says so.
 */
export function SessionEnded({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  return (
    <Stack gap="sm" maw="40rem">
      <Title order={headingLevel} size={headingLevel === 1 ? undefined : 'h3'}>
        You&apos;ve been signed out
      </Title>
      <Text>
        Your session has ended: it ran out, or it was ended from another device (signing out everywhere, or a new passphrase). Anything you were
        writing is kept on this device, and comes back when you sign in again as yourself (unless the account was deleted). No passphrase? Your recovery
        code gets you back in.
      </Text>
      <Group gap="md" align="center">
        <Button component="a" href={SIGN_IN_PATH}>
          Sign in again
        </Button>
        <Text size="sm">
          Or{' '}
          <Anchor href={WELCOME_PATH} underline="always">
            join as someone new
          </Anchor>{' '}
          (a new account, without those words).
        </Text>
      </Group>
    </Stack>
  );
}
