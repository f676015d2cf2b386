import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
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

/** role="alert" comes from Mantine's Alert; the retry is a real button, reachable by keyboard. */
export function ErrorState({ title, error, onRetry }: ErrorStateProps) {
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
