import { Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { DeadLetter, QueueOverview } from '@lantern/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { apiFetch, isApiError } from '../../api/api-client';
import { BusyButton } from '../../components/busy-button';
import { formatExactTime, pluralise } from '../forum/forum-copy';
import { ErrorState, LoadingState } from '../forum/query-states';
import { useSession } from '../identity/use-session';
import { NotAdmin } from './not-admin';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/** /admin/queues — queue depth and age, and the moderation dead letters with a retry. */
export function QueuesAdmin() {
  const session = useSession();
  const isAdmin = session.status === 'signed-in' && session.member.role === 'admin';
  const client = useQueryClient();
  const [message, setMessage] = useState('');
  const queues = useQuery({
    queryKey: ['admin', 'queues'],
    enabled: isAdmin,
    queryFn: ({ signal }) => apiFetch<{ items: QueueOverview[] }>('/api/v1/admin/queues', { signal }),
    refetchInterval: 5_000,
  });
  const dead = useQuery({
    queryKey: ['admin', 'dead-letters'],
    enabled: isAdmin,
    queryFn: ({ signal }) => apiFetch<{ items: DeadLetter[] }>('/api/v1/admin/dead-letters', { signal }),
    refetchInterval: 15_000,
  });
  // The jobs whose retry is on its way: a second press (a double click) sends nothing, so the
  // answer to the first is the one the admin reads.
  const retrying = useRef(new Set<string>());
  const retry = useMutation({
    mutationFn: (jobId: string) => apiFetch(`/api/v1/admin/dead-letters/${encodeURIComponent(jobId)}/retry`, { method: 'POST' }),
    onSuccess: (_data, jobId) => setMessage(`Job ${jobId} is waiting again.`),
    onError: (error) => setMessage(isApiError(error) ? error.message : 'That did not go through; try again.'),
    onSettled: (_data, _error, jobId) => {
      retrying.current.delete(jobId);
      return client.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  const retryJob = (jobId: string) => {
    if (retrying.current.has(jobId)) return;
    retrying.current.add(jobId);
    retry.mutate(jobId);
  };

  if (!isAdmin) return <NotAdmin session={session} />;
  return (
    <Stack gap="md">
      <Title order={1}>Queues</Title>
      {queues.isPending && <LoadingState label="Reading the queues…" />}
      {queues.isError && <ErrorState title="We couldn't read the queues" error={queues.error} onRetry={() => void queues.refetch()} />}
      {queues.data && (
        <Table.ScrollContainer minWidth={520}>
          <Table aria-label="Jobs by queue and state" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Queue</Table.Th>
                {STATES.map((state) => (
                  <Table.Th scope="col" key={state}>
                    {state}
                  </Table.Th>
                ))}
                <Table.Th scope="col">oldest waiting</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {queues.data.items.map((queue) => (
                <Table.Tr key={queue.name}>
                  <Table.Th scope="row">{queue.name}</Table.Th>
                  {STATES.map((state) => (
                    <Table.Td key={state}>{queue.counts[state] ?? 0}</Table.Td>
                  ))}
                  <Table.Td>{queue.oldestWaitingSeconds} s</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Title order={2} size="h3">
        Moderation dead letters
      </Title>
      <Text role="status" size="sm">
        {message}
      </Text>
      {dead.isPending && <LoadingState label="Reading the dead letters…" />}
      {dead.isError && <ErrorState title="We couldn't read the dead letters" error={dead.error} onRetry={() => void dead.refetch()} />}
      {dead.data?.items.length === 0 && <Text size="sm">None. Every moderation job has gone through.</Text>}
      {dead.data?.items.map((job) => (
        <Paper key={job.jobId} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              {[job.jobId, pluralise(job.attemptsMade, 'attempt'), job.failedAt ? formatExactTime(job.failedAt) : null, job.failedReason].filter(Boolean).join(' · ')}
            </Text>
            <BusyButton size="xs" variant="default" busy={retry.isPending && retry.variables === job.jobId} onClick={() => retryJob(job.jobId)}>
              Retry {job.jobId}
            </BusyButton>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
