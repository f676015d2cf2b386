import { classify, noticeConcernOf } from '@lantern/moderation';
import { useEffect, useState } from 'react';
import { onlyOnce, whenIdle } from './when-idle';

export type NudgeKind = 'self' | 'danger' | 'other';

/** How long typing must pause before the text is read again. */
export const NUDGE_DEBOUNCE_MS = 300;

/**
 * Reads what the member is typing with the same classifier the server uses, here in the
 * browser: no request is made and nothing typed leaves the page. Says whether to offer help
 * before they send (`self`), safety from someone who hurts or threatens them (`danger`: the same
 * reading as the crisis notice's, noticeConcernOf), or how to help someone else (`other`). It never
 * blocks sending.
 */
export function nudgeFor(text: string): NudgeKind | null {
  if (text.trim().length < 6) return null;
  const result = classify(text);
  if (!result.crisis) return null;
  const concern = noticeConcernOf(result.categories);
  return concern === 'concern_for_other' ? 'other' : concern;
}

/**
 * The classifier's first reading in a tab compiles its patterns: a third of a second on a laptop,
 * a second or more on a slow or busy phone. Done once per tab while it is idle after a composer
 * appears, so the first words typed in crisis are answered at the pace of the rest, not after it.
 */
export const readyTheReading = onlyOnce(() => classify(''));

/** How long a composer waits for the tab to be idle before the reading is made ready all the same. */
export const READY_WITHIN_MS = 1_000;

export function useCrisisNudge(text: string): NudgeKind | null {
  const [kind, setKind] = useState<NudgeKind | null>(null);
  useEffect(() => whenIdle(readyTheReading, READY_WITHIN_MS), []);
  useEffect(() => {
    const timer = setTimeout(() => setKind(nudgeFor(text)), NUDGE_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return kind;
}
