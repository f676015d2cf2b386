import { Alert, Text } from '@mantine/core';
import type { QueueItem } from '@lantern/contracts';
import { ForumLink } from '../forum/forum-link';
import { modItemPath } from './mod-paths';

/** Repeats while imminent-risk items wait past their due time with nobody on them. */
export function OverdueAlert({ items }: { items: QueueItem[] }) {
  // The live region is the wrapper, there from the start, so the alert is announced once when it
  // appears; the alert inside is a labelled group, not a second alert read over the first.
  return (
    <div role="alert">
      {items.length > 0 && (
        <Alert role="group" color="red.9" variant="filled" title={`${items.length} imminent-risk ${items.length === 1 ? 'item is' : 'items are'} waiting past due`} mb="md">
          <Text size="sm">
            Someone may be in danger right now.{' '}
            <ForumLink href={modItemPath(items[0].id)} c="white" underline="always">
              Open the most urgent
            </ForumLink>
          </Text>
        </Alert>
      )}
    </div>
  );
}
