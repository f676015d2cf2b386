import type { Page } from '@playwright/test';
import { expect, test } from './support/axe';
import { sendAs } from './support/chat-sockets';
import { openAs, operatorGrant, registeredMember as member } from './support/operators';

/** What has keyboard focus, by its accessible role and name as the test knows them (or the tag). */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'the page body';
    return active.getAttribute('aria-label') ?? active.getAttribute('id') ?? active.tagName.toLowerCase();
  });
}

test.describe('chat on a keyboard', () => {
  test('a moderator changes slow mode with the arrow keys and keeps focus on the choice, and a restore with the keyboard lands back in the composer', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(90_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const moderator = await operatorGrant(request, 'moderator');
    const writer = await member(request);
    const headers = { Authorization: `Bearer ${moderator.accessToken}` };
    await sendAs(baseURL!, writer, 'anxiety-check-in', [`Something to take out (${tag})`]);
    try {
      await openAs(page, moderator, '/chat/anxiety-check-in');
      const heading = page.getByRole('heading', { level: 1, name: 'Anxiety check-in' });
      const settings = page.getByRole('region', { name: 'Room settings (moderators)' });
      await expect(settings).toBeVisible();
      await axe.check('chat room, moderator');

      // The arrow keys on a closed select choose as they go; the choice is saved, and focus stays
      // on the select so the next press goes on to the next pace.
      const slowMode = settings.getByLabel('Slow mode');
      await slowMode.focus();
      await page.keyboard.press('ArrowDown');
      await expect(heading.locator('..').getByText('slow mode: one message every 10 s')).toBeVisible();
      await expect(slowMode).toBeFocused();
      await page.keyboard.press('ArrowDown');
      await expect(heading.locator('..').getByText('slow mode: one message every 30 s')).toBeVisible();
      await expect(slowMode).toBeFocused();

      // Removed over the api (another moderator's tab), then restored here with the keyboard.
      const history = (await (await request.get('/api/v1/rooms/anxiety-check-in/messages', { headers })).json()) as { items: Array<{ id: string; body: string }> };
      const target = history.items.find((message) => message.body === `Something to take out (${tag})`);
      expect((await request.delete(`/api/v1/rooms/anxiety-check-in/messages/${target?.id}`, { headers, data: {} })).status()).toBe(204);
      const log = page.getByRole('log', { name: 'Messages in Anxiety check-in' });
      const restore = log.getByRole('button', { name: `Restore the message from ${writer.member.pseudonym}: Something to take out (${tag})` });
      await expect(restore).toBeVisible();
      await restore.focus();
      await page.keyboard.press('Enter');
      await expect(log.getByRole('button', { name: `Remove the message from ${writer.member.pseudonym}: Something to take out (${tag})` })).toBeVisible();
      // The Restore button is gone: focus is back where the moderator writes, not at the top of the page.
      await expect.poll(() => focused(page)).not.toBe('the page body');
      await expect(page.getByRole('textbox', { name: 'Your message' })).toBeFocused();
    } finally {
      await request.patch('/api/v1/rooms/anxiety-check-in', { headers, data: { slowModeSeconds: 0 } });
    }
  });

  test('a member who reads back to the first message with the keyboard stays in the log when there is nothing earlier to show', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(120_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const reader = await member(request);
    // More than one page of history (50): eleven members, five each, inside the rate limit.
    const writers = await Promise.all(Array.from({ length: 11 }, () => member(request)));
    for (const [i, writer] of writers.entries()) await sendAs(baseURL!, writer, 'lounge', Array.from({ length: 5 }, (_, n) => `Evening note (${tag}) ${i * 5 + n + 1}`));
    await openAs(page, reader, '/chat/lounge');
    const log = page.getByRole('log', { name: 'Messages in Lounge' });
    await expect(log).toContainText(`Evening note (${tag}) 55`);
    await axe.check('chat room, a long history');
    const earlier = page.getByRole('button', { name: 'Show earlier messages' });
    // Lantern does not answer for earlier messages at first: the page says so beside the button,
    // which stays where it was, focused, to press again.
    const olderPage = '**/api/v1/rooms/lounge/messages?cursor=*';
    await page.route(olderPage, (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"SERVICE_UNAVAILABLE","message":"Restarting."}}' }));
    const couldNot = page.getByRole('status').filter({ hasText: 'Earlier messages could not be loaded just now' });
    for (let press = 0; press < 20 && (await couldNot.count()) === 0; press += 1) {
      const rows = await log.getByTestId('chat-message').count();
      await earlier.focus();
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await couldNot.count()) > 0 || (await log.getByTestId('chat-message').count()) > rows).toBe(true);
    }
    await expect(couldNot).toBeVisible();
    await expect(earlier).toBeFocused();
    await axe.check('chat room, earlier messages not loaded');
    await page.unroute(olderPage);
    for (let press = 0; press < 20 && (await earlier.count()) > 0; press += 1) {
      const rows = await log.getByTestId('chat-message').count();
      await earlier.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => log.getByTestId('chat-message').count()).toBeGreaterThan(rows);
    }
    await expect(earlier).toHaveCount(0);
    await expect(log).toContainText(`Evening note (${tag}) 1`);
    // The button went with the last page: focus moves to the log it filled, where reading goes on.
    await expect(log).toBeFocused();
  });
});
