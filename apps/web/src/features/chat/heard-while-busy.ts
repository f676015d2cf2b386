import type { ChatMessage } from '@lantern/contracts';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LogEntry } from './message-log';

/** How long what the region said stays in it once the log speaks again: read by then, and not met twice when reading back. */
const HEARD_KEPT_MS = 10_000;

/**
 * The messages others said live that went into the log while it was aria-busy (the join's history
 * and the REST catch-up after it, a second or two): screen readers skip a busy region's changes, so
 * these would be shown and never heard. The page says them in a live region of their own instead.
 * Decided per render, from the aria-busy that render gave the log: a message that lands as the log
 * stops being busy is read out by the log, and history (which never came live) is never here.
 */
export function useHeardWhileBusy(log: readonly LogEntry[], busy: boolean, cameLive: (id: string) => boolean): ChatMessage[] {
  const [heard, setHeard] = useState<ChatMessage[]>([]);
  // The ids the log held at the last render (null before the first: nothing is new then).
  const inLog = useRef<Set<string> | null>(null);
  // A layout effect: it runs for the very render that put the message in, before the next one.
  useLayoutEffect(() => {
    const before = inLog.current;
    inLog.current = new Set(log.map((entry) => entry.message.id));
    if (!busy || !before) return;
    const arrived = log.filter((entry) => entry.state === 'sent' && !before.has(entry.message.id) && cameLive(entry.message.id)).map((entry) => entry.message);
    if (arrived.length > 0) setHeard((current) => [...current, ...arrived]);
  }, [log, busy, cameLive]);
  useEffect(() => {
    if (busy || heard.length === 0) return;
    const timer = setTimeout(() => setHeard([]), HEARD_KEPT_MS);
    return () => clearTimeout(timer);
  }, [busy, heard]);
  // One removed meanwhile (a moderator, its writer) leaves the region as it leaves the log.
  const ids = new Set(log.map((entry) => entry.message.id));
  return heard.filter((message) => ids.has(message.id));
}
