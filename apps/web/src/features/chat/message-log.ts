import type { ChatMessage, Page } from '@lantern/contracts';

/**
 * A message as this tab knows it: confirmed by the server, on its way, or refused; or `checking`:
 * one its writer asked not to send after an attempt whose answer never came, so the room may have
 * it. It is not taken back until Lantern answers the take-back: stored first, it is theirs in the
 * room (`alreadySent`); otherwise its words go back to the composer (use-chat-room).
 */
export interface LogEntry {
  key: string;
  /**
   * What the page renders it under, when not `key`: a message of the reader's keeps the key it was
   * written under once stored (its `key` becomes the server's id), so its element stays in the
   * live log instead of being taken out and put back, which a screen reader reads out again.
   */
  renderKey?: string;
  message: ChatMessage;
  state: 'sent' | 'sending' | 'checking' | 'failed';
  /** A message not stored yet whose answer once never came: the room may have it since then (see QueuedSend). */
  maybeStoredSince?: string;
  /** Its writer asked not to send it, but it had already reached the room: the page says so beside it. */
  alreadySent?: true;
  /** Why a message on its way is waiting, when it is ("goes in 9 s"). */
  note?: string;
  /** When that note was given (ms since the epoch): its "in 9 s" counts down from then. */
  noteAt?: number;
  error?: string;
}

/** At most this many messages are in the page at once; older ones load on request. */
export const WINDOW_SIZE = 150;

const byTime = (a: ChatMessage, b: ChatMessage) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);
const order = (a: LogEntry, b: LogEntry) => byTime(a.message, b.message);

/**
 * Merges messages into the log once each: by server id, and a confirmed message replaces the
 * pending entry with the same clientMsgId (our own message coming back, or a resend's answer).
 */
export function mergeMessages(log: readonly LogEntry[], incoming: readonly ChatMessage[]): LogEntry[] {
  if (incoming.length === 0) return [...log];
  const byKey = new Map(log.map((entry) => [entry.key, entry]));
  for (const message of incoming) {
    const pending = message.clientMsgId ? byKey.get(`pending:${message.clientMsgId}`) : undefined;
    if (pending) byKey.delete(pending.key);
    const known = byKey.get(message.id);
    // The room's copy of our own message says isYou: false; what this tab knows wins.
    const mine = message.author.isYou || pending?.message.author.isYou === true || known?.message.author.isYou === true;
    const renderKey = pending ? (pending.renderKey ?? pending.key) : known?.renderKey;
    // Found while its writer waited to hear whether it could be taken back: they are told it had gone.
    const alreadySent = pending?.state === 'checking' || known?.alreadySent === true;
    byKey.set(message.id, {
      key: message.id,
      ...(renderKey ? { renderKey } : {}),
      ...(alreadySent ? { alreadySent: true as const } : {}),
      message: mine === message.author.isYou ? message : { ...message, author: { ...message.author, isYou: true } },
      state: 'sent',
    });
  }
  const confirmed = [...byKey.values()].filter((entry) => entry.state === 'sent').sort(order);
  // Messages still on their way stay at the end, in the order they were written.
  const waiting = log.filter((entry) => entry.state !== 'sent' && byKey.has(entry.key));
  return [...confirmed, ...waiting];
}

/**
 * The answer to a message this tab sent (`key`, still pending): stored as `id`. A resend's answer
 * (the first was lost) may find the room's copy here already, with what became of it since (held
 * by the checks, marked): that copy stands, and the pending one goes. One removed or deleted since
 * (`gone`) is not shown again; one held (`held`) stays its writer's, marked.
 */
export function confirmSent(log: readonly LogEntry[], key: string, answer: { id: string; held?: boolean; gone?: boolean }): LogEntry[] {
  const pending = log.find((entry) => entry.key === key);
  if (!pending) return [...log]; // the room's copy already confirmed it
  if (answer.gone || log.some((entry) => entry.key !== key && entry.message.id === answer.id)) return log.filter((entry) => entry.key !== key);
  const stored: ChatMessage = { ...pending.message, id: answer.id, createdAt: storedAt(log, pending.message.createdAt), ...(answer.held ? { held: true } : {}) };
  return mergeMessages(log, [stored]);
}

export function removeMessage(log: readonly LogEntry[], id: string): LogEntry[] {
  return log.filter((entry) => entry.message.id !== id);
}

/**
 * A moderator's log keeps a removed message, marked, so it can be restored from there. Its
 * restoration arrives as the message again (`message:new`), without the mark, and replaces it.
 */
export function markRemoved(log: readonly LogEntry[], id: string): LogEntry[] {
  return log.map((entry) => {
    if (entry.message.id !== id || entry.message.removed) return entry;
    return { ...entry, message: { ...withoutMark(entry.message), removed: true } };
  });
}

/** A message without what a moderator's log marks on it (removed, held or deleted: one at a time). */
function withoutMark(message: ChatMessage): ChatMessage {
  const { removed: _removed, held: _held, reviewItemId: _item, deleted: _deleted, ...rest } = message;
  return rest;
}

/** A moderator's log keeps a message its writer deleted, marked; nothing brings it back. */
export function markDeleted(log: readonly LogEntry[], id: string): LogEntry[] {
  return log.map((entry) => (entry.message.id === id && !entry.message.deleted ? { ...entry, message: { ...withoutMark(entry.message), deleted: true } } : entry));
}

/**
 * A message the moderation checks hid while it was on screen (`message:held`): only its writer and
 * moderators are sent that, and their logs keep it, marked; moderators with its review item.
 */
export function markHeld(log: readonly LogEntry[], id: string, reviewItemId?: string): LogEntry[] {
  return log.map((entry) =>
    entry.message.id === id && entry.state === 'sent' ? { ...entry, message: { ...withoutMark(entry.message), held: true, ...(reviewItemId ? { reviewItemId } : {}) } } : entry,
  );
}

/**
 * Everything a member the reader just hid wrote, out of the log (chat names are pseudonyms, one
 * per member). The api already leaves their later messages out of this reader's room.
 */
export function removeAuthor(log: readonly LogEntry[], displayName: string): LogEntry[] {
  return log.filter((entry) => entry.message.author.isYou || entry.message.author.displayName !== displayName);
}

/** A place in a room's history: a message's time, its id when two share a millisecond (as the log orders them). */
export interface LogPlace {
  createdAt: string;
  id: string;
}

const byPlace = (a: LogPlace, b: LogPlace) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

/** Whether `a` comes after `b` in a room's history. */
export function isAfter(a: LogPlace, b: LogPlace): boolean {
  return byPlace(a, b) > 0;
}

/**
 * The place of the newest message someone else said in this log, or null when there is none: where
 * the reader has read to when the log's end is in front of them. Someone else's, as only theirs are
 * ever new, and their times are the server's (a message of the reader's just stored goes by a time
 * of this device's until the room's copy comes, which a clock running ahead would put too late).
 */
export function newestPlace(log: readonly LogEntry[]): LogPlace | null {
  const newest = log.findLast((entry) => entry.state === 'sent' && !entry.message.author.isYou)?.message;
  return newest ? { createdAt: newest.createdAt, id: newest.id } : null;
}

/**
 * The id of the first message someone else said after `readTo` (after nothing: the first of all):
 * the one the "New messages" marker goes above. By place, not by which ids were on screen, so
 * earlier messages loaded later are not new, and a new one removed passes the marker on.
 */
export function firstUnreadId(log: readonly LogEntry[], readTo: LogPlace | null): string | null {
  return log.find((entry) => entry.state === 'sent' && !entry.message.author.isYou && (readTo === null || byPlace(entry.message, readTo) > 0))?.message.id ?? null;
}

/** At most this many REST pages are read to fill what a tab missed while it was away. */
export const CATCH_UP_PAGES = 20;

/** How much earlier than this device's clock the server's may put a message's time. */
const CLOCK_SLACK_MS = 5 * 60_000;
/**
 * The same, for telling the room's copy of a message from an earlier one with the same words: a
 * device whose clock runs further ahead sees such a copy twice for a moment (as before there was
 * any matching), rather than one of its new messages hidden.
 */
const ECHO_SLACK_MS = 2_000;

/**
 * Whether the reader's message with `clientMsgId`, which may have been stored since `since` (its
 * first attempt whose answer never came), is in the room: its history is read from the newest page
 * back to then (history gives a reader's own messages with their clientMsgId, held ones too). For a
 * resend refused as another message's (CLIENT_MSG_ID_REUSED): the stored one is this message. (A
 * message taken back is asked of Lantern instead, which also keeps a late attempt from storing it.)
 * `sure` is false when `maxPages` did not reach back that far (so much said since).
 */
export async function findSent(
  fetchPage: (cursor: string | undefined) => Promise<Page<ChatMessage>>,
  clientMsgId: string,
  since: string,
  maxPages = CATCH_UP_PAGES,
): Promise<{ message: ChatMessage | null; sure: boolean }> {
  const from = Date.parse(since) - CLOCK_SLACK_MS;
  let cursor: string | undefined;
  for (let read = 0; read < maxPages; read++) {
    const page = await fetchPage(cursor);
    const found = page.items.find((message) => message.clientMsgId === clientMsgId);
    if (found) return { message: found, sure: true };
    const oldest = page.items[0];
    if (!page.nextCursor || !oldest || Date.parse(oldest.createdAt) < from) return { message: null, sure: true };
    cursor = page.nextCursor;
  }
  return { message: null, sure: false };
}

/**
 * What the page leaves out so as not to show a message of the reader's twice: one whose answer was
 * lost may be stored, and the room's copy (which carries no clientMsgId) then arrives while it
 * waits. Waiting to go again, the message is left out and the copy shown; each stays in the log,
 * and goes again, as before: its answer takes it out, and if the copy was another tab's (the same
 * words, written there) it is shown then. Being taken back (`checking`: the member waits to hear
 * whether it reached the room), the copy is left out instead and the message shown, saying it is
 * being checked, until Lantern answers the take-back: stored (one entry then) or not (the copy
 * shows, the words go back). Each copy stands for one such message at most.
 */
export function echoedKeys(log: readonly LogEntry[]): Set<string> {
  const copies = log.filter((entry) => entry.state === 'sent' && entry.message.author.isYou && !entry.message.clientMsgId);
  const used = new Set<string>();
  const echoed = new Set<string>();
  for (const entry of log) {
    if ((entry.state !== 'sending' && entry.state !== 'checking') || !entry.maybeStoredSince) continue;
    // Only a copy stored after it went out (give or take the two clocks' small drift): the same
    // words said a minute before are another message, which must not hide this one.
    const from = Date.parse(entry.maybeStoredSince) - ECHO_SLACK_MS;
    const copy = copies.find(
      (candidate) => !used.has(candidate.key) && candidate.message.room === entry.message.room && candidate.message.body === entry.message.body && Date.parse(candidate.message.createdAt) >= from,
    );
    if (!copy) continue;
    used.add(copy.key);
    echoed.add(entry.state === 'checking' ? copy.key : entry.key);
  }
  return echoed;
}

/** The newest message the server has confirmed in this log. */
export function newestConfirmed(log: readonly LogEntry[]): ChatMessage | undefined {
  return log.filter((entry) => entry.state === 'sent').at(-1)?.message;
}

/**
 * The time a message of the reader's just stored (its answer carries no time) goes by until the
 * room's copy brings the server's: the time it was written, or just after the newest message the
 * log has, whichever is later. The server stored it after those as a rule, and the time it was
 * written offline, or a clock running behind, would move it up the live log and back again.
 */
export function storedAt(log: readonly LogEntry[], written: string): string {
  const newest = newestConfirmed(log);
  if (!newest || Date.parse(newest.createdAt) < Date.parse(written)) return written;
  return new Date(Date.parse(newest.createdAt) + 1).toISOString();
}

export interface CatchUp {
  /** The messages read, oldest first. */
  messages: ChatMessage[];
  /** Whether they reach back to `newest` (or to the room's first message). */
  reached: boolean;
  /** Where older pages continue from the oldest one read. */
  olderCursor: string | null;
}

/**
 * Reads a room's history over REST from the newest page back until it reaches `newest` (the last
 * message this tab had), at most `maxPages` pages: everything said while the tab was away and the
 * server could not recover its session. Without `newest` (a first visit) one page.
 */
export async function catchUp(fetchPage: (cursor: string | undefined) => Promise<Page<ChatMessage>>, newest: ChatMessage | undefined, maxPages = CATCH_UP_PAGES): Promise<CatchUp> {
  const messages: ChatMessage[] = [];
  let cursor: string | undefined;
  for (let read = 0; read < maxPages; read++) {
    const page = await fetchPage(cursor);
    messages.unshift(...page.items);
    const oldest = page.items[0];
    if (!newest || !page.nextCursor || !oldest || byTime(oldest, newest) <= 0) return { messages, reached: true, olderCursor: page.nextCursor };
    cursor = page.nextCursor;
  }
  return { messages, reached: false, olderCursor: cursor ?? null };
}

/**
 * The log after a catch-up. `hadBefore` holds the ids of the messages the tab had before the pages
 * were read (its log and the join's newest 50). Over the time the pages cover they are the truth:
 * a message the tab had there that they lack was removed while it was away, and goes; when the
 * pages are empty the room was emptied, and every message it had goes. Messages that arrived live
 * after the read began stay (a removal from then on reaches the tab live). When the pages did not
 * reach back to what the log had, its older part would sit behind a gap: it goes too (it loads
 * again on request, from the pages' cursor). Messages still on their way stay.
 */
export function resync(log: readonly LogEntry[], caught: CatchUp, hadBefore: ReadonlySet<string>): LogEntry[] {
  const read = new Set(caught.messages.map((message) => message.id));
  const oldest = caught.messages[0];
  const kept = log.filter(
    (entry) =>
      entry.state !== 'sent' ||
      !hadBefore.has(entry.message.id) ||
      read.has(entry.message.id) ||
      (caught.reached && oldest !== undefined && byTime(entry.message, oldest) < 0),
  );
  return mergeMessages(kept, caught.messages);
}

/** The wait a note names ("goes in 9 s"), which counts down as it passes. */
const WAIT = /\bin (\d+) s\b/;

/** Whether a waiting message's note names a wait, so the page has something to count down. */
export function countsDown(note: string | undefined): boolean {
  return note !== undefined && WAIT.test(note);
}

/** A waiting message's note as it reads now: "goes in 10 s" given 3 s ago reads "goes in 7 s" (never below 1 s). */
export function noteNow(note: string, noteAt: number | undefined, now: number): string {
  if (noteAt === undefined) return note;
  return note.replace(WAIT, (_, seconds: string) => `in ${Math.max(1, Number(seconds) - Math.floor(Math.max(0, now - noteAt) / 1_000))} s`);
}
