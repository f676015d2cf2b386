import type { Page } from '@playwright/test';

export interface HeldRequests {
  /** How many such requests the page has sent so far. */
  count(): number;
  /** Lets every request held so far go on to the api. */
  release(): void;
}

/**
 * Holds the page's `method` requests to `url` until released, as a slow connection would, so a
 * test sees what the page does while it saves (on this machine the api answers within a frame,
 * before a control disabled meanwhile has even lost focus).
 */
export async function holdRequests(page: Page, url: string, method: string): Promise<HeldRequests> {
  let sent = 0;
  let held: Array<() => void> = [];
  await page.route(url, async (route) => {
    if (route.request().method() === method) {
      sent += 1;
      await new Promise<void>((resolve) => held.push(resolve));
    }
    await route.continue();
  });
  return {
    count: () => sent,
    release: () => {
      const waiting = held;
      held = [];
      for (const resolve of waiting) resolve();
    },
  };
}
