import { Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { formatExactTime } from '../forum/forum-copy';
import { ForumLink } from '../forum/forum-link';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { useAudit } from './mod-api';
import { MOD_PATH } from './mod-paths';

interface Filters {
  action: string;
  actorId: string;
  targetId: string;
}

/** Every moderation action, newest first, as recorded; nobody can edit or delete these rows. */
export function AuditPage() {
  const [draft, setDraft] = useState<Filters>({ action: '', actorId: '', targetId: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [before, setBefore] = useState<string[]>([]);
  const audit = useAudit({ ...filters, before: before[before.length - 1] });
  const items = audit.data?.items ?? [];

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setBefore([]);
    setFilters(draft);
  };

  return (
    <Stack gap="md">
      <Text size="sm">
        <ForumLink href={MOD_PATH} underline="always">
          Back to the queue
        </ForumLink>
      </Text>
      <Title order={1}>Audit log</Title>
      <Text size="sm">Every action taken by moderators and admins: who, what, when and why. Nobody can change these records.</Text>
      <form onSubmit={apply} aria-label="Filter the audit log">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label="Action" placeholder="e.g. hide" value={draft.action} onChange={(event) => setDraft({ ...draft, action: event.currentTarget.value })} />
          <TextInput label="Moderator id" value={draft.actorId} onChange={(event) => setDraft({ ...draft, actorId: event.currentTarget.value })} />
          <TextInput label="Target id" value={draft.targetId} onChange={(event) => setDraft({ ...draft, targetId: event.currentTarget.value })} />
          <Button type="submit">Filter</Button>
        </Group>
      </form>
      {audit.isPending && <LoadingState label="Loading the audit log…" />}
      {audit.isError && <ErrorState title="We couldn't load the audit log" error={audit.error} onRetry={() => void audit.refetch()} />}
      {audit.isSuccess && items.length === 0 && (
        <EmptyState>
          <Text>No actions match.</Text>
        </EmptyState>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={600}>
          <Table striped aria-label="Audit entries, newest first">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">On</Table.Th>
                <Table.Th scope="col">Why</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{formatExactTime(entry.createdAt)}</Table.Td>
                  <Table.Td>
                    {/* No actor: Lantern itself (a partner delivery, an erasure closing a request) or an operator's command line. */}
                    {entry.actorId === null ? 'Lantern' : (entry.actorPseudonym ?? 'former member')} ({entry.actorRole})
                  </Table.Td>
                  <Table.Td>{entry.action}</Table.Td>
                  <Table.Td>
                    {entry.targetType}
                    {entry.targetId ? ` ${entry.targetId.slice(0, 8)}` : ''}
                  </Table.Td>
                  <Table.Td>{entry.reason ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group gap="sm">
        {before.length > 0 && (
          <Button variant="default" onClick={() => setBefore(before.slice(0, -1))}>
            Newer
          </Button>
        )}
        {items.length >= 100 && (
          <Button variant="default" onClick={() => setBefore([...before, items[items.length - 1].createdAt])}>
            Older
          </Button>
        )}
      </Group>
    </Stack>
  );
}
