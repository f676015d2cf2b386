import type { Page } from '@playwright/test';

/**
 * What has keyboard focus, by its accessible name as the test knows it (or its id, or its tag),
 * or "the page body" when focus was dropped: a focused control that is removed or disabled leaves
 * it there, and the next Tab starts again at the top of the page.
 */
export function focusedElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'the page body';
    return active.getAttribute('aria-label') ?? active.getAttribute('id') ?? active.textContent?.trim().slice(0, 80) ?? active.tagName.toLowerCase();
  });
}

/**
 * Lets the page render two frames. Chromium moves focus off a control that was disabled or removed
 * at its next rendering update, so a check made sooner could still find it focused.
 */
export async function afterTwoFrames(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}
