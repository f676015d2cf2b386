import type { Page, Route } from '@playwright/test';
import { expect, test } from './support/axe';

// What a member sees when Lantern's api cannot be reached: one calm notice that tries again by
// itself, crisis lines from the directory bundled with the app, and no pile of error boxes.

const API = '**/api/**';
const HEADING = "We can't reach Lantern right now";
const WAITING = 'This will load by itself once Lantern is back.';

function notice(page: Page) {
  return page.getByRole('region', { name: HEADING });
}

/** Nothing else on the page repeats the failure: one heading, one "Try again", no alert boxes. */
async function expectOneQuietNotice(page: Page): Promise<void> {
  await expect(notice(page)).toBeVisible();
  await expect(page.getByText(HEADING)).toHaveCount(1);
  await expect(page.getByText(/couldn't reach|can't reach|can’t reach/i)).toHaveCount(1);
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(1);
  await expect(page.getByRole('alert')).toHaveCount(0);
}

/** The browser says en-US, so the United States lines and 911, straight from the bundle. */
async function expectLinesInNotice(page: Page): Promise<void> {
  const lines = notice(page).getByRole('list', { name: 'Crisis lines: United States' });
  await expect(lines.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
  await expect(lines.getByRole('link', { name: 'Text HOME to 741741' })).toHaveAttribute('href', 'sms:741741?&body=HOME');
  await expect(notice(page).getByTestId('emergency-line')).toContainText("If you're in immediate danger, call 911.");
  await expect(notice(page).getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
  // The line for abuse at home too, for someone hurt at home when Lantern is down.
  await expect(notice(page).getByRole('list', { name: 'Help with abuse at home' }).getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute('href', 'tel:18007997233');
  await expect(notice(page).getByRole('link', { name: /More ways to get help/ })).toHaveAttribute('href', '/help');
}

test.describe('when the api cannot be reached', () => {
  test('the home page says so once, shows the crisis lines, and recovers on "Try again"', async ({ page, axe }) => {
    let answer = (route: Route) => route.abort('connectionrefused');
    await page.route(API, (route) => answer(route));
    await page.goto('/');

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Lantern');
    // The categories give up after their own retries, then say only that they will load later.
    await expect(page.getByText(`We couldn't load the categories. ${WAITING}`)).toBeVisible({ timeout: 15_000 });
    await expectOneQuietNotice(page);
    await expect(notice(page)).toContainText('keeps trying by itself');
    // A visitor has no drafts and no session here: nothing to promise about either.
    await expect(notice(page)).not.toContainText('saved on this device');
    await expectLinesInNotice(page);
    // The status panel folds into the notice: its rows, no second alert or button.
    const status = page.getByRole('region', { name: 'System status' });
    await expect(status.getByTestId('status-api')).toHaveText('down');
    await expect(status.getByTestId('status-db')).toHaveText('unknown');
    await expect(status.getByRole('status')).toHaveText("We'll check Lantern's services again once it can be reached.");
    await axe.check('home, api unreachable');

    // Still nothing: the notice stays and says so, calmly.
    const retry = page.getByRole('button', { name: 'Try again' });
    await retry.click();
    await expect(notice(page)).toContainText("Still no answer. We'll keep trying in the background.");
    await expect(retry).toBeFocused();

    // Lantern is back for what the click asks, not before: the notice also retries by itself,
    // and a background retry landing first took the button away under the click.
    await page.evaluate(() => document.addEventListener('click', () => ((window as unknown as { lanternBack?: boolean }).lanternBack = true), { capture: true }));
    answer = async (route) => ((await page.evaluate(() => (window as unknown as { lanternBack?: boolean }).lanternBack === true)) ? route.continue() : route.abort('connectionrefused'));
    await retry.click();
    await expect(notice(page)).toHaveCount(0);
    await expect(page.getByRole('main')).toBeFocused();
    await expect(page.getByRole('main').getByRole('list', { name: 'Categories' })).toBeVisible();
    await expect(page.getByTestId('status-api')).toHaveText('up');
    await expect(page.getByText(WAITING)).toHaveCount(0);
    await axe.check('home, back again');
  });

  test("treats a gateway's 503 page for every request the same way, on a phone in dark mode", async ({ page, axe }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.route(API, (route) => route.fulfill({ status: 503, contentType: 'text/html', body: '<h1>Service Unavailable</h1>' }));
    await page.goto('/');
    await expect(page.getByText(`We couldn't load the categories. ${WAITING}`)).toBeVisible({ timeout: 15_000 });
    await expectOneQuietNotice(page);
    await expectLinesInNotice(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page is wider than the 320px viewport').toBeLessThanOrEqual(0);
    await axe.check('home, gateway 503, 320px dark');
  });

  test('one endpoint failing is not an outage: no notice, and that section says so itself', async ({ page, axe }) => {
    await page.route('**/api/v1/categories', (route) => route.abort('connectionrefused'));
    await page.goto('/');
    const failed = page.getByRole('alert').filter({ hasText: "We couldn't load the categories" });
    await expect(failed).toBeVisible({ timeout: 15_000 });
    await expect(failed.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(page.getByTestId('status-api')).toHaveText('up');
    await expect(notice(page)).toHaveCount(0);
    await axe.check('home, categories unreachable');
  });

  test('a returning member on a thread or /chat gets the notice and help, /help works, and it recovers by itself', async ({ page, axe }) => {
    test.setTimeout(90_000);
    // A stored session that cannot be restored while the api is away (and is no real token after).
    await page.addInitScript(() => localStorage.setItem('lantern.refreshToken', 'stored-before-the-outage'));
    await page.route(API, (route) => route.abort('connectionrefused'));

    await page.goto('/t/00000000-0000-4000-8000-000000000000');
    await expectOneQuietNotice(page);
    await expect(notice(page)).toContainText("You're still signed in on this device.");
    await expect(notice(page)).toContainText('Any reply you had started writing is saved on this device.');
    await expect(page.getByRole('main').getByText(WAITING)).toBeVisible();
    await expectLinesInNotice(page);
    await axe.check('thread, api unreachable');

    await page.goto('/chat');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chat rooms');
    await expectOneQuietNotice(page);
    await expect(page.getByRole('main').getByText(WAITING)).toBeVisible();
    await expectLinesInNotice(page);
    await axe.check('chat, api unreachable');

    // /help needs no server: the notice stays short there, and the page is the lines.
    await notice(page).getByRole('link', { name: /More ways to get help/ }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
    await expectOneQuietNotice(page);
    await expect(notice(page).getByRole('list')).toHaveCount(0);
    const lines = page.getByRole('list', { name: 'Crisis lines: United States' });
    await expect(lines).toHaveCount(1);
    await expect(lines.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(page.getByRole('link', { name: 'Call 911' })).toHaveCount(1);
    await axe.check('help, api unreachable');

    // Nobody presses anything: Lantern is asked again by itself, and the page fills in. Focus,
    // on "Try again" as it came back, goes where a fresh page has it, not to the page's start.
    await page.getByRole('button', { name: 'Try again' }).focus();
    await page.unroute(API);
    await expect(notice(page)).toHaveCount(0, { timeout: 30_000 });
    await expect(page.getByRole('main')).toBeFocused();
    // The stored token was never real, so the member is now asked to sign in again.
    await expect(page.getByRole('link', { name: 'Sign in' }).first()).toBeVisible();
  });

  test('a region chosen on the help page stays for the tab, and is what the notice shows when Lantern cannot be reached', async ({ page, axe }) => {
    // The browser says en-US; the reader is in the United Kingdom and says so.
    await page.goto('/help');
    await page.getByRole('combobox', { name: 'Lines for' }).selectOption('GB');
    await expect(page.getByRole('list', { name: 'Crisis lines: United Kingdom' })).toBeVisible();
    await axe.check('help, United Kingdom chosen');

    await page.route(API, (route) => route.abort('connectionrefused'));
    await page.goto('/');
    await expect(notice(page)).toBeVisible();
    const lines = notice(page).getByRole('list', { name: 'Crisis lines: United Kingdom' });
    await expect(lines.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    await expect(notice(page).getByRole('link', { name: 'Call 999' })).toHaveAttribute('href', 'tel:999');
    await expect(notice(page).getByRole('link', { name: 'Call 911' })).toHaveCount(0);
    await axe.check('home, api unreachable, United Kingdom chosen');

    // Back on /help, the choice is still there.
    await notice(page).getByRole('link', { name: /More ways to get help/ }).click();
    await expect(page).toHaveURL(/\/help$/);
    await expect(page.getByRole('combobox', { name: 'Lines for' })).toHaveValue('GB');
    await expect(page.getByRole('list', { name: 'Crisis lines: United Kingdom' }).getByRole('link', { name: 'Call 116 123' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 999' })).toHaveCount(1);
    await axe.check('help, api unreachable, United Kingdom still chosen');
  });
});
