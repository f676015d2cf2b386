import { Button } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useEffect } from 'react';

/** Somewhere ordinary to land: a weather page draws no attention on a shared screen. */
export const NEUTRAL_PAGE = 'https://www.bbc.com/weather';
const DOUBLE_PRESS_MS = 800;

/**
 * For a member whose screen someone else might see: one tap (or Esc twice) replaces Lantern with
 * an ordinary page. `location.replace` swaps the current history entry, so Back does not return
 * here, and the session in memory is gone with the page.
 */
export function leaveQuickly(): void {
  window.location.replace(NEUTRAL_PAGE);
}

export function LeaveQuicklyButton() {
  useEffect(() => {
    let lastEscape = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const now = Date.now();
      if (now - lastEscape < DOUBLE_PRESS_MS) leaveQuickly();
      lastEscape = now;
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <Button variant="default" onClick={leaveQuickly} title="Or press Esc twice">
      {SAFE_MESSAGING_COPY.actions.leaveQuickly}
    </Button>
  );
}
