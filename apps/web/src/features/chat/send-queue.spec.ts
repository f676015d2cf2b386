import type { ChatMessage } from '@lantern/contracts';
import { ApiError } from '../../api/api-error';
import { BEHIND_NOTE, OFFLINE_NOTE, outcomeOf, REUSED_SAID, SendQueue, TAKEN_BACK_SAID, takeBackOutcome, type QueuedSend, type SendOutcome, type SendProgress } from './send-queue';

/** A queue whose attempts the test answers one by one, with a clock the test moves. */
function harness() {
  const attempts: Array<{ item: QueuedSend; answer: (outcome: SendOutcome) => void }> = [];
  const progress: Array<[string, SendProgress]> = [];
  const timers: Array<{ run: () => void; ms: number; cancelled: boolean }> = [];
  let online = true;
  // The queue's clock: each attempt is a second after the one before.
  let clock = Date.parse('2026-12-04T13:00:00.000Z');
  const queue = new SendQueue({
    now: () => (clock += 1_000),
    attempt: (item) => new Promise<SendOutcome>((answer) => attempts.push({ item, answer })),
    connected: () => online,
    progress: (key, state) => progress.push([key, state]),
    schedule: (run, ms) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  const item = (n: number): QueuedSend => ({ key: `pending:c${n}`, clientMsgId: `c${n}`, body: `message ${n}` });
  return {
    queue,
    attempts,
    progress,
    timers,
    item,
    settle,
    setOnline: (value: boolean) => {
      online = value;
    },
    /** Answers the newest attempt and lets the queue move on. */
    answer: async (outcome: SendOutcome) => {
      attempts[attempts.length - 1].answer(outcome);
      await settle();
    },
  };
}

describe('the chat send queue', () => {
  it('sends one at a time, in the order written', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    h.queue.push(h.item(2));
    h.queue.push(h.item(3));
    await h.settle();
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1']);
    await h.answer({ kind: 'stored' });
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c2']);
    await h.answer({ kind: 'stored' });
    await h.answer({ kind: 'stored' });
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c2', 'c3']);
    expect(h.progress.some(([, p]) => p.state === 'failed')).toBe(false);
  });

  it('waits out the rate limit and sends again by itself, the same message first, the rest behind it', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    h.queue.push(h.item(2));
    await h.settle();
    await h.answer({ kind: 'later', afterMs: 9_000, note: 'goes in 9 s' });
    expect(h.progress.slice(-2)).toEqual([
      ['pending:c1', { state: 'sending', note: 'goes in 9 s' }],
      ['pending:c2', { state: 'sending', note: BEHIND_NOTE }],
    ]);
    expect(h.timers.map((t) => t.ms)).toEqual([9_000]);
    expect(h.attempts).toHaveLength(1); // message 2 waits its turn
    // Written during the wait: it queues behind, and nothing is tried before the wait is over.
    h.queue.push(h.item(3));
    await h.settle();
    expect(h.progress.at(-1)).toEqual(['pending:c3', { state: 'sending', note: BEHIND_NOTE }]);
    expect(h.attempts).toHaveLength(1);
    expect(h.timers[0].cancelled).toBe(false);

    h.timers[0].run();
    await h.settle();
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c1']);
    // The note is gone. The wait was an answer, so only this attempt may have stored it (from its own time).
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', maybeStoredSince: '2026-12-04T13:00:02.000Z' }]);
    await h.answer({ kind: 'stored' });
    await h.answer({ kind: 'stored' });
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c1', 'c2', 'c3']);
    expect(h.progress.some(([, p]) => p.state === 'failed')).toBe(false);
  });

  it('without a connection waits for the room to be joined again', async () => {
    const h = harness();
    h.setOnline(false);
    h.queue.push(h.item(1));
    await h.settle();
    expect(h.attempts).toHaveLength(0);
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', note: OFFLINE_NOTE }]);
    h.setOnline(true);
    void h.queue.resume();
    await h.settle();
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1']);
  });

  it('goes again at once when the room was joined again while an attempt was failing', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    await h.settle();
    void h.queue.resume(); // the join, while the first attempt is still out
    await h.answer({ kind: 'offline' });
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c1']);
  });

  it('marks a refused message failed and goes on with the next; a retry queues it again', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    h.queue.push(h.item(2));
    await h.settle();
    await h.answer({ kind: 'refused', error: 'You are muted until 10:00.' });
    expect(h.progress).toContainEqual(['pending:c1', { state: 'failed', error: 'You are muted until 10:00.' }]);
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c2']);
    await h.answer({ kind: 'stored' });
    h.queue.push(h.item(1));
    await h.settle();
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c2', 'c1']);
  });

  it('once stopped sends nothing more and cancels its wait', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    await h.settle();
    await h.answer({ kind: 'later', afterMs: 3_000, note: 'trying again in 3 s' });
    h.queue.stop();
    expect(h.timers[0].cancelled).toBe(true);
    h.queue.push(h.item(2));
    void h.queue.resume();
    await h.settle();
    expect(h.attempts).toHaveLength(1);
  });

  it('reads the answers: what passes waits as long as the server says, what is refused stays with its reason', () => {
    const refusal = (code: string, retryAfterSeconds?: number) => ({ ok: false as const, error: { code, message: `${code} in words`, retryAfterSeconds } });
    expect(outcomeOf({ ok: true, id: 'm1' }, true)).toEqual({ kind: 'stored' });
    expect(outcomeOf(refusal('RATE_LIMITED', 9), true)).toEqual({ kind: 'later', afterMs: 9_000, note: 'a short pause: goes in 9 s' });
    expect(outcomeOf(refusal('SLOW_MODE', 0.2), true)).toMatchObject({ kind: 'later', afterMs: 1_000 });
    expect(outcomeOf(refusal('SERVICE_UNAVAILABLE'), true)).toMatchObject({ kind: 'later', afterMs: 5_000, maybeStored: true });
    expect(outcomeOf(refusal('RATE_LIMITED'), true)).not.toHaveProperty('maybeStored');
    expect(outcomeOf(refusal('MUTED'), true)).toEqual({ kind: 'refused', error: 'MUTED in words' });
    expect(outcomeOf(refusal('constructor'), true)).toEqual({ kind: 'refused', error: 'constructor in words' });
    expect(outcomeOf(refusal('NOT_IN_ROOM'), true)).toEqual({ kind: 'offline' });
    // A clientMsgId the server holds for another message is a developer's sentence: the member reads what to do.
    expect(outcomeOf(refusal('CLIENT_MSG_ID_REUSED'), true)).toEqual({ kind: 'refused', error: REUSED_SAID });
    // Taken back (in another copy of the tab): refused for good, in the member's words.
    expect(outcomeOf(refusal('MESSAGE_TAKEN_BACK'), true)).toEqual({ kind: 'refused', error: TAKEN_BACK_SAID });
    // No answer at all, or only that something failed on the server: it may have been stored.
    expect(outcomeOf(null, true)).toMatchObject({ kind: 'later', maybeStored: true });
    expect(outcomeOf(null, false)).toEqual({ kind: 'offline', maybeStored: true });
    expect(outcomeOf(refusal('INTERNAL_ERROR'), true)).toEqual({ kind: 'refused', error: 'INTERNAL_ERROR in words', maybeStored: true });
  });

  it('refuses everything waiting, with the reason, when the room cannot be joined', async () => {
    const h = harness();
    h.setOnline(false);
    h.queue.push(h.item(1));
    h.queue.push(h.item(2));
    await h.settle();
    h.queue.refuseAll('Night owls is locked.');
    expect(h.progress.filter(([, p]) => p.state === 'failed')).toEqual([
      ['pending:c1', { state: 'failed', error: 'Night owls is locked.' }],
      ['pending:c2', { state: 'failed', error: 'Night owls is locked.' }],
    ]);
    h.setOnline(true);
    void h.queue.resume();
    await h.settle();
    expect(h.attempts).toHaveLength(0);
  });

  it('gives back a waiting message, never one on its way; the wait still ends with the next one', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    h.queue.push(h.item(2));
    await h.settle();
    expect(h.queue.cancel('pending:c1')).toBe(false); // in flight: it may already be stored
    await h.answer({ kind: 'later', afterMs: 9_000, note: 'goes in 9 s' });
    expect(h.queue.cancel('pending:c1')).toBe(true);
    expect(h.queue.cancel('pending:c1')).toBe(false);
    h.timers[0].run();
    await h.settle();
    expect(h.attempts.map((a) => a.item.clientMsgId)).toEqual(['c1', 'c2']);
  });

  it('tells the message that becomes first in line why it waits, not that it follows another', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    h.queue.push(h.item(2));
    await h.settle();
    await h.answer({ kind: 'later', afterMs: 9_000, note: 'goes in 9 s' });
    h.queue.cancel('pending:c1');
    expect(h.progress.at(-1)).toEqual(['pending:c2', { state: 'sending', note: 'goes in 9 s' }]);
    h.queue.cancel('pending:c2');
    h.queue.push(h.item(3)); // written into an empty queue that is still waiting
    expect(h.progress.at(-1)).toEqual(['pending:c3', { state: 'sending', note: 'goes in 9 s' }]);
    expect(h.attempts).toHaveLength(1);
  });

  it('keeps when a message may first have reached the server: from an attempt with no answer until an answer says it was not stored', async () => {
    const h = harness();
    const since = (key: string) => h.progress.filter(([k]) => k === key).map(([, p]) => p.maybeStoredSince ?? null);
    h.queue.push(h.item(1));
    await h.settle();
    // On its way, it may be stored from this attempt on (the page may be left before any answer).
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', maybeStoredSince: '2026-12-04T13:00:01.000Z' }]);
    // Answered "not now": not stored, and it never was.
    await h.answer({ kind: 'later', afterMs: 9_000, note: 'goes in 9 s' });
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', note: 'goes in 9 s' }]);
    // The next attempt's answer is lost as the connection drops: the room may have it since then.
    h.timers[0].run();
    await h.settle();
    h.setOnline(false);
    await h.answer({ kind: 'offline', maybeStored: true });
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', note: OFFLINE_NOTE, maybeStoredSince: '2026-12-04T13:00:02.000Z' }]);
    // Back, it goes again; an answer about this attempt only (slow mode) does not undo what the lost one may have done.
    h.setOnline(true);
    void h.queue.resume();
    await h.settle();
    await h.answer({ kind: 'later', afterMs: 5_000, note: 'slow mode: goes in 5 s' });
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', note: 'slow mode: goes in 5 s', maybeStoredSince: '2026-12-04T13:00:02.000Z' }]);
    // A refusal says it is not stored: the member may take it back as words.
    h.timers[1].run();
    await h.settle();
    await h.answer({ kind: 'refused', error: 'You are muted until 10:00.' });
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'failed', error: 'You are muted until 10:00.' }]);
    expect(since('pending:c1')).toEqual([
      '2026-12-04T13:00:01.000Z',
      null,
      '2026-12-04T13:00:02.000Z',
      '2026-12-04T13:00:02.000Z',
      '2026-12-04T13:00:02.000Z',
      '2026-12-04T13:00:02.000Z',
      '2026-12-04T13:00:02.000Z',
      null,
    ]);
  });

  it('says a refused message may still be stored when the refusal cannot tell: an internal error, or the room refusing the join', async () => {
    const h = harness();
    h.queue.push(h.item(1));
    h.queue.push(h.item(2));
    await h.settle();
    await h.answer({ kind: 'refused', error: 'Something went wrong.', maybeStored: true });
    expect(h.progress).toContainEqual(['pending:c1', { state: 'failed', error: 'Something went wrong.', maybeStoredSince: '2026-12-04T13:00:01.000Z' }]);
    h.setOnline(false);
    await h.answer({ kind: 'offline', maybeStored: true });
    h.queue.refuseAll('Night owls is locked.');
    expect(h.progress.at(-1)).toEqual(['pending:c2', { state: 'failed', error: 'Night owls is locked.', maybeStoredSince: '2026-12-04T13:00:02.000Z' }]);
  });

  it('keeps what a message brought from an earlier visit knows of having been stored', async () => {
    const h = harness();
    h.setOnline(false);
    h.queue.push({ ...h.item(1), maybeStoredSince: '2026-12-04T12:00:00.000Z' });
    await h.settle();
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', note: OFFLINE_NOTE, maybeStoredSince: '2026-12-04T12:00:00.000Z' }]);
    h.setOnline(true);
    void h.queue.resume();
    await h.settle();
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', maybeStoredSince: '2026-12-04T12:00:00.000Z' }]);
    // Taken back while waiting (the page decides what that means for one the room may have).
    await h.answer({ kind: 'later', afterMs: 3_000, note: 'no answer yet: trying again', maybeStored: true });
    expect(h.progress.at(-1)).toEqual(['pending:c1', { state: 'sending', note: 'no answer yet: trying again', maybeStoredSince: '2026-12-04T12:00:00.000Z' }]);
    expect(h.queue.cancel('pending:c1')).toBe(true);
  });

  it('reads what Lantern said of a message taken back, and asks again only while it cannot say', () => {
    const message: ChatMessage = { id: 'm1', room: 'lounge', author: { displayName: 'Me', isYou: true }, body: 'words', createdAt: '2026-12-07T00:00:00.000Z', clientMsgId: 'c1' };
    const failed = (status: number, retryAfterSeconds?: number) => new ApiError({ code: 'X', message: 'x', status, retryAfterSeconds });
    expect(takeBackOutcome({ sent: false }, undefined, 5_000)).toEqual({ said: 'not-sent' });
    expect(takeBackOutcome({ sent: true, message }, undefined, 5_000)).toEqual({ said: 'stored', message });
    expect(takeBackOutcome({ sent: true, message: null }, undefined, 5_000)).toEqual({ said: 'gone' });
    // Refused for good: Lantern cannot tell.
    for (const status of [400, 401, 403, 404]) expect(takeBackOutcome(null, failed(status), 5_000)).toEqual({ said: 'unsure' });
    // Out of reach or busy: again after the wait it gave, never sooner than the page's own.
    expect(takeBackOutcome(null, failed(429, 30), 5_000)).toEqual({ askAgainInMs: 30_000 });
    expect(takeBackOutcome(null, failed(429, 1), 5_000)).toEqual({ askAgainInMs: 5_000 });
    for (const status of [408, 500, 503]) expect(takeBackOutcome(null, failed(status), 5_000)).toEqual({ askAgainInMs: 5_000 });
    expect(takeBackOutcome(null, new TypeError('Failed to fetch'), 5_000)).toEqual({ askAgainInMs: 5_000 });
  });
});
