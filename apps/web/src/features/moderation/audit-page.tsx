import { Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { formatExactTime } from '../forum/forum-copy';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { useAudit } from './mod-api';
import { ModPageTitle } from './mod-page-title';

interface Filters {
  action: string;
  /** A pseudonym as the log shows it, or an account id. */
  moderator: string;
  targetId: string;
}

const ID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The longest action and name the api takes (auditQuerySchema). */
const FILTER_MAX = 40;

/** An action as the log spells it: "Dead letter retry" is dead_letter_retry. */
const actionOf = (typed: string) => typed.trim().toLowerCase().replace(/[\s-]+/g, '_');

type Problems = Partial<Record<keyof Filters, string>>;

/** What the api would refuse, said here by the field, in the form's words. */
function filterProblems(draft: Filters): Problems {
  const problems: Problems = {};
  if (actionOf(draft.action).length > FILTER_MAX) problems.action = `No action is that long: an action is one or a few words, as the "Action" column shows it.`;
  const moderator = draft.moderator.trim();
  if (!ID_SHAPE.test(moderator) && moderator.length > FILTER_MAX) problems.moderator = `A name is at most ${FILTER_MAX} characters: type it as the "Who" column shows it, or paste their whole id.`;
  if (draft.targetId.trim() !== '' && !ID_SHAPE.test(draft.targetId.trim())) problems.targetId = 'The target id is the whole id of an item, member or hand-off, as the "On" column shows it.';
  return problems;
}

/** The query the api takes: an id goes as actorId, anything else as the pseudonym it shows. */
function auditQuery(filters: Filters, beforeId: string | undefined) {
  const moderator = filters.moderator.trim();
  const targetId = filters.targetId.trim();
  return {
    action: actionOf(filters.action),
    ...(ID_SHAPE.test(moderator) ? { actorId: moderator } : { actor: moderator }),
    targetId,
    beforeId,
  };
}

/** Every moderation action, newest first, as recorded; nobody can edit or delete these rows. */
export function AuditPage() {
  const [draft, setDraft] = useState<Filters>({ action: '', moderator: '', targetId: '' });
  const [filters, setFilters] = useState<Filters>(draft);
  const [before, setBefore] = useState<string[]>([]);
  const [problems, setProblems] = useState<Problems>({});
  const audit = useAudit(auditQuery(filters, before[before.length - 1]));
  const items = audit.data?.items ?? [];

  const apply = (event: FormEvent) => {
    event.preventDefault();
    // Said here, in the form's words, rather than sent and refused.
    const found = filterProblems(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBefore([]);
    setFilters(draft);
  };

  return (
    <Stack gap="md">
      <ModPageTitle title="Audit log" />
      <Text size="sm">Every action taken by moderators and admins: who, what, when and why. Nobody can change these records.</Text>
      <form onSubmit={apply} aria-label="Filter the audit log">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label="Action" placeholder="e.g. hide" value={draft.action} error={problems.action} onChange={(event) => setDraft({ ...draft, action: event.currentTarget.value })} />
          <TextInput
            label="Moderator"
            description="Their name as the log shows it, or their id"
            value={draft.moderator}
            error={problems.moderator}
            onChange={(event) => setDraft({ ...draft, moderator: event.currentTarget.value })}
          />
          <TextInput
            label="Target id"
            value={draft.targetId}
            error={problems.targetId}
            onChange={(event) => setDraft({ ...draft, targetId: event.currentTarget.value })}
          />
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
                    {/* The whole id, to copy into the filter above. */}
                    {entry.targetId && (
                      <Text component="span" ff="monospace" size="xs" style={{ wordBreak: 'break-all' }}>
                        {` ${entry.targetId}`}
                      </Text>
                    )}
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
          <Button variant="default" onClick={() => setBefore([...before, items[items.length - 1].id])}>
            Older
          </Button>
        )}
      </Group>
    </Stack>
  );
}
