import type { ChatMessage } from '@lantern/contracts';
import { firstUnreadId, mergeMessages, removeMessage, type LogEntry } from './message-log';

const message = (id: string, at: string, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  room: 'lounge',
  author: { displayName: 'Quiet Otter', isYou: false },
  body: `message ${id}`,
  createdAt: `2026-11-22T10:00:${at}.000Z`,
  ...extra,
});

describe('the chat log', () => {
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

  it('drops a removed message and finds the first one the reader has not seen', () => {
    const log = mergeMessages([], [message('a', '01'), message('b', '02'), message('c', '03', { author: { displayName: 'me', isYou: true } })]);
    expect(removeMessage(log, 'b').map((entry) => entry.message.id)).toEqual(['a', 'c']);
    expect(firstUnreadId(log, new Set(['a']))).toBe('b');
    expect(firstUnreadId(log, new Set(['a', 'b']))).toBeNull();
  });

  it("keeps our own message ours when the room's copy comes back", () => {
    const pending: LogEntry = { key: 'pending:m9', message: message('pending:m9', '09', { clientMsgId: 'm9', author: { displayName: 'me', isYou: true } }), state: 'sending' };
    const echoed = mergeMessages([pending], [message('s9', '09', { clientMsgId: 'm9', author: { displayName: 'me', isYou: false } })]);
    expect(echoed.map((entry) => [entry.key, entry.message.author.isYou])).toEqual([['s9', true]]);
    const again = mergeMessages(echoed, [message('s9', '09', { author: { displayName: 'me', isYou: false } })]);
    expect(again[0].message.author.isYou).toBe(true);
  });
});
