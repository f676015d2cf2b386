import { Alert, Anchor, Badge, Button, Checkbox, Group, List, NativeSelect, NumberInput, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { type FlagSignal, type HandoffFailedEvent, type ModerationActionName, type QueueItemDetail, type ResolveFlagRequest } from '@lantern/contracts';
import { actionsFor, isDeletedByWriter, staffWriter, type StaffRole } from './item-actions';
import { MODERATOR_STARTING_POINTS } from '@lantern/crisis';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/api-client';
import { chatRoomPath } from '../chat/chat-paths';
import { formatExactTime } from '../forum/forum-copy';
import { ErrorState, LoadingState } from '../forum/query-states';
import { useSession } from '../identity/use-session';
import { actionProblem, checkAction, MAX_MINUTES, minutesOf, refusalInFormWords, refusedAtVersion, type ActionField, type ActionFieldProblems } from './action-problem';
import { BlurGate } from './blur-gate';
import { HandoffFailedAlert, handoffFailedTitle, HandoffFailedWords, HandoffsSection } from './handoffs';
import { modKeys, useFlag, useModerationActions, usePartners } from './mod-api';
import { MemberRecord } from './member-record';
import { ModPageTitle } from './mod-page-title';
import { highlightSpans, isSensitive } from './sensitive';
import { DueTime, PriorityBadge } from './triage-badges';
import { useModerationLive } from './use-moderation-live';
import { useNow } from './use-now';
import { BusyButton } from '../../components/busy-button';

/** Where a signal came from, as the list of reasons reads it. */
const SIGNAL_SOURCES: Record<FlagSignal['source'], string> = {
  classifier: 'classifier',
  report: 'report',
  watched_word: 'watched word',
  support_request: 'support request',
  moderator: 'opened by a moderator',
  unreadable: 'the classifier could not read it: nothing has, please read it',
  second_opinion: 'a learned model reads possible crisis here that the word lists did not: please read it',
};

const ACTION_LABELS: Record<ModerationActionName, string> = {
  dismiss: 'Dismiss (needs a reason)',
  keep: 'Keep, optionally replying as moderator',
  hide: 'Hide from members',
  restore: 'Restore',
  remove: 'Remove',
  edit: 'Edit, with a visible note',
  warn: 'Warn the member',
  mute: 'Mute in chat for a while',
  suspend: 'Suspend all posting for a while',
  escalate: 'Escalate to a partner',
  note: 'Add a private note (keeps it open)',
};

/** What the moderator is told once an action is taken: for a hand-off, that it is on its way and where to watch it. */
function outcomeText(action: ModerationActionName, partner: string | undefined): string {
  if (action === 'note') return 'Your note is on the record.';
  if (action === 'escalate') {
    return `Sent to ${partner ?? 'the partner'}. Its progress shows under “Hand-offs to crisis lines” below, and every moderator is alerted if it cannot be delivered.`;
  }
  return 'Done. The item is resolved and the audit log has it.';
}

export function ItemPage({ flagId }: { flagId: string }) {
  const flag = useFlag(flagId);
  const { handoffFailures, dismissHandoffFailure } = useModerationLive();
  if (flag.isPending) return <LoadingState label="Loading the item…" />;
  if (flag.data === undefined) return <ErrorState title="We couldn't load this item" error={flag.error} onRetry={() => void flag.refetch()} />;
  // A later refresh that failed (an api node restarting) keeps the item on screen, and with it
  // whatever the moderator was writing in the action form: it says so above, with a way to try again.
  return (
    <Stack gap="md">
      {flag.isError && (
        <Alert color="yellow" variant="light" role="status" title="This item may be out of date" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">We couldn&apos;t refresh it just now. What you have written below is still here.</Text>
            <Button size="xs" variant="default" onClick={() => void flag.refetch()}>
              Try again
            </Button>
          </Stack>
        </Alert>
      )}
      <ItemView item={flag.data} handoffFailures={handoffFailures} onDismissHandoffFailure={dismissHandoffFailure} />
    </Stack>
  );
}

/**
 * What happened to the moderator's last action. `version` is the item's version once the answer
 * came: a refusal holds only until the item changes (a colleague resolves it, a claim lapses).
 * `resolves`: a success that closed the item (everything but a note).
 */
export interface Outcome {
  ok: boolean;
  text: string;
  version: number;
  resolves: boolean;
  /** An escalation's: the member's hand-offs before it, so the one it made can be told apart (and its failure told here). */
  handoffsBefore?: readonly string[];
}

/** Actions recorded against the item that do not close it. */
const NOT_CLOSING = new Set(['claim', 'note', 'open_support_room']);

/**
 * The hide or removal that closed the item, which a moderator may undo from here (the api checks
 * the content is still hidden or removed and no newer item is open on it), or null.
 */
export function undoableAction(item: Pick<QueueItemDetail, 'status' | 'history' | 'contentType'>): 'hide' | 'remove' | null {
  if (item.status !== 'resolved' || (item.contentType !== 'post' && item.contentType !== 'message')) return null;
  const closing = item.history.filter((entry) => entry.targetType === 'flag' && !NOT_CLOSING.has(entry.action)).at(-1);
  return closing?.action === 'hide' || closing?.action === 'remove' ? closing.action : null;
}

/** A staff writer's role, as the note under the actions names it. */
const STAFF_ROLE_NAMES: Record<StaffRole, string> = {
  moderator: 'a moderator',
  admin: 'an admin',
  partner: 'a crisis line’s counsellor',
};

/** Why some actions are not offered, in the form's words (or nothing, when all apply). */
function actionsNote(item: Pick<QueueItemDetail, 'context' | 'authorId' | 'authorRole'>): string | undefined {
  const notes: string[] = [];
  if (isDeletedByWriter(item)) notes.push('Its writer deleted this, so it cannot be restored or edited.');
  if (item.authorId === null) notes.push('Its writer erased their account, so there is no one to warn, mute or suspend.');
  const staff = staffWriter(item);
  if (staff) notes.push(`Its writer is ${STAFF_ROLE_NAMES[staff]}, so they are not warned, muted or suspended from the queue: tell an operator, who can change their role.`);
  return notes.length > 0 ? `${notes.join(' ')} The other actions still apply.` : undefined;
}

/** Who closed the item, from its history ("Lantern" for the system), or null when the history does not say. */
export function resolverOf(item: Pick<QueueItemDetail, 'status' | 'history'>): string | null {
  if (item.status !== 'resolved') return null;
  const closing = item.history.filter((entry) => entry.targetType === 'flag' && !NOT_CLOSING.has(entry.action)).at(-1);
  if (!closing) return null;
  return `${closing.actor?.pseudonym ?? 'Lantern'} (${closing.action.replace(/_/g, ' ')})`;
}

function ItemView({
  item,
  handoffFailures,
  onDismissHandoffFailure,
}: {
  item: QueueItemDetail;
  handoffFailures: HandoffFailedEvent[];
  onDismissHandoffFailure: (escalationId: string) => void;
}) {
  const { claim, resolve } = useModerationActions();
  const session = useSession();
  const me = session.status === 'signed-in' ? session.member.id : null;
  const claimer = item.status === 'resolved' ? null : item.claimedBy;
  const claimedByMe = claimer !== null && claimer.id === me;
  const client = useQueryClient();
  // A claim's answer ("Claimed. It is yours…") stays while the item is this moderator's: a report or
  // a signal that comes meanwhile changes the item, not the claim. A refusal is about the item as
  // it was (the version the api refused it at, else the page's copy once it came), and goes when
  // the item changes again.
  // Either answer carries the version it was given at: until the page's copy of the item is that
  // new (its refetch can be overtaken by another, a live event's, and land a moment later), a copy
  // not yet showing it says nothing about it.
  const [notice, setNoticeState] = useState<{ text: string; version: number; aboutClaim: boolean } | null>(null);
  // The page's copy of the item as it is now (an answer's refresh may have landed since this render).
  const versionNow = () => client.getQueryData<QueueItemDetail>(modKeys.flag(item.id))?.version ?? item.version;
  const setNotice = (text: string, aboutClaim = false, version?: number) => setNoticeState({ text, aboutClaim, version: version ?? versionNow() });
  if (notice && (notice.aboutClaim ? item.version >= notice.version && !claimedByMe : item.version > notice.version)) setNoticeState(null);
  // "Claim" goes once the item is the moderator's (Renew takes its place): focus goes to the word
  // that it is theirs, not to the top of the page.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const [claimedHere, setClaimedHere] = useState(0);
  useEffect(() => {
    if (claimedHere > 0) noticeRef.current?.focus();
  }, [claimedHere]);
  // Kept here, not in the form: the form goes away once the item is resolved, the outcome stays.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A refusal ("… is working on this item") is about the item as it was: once it changes under the
  // moderator (resolved, claimed, let go), the refusal no longer holds and goes. A copy older than
  // the refusal (a read landing late) is not a change.
  if (outcome && !outcome.ok && item.version > outcome.version) setOutcome(null);
  // Confirming removes the form (and the focused button with it): keyboard and screen-reader
  // users are taken to what happened instead of being dropped at the top of the page.
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome) outcomeRef.current?.focus();
  }, [outcome]);
  // The hand-off this page's escalation made, once it failed every attempt: "Sent to …" no longer
  // holds, so the outcome says so in its place (focus, on the outcome since Confirm, stays there)
  // rather than beside an alert that it could not be delivered.
  const madeHere = outcome?.ok && outcome.handoffsBefore ? item.handoffs.find((handoff) => !outcome.handoffsBefore?.includes(handoff.id)) : undefined;
  const failedHere = madeHere && (handoffFailures.find((failure) => failure.escalationId === madeHere.id) ?? (madeHere.deliveryFailed ? { escalationId: madeHere.id, flagId: null, partner: madeHere.partner.name } : undefined));
  const resolvedRef = useRef<HTMLDivElement>(null);
  const showResolved = item.status === 'resolved' && !(outcome?.ok && outcome.resolves);
  const resolver = resolverOf(item);
  const undoable = undoableAction(item);
  // A key pressed on the wrong item, or a second look: the hide or removal is undone from here.
  const undo = async () => {
    try {
      await resolve.mutateAsync({ flagId: item.id, request: { action: 'restore', version: item.version } });
      setOutcome({ ok: true, text: 'Restored. Members see it again.', version: item.version, resolves: true });
    } catch (error) {
      setOutcome({ ok: false, text: actionProblem(error, 'restore'), version: refusedAtVersion(error) ?? versionNow(), resolves: false });
    }
  };
  // Resolved elsewhere while open here: the form (perhaps holding focus) is gone, so focus goes
  // to the news rather than to the top of the page. (An item opened resolved keeps the usual start.)
  const [openedResolved] = useState(item.status === 'resolved');
  useEffect(() => {
    if (showResolved && !openedResolved && (document.activeElement === null || document.activeElement === document.body)) resolvedRef.current?.focus();
  }, [showResolved, openedResolved]);
  const sensitive = isSensitive(item);
  const now = useNow();
  const spans = item.signals.flatMap((signal) =>
    signal.evidence
      .filter((span) => span.text !== '' && item.body.slice(span.start, span.end) === span.text)
      .map((span) => ({ ...span, by: signal.source === 'second_opinion' ? SECOND_OPINION : WORD_LISTS })),
  );
  const secondOpinionMarked = spans.some((span) => span.by === SECOND_OPINION);
  const title = item.contentType === 'member' ? 'Support request' : `${item.kind} item`;

  const take = async () => {
    try {
      const claimed = await claim.mutateAsync(item.id);
      setNotice(claimedByMe ? 'Renewed. It is yours for another 15 minutes.' : 'Claimed. It is yours for 15 minutes.', true, claimed.version);
      if (!claimedByMe) setClaimedHere((count) => count + 1);
    } catch (error) {
      setNotice(actionProblem(error), false, refusedAtVersion(error));
    }
  };
  // "Talk to a moderator now", answered: a private room with the member, shown first in their Chat.
  const talk = async () => {
    try {
      const { room } = await apiFetch<{ room: string }>(`/api/v1/moderation/flags/${item.id}/support-room`, { method: 'POST' });
      window.location.assign(chatRoomPath(room));
    } catch (error) {
      setNotice(actionProblem(error));
    }
  };

  return (
    <>
      <HandoffFailedAlert
        failures={handoffFailures.filter((failure) => failure.flagId !== item.id && failure.escalationId !== failedHere?.escalationId)}
        onDismiss={onDismissHandoffFailure}
      />
      <Stack gap="lg">
        <ModPageTitle title={title.charAt(0).toUpperCase() + title.slice(1)}>
          <Group gap="xs" wrap="wrap">
            <PriorityBadge item={item} />
            {item.kind !== 'crisis' && item.risk !== 'none' && <Badge variant="outline">risk {item.risk}</Badge>}
            <Badge variant="outline">{item.status}</Badge>
            {item.categories.map((category) => (
              <Badge key={category} variant="dot">
                {category.replace(/_/g, ' ')}
              </Badge>
            ))}
          </Group>
          <Text size="sm" c="dimmed">
            <DueTime item={item} now={now} sentence /> · {claimer ? `claimed by ${claimedByMe ? 'you' : claimer.pseudonym}` : item.status === 'resolved' ? 'resolved' : 'unclaimed'}
          </Text>
        </ModPageTitle>

        {dangerFromOther(item) && (
          <Alert color="yellow" variant="light" role="note" title="Someone may be hurting this member" styles={{ title: { color: 'var(--mantine-color-text)' } }} data-testid="danger-guidance">
            Reply without blame, and in a private chat rather than in public: never ask who or where in a post others read, and never tell them to leave or
            confront anyone. &ldquo;Their safety&rdquo; is the starting point. No crisis line can be asked to call their phone while their notice is open: someone
            else may answer it.
          </Alert>
        )}
        <Paper withBorder p="md" radius="md" component="section" aria-label="The content">
          <Title order={2} size="h4" mb="xs">
            {item.contentType === 'member' ? 'What they asked for' : 'What they wrote'}
          </Title>
          <BlurGate sensitive={sensitive} label="what they wrote">
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} data-testid="item-body">
              {highlightSpans(item.body, spans).map((part, index) =>
                part.marked ? (
                  <Mark key={index} by={part.by ?? []}>
                    {part.text}
                  </Mark>
                ) : (
                  <span key={index}>{part.text}</span>
                ),
              )}
            </Text>
          </BlurGate>
          {secondOpinionMarked && (
            <Text size="sm" mt="xs" data-testid="second-opinion-key">
              Underlined with dashes: the second opinion&rsquo;s words, those that weighed most in the learned model&rsquo;s reading. It is a guess, not a
              finding.
            </Text>
          )}
        </Paper>

        <Group gap="sm">
          {item.status !== 'resolved' && claimer === null && <Button onClick={() => void take()}>Claim</Button>}
          {claimedByMe && (
            <Button onClick={() => void take()} variant="default">
              Renew my claim
            </Button>
          )}
          {claimer !== null && !claimedByMe && (
            <Text size="sm" data-testid="claim-state">
              {claimer.pseudonym} is working on this item. It comes back to everyone when they let it go or their claim runs out.
            </Text>
          )}
          {item.contentType === 'member' && item.authorId !== null && (
            <Button onClick={() => void talk()} variant="light">
              Open a private chat with this member
            </Button>
          )}
          <Text ref={noticeRef} tabIndex={-1} role="status" size="sm" aria-live="polite">
            {notice?.text}
          </Text>
        </Group>

        {item.status !== 'resolved' && <ActionForm item={item} onOutcome={setOutcome} />}
        <div aria-live="polite">
          {outcome && (
            <Alert
              ref={outcomeRef}
              tabIndex={-1}
              color={outcome.ok && !failedHere ? 'teal' : 'red'}
              variant="light"
              title={failedHere ? handoffFailedTitle(failedHere) : undefined}
              data-testid="item-outcome"
            >
              {failedHere ? <HandoffFailedWords failure={failedHere} /> : <Text size="sm">{outcome.text}</Text>}
            </Alert>
          )}
          {showResolved && (
            <Alert ref={resolvedRef} tabIndex={-1} color="gray" variant="light" title={resolver ? `Resolved by ${resolver}` : undefined} data-testid="item-resolved" mt={outcome ? 'sm' : undefined}>
              <Text size="sm">This item is resolved; its history is below.</Text>
              {undoable && (
                <Button size="xs" variant="default" mt="xs" loading={resolve.isPending} onClick={() => void undo()}>
                  {undoable === 'hide' ? 'Show it again (undo the hide)' : 'Restore it (undo the removal)'}
                </Button>
              )}
            </Alert>
          )}
        </div>

        <Paper withBorder p="md" radius="md" component="section" aria-label="Why it is here">
          <Title order={2} size="h4" mb="xs">
            Why it is here
          </Title>
          <List spacing="xs">
            {item.signals.map((signal, index) => (
              <List.Item key={index}>
                <Text size="sm">
                  <strong>{SIGNAL_SOURCES[signal.source]}</strong>
                  {signal.risk && signal.risk !== 'none' ? ` · risk ${signal.risk}` : ''}
                  {signal.reason ? ` · ${signal.reason.replace(/_/g, ' ')}` : ''}
                  {signal.categories.length ? ` · ${signal.categories.join(', ').replace(/_/g, ' ')}` : ''}
                  {signal.note && (
                    <>
                      {signal.source === 'moderator' ? ' · their note: ' : ' · the reporter wrote: '}
                      <BlurGate sensitive={sensitive} label={signal.source === 'moderator' ? "the moderator's note" : "the reporter's note"}>
                        <span>“{signal.note}”</span>
                      </BlurGate>
                    </>
                  )}
                  {signal.evidence.some((span) => span.text) && (
                    <>
                      {signal.source === 'second_opinion' ? ' · the words that weighed most: ' : ' · noticed: '}
                      <BlurGate sensitive={sensitive} label="the words noticed">
                        <span>{[...new Set(signal.evidence.map((span) => span.text).filter(Boolean))].map((text) => `“${text}”`).join(', ')}</span>
                      </BlurGate>
                    </>
                  )}
                </Text>
              </List.Item>
            ))}
          </List>
        </Paper>

        <HandoffsSection handoffs={item.handoffs} />
        <ContextSection item={item} sensitive={sensitive} />
        <HistorySection item={item} />
        {item.authorId && <MemberRecord memberId={item.authorId} sensitive={sensitive} />}
      </Stack>
    </>
  );
}

/** Who marked a stretch of the words: the word lists (the classifier, a watched word) or the learned second opinion. */
const WORD_LISTS = 'word_lists';
const SECOND_OPINION = 'second_opinion';

/**
 * A stretch of the words that something noticed. The second opinion's words are also underlined
 * with dashes (said under the words), so they are told apart from the word lists' finding without
 * colour, and the title says whose they are.
 */
function Mark({ by, children }: { by: readonly string[]; children: string }) {
  const learned = by.includes(SECOND_OPINION);
  const lists = !learned || by.includes(WORD_LISTS);
  const title = learned && lists ? 'The classifier noticed this, and it weighed most in the second opinion' : learned ? "The second opinion's words: they weighed most in its reading" : 'This is what the classifier noticed';
  // Said by screen readers where the stretch starts (global.css), as the eye is told by the highlight.
  const markedBy = learned && lists ? 'noticed by the classifier and the second opinion' : learned ? "the second opinion's words" : 'noticed by the classifier';
  return (
    <mark title={title} data-marked-by={markedBy} data-second-opinion={learned ? 'true' : undefined} style={learned ? { textDecoration: 'underline dashed', textUnderlineOffset: '0.2em' } : undefined}>
      {children}
    </mark>
  );
}

/** The starting points for a public reply (keep) or a warning. */
/** The safe-messaging starting points for an action; for a member someone else hurts, "Their safety" first. */
const startingPoints = (action: 'keep' | 'warn', inDanger: boolean) => {
  if (action === 'warn') return MODERATOR_STARTING_POINTS.warn;
  const reply = MODERATOR_STARTING_POINTS.reply;
  return inDanger ? [...reply.filter((point) => point.id === 'reply-your-safety'), ...reply.filter((point) => point.id !== 'reply-your-safety')] : reply;
};

/**
 * Words nothing has read, or that only the learned second opinion reads as crisis: perhaps
 * someone in pain, so the form starts at keeping them up, as for a crisis, not at hiding them.
 */
const mayBeCrisis = (item: Pick<QueueItemDetail, 'signals'>) => item.signals.some((signal) => signal.source === 'second_opinion' || signal.source === 'unreadable');

/** The classifier read danger from someone else in what the member wrote. */
const dangerFromOther = (item: Pick<QueueItemDetail, 'categories'>) => item.categories.includes('danger_from_other');

function ActionForm({ item, onOutcome }: { item: QueueItemDetail; onOutcome: (outcome: Outcome | null) => void }) {
  const { resolve } = useModerationActions();
  const client = useQueryClient();
  // What is missing or wrong, next to its field and in the form's words.
  const [problems, setProblems] = useState<ActionFieldProblems>({});
  const fieldRefs = {
    note: useRef<HTMLTextAreaElement>(null),
    body: useRef<HTMLTextAreaElement>(null),
    minutes: useRef<HTMLInputElement>(null),
    partner: useRef<HTMLSelectElement>(null),
  };
  const fixed = (field: ActionField) => problems[field] && setProblems(({ [field]: _gone, ...rest }) => rest);
  const FIELD_ORDER: ActionField[] = ['body', 'minutes', 'partner', 'note'];
  const showProblems = (found: ActionFieldProblems) => {
    setProblems(found);
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) fieldRefs[first].current?.focus();
  };
  const actions = actionsFor(item);
  const [action, setAction] = useState<ModerationActionName>(item.kind === 'crisis' || mayBeCrisis(item) || !actions.includes('hide') ? 'keep' : 'hide');
  const [note, setNote] = useState('');
  const [body, setBody] = useState('');
  const [minutes, setMinutes] = useState<number | string>(60);
  const [partnerId, setPartnerId] = useState('');
  const [withoutConsent, setWithoutConsent] = useState(false);
  const partners = usePartners();

  const needsBody = action === 'edit' || action === 'warn' || action === 'keep' || action === 'escalate';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Enter in a field while a decision is on its way: it is not sent twice.
    if (resolve.isPending) return;
    const chosenPartner = partnerId || partners.data?.items[0]?.id;
    // Checked here first, so nothing half-filled is sent and the answer is in the form's words.
    const found = checkAction({ action, note, body, minutes, partnerId: chosenPartner, withoutConsent });
    if (Object.keys(found).length > 0) {
      onOutcome(null);
      showProblems(found);
      return;
    }
    setProblems({});
    const request: ResolveFlagRequest = { action, version: item.version };
    if (note.trim()) request.note = note.trim();
    if (needsBody && body.trim()) request.body = body.trim();
    if (action === 'mute' || action === 'suspend') request.durationMinutes = minutesOf(minutes) ?? undefined;
    if (action === 'escalate') {
      request.partnerId = chosenPartner;
      if (withoutConsent) request.basis = 'imminent_risk';
    }
    const handoffsBefore = action === 'escalate' ? item.handoffs.map((handoff) => handoff.id) : undefined;
    try {
      await resolve.mutateAsync({ flagId: item.id, request });
      // Sent and recorded: a private note (which leaves the item open) is not there to be sent
      // again by a second Confirm, nor to go out as the reason of the next action. Only what was
      // sent goes: words typed while it was on its way stay.
      setNote((current) => (current.trim() === (request.note ?? '') ? '' : current));
      setBody((current) => (current.trim() === (request.body ?? '') ? '' : current));
      onOutcome({
        ok: true,
        text: outcomeText(action, partners.data?.items.find((partner) => partner.id === request.partnerId)?.name),
        version: item.version,
        resolves: action !== 'note',
        handoffsBefore,
      });
    } catch (error) {
      // The item as the api refused it, else as the refusal left it (the lists were refreshed
      // before this answer came back, unless a live event's refresh overtook theirs).
      const version = refusedAtVersion(error) ?? client.getQueryData<QueueItemDetail>(modKeys.flag(item.id))?.version ?? item.version;
      const refused = refusalInFormWords(error, action, withoutConsent);
      if (refused) showProblems(refused.fields);
      onOutcome({ ok: false, text: refused ? refused.summary : actionProblem(error, action), version, resolves: false });
    }
  };

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={(event) => void submit(event)} aria-label="Act on this item">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Act on it
        </Title>
        <NativeSelect
          label="Action"
          value={action}
          onChange={(event) => {
            setAction(event.currentTarget.value as ModerationActionName);
            setProblems({});
          }}
          data={actions.map((name) => ({ value: name, label: ACTION_LABELS[name] }))}
          description={actionsNote(item)}
        />
        {(action === 'keep' || action === 'warn') && (
          <NativeSelect
            label="Start from"
            description="Safe-messaging words to begin with; make them yours before you send."
            value=""
            onChange={(event) => {
              const point = startingPoints(action, dangerFromOther(item)).find((candidate) => candidate.id === event.currentTarget.value);
              // Added after what the moderator already wrote, never instead of it.
              if (point) setBody(body.trim() ? `${body.trimEnd()}\n\n${point.text}` : point.text);
            }}
            data={[{ value: '', label: body.trim() ? 'Add one to what I wrote' : 'Write my own' }, ...startingPoints(action, dangerFromOther(item)).map((point) => ({ value: point.id, label: point.label }))]}
          />
        )}
        {needsBody && (
          <Textarea
            label={
              action === 'keep' ? 'Reply as moderator (optional)' : action === 'edit' ? 'The corrected text' : action === 'escalate' ? 'Excerpt for the partner (only what they need)' : 'The warning the member will read'
            }
            ref={fieldRefs.body}
            value={body}
            onChange={(event) => {
              setBody(event.currentTarget.value);
              fixed('body');
            }}
            error={problems.body}
            autosize
            minRows={3}
          />
        )}
        {(action === 'mute' || action === 'suspend') && (
          <NumberInput
            ref={fieldRefs.minutes}
            label="For how many minutes"
            min={1}
            max={MAX_MINUTES}
            allowDecimal={false}
            value={minutes}
            onChange={(value) => {
              setMinutes(value);
              fixed('minutes');
            }}
            error={problems.minutes}
          />
        )}
        {action === 'escalate' && (
          <>
            <NativeSelect
              ref={fieldRefs.partner}
              label="Partner"
              value={partnerId || partners.data?.items[0]?.id || ''}
              onChange={(event) => {
                setPartnerId(event.currentTarget.value);
                fixed('partner');
              }}
              error={problems.partner}
              data={(partners.data?.items ?? []).map((partner) => ({ value: partner.id, label: `${partner.name} (${partner.regions.join(', ') || 'all regions'}, ${partner.hours})` }))}
            />
            <Checkbox
              label="The member has not asked for this: imminent risk"
              description="Only when someone's life may be in danger now. Write your reason in the note; it is recorded and shown to admins."
              checked={withoutConsent}
              onChange={(event) => setWithoutConsent(event.currentTarget.checked)}
            />
          </>
        )}
        <Textarea
          label={action === 'dismiss' ? 'Why dismiss it' : action === 'edit' ? 'The note members will see on the post' : 'Note for the record'}
          ref={fieldRefs.note}
          value={note}
          onChange={(event) => {
            setNote(event.currentTarget.value);
            fixed('note');
          }}
          error={problems.note}
          autosize
          minRows={2}
        />
        <Group>
          <BusyButton type="submit" busy={resolve.isPending}>
            Confirm
          </BusyButton>
        </Group>
      </Stack>
    </Paper>
  );
}

function ContextSection({ item, sensitive }: { item: QueueItemDetail; sensitive: boolean }) {
  const { context } = item;
  if (context.kind === 'none') return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="Around it">
      <Title order={2} size="h4" mb="xs">
        Around it: {context.kind === 'thread' ? 'the thread' : 'the room'} “{context.title}”
      </Title>
      {/* Words its writer chose too, read with the opening post: a flag may be about them alone. */}
      {context.contentWarning && <Text size="sm">Content warning: “{context.contentWarning}”</Text>}
      {context.href && (
        <Anchor href={context.href} size="sm" underline="always">
          Open where members see it
        </Anchor>
      )}
      <List spacing="xs" mt="xs">
        {context.entries.map((entry) => (
          <List.Item key={entry.id}>
            <Text size="sm" fw={entry.current ? 700 : 400}>
              {entry.author}
              {entry.current ? ' (this one)' : ''}
              {entry.status !== 'visible' ? ` · ${entry.status}` : ''}:
            </Text>
            {entry.current ? (
              <BlurGate sensitive={sensitive} label="the flagged entry in context">
                <Text size="sm">{entry.body}</Text>
              </BlurGate>
            ) : (
              <Text size="sm">{entry.body}</Text>
            )}
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}

function HistorySection({ item }: { item: QueueItemDetail }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label="History">
      <Title order={2} size="h4" mb="xs">
        History
      </Title>
      {item.history.length === 0 ? (
        <Text size="sm">Nothing done yet.</Text>
      ) : (
        <List spacing={4}>
          {item.history.map((entry) => (
            <List.Item key={entry.id}>
              <Text size="sm">
                {formatExactTime(entry.createdAt)} · {entry.actor?.pseudonym ?? 'Lantern'} · {entry.action}
                {entry.reason ? ` · “${entry.reason}”` : ''}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
