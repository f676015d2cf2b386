import type { Page } from '@playwright/test';
import { expect, test } from './support/axe';

const SERVICES = ['api', 'db', 'redis'] as const;

async function expectServiceStates(page: Page, states: Record<(typeof SERVICES)[number], string>): Promise<void> {
  for (const service of SERVICES) {
    await expect(page.getByTestId(`status-${service}`)).toHaveText(states[service]);
  }
}

test.describe('home page', () => {
  test('shows api, db and redis up from the real API, and passes axe', async ({ page, axe }) => {
    await page.goto('/');

    await expect(page).toHaveTitle('Lantern');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Lantern');
    await expect(page.getByRole('banner')).toContainText('Lantern');
    await expect(page.getByRole('main')).toContainText('peer-support community');
    await expect(page.getByRole('region', { name: 'System status' })).toBeVisible();

    await expectServiceStates(page, { api: 'up', db: 'up', redis: 'up' });
    // The status panel's own line: under load the categories may still be saying they load (a status too).
    await expect(page.getByRole('region', { name: 'System status' }).getByRole('status')).toHaveText('Everything is working.');
    await axe.check('home');
  });

  test('reaches "Get help now" by keyboard, shows focus, and opens the help page', async ({ page, axe }) => {
    await page.goto('/');
    await expect(page.getByTestId('status-api')).toHaveText('up');

    // The first Tab lands on the skip link, which becomes visible.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    const helpLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Get help now' });
    let presses = 1;
    while (!(await helpLink.evaluate((element) => element === document.activeElement)) && presses < 5) {
      await page.keyboard.press('Tab');
      presses += 1;
    }
    await expect(helpLink, 'Get help now should be within the first few Tab stops').toBeFocused();
    const outline = await helpLink.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline, 'the focused help link shows a focus outline').not.toBe('none');
    await axe.check('home, help link focused');

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/help$/);
    await expect(page).toHaveTitle('Get help now · Lantern');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
    await expect(page.getByRole('link', { name: /findahelpline\.com/ })).toHaveAttribute('href', 'https://findahelpline.com');
    // The lines themselves, for the browser's region (en-US here), each with a number to tap.
    const lines = page.getByRole('list', { name: 'Crisis lines: United States' });
    await expect(lines.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(lines.getByRole('link', { name: 'Text HOME to 741741' })).toHaveAttribute('href', 'sms:741741?&body=HOME');
    // 988's web chat is a chat with a person (the directory's chatUrl), not a website to read.
    await expect(lines.getByRole('link', { name: 'Chat online' })).toHaveAttribute('href', 'https://988lifeline.org/chat/');
    await expect(page.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    // And for someone worried about another person: how to help, step by step.
    const howToHelp = page.getByRole('region', { name: 'How to help someone who is struggling' });
    await expect(howToHelp.getByRole('heading', { name: 'Worried about someone?' })).toBeVisible();
    await expect(howToHelp.getByRole('listitem')).toHaveCount(4);
    await expect(howToHelp.getByRole('listitem').first()).toContainText('Ask them directly');
    await axe.check('help');
    // Somewhere else: another region's lines and emergency number, for this tab only (never sent).
    await page.getByRole('combobox', { name: 'Lines for' }).selectOption('GB');
    const gb = page.getByRole('list', { name: 'Crisis lines: United Kingdom' });
    await expect(gb.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    await expect(page.getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    await expect(page.getByRole('link', { name: 'Call 911' })).toHaveCount(0);
  });

  test('skip link moves keyboard focus to the main content', async ({ page, axe }) => {
    await page.goto('/');
    // React renders after the load event: a Tab pressed before the link exists lands nowhere.
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeAttached();
    await page.keyboard.press('Tab');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();
    await axe.check('home, after skip link');
  });

  test('fits a 320px-wide phone without sideways scrolling', async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');

    await expectServiceStates(page, { api: 'up', db: 'up', redis: 'up' });
    await expect(page.getByRole('link', { name: 'Get help now' })).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page is wider than the 320px viewport').toBeLessThanOrEqual(0);
    await axe.check('home at 320px');
  });

  test('passes axe in dark mode with reduced motion', async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await expectServiceStates(page, { api: 'up', db: 'up', redis: 'up' });
    await axe.check('home, dark');
  });
});

// The API's failure modes, played back in the browser so the page's states can be seen.
test.describe('home page when the API is unwell', () => {
  test('shows a 503 health report as data: redis down, in words', async ({ page, axe }) => {
    await page.route('**/api/health', (route) =>
      route.fulfill({ status: 503, json: { status: 'degraded', db: 'up', redis: 'down' } }),
    );
    await page.goto('/');

    await expectServiceStates(page, { api: 'up', db: 'up', redis: 'down' });
    await expect(page.getByRole('region', { name: 'System status' }).getByRole('status')).toContainText("aren't working right now");
    await expect(page.getByRole('alert')).toHaveCount(0);
    await axe.check('home, degraded');
  });

  // The layout's one notice speaks for the whole page (unreachable.e2e.ts has the rest of it);
  // the panel keeps its rows and raises no alert of its own.
  test('folds an unreachable API into the one notice, and recovers on "Try again"', async ({ page, axe }) => {
    await page.route('**/api/health', (route) => route.abort('connectionrefused'));
    await page.goto('/');

    const notice = page.getByRole('region', { name: "We can't reach Lantern right now" });
    await expect(notice).toBeVisible();
    await expectServiceStates(page, { api: 'down', db: 'unknown', redis: 'unknown' });
    await expect(page.getByRole('region', { name: 'System status' }).getByRole('status')).toHaveText(
      "We'll check Lantern's services again once it can be reached.",
    );
    await expect(page.getByRole('alert')).toHaveCount(0);
    await axe.check('home, API unreachable');

    await page.unroute('**/api/health');
    const retry = page.getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveCount(1);
    await retry.focus();
    await page.keyboard.press('Enter');
    await expectServiceStates(page, { api: 'up', db: 'up', redis: 'up' });
    await expect(notice).toHaveCount(0);
  });

  test('treats a non-JSON answer (a proxy error page) as the API being down', async ({ page, axe }) => {
    await page.route('**/api/health', (route) =>
      route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad gateway</h1>' }),
    );
    await page.goto('/');

    await expect(page.getByRole('region', { name: "We can't reach Lantern right now" })).toBeVisible();
    await expectServiceStates(page, { api: 'down', db: 'unknown', redis: 'unknown' });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await axe.check('home, bad gateway');
  });
});
