import type { ChatMessage, Page } from '@lantern/contracts';
import { catchUp, confirmSent, echoedKeys, findSent, firstUnreadId, markDeleted, markHeld, markRemoved, mergeMessages, newestConfirmed, newestPlace, countsDown, noteNow, removeAuthor, removeMessage, resync, storedAt, type LogEntry } from './message-log';

const message = (id: string, at: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  room: 'lounge',
  author: { displayName: 'Quiet Otter', isYou: false },
  body: `message ${id}`,
  createdAt: `2026-11-22T10:00:${at}.000Z`,
  ...extra,
});

describe('the chat log', () => {
  it('counts a waiting message down from when its note was given, never below a second', () => {
    const given = Date.parse('2026-12-04T14:00:00.000Z');
    expect(noteNow('slow mode: goes in 10 s', given, given)).toBe('slow mode: goes in 10 s');
    expect(noteNow('slow mode: goes in 10 s', given, given + 3_400)).toBe('slow mode: goes in 7 s');
    expect(noteNow('a short pause: goes in 9 s', given, given + 60_000)).toBe('a short pause: goes in 1 s');
    // Notes without a wait, or without a time given, read as they are.
    expect(noteNow('goes when the connection is back', given, given + 5_000)).toBe('goes when the connection is back');
    expect(noteNow('slow mode: goes in 10 s', undefined, given + 5_000)).toBe('slow mode: goes in 10 s');
    expect([countsDown('slow mode: goes in 10 s'), countsDown('goes when the connection is back'), countsDown(undefined)]).toEqual([true, false, false]);
  });

  it('marks a message the checks hid as held (with its review item for moderators), and a later removal replaces the mark', () => {
    const log = mergeMessages([], [message('a', '01'), message('b', '02')]);
    const held = markHeld(log, 'b', 'item-1');
    expect(held.map((entry) => [entry.message.id, entry.message.held ?? false, entry.message.reviewItemId ?? null])).toEqual([
      ['a', false, null],
      ['b', true, 'item-1'],
    ]);
    // The writer's event has no item; an unknown id changes nothing.
    expect(markHeld(log, 'b').at(-1)?.message).toMatchObject({ held: true });
    expect(markHeld(log, 'b').at(-1)?.message.reviewItemId).toBeUndefined();
    expect(markHeld(log, 'nowhere')).toEqual(log);
    // Removed from its review item: removed, no longer held; restored: no mark at all.
    const removed = markRemoved(held, 'b').at(-1)?.message;
    expect([removed?.removed, removed?.held, removed?.reviewItemId]).toEqual([true, undefined, undefined]);
    const back = mergeMessages(held, [message('b', '02')]).at(-1)?.message;
    expect([back?.held, back?.reviewItemId]).toEqual([undefined, undefined]);
    // Deleted by its writer meanwhile: only that mark remains, once.
    const deleted = markDeleted(held, 'b');
    expect(deleted.at(-1)?.message).toEqual({ ...message('b', '02'), deleted: true });
    expect(markDeleted(deleted, 'b')).toEqual(deleted);
  });

  it('keeps each message once, in time order, whatever order and however often it arrives', () => {
    const log = mergeMessages(mergeMessages([], [message('b', '02'), message('a', '01')]), [message('a', '01'), message('c', '03')]);
    expect(log.map((entry) => entry.message.id)).toEqual(['a', 'b', 'c']);
  });

  it('replaces a message on its way with the confirmed one, and keeps failed ones at the end', () => {
    const pending: LogEntry = { key: 'pending:m1', message: message('pending:m1', '59', { clientMsgId: 'm1', author: { displayName: 'me', isYou: true } }), state: 'sending' };
    const failed: LogEntry = { key: 'pending:m2', message: message('pending:m2', '59', { clientMsgId: 'm2' }), state: 'failed', error: 'RATE_LIMITED' };
    const log = mergeMessages([pending, failed], [message('s1', '05', { clientMsgId: 'm1', author: { displayName: 'me', isYou: true } }), message('x', '04')]);
    expect(log.map((entry) => [entry.key, entry.state])).toEqual([
      ['x', 'sent'],
      ['s1', 'sent'],
      ['pending:m2', 'failed'],
    ]);
  });

  it('drops everything a hidden member wrote, and nothing of the reader’s own or anyone else’s', () => {
    const log = mergeMessages(
      [],
      [
        message('a', '01', { author: { displayName: 'Loud Crow', isYou: false } }),
        message('b', '02'),
        message('c', '03', { author: { displayName: 'Loud Crow', isYou: false } }),
        message('d', '04', { author: { displayName: 'Loud Crow', isYou: true } }),
      ],
    );
    expect(removeAuthor(log, 'Loud Crow').map((entry) => entry.message.id)).toEqual(['b', 'd']);
    expect(removeAuthor(log, 'Nobody').map((entry) => entry.message.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops a removed message and finds the first one said after where the reader had read to', () => {
    const log = mergeMessages([], [message('a', '01'), message('b', '02'), message('c', '03', { author: { displayName: 'me', isYou: true } })]);
    expect(removeMessage(log, 'b').map((entry) => entry.message.id)).toEqual(['a', 'c']);
    expect(firstUnreadId(log, { createdAt: message('a', '01').createdAt, id: 'a' })).toBe('b');
    expect(firstUnreadId(log, null)).toBe('a');
    // The reader's own messages are never new to them.
    expect(firstUnreadId(log, newestPlace(mergeMessages([], [message('a', '01'), message('b', '02')])))).toBeNull();
    // Removed, the new message passes the marker to the next one after the place.
    const later = mergeMessages(log, [message('d', '04')]);
    expect(firstUnreadId(removeMessage(later, 'b'), { createdAt: message('a', '01').createdAt, id: 'a' })).toBe('d');
    // Earlier messages loaded later are not new.
    expect(firstUnreadId(mergeMessages(later, [message('0', '00')]), { createdAt: message('a', '01').createdAt, id: 'a' })).toBe('b');
    expect(newestPlace([])).toBeNull();
    // Where the reader has read to is someone else's message: the reader's own is never new, and goes by this device's clock until the room's copy comes.
    expect(newestPlace(log)).toEqual({ createdAt: message('b', '02').createdAt, id: 'b' });
  });

  it('a message of the reader’s keeps the key it was first rendered under once stored, and once confirmed again', () => {
    const pending: LogEntry = { key: 'pending:c1', message: { ...message('pending:c1', '05', { author: { displayName: 'me', isYou: true } }), clientMsgId: 'c1' }, state: 'sending' };
    const acked = mergeMessages([...mergeMessages([], [message('a', '01')]), pending], [{ ...pending.message, id: 'm1' }]);
    expect(acked.map((entry) => [entry.key, entry.renderKey ?? entry.key])).toEqual([
      ['a', 'a'],
      ['m1', 'pending:c1'],
    ]);
    // The room's copy of it, and the history read again after a drop, keep it too.
    const broadcast = mergeMessages(acked, [{ ...message('m1', '05', { author: { displayName: 'me', isYou: false } }), clientMsgId: 'c1' }]);
    const resynced = resync(broadcast, { messages: [message('a', '01'), message('m1', '05')], reached: true, olderCursor: null }, new Set(['a', 'm1']));
    for (const log of [broadcast, resynced]) expect(log.map((entry) => entry.renderKey ?? entry.key)).toEqual(['a', 'pending:c1']);
    expect(resynced[1].message.author.isYou).toBe(true);
  });

  it('a resend’s answer leaves what became of the message since: the room’s copy held stays held, one removed does not come back', () => {
    const mine = { displayName: 'me', isYou: true };
    const pending: LogEntry = { key: 'pending:c2', message: message('pending:c2', '05', { author: mine, clientMsgId: 'c2' }), state: 'sending' };
    // The first answer was lost; the room's copy came back with the session, then the checks held it.
    const heldCopy = markHeld(mergeMessages([], [message('a', '01'), message('m2', '05', { author: mine })]), 'm2');
    const afterResend = confirmSent([...heldCopy, pending], 'pending:c2', { id: 'm2' });
    expect(afterResend.map((entry) => [entry.key, entry.state, entry.message.held ?? false])).toEqual([
      ['a', 'sent', false],
      ['m2', 'sent', true],
    ]);
    // A moderator removed it meanwhile (gone from this member's log): not shown again.
    const removed = removeMessage(mergeMessages([], [message('a', '01'), message('m2', '05', { author: mine })]), 'm2');
    expect(confirmSent([...removed, pending], 'pending:c2', { id: 'm2', gone: true }).map((entry) => entry.key)).toEqual(['a']);
    // Held before this tab heard of it: kept, marked.
    expect(confirmSent([...mergeMessages([], [message('a', '01')]), pending], 'pending:c2', { id: 'm2', held: true }).at(-1)?.message).toMatchObject({ id: 'm2', held: true, body: 'message pending:c2' });
    // A plain first answer stores it, under the key it was first rendered with.
    expect(confirmSent([pending], 'pending:c2', { id: 'm2' }).map((entry) => [entry.key, entry.renderKey, entry.state])).toEqual([['m2', 'pending:c2', 'sent']]);
  });

  it('a message of the reader’s just stored stays after what the log has, until the room’s copy brings its time', () => {
    const log = mergeMessages([], [message('a', '01'), message('b', '03')]);
    // Written offline before b was said (or on a clock running behind): just after b, not above it.
    expect(storedAt(log, message('x', '02').createdAt)).toBe('2026-11-22T10:00:03.001Z');
    expect(storedAt(log, message('x', '04').createdAt)).toBe(message('x', '04').createdAt);
    expect(storedAt([], message('x', '02').createdAt)).toBe(message('x', '02').createdAt);
  });

  it("keeps a removed message in a moderator's log, marked, and a restored one comes back in its place without the mark", () => {
    const said = [message('a', '01'), message('b', '02'), message('c', '03'), message('d', '04')];
    // A member's log drops it; later messages arrive meanwhile; the restoration (message:new) puts it back by time.
    const members = mergeMessages(removeMessage(mergeMessages([], said.slice(0, 3)), 'b'), [said[3]]);
    expect(members.map((entry) => entry.message.id)).toEqual(['a', 'c', 'd']);
    const restored = mergeMessages(members, [message('b', '02')]);
    expect(restored.map((entry) => entry.message.id)).toEqual(['a', 'b', 'c', 'd']);

    // A moderator's log keeps it where it was, marked; once more changes nothing.
    const staff = markRemoved(mergeMessages([], said), 'b');
    expect(staff.map((entry) => [entry.message.id, entry.message.removed ?? false])).toEqual([
      ['a', false],
      ['b', true],
      ['c', false],
      ['d', false],
    ]);
    expect(markRemoved(staff, 'b')).toEqual(staff);
    expect(markRemoved(staff, 'nowhere')).toEqual(staff);
    // History read after a reload marks it the same way, and merges with the live mark.
    expect(mergeMessages(staff, [message('b', '02', { removed: true })]).map((entry) => entry.message.removed ?? false)).toEqual([false, true, false, false]);
    const back = mergeMessages(staff, [message('b', '02')]);
    expect(back.map((entry) => [entry.message.id, entry.message.removed ?? false])).toEqual([
      ['a', false],
      ['b', false],
      ['c', false],
      ['d', false],
    ]);
    // A message still on its way stays after the restored one.
    const pending: LogEntry = { key: 'pending:m5', message: message('pending:m5', '59', { clientMsgId: 'm5', author: { displayName: 'me', isYou: true } }), state: 'sending' };
    expect(mergeMessages([...members, pending], [message('b', '02')]).map((entry) => entry.key)).toEqual(['a', 'b', 'c', 'd', 'pending:m5']);
  });

  it("keeps our own message ours when the room's copy comes back", () => {
    const pending: LogEntry = { key: 'pending:m9', message: message('pending:m9', '09', { clientMsgId: 'm9', author: { displayName: 'me', isYou: true } }), state: 'sending' };
    const echoed = mergeMessages([pending], [message('s9', '09', { clientMsgId: 'm9', author: { displayName: 'me', isYou: false } })]);
    expect(echoed.map((entry) => [entry.key, entry.message.author.isYou])).toEqual([['s9', true]]);
    const again = mergeMessages(echoed, [message('s9', '09', { author: { displayName: 'me', isYou: false } })]);
    expect(again[0].message.author.isYou).toBe(true);
  });

  describe('after a drop the server could not recover', () => {
    // A room's history as the REST endpoint serves it: newest page first, each page oldest first.
    const history = (count: number) => Array.from({ length: count }, (_, i) => message(`m${String(i).padStart(3, '0')}`, '00', { createdAt: new Date(Date.UTC(2026, 10, 22, 10, 0, 0, i)).toISOString() }));
    const had = (log: readonly LogEntry[]) => new Set(log.map((entry) => entry.message.id));
    const served = (all: ChatMessage[], size: number) => {
      const reads: Array<string | undefined> = [];
      const fetchPage = async (cursor: string | undefined): Promise<Page<ChatMessage>> => {
        reads.push(cursor);
        const end = cursor === undefined ? all.length : Number(cursor);
        const start = Math.max(0, end - size);
        return { items: all.slice(start, end), nextCursor: start > 0 ? String(start) : null };
      };
      return { fetchPage, reads };
    };

    it('reads back page by page until it reaches the last message the tab had, and fills the gap', async () => {
      const all = history(180);
      const before = mergeMessages([], all.slice(0, 30)); // the tab had m000..m029, then 150 were said
      const { fetchPage, reads } = served(all, 50);
      const caught = await catchUp(fetchPage, newestConfirmed(before));
      expect(reads).toEqual([undefined, '130', '80', '30']);
      expect(caught.reached).toBe(true);
      const after = resync(before, caught, had(before));
      expect(after.map((entry) => entry.message.id)).toEqual(all.map((m) => m.id));
    });

    it('on a first visit reads one page', async () => {
      const { fetchPage, reads } = served(history(120), 50);
      const caught = await catchUp(fetchPage, undefined);
      expect(reads).toEqual([undefined]);
      expect(caught).toMatchObject({ reached: true, olderCursor: '70' });
      expect(caught.messages).toHaveLength(50);
    });

    it('drops what was removed meanwhile, keeps what arrived live after the read and what is on its way', async () => {
      const all = history(10);
      const removed = all[6];
      const live = message('live', '59', { createdAt: '2026-11-22T11:00:00.000Z' });
      const pending: LogEntry = { key: 'pending:p1', message: message('pending:p1', '59', { clientMsgId: 'p1', author: { displayName: 'me', isYou: true } }), state: 'sending' };
      const had = new Set(all.slice(0, 8).map((m) => m.id));
      const before = [...mergeMessages([], [...all.slice(0, 8), live]), pending];
      const { fetchPage } = served(all.filter((m) => m !== removed), 50);
      const after = resync(before, await catchUp(fetchPage, all[7]), had);
      expect(after.map((entry) => entry.key)).toEqual([...all.filter((m) => m !== removed).map((m) => m.id), 'live', 'pending:p1']);
    });

    it('gives up after its page limit and starts the log afresh from what it read, with the cursor to load older', async () => {
      const all = history(400);
      const before = mergeMessages([], all.slice(0, 20));
      const { fetchPage, reads } = served(all, 50);
      const caught = await catchUp(fetchPage, newestConfirmed(before), 3);
      expect(reads).toHaveLength(3);
      expect(caught).toMatchObject({ reached: false, olderCursor: '250' });
      const after = resync(before, caught, had(before));
      expect(after.map((entry) => entry.message.id)).toEqual(all.slice(250).map((m) => m.id));
    });

    it('empties the log when the room was emptied meanwhile, keeping what arrived live after the read', async () => {
      const all = history(5);
      const before = mergeMessages([], all);
      const { fetchPage } = served([], 50);
      const caught = await catchUp(fetchPage, newestConfirmed(before));
      expect(caught).toMatchObject({ messages: [], reached: true });
      const live = message('live', '59', { createdAt: '2026-11-22T11:00:00.000Z' });
      const after = resync(mergeMessages(before, [live]), caught, had(before));
      expect(after.map((entry) => entry.key)).toEqual(['live']);
    });
  });

  describe('a message its writer asked not to send after an answer was lost', () => {
    const mine = { displayName: 'me', isYou: true };
    const minute = (m: number, extra: Partial<ChatMessage> = {}) => (id: string) => message(id, '00', { createdAt: `2026-11-22T10:${String(m).padStart(2, '0')}:00.000Z`, ...extra });
    const pending = (n: number, state: LogEntry['state'], maybeStoredSince?: string, body = `words ${n}`): LogEntry => ({
      key: `pending:c${n}`,
      message: message(`pending:c${n}`, '00', { author: mine, clientMsgId: `c${n}`, body, createdAt: '2026-11-22T10:20:00.000Z' }),
      state,
      ...(maybeStoredSince ? { maybeStoredSince } : {}),
    });

    it('is looked for in the room’s history, back to a little before it first went out, and no further', async () => {
      // Sixty messages a minute apart (10:00 to 10:59), ten to a page; the reader's went out at 10:40.
      const all = Array.from({ length: 60 }, (_, i) => minute(i)(`m${i}`));
      all[45] = { ...all[45], author: mine, clientMsgId: 'c1' };
      const reads: Array<string | undefined> = [];
      const fetchPage = async (cursor: string | undefined): Promise<Page<ChatMessage>> => {
        reads.push(cursor);
        const end = cursor === undefined ? all.length : Number(cursor);
        const start = Math.max(0, end - 10);
        return { items: all.slice(start, end), nextCursor: start > 0 ? String(start) : null };
      };
      expect(await findSent(fetchPage, 'c1', '2026-11-22T10:40:00.000Z')).toEqual({ message: all[45], sure: true });
      expect(reads).toEqual([undefined, '50']);
      // Not there: read back past 10:35 (its time, less what the server's clock may differ by), then no further.
      reads.length = 0;
      expect(await findSent(fetchPage, 'c9', '2026-11-22T10:40:00.000Z')).toEqual({ message: null, sure: true });
      expect(reads).toEqual([undefined, '50', '40']);
      // The room's first message reached: not there either.
      expect(await findSent(fetchPage, 'c9', '2026-11-22T09:00:00.000Z')).toEqual({ message: null, sure: true });
      // So much said since that the pages allowed did not reach back that far: Lantern cannot tell.
      expect(await findSent(fetchPage, 'c9', '2026-11-22T10:10:00.000Z', 3)).toEqual({ message: null, sure: false });
    });

    it('found, is theirs and marked as sent before they asked, through every later copy of it', () => {
      const log = [...mergeMessages([], [minute(1)('a')]), pending(1, 'checking', '2026-11-22T10:20:00.000Z'), pending(2, 'sending')];
      const found = mergeMessages(log, [minute(20, { author: mine, clientMsgId: 'c1', body: 'words 1' })('m1')]);
      expect(found.map((entry) => [entry.key, entry.renderKey ?? entry.key, entry.state, entry.alreadySent ?? false])).toEqual([
        ['a', 'a', 'sent', false],
        ['m1', 'pending:c1', 'sent', true],
        ['pending:c2', 'pending:c2', 'sending', false],
      ]);
      // The room's copy (no clientMsgId), and the answer to another message, leave the mark.
      const copied = mergeMessages(found, [minute(20, { author: { displayName: 'me', isYou: false }, body: 'words 1' })('m1')]);
      expect(copied.find((entry) => entry.key === 'm1')).toMatchObject({ alreadySent: true, renderKey: 'pending:c1' });
      // One on its way, stored as usual, is not marked.
      expect(confirmSent(copied, 'pending:c2', { id: 'm2' }).find((entry) => entry.key === 'm2')?.alreadySent).toBeUndefined();
    });

    it('one waiting to go again is shown once when the room’s copy of it is already in the log', () => {
      const since = '2026-11-22T10:20:00.000Z';
      const copy = (id: string, m: number, body: string) => minute(m, { author: mine, body })(id);
      // The room's copy of words 1 came back (a recovered session) while it waits to go again.
      const log = [...mergeMessages([], [copy('s1', 20, 'words 1')]), pending(1, 'sending', since)];
      expect([...echoedKeys(log)]).toEqual(['pending:c1']);
      // Its answer then takes it out, and the copy stays.
      expect(confirmSent(log, 'pending:c1', { id: 's1' }).map((entry) => entry.key)).toEqual(['s1']);
      // Being taken back (the member is waiting to hear whether it reached the room), it is the
      // copy that is left out: the message stays where it was, saying it is being checked.
      expect([...echoedKeys([...mergeMessages([], [copy('s1', 20, 'words 1')]), pending(1, 'checking', since)])]).toEqual(['s1']);
      // Never sent (the same words from another tab), refused, or from long before it went out: each is shown.
      expect(echoedKeys([...mergeMessages([], [copy('s1', 20, 'words 1')]), pending(1, 'sending')]).size).toBe(0);
      expect(echoedKeys([...mergeMessages([], [copy('s1', 20, 'words 1')]), pending(1, 'failed', since)]).size).toBe(0);
      expect(echoedKeys([...mergeMessages([], [copy('s1', 2, 'words 1')]), pending(1, 'sending', since)]).size).toBe(0);
      // The same words said a minute before it went out ("are you there?" asked again) are another message.
      expect(echoedKeys([...mergeMessages([], [copy('s0', 19, 'words 1')]), pending(1, 'sending', since)]).size).toBe(0);
      // Other words, or a copy that carries its clientMsgId (the room's history: it would have replaced it), are not it.
      expect(echoedKeys([...mergeMessages([], [copy('s1', 20, 'other words')]), pending(1, 'sending', since)]).size).toBe(0);
      // One copy stands for one message: the same words twice, one copy, one left out.
      const twice = [...mergeMessages([], [copy('s1', 20, 'same')]), pending(1, 'sending', since, 'same'), pending(2, 'sending', since, 'same')];
      expect([...echoedKeys(twice)]).toEqual(['pending:c1']);
    });
  });
});
