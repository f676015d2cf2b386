import type { Page } from '@playwright/test';
import { expect, test } from './support/axe';

/** Opens /help and waits until the service worker has kept the app and answers the page's loads. */
async function firstVisitToHelp(page: Page): Promise<void> {
  await page.goto('/help');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}


test.describe('with no connection at all', () => {
  test.use({ serviceWorkers: 'allow' });

  test('the app and its crisis lines open from what the browser kept, and no api answer is kept', async ({ page, context, axe }) => {
    await page.goto('/help');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await axe.check('help page, first visit');
    // The worker has kept the app and taken charge of the page.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // A call needs no data: the numbers are there and dial.
      const call = page.getByRole('link', { name: /^Call / }).first();
      await expect(call).toBeVisible();
      expect(await call.getAttribute('href')).toMatch(/^tel:/);
      // The kept page comes without the server's Referrer-Policy header: it carries its own, so
      // a line's website or "Leave quickly" is not told the visitor came from Lantern.
      expect(await page.evaluate(() => document.querySelector<HTMLMetaElement>('meta[name="referrer"]')?.content)).toBe('no-referrer');
      await axe.check('help page with no connection');

      // Any other page opens too, says Lantern cannot be reached and shows the lines, and the
      // way to help in its header works offline.
      await page.goto('/chat');
      await expect(page.getByRole('heading', { level: 1, name: 'Chat rooms' })).toBeVisible();
      const notice = page.getByRole('region', { name: "We can't reach Lantern right now" });
      await expect(notice).toBeVisible();
      await expect(notice.getByRole('link', { name: /^Call / }).first()).toHaveAttribute('href', /^tel:/);
      await axe.check('chat page with no connection');
      await page.getByRole('banner').getByRole('link', { name: 'Get help now' }).click();
      await expect(page).toHaveURL(/\/help$/);
      await expect(page.getByRole('link', { name: /^Call / }).first()).toBeVisible();
      await axe.check('help page reached from the header with no connection');
    } finally {
      await context.setOffline(false);
    }

    const kept = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
      return paths;
    });
    expect(kept).toContain('/index.html');
    expect(kept.some((path) => path.startsWith('/assets/'))).toBe(true);
    expect(kept.filter((path) => path !== '/index.html' && !path.startsWith('/assets/'))).toEqual([]);
  });

  test('a new deploy whose files do not arrive leaves the app kept before, which opens with its lines', async ({ page, context, axe }) => {
    await firstVisitToHelp(page);
    await axe.check('help page, first visit');

    // A bad connection: the next deploy's index.html comes through, and then its files do not.
    await context.route('**/assets/next-deploy-*', (route) => route.abort('internetdisconnected'));
    await context.route('**/help', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replaceAll('/assets/index-', '/assets/next-deploy-') });
    });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
    const lines = page.getByRole('list', { name: /^Crisis lines: / });
    await expect(lines.getByRole('link', { name: /^Call / }).first()).toHaveAttribute('href', /^tel:\d+$/);
    await axe.check('help page, the new deploy not arrived');
    await context.unrouteAll();

    // The app kept is still whole: with no connection at all it opens, lines and all.
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
      await expect(lines.getByRole('link', { name: /^Call / }).first()).toHaveAttribute('href', /^tel:\d+$/);
      await axe.check('help page with no connection, after the deploy that did not arrive');
    } finally {
      await context.setOffline(false);
    }
  });
});
