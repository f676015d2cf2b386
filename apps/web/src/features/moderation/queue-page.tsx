import { Badge, Button, Checkbox, Group, Kbd, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { QueueItem, ResolveFlagRequest } from '@lantern/contracts';
import { Fragment, useEffect, useMemo, useRef, useState, type FormEvent, type Ref } from 'react';
import { navigate } from '../../routes/navigation';
import { ForumLink } from '../forum/forum-link';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { TimeAgo } from '../forum/time-ago';
import { useSession } from '../identity/use-session';
import { BlurGate } from './blur-gate';
import { useModerationActions, usePartners, useQueue, type QueueFilters } from './mod-api';
import { MemberFinder } from './member-finder';
import { MOD_AUDIT_PATH, modItemPath } from './mod-paths';
import { HandoffFailedAlert } from './handoffs';
import { OverdueAlert } from './overdue-alert';
import { actionProblem } from './action-problem';
import { choose, follow, NO_SELECTION, step, type Selection } from './selection';
import { handlesKeysItself, isSensitive } from './sensitive';
import { dueStatus, priorityLabel, sameMemberItems, stillOverdue } from './triage';
import { DueTime, PriorityBadge } from './triage-badges';
import { useModerationLive } from './use-moderation-live';
import { BusyButton } from '../../components/busy-button';
import { useNow } from './use-now';
import { WellbeingNote } from './wellbeing-note';

const SHORTCUTS: Array<[string, string]> = [
  ['j', 'next item'],
  ['k', 'previous item'],
  ['o', 'open the item (or Enter)'],
  ['c', 'claim'],
  ['d', 'dismiss, with a reason'],
  ['h', 'hide'],
  ['e', 'escalate to a partner'],
];

type Pending = { kind: 'dismiss' | 'escalate'; item: QueueItem } | null;

/** The shortcuts that do something to the selected item (o and Enter only open it to read). */
const ACTING_KEYS: Record<string, string> = { c: 'claim it', d: 'dismiss it', h: 'hide it', e: 'escalate it' };

function itemTitle(item: QueueItem): string {
  if (item.contentType === 'member') return 'Support request';
  return `${item.kind === 'crisis' ? 'Crisis' : item.kind === 'harm' ? 'Harm' : 'Report'} in a ${item.contentType === 'message' ? 'chat message' : 'post'}`;
}

export function QueuePage() {
  const session = useSession();
  const isAdmin = session.status === 'signed-in' && session.member.role === 'admin';
  const [filters, setFilters] = useState<QueueFilters>({ kind: '', status: 'active', mine: false });
  const queue = useQueue(filters);
  const { overdue, handoffFailures, dismissHandoffFailure } = useModerationLive();
  const { claim, resolve } = useModerationActions();
  // The selected item by its id: an item arriving above it (a crisis post, say) never moves the
  // selection onto something the moderator has not read.
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  // Items this page resolved (or is resolving): when one leaves the queue because of that, the next
  // one along is the moderator's to act on; when one leaves for any other reason (a colleague, a
  // claim under "Open"), the next shortcut only asks. Kept for the page's life: the list may drop a
  // resolved item only after the answer came back.
  const [actedOn, setActedOn] = useState<ReadonlySet<string>>(() => new Set());
  const [pending, setPending] = useState<Pending>(null);
  const [notice, setNotice] = useState('');
  const listRef = useRef<HTMLUListElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  // Decisions on their way, by item: a second press (h twice, a double click on Dismiss) before the
  // first is answered sends nothing (the api would refuse it as already resolved, and that refusal
  // would replace the "done" the first one earned).
  const inFlight = useRef(new Set<string>());
  const items = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const waitingPastDue = useMemo(() => stillOverdue(overdue, items), [overdue, items]);
  const ids = useMemo(() => items.map((item) => item.id), [items]);
  const sameMember = useMemo(() => sameMemberItems(items), [items]);
  // Due times are relative ("due in 4 min"), so the list re-reads the clock every 30 seconds.
  const now = useNow();

  // Follows the list as it changes (adjusted while rendering, so no frame shows a stale selection).
  // A blurred item (crisis, graphic) the list moves on to is never acted on by the next key alone,
  // even after the moderator's own action: a hide pressed twice in haste must not reach it.
  const askFirst = useMemo(() => new Set(items.filter(isSensitive).map((item) => item.id)), [items]);
  const followed = follow(selection, ids, actedOn, (id) => askFirst.has(id));
  if (followed !== selection) {
    setSelection(followed);
    const moved = items.find((item) => item.id === followed.id);
    // After the moderator's own action the status line keeps saying what was done; the next key says the rest.
    if (moved && followed.unconfirmed && followed.id !== selection.id && !(selection.id !== null && actedOn.has(selection.id))) {
      setNotice(`${selection.id === null ? 'The item you had selected left the queue, and a new one has arrived' : 'The item you had selected left the queue'}: “${itemTitle(moved)}” is selected now.`);
    }
  }
  const current = items.find((item) => item.id === followed.id);

  const select = (item: QueueItem | undefined) => item && setSelection((previous) => choose(previous, item.id));
  const resetSelection = () => setSelection(NO_SELECTION);
  const markActing = (id: string, on: boolean) =>
    setActedOn((previous) => {
      const next = new Set(previous);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  // The item this page acted on did not go (refused): if the selection moved off it meanwhile, the
  // item it moved to was not the moderator's choice after all.
  const refused = (id: string) => setSelection((previous) => (previous.movedFrom === id ? { ...previous, unconfirmed: true } : previous));

  /** Whether the action went through; when it did not, the status line says why. */
  const act = async (item: QueueItem, request: ResolveFlagRequest, done: string): Promise<boolean> => {
    if (inFlight.current.has(item.id)) return false;
    inFlight.current.add(item.id);
    markActing(item.id, true);
    try {
      await resolve.mutateAsync({ flagId: item.id, request });
      setNotice(done);
      return true;
    } catch (error) {
      markActing(item.id, false);
      refused(item.id);
      setNotice(actionProblem(error, request.action));
      return false;
    } finally {
      inFlight.current.delete(item.id);
    }
  };
  // The dismiss or escalate form closed (done, cancelled, Escape): focus goes to the status line
  // that says what happened, not to the top of the page with the form's controls.
  const closePending = () => {
    setPending(null);
    requestAnimationFrame(() => statusRef.current?.focus());
  };
  const take = async (item: QueueItem) => {
    try {
      await claim.mutateAsync(item.id);
      // Named by what it is, never by its words: a blurred item's text stays behind its blur.
      setNotice(`You claimed the ${withPriority(item).toLowerCase()}. It is yours for 15 minutes.`);
    } catch (error) {
      setNotice(actionProblem(error));
    }
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Focus on a link, button or field: the key is that control's (Enter follows the link).
      if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || handlesKeysItself(event.target) || pending) return;
      const key = event.key;
      if (key === 'j' || key === 'k') {
        const { to, edge } = step(current ? items.indexOf(current) : -1, items.length, key === 'j' ? 'next' : 'previous');
        const next = items[to];
        select(next);
        // Said, not only outlined: the keys that act (c, h, d) act on this item, so someone who
        // cannot see the outline hears which it is before pressing one. Never its words.
        if (next) setNotice(edge ?? `Selected ${to + 1} of ${items.length}: ${withPriority(next)}${next.claimedBy ? `, claimed by ${next.claimedBy.pseudonym}` : ''}.`);
        event.preventDefault();
        return;
      }
      if (!current) return;
      if (key === 'o' || key === 'Enter') {
        navigate(modItemPath(current.id));
        event.preventDefault();
        return;
      }
      const acting = ACTING_KEYS[key];
      if (!acting) return;
      event.preventDefault();
      // A key held down repeats: it must not go on to the items after this one.
      if (event.repeat) return;
      if (followed.unconfirmed) {
        setSelection((previous) => (previous.id === current.id ? choose(previous, current.id) : previous));
        setNotice(
          followed.movedFrom !== null && actedOn.has(followed.movedFrom)
            ? `Nothing done yet: “${itemTitle(current)}” is selected next, and its words are blurred, so it takes a press of its own. Press ${key} again to ${acting}.`
            : `Nothing done yet: the item you had selected left the queue, and “${itemTitle(current)}” is selected now. Press ${key} again to ${acting}.`,
        );
        return;
      }
      if (key === 'c') void take(current);
      else if (key === 'd') setPending({ kind: 'dismiss', item: current });
      else if (key === 'h') void act(current, { action: 'hide', version: current.version }, 'Hidden. Members no longer see it.');
      else if (key === 'e') setPending({ kind: 'escalate', item: current });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  // Keep the selected row in view (the keys that move it say which it is, in the status line).
  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>('[data-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [current?.id, items.length]);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="baseline">
        <Title order={1}>Moderation queue</Title>
        <Group gap="md">
          <ForumLink href={MOD_AUDIT_PATH} underline="always">
            Audit log
          </ForumLink>
          {isAdmin && (
            <>
              <ForumLink href="/admin/escalations" underline="always">
                Partner escalations
              </ForumLink>
              <ForumLink href="/admin/queues" underline="always">
                Queues
              </ForumLink>
            </>
          )}
        </Group>
      </Group>
      <WellbeingNote />
      <OverdueAlert items={waitingPastDue} />
      <HandoffFailedAlert failures={handoffFailures} onDismiss={dismissHandoffFailure} />
      <MemberFinder />
      <Group gap="md" align="flex-end" wrap="wrap">
        <NativeSelect
          label="Kind"
          value={filters.kind}
          onChange={(event) => {
            resetSelection();
            setFilters({ ...filters, kind: event.currentTarget.value as QueueFilters['kind'] });
          }}
          data={[
            { value: '', label: 'All kinds' },
            { value: 'crisis', label: 'Crisis' },
            { value: 'harm', label: 'Harm' },
            { value: 'report', label: 'Reports' },
          ]}
        />
        <NativeSelect
          label="Status"
          value={filters.status}
          onChange={(event) => {
            resetSelection();
            setFilters({ ...filters, status: event.currentTarget.value as QueueFilters['status'] });
          }}
          data={[
            { value: 'active', label: 'Open and claimed' },
            { value: 'open', label: 'Open' },
            { value: 'claimed', label: 'Claimed' },
            { value: 'resolved', label: 'Resolved' },
          ]}
        />
        <Checkbox
          label="Claimed by me"
          checked={filters.mine}
          onChange={(event) => {
            resetSelection();
            setFilters({ ...filters, mine: event.currentTarget.checked });
          }}
        />
      </Group>
      <Text role="status" size="sm" aria-live="polite" ref={statusRef} tabIndex={-1}>
        {notice}
      </Text>
      {pending && (
        <PendingAction
          pending={pending}
          onCancel={closePending}
          onSubmit={async (request, done) => {
            // Refused, the form stays open with the reason the moderator wrote (Escape closes it).
            if (await act(pending.item, request, done)) closePending();
          }}
        />
      )}
      {queue.isPending && <LoadingState label="Loading the queue…" />}
      {queue.isError && <ErrorState title="We couldn't load the queue" error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && items.length === 0 && (
        <EmptyState>
          <Text>Nothing waiting. Thank you for keeping watch.</Text>
        </EmptyState>
      )}
      {items.length > 0 && (
        <ul aria-label="Review items, most urgent first" ref={listRef} style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 'var(--mantine-spacing-sm)' }}>
          {items.map((item) => {
            const isSelected = item === current;
            const overdue = dueStatus(item, now)?.overdue ?? false;
            const others = sameMember.get(item.id) ?? [];
            return (
              <li key={item.id} data-selected={isSelected} aria-current={isSelected ? 'true' : undefined} onClick={() => select(item)}>
                <Paper
                  withBorder
                  p="sm"
                  radius="md"
                  style={{
                    ...(isSelected ? { outline: '3px solid var(--mantine-color-lantern-6, #7048e8)' } : {}),
                    // A thick edge, besides the "Overdue" badge and the words after it.
                    ...(overdue ? { borderLeft: '6px solid var(--mantine-color-red-9)' } : {}),
                  }}
                >
                  <Stack gap={6}>
                    <Group gap="xs" wrap="wrap">
                      <ForumLink href={modItemPath(item.id)} fw={600}>
                        {itemTitle(item)}
                      </ForumLink>
                      <PriorityBadge item={item} />
                      {/* Crisis labels already name the risk. */}
                      {item.kind !== 'crisis' && item.risk !== 'none' && <Badge variant="outline">risk {item.risk}</Badge>}
                      {item.reports > 0 && <Badge variant="outline">{item.reports === 1 ? '1 report' : `${item.reports} reports`}</Badge>}
                    </Group>
                    <DueTime item={item} now={now} />
                    <BlurGate sensitive={isSensitive(item)} label={`the text of ${itemTitle(item).toLowerCase()}`}>
                      <Text size="sm">{item.excerpt || '(no text)'}</Text>
                    </BlurGate>
                    {others.length > 0 && <SameMemberNote others={others} />}
                    <Text size="xs" c="dimmed">
                      {item.claimedBy ? `Claimed by ${item.claimedBy.pseudonym}` : item.status === 'resolved' ? 'Resolved' : 'Unclaimed'} · flagged <TimeAgo iso={item.createdAt} />
                    </Text>
                  </Stack>
                </Paper>
              </li>
            );
          })}
        </ul>
      )}
      <Paper withBorder p="sm" radius="md" component="section" aria-label="Keyboard shortcuts">
        <Title order={2} size="h5" mb="xs">
          Keyboard shortcuts
        </Title>
        <Group gap="md" wrap="wrap">
          {SHORTCUTS.map(([key, what]) => (
            <Text key={key} size="sm">
              <Kbd>{key}</Kbd> {what}
            </Text>
          ))}
        </Group>
      </Paper>
    </Stack>
  );
}

/** "Support request (asking for help now)"; just "Report in a post" when the title says it already. */
function withPriority(item: QueueItem): string {
  const title = itemTitle(item);
  const label = priorityLabel(item).label.toLowerCase();
  return title.toLowerCase().includes(label) ? title : `${title} (${label})`;
}

/**
 * The other items in this list from the same member, so one moderator takes in the whole
 * situation. The member is not named: the queue has no pseudonym for them, and their id stays out.
 */
function SameMemberNote({ others }: { others: QueueItem[] }) {
  return (
    <Text size="sm" data-testid="same-member">
      <Text span fw={600}>
        Also {others.length} more from this member
      </Text>{' '}
      — take them together:{' '}
      {others.map((other, index) => (
        <Fragment key={other.id}>
          {index > 0 && '; '}
          <ForumLink href={modItemPath(other.id)} underline="always">
            {withPriority(other)}
          </ForumLink>
          {other.claimedBy && `, claimed by ${other.claimedBy.pseudonym}`}
        </Fragment>
      ))}
    </Text>
  );
}

function PendingAction({ pending, onCancel, onSubmit }: { pending: NonNullable<Pending>; onCancel: () => void; onSubmit: (request: ResolveFlagRequest, done: string) => Promise<void> }) {
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState('');
  const partners = usePartners();
  const [partnerId, setPartnerId] = useState('');
  const chosenPartner = partnerId || partners.data?.items[0]?.id || '';
  const first = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const [sending, setSending] = useState(false);
  const send = (request: ResolveFlagRequest, done: string) => {
    setSending(true);
    void onSubmit(request, done).finally(() => setSending(false));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    if (pending.kind === 'dismiss') {
      if (!note.trim()) {
        setMissing('Say why you are dismissing this item.');
        first.current?.focus();
        return;
      }
      send({ action: 'dismiss', note: note.trim(), version: pending.item.version }, 'Dismissed, with your reason recorded.');
    } else {
      if (!chosenPartner) return;
      send({ action: 'escalate', partnerId: chosenPartner, note: note.trim() || undefined, version: pending.item.version }, 'Escalated to the partner (the member asked for it). Open the item to escalate without consent.');
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} aria-label={pending.kind === 'dismiss' ? 'Dismiss this item' : 'Escalate this item'} onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <Stack gap="sm">
        {pending.kind === 'escalate' && (
          <NativeSelect
            ref={first as unknown as Ref<HTMLSelectElement>}
            label="Partner"
            description="Needs the member's request for outreach; without it, open the item and record imminent risk."
            value={chosenPartner}
            onChange={(event) => setPartnerId(event.currentTarget.value)}
            data={(partners.data?.items ?? []).map((partner) => ({ value: partner.id, label: partner.name }))}
          />
        )}
        <Textarea
          ref={pending.kind === 'dismiss' ? first : undefined}
          label={pending.kind === 'dismiss' ? 'Why are you dismissing it?' : 'Note for the record (optional)'}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            setMissing('');
          }}
          required={pending.kind === 'dismiss'}
          error={missing || undefined}
          autosize
          minRows={2}
        />
        <Group gap="sm">
          <BusyButton type="submit" busy={sending}>
            {pending.kind === 'dismiss' ? 'Dismiss' : 'Escalate'}
          </BusyButton>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
