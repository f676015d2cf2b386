import { Button } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useEffect } from 'react';
import { forgetDangerDrafts, readyToForgetDrafts } from './danger-drafts';
import { whenIdle } from './when-idle';

/** Somewhere ordinary to land: a weather page draws no attention on a shared screen. */
export const NEUTRAL_PAGE = 'https://www.bbc.com/weather';
const DOUBLE_PRESS_MS = 800;

/**
 * For a member whose screen someone else might see: one tap (or Esc twice) replaces Lantern with
 * an ordinary page. `location.replace` swaps the current history entry, so Back does not return
 * to this page, and the session in memory is gone with the page. Earlier pages of the tab are
 * still in its history, which no page can erase: /help says so plainly, and what to do instead.
 * Unsent words that tell of someone hurting the member go with it (forgetDangerDrafts).
 */
export function leaveQuickly(go: (url: string) => void = (url) => window.location.replace(url), forget: () => unknown = forgetDangerDrafts): void {
  // The ordinary page is asked for first: reading the drafts then overlaps its loading, and the
  // page is not swapped before this task ends, so the drafts are gone by then.
  go(NEUTRAL_PAGE);
  forget();
}

export function LeaveQuicklyButton() {
  useEffect(() => {
    let lastEscape = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      // Two presses of their own, not one held down (the key repeats), nor an Esc that cancelled a
      // word being composed (Japanese, Chinese input) or closed a menu or dialog: leaving by
      // accident would take the member's unsent words with the page.
      if (event.repeat || event.isComposing || event.keyCode === 229 || event.defaultPrevented) {
        lastEscape = 0;
        return;
      }
      const now = Date.now();
      if (now - lastEscape < DOUBLE_PRESS_MS) leaveQuickly();
      lastEscape = now;
    };
    window.addEventListener('keydown', onKey);
    // Drafts kept from an earlier visit are read as the member leaves: the classifier is made ready
    // for them while the tab is idle (readyToForgetDrafts), not in that moment.
    const cancelReady = whenIdle(() => void readyToForgetDrafts(), 2_000);
    return () => {
      window.removeEventListener('keydown', onKey);
      cancelReady();
    };
  }, []);
  return (
    <Button variant="default" onClick={() => leaveQuickly()} title="Or press Esc twice">
      {SAFE_MESSAGING_COPY.actions.leaveQuickly}
    </Button>
  );
}
