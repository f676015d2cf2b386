import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import type { ReactNode } from 'react';
import { isUnreachableError } from '../../api/reachability';
import { useApiUnreachable } from '../health/use-api-unreachable';
import { describeForumError } from './forum-error-copy';
import classes from './forum.module.css';

/** A spinner that is also a sentence, so a screen reader hears what is happening. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Group gap="sm" py="md">
      <Loader size="sm" aria-hidden="true" />
      <Text role="status">{label}</Text>
    </Group>
  );
}

export interface ErrorStateProps {
  title: string;
  error: unknown;
  onRetry?: () => void;
}

/**
 * role="alert" comes from Mantine's Alert; the retry is a real button, reachable by keyboard.
 * When Lantern cannot be reached, the layout's one notice says so and tries again for every
 * section, so a section that failed for that reason says only that it will load by itself.
 */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
  const apiUnreachable = useApiUnreachable();
  if (apiUnreachable && isUnreachableError(error)) {
    return (
      <Text py="md">
        {title}. {SAFE_MESSAGING_COPY.unreachable.waitingForLantern}
      </Text>
    );
  }
  return (
    <Alert color="red" variant="light" title={title} classNames={{ title: classes.alertTitle }}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{describeForumError(error).summary}</Text>
        {onRetry && (
          <Button variant="default" size="sm" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <Stack gap="xs" py="md" className={classes.empty}>
      {children}
    </Stack>
  );
}
