import type { ChatMessage } from '@lantern/contracts';

/** A message as this tab knows it: confirmed by the server, on its way, or refused. */
export interface LogEntry {
  key: string;
  message: ChatMessage;
  state: 'sent' | 'sending' | 'failed';
  error?: string;
}

/** At most this many messages are in the page at once; older ones load on request. */
export const WINDOW_SIZE = 150;

const order = (a: LogEntry, b: LogEntry) => a.message.createdAt.localeCompare(b.message.createdAt) || a.message.id.localeCompare(b.message.id);

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
    // The room's copy of our own message says isYou: false; what this tab knows wins.
    const mine = message.author.isYou || pending?.message.author.isYou === true || byKey.get(message.id)?.message.author.isYou === true;
    byKey.set(message.id, { key: message.id, message: mine === message.author.isYou ? message : { ...message, author: { ...message.author, isYou: true } }, state: 'sent' });
  }
  const confirmed = [...byKey.values()].filter((entry) => entry.state === 'sent').sort(order);
  // Messages still on their way stay at the end, in the order they were written.
  const waiting = log.filter((entry) => entry.state !== 'sent' && byKey.has(entry.key));
  return [...confirmed, ...waiting];
}

export function removeMessage(log: readonly LogEntry[], id: string): LogEntry[] {
  return log.filter((entry) => entry.message.id !== id);
}

/** The id of the first message that arrived while the reader was away, if any. */
export function firstUnreadId(log: readonly LogEntry[], seenIds: ReadonlySet<string>): string | null {
  return log.find((entry) => entry.state === 'sent' && !entry.message.author.isYou && !seenIds.has(entry.message.id))?.message.id ?? null;
}
