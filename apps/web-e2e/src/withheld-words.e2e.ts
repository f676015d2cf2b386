import { expect, test } from './support/axe';
import { clearQueue, openAs, operatorGrant, registeredMember as member } from './support/operators';

test.describe('words of crisis that could not be posted', () => {
  test('a chat message refused for a blocked word still brings the lines and a moderator when it speaks of crisis, and its words go nowhere', async ({ browser, page, request, axe }) => {
    // The worker reads the refused words; two people and an admin's word list: about 15 s on a quiet machine.
    test.setTimeout(90_000);
    const admin = await operatorGrant(request, 'admin');
    const headers = { Authorization: `Bearer ${admin.accessToken}` };
    const blocked = `zork${crypto.randomUUID().slice(0, 8)}`;
    await clearQueue(request);
    const word = await request.post('/api/v1/admin/watched-words', { headers, data: { pattern: blocked, action: 'block' } });
    expect(word.status(), await word.text()).toBe(201);
    const { id } = (await word.json()) as { id: string };
    const writer = await member(request);
    const memberPage = await openAs(browser, writer, '/chat/lounge');
    try {
      await expect(memberPage.getByRole('heading', { level: 1, name: 'Lounge' }).locator('..').getByText(/[1-9]\d* online/)).toBeVisible();
      const box = memberPage.getByRole('textbox', { name: 'Your message' });
      const words = `I can't do this any more, I want to die tonight ${blocked}`;
      await box.fill(words);
      // In the browser, as they write: lines to reach now.
      await expect(memberPage.getByRole('complementary', { name: 'Support while you write' })).toBeVisible();
      await box.press('Enter');
      const log = memberPage.getByRole('log', { name: 'Messages in Lounge' });
      await expect(log.getByRole('alert')).toContainText(`does not allow "${blocked}"`);
      await expect(log.getByTestId('chat-message').filter({ hasText: words }).getByRole('button', { name: 'Not sent — retry' })).toBeVisible();
      // Read by the worker a moment later: the lines are put in front of them, pushed to this page.
      const panel = memberPage.getByRole('region', { name: 'Support you can reach now' });
      await expect(panel).toBeAttached({ timeout: 20_000 });
      await expect(panel.getByRole('button', { name: 'Talk to a moderator now' })).toBeAttached();
      await expect(panel).not.toContainText('want to die');

      // Nobody in the room read them, but a moderator is told someone is struggling, on top of the queue.
      await openAs(page, await operatorGrant(request, 'moderator'), '/mod');
      const first = page.getByRole('list', { name: 'Review items, most urgent first' }).getByRole('listitem').first();
      await expect(first).toContainText('Support request', { timeout: 20_000 });
      await expect(first).toContainText('Tried to post words that sound like crisis');
      await expect(first).toContainText('Their words were not kept');
      await expect(first).not.toContainText('want to die');
      await axe.check('moderation queue, a member whose refused words spoke of crisis');
    } finally {
      await request.delete(`/api/v1/admin/watched-words/${id}`, { headers });
      await memberPage.context().close();
    }
  });
});
