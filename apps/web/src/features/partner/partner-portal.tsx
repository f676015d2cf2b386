import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { Escalation, PartnerUpdate } from '@lantern/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { apiFetch, isApiError } from '../../api/api-client';
import { chatRoomPath } from '../chat/chat-paths';
import { formatExactTime } from '../forum/forum-copy';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { useSession } from '../identity/use-session';

const KEY = ['partner', 'escalations'] as const;

function useEscalations() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => apiFetch<{ items: Escalation[] }>('/api/v1/partner/escalations', { signal }), refetchInterval: 15_000 });
}

const EVENT_WORDS: Record<string, string> = {
  created: 'sent by a Lantern moderator',
  delivered: 'delivered to your system',
  delivery_failed: 'could not be delivered to your system',
  redelivery: 'sent again by a Lantern admin',
  acknowledged: 'acknowledged',
  in_contact: 'in contact',
  closed: 'closed',
  withdrawn: 'withdrawn by the member',
  withdrawal_delivered: 'withdrawal delivered to your system',
  withdrawal_delivery_failed: 'withdrawal could not be delivered to your system',
  contact_updated: 'the member gave a new number to call',
  channel_updated: 'the member changed how to reach them',
  danger_told: 'the member told of someone hurting or threatening them',
  contact_update_delivered: 'update delivered to your system',
  contact_update_delivery_failed: 'update could not be delivered to your system',
};

/**
 * How to reach the member now, as they last chose: the member may switch between a call and messages
 * while the case is open (someone came home; they would rather talk now), and the card follows.
 */
function ReachNow({ escalation }: { escalation: Escalation }) {
  if (escalation.payload.channel === 'in_app') {
    return (
      <Text size="sm">
        How to reach the member now: <strong>a message in your private chat with them here</strong>. Lantern holds no number for them
        {escalation.timeline.some((event) => event.status === 'channel_updated') && ' (any number they gave before has been deleted; delete yours too)'}.
      </Text>
    );
  }
  if (!escalation.phone) return null;
  return (
    <Text size="sm">
      How to reach the member now: <strong>a phone call</strong>. Number to call: <strong>{escalation.phone}</strong>. It is the member&apos;s current number (they
      may have changed it since the first webhook); Lantern deletes it when you close the case.
    </Text>
  );
}

function EscalationCard({ escalation }: { escalation: Escalation }) {
  const client = useQueryClient();
  const [outcome, setOutcome] = useState('');
  const [problem, setProblem] = useState('');
  // The button pressed ("Acknowledge", "Close the case") goes away with the new status, and focus
  // with it; keep keyboard users on this case rather than back at the top of the page.
  const cardRef = useRef<HTMLElement>(null);
  const focusWasHere = useRef(false);
  const update = useMutation({
    mutationFn: (body: PartnerUpdate) => {
      const path = `/api/v1/partner/escalations/${encodeURIComponent(escalation.id)}`;
      // Acknowledging twice (a double press, a slow answer pressed again) changes nothing and
      // says nothing: the idempotent route, not a status change that refuses to repeat.
      if (body.status === 'acknowledged') return apiFetch<Escalation>(`${path}/ack`, { method: 'POST' });
      return apiFetch<Escalation>(path, { method: 'PATCH', json: body });
    },
    onSuccess: () => setProblem(''),
    onError: (error) => {
      focusWasHere.current = false; // the button pressed is still there
      setProblem(isApiError(error) ? error.message : 'That did not go through; try again.');
    },
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
  const { payload } = escalation;
  const open = escalation.status !== 'closed';
  useEffect(() => {
    const card = cardRef.current;
    if (focusWasHere.current && card && !card.contains(document.activeElement)) card.focus();
    focusWasHere.current = false;
  }, [escalation.status]);
  const change = (body: PartnerUpdate) => {
    focusWasHere.current = cardRef.current?.contains(document.activeElement) ?? false;
    update.mutate(body);
  };
  return (
    <Paper ref={cardRef} tabIndex={-1} withBorder p="md" radius="md" component="article" aria-label={`Escalation from ${formatExactTime(escalation.createdAt)}`}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Badge color={escalation.status === 'closed' ? 'gray' : 'red'} variant="light">
            {escalation.withdrawnAt ? 'withdrawn' : escalation.status.replace('_', ' ')}
          </Badge>
          <Badge variant="outline">risk {payload.risk}</Badge>
          <Badge variant="outline">{payload.channel === 'in_app' ? 'in-app chat' : 'phone call'}</Badge>
          <Badge variant="outline">{escalation.basis === 'member_consent' ? 'the member asked' : 'imminent risk, without consent'}</Badge>
        </Group>
        <Text size="sm">
          Region {payload.region} · language {payload.language} · received {formatExactTime(escalation.createdAt)}
        </Text>
        {escalation.deliveryFailed && (
          <Alert color="red" variant="light" title="This case did not reach your system">
            <Text size="sm">
              Our signed webhook could not be delivered after every retry (the timeline says why), so it waits for you here.
              Acknowledge it if you can take it; Lantern&apos;s admins have been told and may send it again.
            </Text>
          </Alert>
        )}
        {escalation.withdrawnAt && (
          <Alert color="gray" variant="light" title="Withdrawn by the member">
            <Text size="sm">
              The member withdrew their consent on {formatExactTime(escalation.withdrawnAt)}, so the case is closed: please do not contact them about it.
              Their words and any phone number have been deleted from Lantern; delete what your own system holds too.
            </Text>
          </Alert>
        )}
        {escalation.dangerFromOther && open && (
          <Alert color="yellow" variant="light" role="note" title="Someone may be hurting this member" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
            <Text size="sm">
              Their words tell of someone hurting or threatening them, who may answer or see their phone, or read the chat over their shoulder. Ask first whether
              it is safe to talk now, keep to questions they can answer yes or no, leave no voicemail or message, and let them end the call at once.
            </Text>
          </Alert>
        )}
        {payload.excerpt && <Text size="sm">“{payload.excerpt}”</Text>}
        {open && <ReachNow escalation={escalation} />}
        {escalation.room && open && (
          <Anchor href={chatRoomPath(escalation.room)} underline="always">
            Open the private chat with the member
          </Anchor>
        )}
        <List size="sm" spacing={2} aria-label="Timeline">
          {escalation.timeline.map((event, index) => (
            <List.Item key={index}>
              {formatExactTime(event.at)} · {EVENT_WORDS[event.status] ?? event.status.replace(/_/g, ' ')}
              {event.note && (event.status === 'closed' || event.status === 'delivery_failed' || event.status === 'channel_updated' || event.status === 'danger_told') ? ` · ${event.note}` : ''}
            </List.Item>
          ))}
        </List>
        {escalation.outcome && !escalation.withdrawnAt && <Text size="sm">Outcome: {escalation.outcome}</Text>}
        {open && (
          <Stack gap="xs">
            <Group gap="sm">
              {(escalation.status === 'created' || escalation.status === 'delivered') && (
                <Button size="sm" onClick={() => change({ status: 'acknowledged' })}>
                  Acknowledge
                </Button>
              )}
              {escalation.status !== 'in_contact' && (
                <Button size="sm" variant="default" onClick={() => change({ status: 'in_contact' })}>
                  We are in contact
                </Button>
              )}
            </Group>
            <Textarea label="Outcome (to close the case)" value={outcome} onChange={(event) => setOutcome(event.currentTarget.value)} autosize minRows={2} />
            <Group>
              <Button size="sm" variant="default" disabled={!outcome.trim()} onClick={() => change({ status: 'closed', outcome: outcome.trim() })}>
                Close the case
              </Button>
            </Group>
          </Stack>
        )}
        {problem && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {problem}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

function Escalations() {
  const escalations = useEscalations();
  if (escalations.isPending) return <LoadingState label="Loading your escalations…" />;
  if (escalations.isError) return <ErrorState title="We couldn't load your escalations" error={escalations.error} onRetry={() => void escalations.refetch()} />;
  if (escalations.data.items.length === 0) {
    return (
      <EmptyState>
        <Text>No escalations for your organisation yet.</Text>
      </EmptyState>
    );
  }
  return (
    <Stack gap="md">
      {escalations.data.items.map((escalation) => (
        <EscalationCard key={escalation.id} escalation={escalation} />
      ))}
    </Stack>
  );
}

/** /partner — a crisis line's own escalations; nothing from other organisations. */
export function PartnerPortal() {
  const session = useSession();
  if (session.status === 'restoring') return <LoadingState label="Signing you back in…" />;
  if (session.status !== 'signed-in' || session.member.role !== 'partner') {
    return (
      <Stack gap="sm">
        <Title order={1}>Partner portal</Title>
        <Text>This page is for the crisis-line partners Lantern works with. Please sign in with your organisation&apos;s account.</Text>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Title order={1}>Escalations for your organisation</Title>
      <Text size="sm">Each case holds only what the moderator chose to share. Acknowledge it as soon as someone has it.</Text>
      <Escalations />
    </Stack>
  );
}
