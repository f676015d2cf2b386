import type { ChatMessage } from '@lantern/contracts';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LogEntry } from './message-log';

/** How long a message stays in the announcer once said: read by then, and not met twice when reading the page back. */
const SAID_KEPT_MS = 10_000;

/**
 * What a screen reader reads out in a room: each message someone else says live, as its writer's
 * name and words, from a visually hidden live region beside the log. The log itself is not a live
 * region (aria-live off): read from there, a message came with everything in its row, the time
 * ("just now") and its buttons' names ("Report", "Hide member"), every time someone spoke.
 *
 * Decided per render: a message is said when it first goes into the log, was sent by someone else,
 * and came live (history, the REST catch-up after a drop and "Show earlier messages" never did, so
 * opening a room does not read out 50 old messages). The member's own messages are not said back
 * to them; a refused one has its own alert. One removed meanwhile (a moderator, its writer) leaves
 * the announcer as it leaves the log.
 */
export function useLiveAnnouncements(log: readonly LogEntry[], cameLive: (id: string) => boolean): ChatMessage[] {
  const [said, setSaid] = useState<Array<{ message: ChatMessage; at: number }>>([]);
  // The ids the log held at the last render (null before the first: nothing is new then).
  const inLog = useRef<Set<string> | null>(null);
  // A layout effect: it runs for the very render that put the message in, before the next one.
  useLayoutEffect(() => {
    const before = inLog.current;
    inLog.current = new Set(log.map((entry) => entry.message.id));
    if (!before) return;
    const arrived = log.filter((entry) => entry.state === 'sent' && !entry.message.author.isYou && !before.has(entry.message.id) && cameLive(entry.message.id));
    if (arrived.length === 0) return;
    const at = Date.now();
    setSaid((current) => [...current, ...arrived.map((entry) => ({ message: entry.message, at }))]);
  }, [log, cameLive]);
  // Let go of each message once it has had its time, the oldest first.
  useEffect(() => {
    if (said.length === 0) return;
    const timer = setTimeout(() => setSaid((current) => current.filter((entry) => Date.now() - entry.at < SAID_KEPT_MS)), Math.max(0, said[0].at + SAID_KEPT_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [said]);
  const ids = new Set(log.map((entry) => entry.message.id));
  return said.filter((entry) => ids.has(entry.message.id)).map((entry) => entry.message);
}
