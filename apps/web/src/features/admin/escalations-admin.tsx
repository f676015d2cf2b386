import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { AdminEscalation } from '@lantern/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiFetch, isApiError } from '../../api/api-client';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { formatExactTime } from '../forum/forum-copy';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { useSession } from '../identity/use-session';
import { NotAdmin } from './not-admin';
import { BusyButton } from '../../components/busy-button';

const KEY = ['admin', 'escalations'] as const;

function Row({ escalation }: { escalation: AdminEscalation }) {
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const redeliver = useMutation({
    mutationFn: () => apiFetch(`/api/v1/admin/escalations/${encodeURIComponent(escalation.id)}/redeliver`, { method: 'POST' }),
    onSuccess: () => setMessage('Queued for delivery again.'),
    onError: (error) => setMessage(isApiError(error) ? error.message : 'That did not go through; try again.'),
    onSettled: () => client.invalidateQueries({ queryKey: KEY }),
  });
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`Escalation to ${escalation.partnerName} from ${formatExactTime(escalation.createdAt)}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {escalation.deliveryFailed && (
            <Badge color="red.9" variant="filled">
              delivery failed
            </Badge>
          )}
          <Badge variant="light" color="gray">
            {escalation.status.replace('_', ' ')}
          </Badge>
          <Badge variant="outline" color={escalation.basis === 'imminent_risk' ? 'red' : 'gray'}>
            {escalation.basis === 'imminent_risk' ? 'without consent: imminent risk' : 'member consent'}
          </Badge>
          <Badge variant="outline">risk {escalation.payload.risk}</Badge>
        </Group>
        <Text size="sm">
          To <strong>{escalation.partnerName}</strong> · {formatExactTime(escalation.createdAt)} · {escalation.payload.region} · {escalation.payload.channel === 'in_app' ? 'in-app chat' : 'phone call'}
        </Text>
        {escalation.reason && <Text size="sm">Moderator&apos;s reason: “{escalation.reason}”</Text>}
        <Text size="xs" c="dimmed">
          {escalation.timeline.map((event) => event.status.replace('_', ' ')).join(' → ')}
        </Text>
        {escalation.status !== 'closed' && (
          <Group gap="sm">
            <BusyButton size="xs" variant={escalation.deliveryFailed ? 'filled' : 'default'} onClick={() => redeliver.mutate()} busy={redeliver.isPending}>
              Deliver again
            </BusyButton>
            <Text size="sm" role="status">
              {message}
            </Text>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

/** /admin/escalations — every hand-off, failed deliveries first; the ones made without consent stand out. */
export function EscalationsAdmin() {
  const session = useSession();
  const isAdmin = session.status === 'signed-in' && session.member.role === 'admin';
  const client = useQueryClient();
  const escalations = useQuery({
    queryKey: KEY,
    enabled: isAdmin,
    queryFn: ({ signal }) => apiFetch<{ items: AdminEscalation[] }>('/api/v1/admin/escalations', { signal }),
  });
  // A delivery that failed every attempt is announced live.
  useEffect(() => {
    if (!isAdmin) return;
    const socket = acquireSocket();
    const refresh = () => void client.invalidateQueries({ queryKey: KEY });
    socket.on('admin:delivery-failed', refresh);
    return () => {
      socket.off('admin:delivery-failed', refresh);
      releaseSocket();
    };
  }, [client, isAdmin]);

  if (!isAdmin) return <NotAdmin session={session} />;
  return (
    <Stack gap="md">
      <Title order={1}>Partner escalations</Title>
      <Text size="sm">Every hand-off to a crisis line. Deliveries that failed every attempt come first; you can deliver them again.</Text>
      {escalations.isPending && <LoadingState label="Loading escalations…" />}
      {escalations.isError && <ErrorState title="We couldn't load the escalations" error={escalations.error} onRetry={() => void escalations.refetch()} />}
      {escalations.data?.items.length === 0 && (
        <EmptyState>
          <Text>No escalations yet.</Text>
        </EmptyState>
      )}
      {escalations.data?.items.map((escalation) => <Row key={escalation.id} escalation={escalation} />)}
    </Stack>
  );
}
