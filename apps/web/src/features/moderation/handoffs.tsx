import { Alert, Badge, CloseButton, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { Handoff, HandoffFailedEvent } from '@lantern/contracts';
import { formatExactTime } from '../forum/forum-copy';
import { ForumLink } from '../forum/forum-link';
import { modItemPath } from './mod-paths';

const STATUS_WORDS: Record<Handoff['status'], string> = {
  created: 'sending to the partner',
  delivered: 'delivered, waiting for them to pick it up',
  acknowledged: 'picked up by a counsellor',
  in_contact: 'a counsellor is in contact',
  closed: 'closed',
};

const EVENT_WORDS: Record<string, string> = {
  created: 'sent by a moderator',
  delivered: 'delivered to the partner',
  delivery_failed: 'could not be delivered',
  redelivery: 'sent again by an admin',
  acknowledged: 'picked up by a counsellor',
  in_contact: 'counsellor in contact',
  closed: 'closed',
};

/** What a hand-off's state means for the moderator, in words. */
export function handoffState(handoff: Handoff): string {
  if (handoff.deliveryFailed) return 'could not be delivered: nobody at the partner has the case';
  return STATUS_WORDS[handoff.status];
}

/**
 * The hand-offs of this item's member: to whom, how far each got, and the whole timeline. A
 * failed one says what to do next, since the member may be waiting for a counsellor who will not come.
 */
export function HandoffsSection({ handoffs }: { handoffs: Handoff[] }) {
  if (handoffs.length === 0) return null;
  const failed = handoffs.some((handoff) => handoff.deliveryFailed);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Hand-offs to crisis lines">
      <Title order={2} size="h4" mb="xs">
        Hand-offs to crisis lines
      </Title>
      {failed && (
        <Alert color="red" variant="light" mb="sm" title="A hand-off did not arrive">
          <Text size="sm">
            The partner&apos;s system did not accept it after every retry, and admins have been told. Escalate again below to
            another partner (or the same one): the member&apos;s consent, number and private room carry over, and the failed one
            is closed. Meanwhile you can open a private chat with them.
          </Text>
        </Alert>
      )}
      <Stack gap="sm">
        {handoffs.map((handoff) => (
          <div key={handoff.id} data-testid="handoff">
            <Group gap="xs" wrap="wrap">
              <Text size="sm" fw={700}>
                {handoff.partner.name}
              </Text>
              <Badge color={handoff.deliveryFailed ? 'red' : 'gray'} variant="light">
                {handoffState(handoff)}
              </Badge>
              <Text size="sm">
                {handoff.channel === 'phone' ? 'by phone' : 'in a private chat here'} ·{' '}
                {handoff.basis === 'member_consent' ? 'the member asked for it' : 'without consent, for imminent risk'} · answers{' '}
                {handoff.partner.hours}
              </Text>
            </Group>
            <List spacing={2} size="sm" mt={4}>
              {handoff.timeline.map((event, index) => (
                <List.Item key={index}>
                  {formatExactTime(event.at)} · {EVENT_WORDS[event.status] ?? event.status.replace(/_/g, ' ')}
                  {event.note && event.status !== 'created' ? ` · ${event.note}` : ''}
                </List.Item>
              ))}
            </List>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}

/** A hand-off's failure, in the same words wherever it is told (the live alert, the outcome of the escalation that made it). */
export const handoffFailedTitle = (failure: Pick<HandoffFailedEvent, 'partner'>) => `A hand-off to ${failure.partner ?? 'a crisis line'} could not be delivered`;

/** What the failure means and, once the member's new item is known, the way to it. `onFilled`: on a filled red alert. */
export function HandoffFailedWords({ failure, onFilled = false }: { failure: Pick<HandoffFailedEvent, 'flagId'>; onFilled?: boolean }) {
  return (
    <Text size="sm">
      The member is back at the top of the queue and no counsellor has their case.{' '}
      {failure.flagId && (
        <ForumLink href={modItemPath(failure.flagId)} c={onFilled ? 'white' : undefined} underline="always">
          Open their item
        </ForumLink>
      )}
    </Text>
  );
}

/**
 * Told to every moderator online when a hand-off failed every attempt: the member is back on top
 * of the queue. Stays until dismissed (the queue item stays until handled).
 */
export function HandoffFailedAlert({ failures, onDismiss }: { failures: HandoffFailedEvent[]; onDismiss: (escalationId: string) => void }) {
  return (
    <div>
      {failures.map((failure) => (
        <Alert key={failure.escalationId} color="red.9" variant="filled" mb="md" title={handoffFailedTitle(failure)}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <HandoffFailedWords failure={failure} onFilled />
            <CloseButton aria-label="Dismiss this alert" onClick={() => onDismiss(failure.escalationId)} c="white" />
          </Group>
        </Alert>
      ))}
    </div>
  );
}
