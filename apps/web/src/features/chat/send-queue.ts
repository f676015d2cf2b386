import type { ChatAck, ChatMessage, TakeBackResult } from '@lantern/contracts';
import { isApiError } from '../../api/api-client';

/**
 * How one attempt to send a message went. `maybeStored`: the attempt went out and nothing came
 * back that says whether the server stored it (no answer at all: the connection dropped, or the
 * answer was lost; or an internal error), so it may be in the room.
 */
export type SendOutcome =
  /** The server acknowledged it: it is stored. */
  | { kind: 'stored' }
  /**
   * The server will not take it as it is (a mute, a locked room, a blocked word): the member
   * decides. Such a refusal also says no earlier attempt stored it (the server answers a resend of
   * a stored message with that message, before any rule is read).
   */
  | { kind: 'refused'; error: string; maybeStored?: true }
  /** Not now (the rate limit, slow mode, a database hiccup, no answer in time): it goes again by itself. */
  | { kind: 'later'; afterMs: number; note: string; maybeStored?: true }
  /** No connection: it goes when the room is joined again. */
  | { kind: 'offline'; maybeStored?: true };

export interface QueuedSend {
  key: string;
  clientMsgId: string;
  body: string;
  /**
   * When an attempt that may have stored it first went out (ISO, this device's clock): since then
   * the room may have it, as no answer has said otherwise. Unset: the server never had the chance.
   * Taking such a message back means first finding out whether it was stored (use-chat-room).
   */
  maybeStoredSince?: string;
}

/** What the queue says of a message on the page (with `maybeStoredSince` as the queue knows it). */
export type SendProgress = { state: 'sending'; note?: string; maybeStoredSince?: string } | { state: 'failed'; error: string; maybeStoredSince?: string };

export interface SendQueueHooks {
  /** One attempt; the same clientMsgId every time, so the server stores it once however often it goes. */
  attempt(item: QueuedSend): Promise<SendOutcome>;
  /** Whether the room is joined on a live connection now. */
  connected(): boolean;
  progress(key: string, progress: SendProgress): void;
  /** Runs `run` after `ms`; returns what cancels it. */
  schedule?(run: () => void, ms: number): () => void;
  /** The time now (ms since the epoch); Date.now when absent. */
  now?(): number;
}

/** `held` / `gone`: a resend's answer, for a message held by the checks, or removed or deleted, since it was stored. */
export type SendAck = ChatAck<{ id: string; duplicate?: boolean; held?: boolean; gone?: boolean }>;

export const OFFLINE_NOTE = 'goes when the connection is back';
/** What a message written behind a waiting one says meanwhile. */
export const BEHIND_NOTE = 'goes after the one before it';

/** What a member reads of a message whose clientMsgId the server already holds for another. */
export const REUSED_SAID = 'Lantern could not send this message as it is. Take it back and send it again.';

/** What a member reads of a message taken back (in another copy of this tab, say) that went again here: it never will. */
export const TAKEN_BACK_SAID = 'You asked not to send this message, so it was not sent. Take it back here too to have its words, and send them as a new message.';

/**
 * What became of a message taken back after asking Lantern (see TakeBack in use-chat-room):
 * `not-sent`, and no attempt of it will be stored (its words come back); `unsure`, Lantern would
 * not answer for it (the request was refused: its words come back, to be looked for in the room
 * before they are sent again); `gone`, it had reached the room and is no longer shown there to
 * them (taken out since, by a moderator or by its writer in another tab, or the room closed to
 * them): its words do not come back.
 */
export type TakenBack = 'not-sent' | 'unsure' | 'gone';

/**
 * What to make of Lantern's answer to "Don't send" (`POST /rooms/:slug/take-backs`), or of its
 * failure: what became of the message (TakenBack; `stored`, with it), or how long until it is
 * asked again (Lantern out of reach or busy for a moment: after the wait it gave, at least `retryMs`).
 * A refusal of the request itself will not change: Lantern cannot tell (`unsure`).
 */
export function takeBackOutcome(answer: TakeBackResult | null, error: unknown, retryMs: number): { said: 'stored'; message: ChatMessage } | { said: TakenBack } | { askAgainInMs: number } {
  if (answer) return answer.sent ? (answer.message ? { said: 'stored', message: answer.message } : { said: 'gone' }) : { said: 'not-sent' };
  if (isApiError(error) && error.status >= 400 && error.status < 500 && error.status !== 408 && error.status !== 429) return { said: 'unsure' };
  return { askAgainInMs: Math.max(retryMs, isApiError(error) ? (error.retryAfterSeconds ?? 0) * 1_000 : 0) };
}

/** A send nobody answered, on a live connection, goes again after this long. */
const NO_ANSWER_RETRY_MS = 3_000;

/** Refusals that pass: the message waits and goes again by itself, with what the member reads meanwhile. */
const PASSING = new Map<string, { defaultSeconds: number; note: (seconds: number) => string }>([
  ['RATE_LIMITED', { defaultSeconds: 10, note: (seconds) => `a short pause: goes in ${seconds} s` }],
  ['SLOW_MODE', { defaultSeconds: 10, note: (seconds) => `slow mode: goes in ${seconds} s` }],
  ['SERVICE_UNAVAILABLE', { defaultSeconds: 5, note: (seconds) => `not stored yet: trying again in ${seconds} s` }],
]);

/** What the send queue does after an answer (or none) to `message:send`. */
export function outcomeOf(ack: SendAck | null, connected: boolean): SendOutcome {
  // No answer: the send may have reached the server, and only its answer been lost.
  if (!ack) return connected ? { kind: 'later', afterMs: NO_ANSWER_RETRY_MS, note: 'no answer yet: trying again', maybeStored: true } : { kind: 'offline', maybeStored: true };
  if (ack.ok) return { kind: 'stored' };
  // The server has not seen this tab join since its connection came back: the join will resume it.
  if (ack.error.code === 'NOT_IN_ROOM') return { kind: 'offline' };
  const passing = PASSING.get(ack.error.code);
  // Something failed on the server's side: whether it stored the message first, it cannot say.
  // Any other refusal is read only after the server looked for the message already stored.
  if (!passing) {
    if (ack.error.code === 'INTERNAL_ERROR') return { kind: 'refused', error: ack.error.message, maybeStored: true };
    // Said to a developer (its clientMsgId is another message's, not found in the room: removed
    // since, say): the member is told what they can do.
    if (ack.error.code === 'CLIENT_MSG_ID_REUSED') return { kind: 'refused', error: REUSED_SAID };
    if (ack.error.code === 'MESSAGE_TAKEN_BACK') return { kind: 'refused', error: TAKEN_BACK_SAID };
    return { kind: 'refused', error: ack.error.message };
  }
  const seconds = Math.max(1, Math.ceil(ack.error.retryAfterSeconds ?? passing.defaultSeconds));
  // Lantern's database away: it may have stored the message before its answer to Lantern was lost.
  return { kind: 'later', afterMs: seconds * 1_000, note: passing.note(seconds), ...(ack.error.code === 'SERVICE_UNAVAILABLE' ? { maybeStored: true as const } : {}) };
}

const defaultSchedule = (run: () => void, ms: number) => {
  const timer = setTimeout(run, ms);
  return () => clearTimeout(timer);
};

/**
 * A room's sends, one at a time and in the order they were written. A message the server cannot
 * take yet waits and goes again by itself, and the ones written after it wait their turn, so a
 * member typing fast in a bad moment never has to press retry, and the room reads their words in
 * order. Without a connection the queue waits for `resume()` (the room joined again). A refusal
 * marks that message failed, for the member to edit or retry, and the queue goes on. A message
 * that is waiting can be taken back (`cancel`) until it is on its way. Each keeps when it may first
 * have reached the server (`maybeStoredSince`): an attempt whose answer never came may have
 * stored it, and a message that goes again later, or is taken back, is then no longer just words.
 */
export class SendQueue {
  private readonly items: QueuedSend[] = [];
  private running = false;
  /** Held back (a wait scheduled, or no connection): a new message queues without a new attempt. */
  private holding = false;
  /** Why the first waiting message waits, while holding. */
  private holdNote = '';
  /** The room was joined again while an attempt was in flight. */
  private kicked = false;
  private stopped = false;
  private inFlight: string | null = null;
  private cancelWait: (() => void) | undefined;

  constructor(private readonly hooks: SendQueueHooks) {}

  push(item: QueuedSend): void {
    if (this.stopped) return;
    this.items.push(item);
    if (this.holding) this.hold(this.holdNote);
    else void this.run(false);
  }

  /** The room is joined again: sends what is waiting. Safe to call at any time. */
  resume(): Promise<void> {
    return this.run(true);
  }

  /** Takes back a message that is waiting; false when it is already on its way (or gone). */
  cancel(key: string): boolean {
    if (key === this.inFlight) return false;
    const at = this.items.findIndex((item) => item.key === key);
    if (at < 0) return false;
    this.items.splice(at, 1);
    // A scheduled wait stays: when it ends, the next message goes; meanwhile it says why it waits.
    if (this.holding && at === 0) this.hold(this.holdNote);
    return true;
  }

  private async run(rejoined: boolean): Promise<void> {
    if (this.stopped) return;
    if (this.running) {
      if (rejoined) this.kicked = true;
      return;
    }
    this.kicked = false;
    this.holding = false;
    this.clearWait();
    this.running = true;
    try {
      while (this.items.length > 0 && !this.stopped) {
        const item = this.items[0];
        if (!this.hooks.connected()) {
          this.hold(OFFLINE_NOTE);
          return;
        }
        // From the moment it goes out it may be stored: said before the answer, which may never come
        // (the page left, or the connection dropping with it on its way).
        const earlier = item.maybeStoredSince;
        const since = earlier ?? new Date((this.hooks.now ?? Date.now)()).toISOString();
        item.maybeStoredSince = since;
        this.hooks.progress(item.key, { state: 'sending', maybeStoredSince: since });
        this.inFlight = item.key;
        const outcome = await this.hooks.attempt(item).finally(() => {
          this.inFlight = null;
        });
        // What the answer says: a refusal, that it is not stored; an answer that it was not stored
        // this time (a wait, a join to come), nothing about an earlier attempt; none, that it may be.
        if (outcome.kind === 'refused') item.maybeStoredSince = outcome.maybeStored ? since : undefined;
        else if (outcome.kind !== 'stored') item.maybeStoredSince = outcome.maybeStored ? since : earlier;
        if (this.stopped) return;
        // The room was joined again while this attempt was failing: go again at once.
        if ((outcome.kind === 'offline' || outcome.kind === 'later') && this.kicked && this.hooks.connected()) {
          this.kicked = false;
          continue;
        }
        if (outcome.kind === 'offline') {
          this.hold(OFFLINE_NOTE);
          return;
        }
        if (outcome.kind === 'later') {
          this.hold(outcome.note);
          this.cancelWait = (this.hooks.schedule ?? defaultSchedule)(() => void this.run(false), outcome.afterMs);
          return;
        }
        this.items.shift();
        if (outcome.kind === 'refused') this.hooks.progress(item.key, failed(item, outcome.error));
      }
    } finally {
      this.running = false;
    }
  }

  /** Everything waits: the first message says why, the others that they come after it. */
  private hold(note: string): void {
    this.holding = true;
    this.holdNote = note;
    this.items.forEach((item, at) => this.hooks.progress(item.key, { state: 'sending', note: at === 0 ? note : BEHIND_NOTE, ...maybeStored(item) }));
  }

  /** The room cannot be joined (locked, private, gone): what waits is refused, with the reason. */
  refuseAll(error: string): void {
    this.holding = false;
    this.clearWait();
    // Refused without being read: one that may have been stored before still may.
    for (const item of this.items.splice(0)) this.hooks.progress(item.key, failed(item, error));
  }

  /** The room is left: nothing more goes, no timer stays behind. */
  stop(): void {
    this.stopped = true;
    this.clearWait();
  }

  private clearWait(): void {
    this.cancelWait?.();
    this.cancelWait = undefined;
  }
}

const maybeStored = (item: QueuedSend) => (item.maybeStoredSince ? { maybeStoredSince: item.maybeStoredSince } : {});
const failed = (item: QueuedSend, error: string): SendProgress => ({ state: 'failed', error, ...maybeStored(item) });
