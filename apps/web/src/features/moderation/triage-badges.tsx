import { Badge, Text } from '@mantine/core';
import type { QueueItem } from '@lantern/contracts';
import { formatExactTime } from '../forum/forum-copy';
import { dueStatus, priorityLabel, type PriorityTone } from './triage';

// Every pairing keeps WCAG AA contrast in light mode (red 9 under white text, red 9 on red 1,
// the default text beside an orange dot, gray 9 on gray 1); the words carry the meaning.
const TONE: Record<PriorityTone, { color: string; variant: 'filled' | 'light' | 'dot' }> = {
  urgent: { color: 'red.9', variant: 'filled' },
  high: { color: 'red', variant: 'light' },
  elevated: { color: 'orange', variant: 'dot' },
  standard: { color: 'gray', variant: 'light' },
};

/** The item's priority in words, instead of the number the queue sorts by. */
export function PriorityBadge({ item }: { item: Parameters<typeof priorityLabel>[0] }) {
  const { label, tone } = priorityLabel(item);
  return (
    <Badge color={TONE[tone].color} variant={TONE[tone].variant} tt="none" size="md">
      {label}
    </Badge>
  );
}

/**
 * "due in 4 min" / "Overdue by 12 min", at `now` (the caller's clock ticks, so the text moves
 * without a refetch); the exact time is in the title and the datetime attribute. Overdue is a
 * marked word ("Overdue", in a badge, bold), never colour alone.
 */
export function DueTime({ item, now, sentence = false }: { item: Pick<QueueItem, 'dueAt' | 'overdue' | 'status'>; now: number; sentence?: boolean }) {
  const status = dueStatus(item, now);
  const start = (text: string) => (sentence ? text.charAt(0).toUpperCase() + text.slice(1) : text);
  const exact = formatExactTime(item.dueAt);
  if (!status) {
    return (
      <Text span size="sm">
        {start('was due by')} <time dateTime={item.dueAt}>{exact}</time>
      </Text>
    );
  }
  return (
    <Text span size="sm" fw={status.overdue ? 700 : 500} data-testid="due-time" data-overdue={status.overdue}>
      {status.overdue ? (
        <>
          <Badge color="red.9" variant="filled" tt="none" size="md">
            Overdue
          </Badge>{' '}
          <time dateTime={item.dueAt} title={`Was due by ${exact}`}>
            {status.late || `(due by ${exact})`}
          </time>
        </>
      ) : (
        <time dateTime={item.dueAt} title={`Due by ${exact}`}>
          {start(status.text)}
        </time>
      )}
    </Text>
  );
}
