import { Alert, Button, Stack, Text } from '@mantine/core';
import { restoreSession } from '../../api/session';
import { useApiUnreachable } from '../health/use-api-unreachable';
import classes from './identity.module.css';
import { useSession } from './use-session';

/**
 * Shown when a stored session could not be restored because Lantern did not answer properly.
 * When it could not be reached at all, the layout's one notice says so (and tries again) instead.
 */
export function SessionBanner() {
  const session = useSession();
  const apiUnreachable = useApiUnreachable();
  if (session.status !== 'unreachable' || apiUnreachable) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      title="We couldn't sign you back in just now"
      classNames={{ title: classes.alertTitle }}
      mb="lg"
    >
      <Stack gap="sm" align="flex-start">
        <Text size="sm">
          Lantern didn&apos;t answer, so you may be offline or we may be having trouble. You&apos;re still signed in on this
          device; nothing is lost.
        </Text>
        <Button variant="default" onClick={() => void restoreSession()}>
          Try again
        </Button>
      </Stack>
    </Alert>
  );
}
