import { expect, expectNoAxeViolations, test } from './support/axe';
import { afterTwoFrames, focusedElement } from './support/focus';
import { holdRequests } from './support/held-requests';
import { openAs, registeredMember as member } from './support/operators';

test.describe('replies to you', () => {
  test('a member who posted is told live that someone answered, reads it, and the count goes back to nothing', async ({ page, browser, request, axe }) => {
    test.setTimeout(120_000);
    const [writer, replier] = [await member(request), await member(request)];
    const title = `A hard evening ${crypto.randomUUID().slice(0, 8)}`;

    // Member A starts a thread in the browser.
    await openAs(page, writer, '/new-thread');
    await axe.check('new thread form');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Replies', exact: true })).toBeVisible();
    const form = page.getByRole('form', { name: 'Start a thread' });
    await form.getByLabel('Category').selectOption({ label: 'Introductions' });
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Your post').fill('Tonight is heavy. Writing it down helps a little.');
    await form.getByRole('button', { name: 'Post thread' }).click();
    await expect(page).toHaveURL(/\/t\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await axe.check('thread just started, no replies');
    const threadUrl = page.url();

    // Member B replies from a browser of their own.
    const other = await openAs(browser, replier, new URL(threadUrl).pathname);
    try {
      const composer = other.getByRole('form', { name: 'Write a reply' });
      await composer.getByLabel('Your reply').fill('I read this and I am glad you wrote it down. You are not alone tonight.');
      await composer.getByRole('button', { name: 'Post reply' }).click();
      await expect(other.getByRole('article', { name: `Reply by ${replier.member.pseudonym}` })).toBeVisible();
      await expectNoAxeViolations(other, test.info(), 'the replier’s thread page');
    } finally {
      await other.context().close();
    }

    // A's page learns of it without a reload.
    const unreadLink = nav.getByRole('link', { name: 'Replies, 1 unread' });
    await expect(unreadLink).toBeVisible();
    await expect(unreadLink).toContainText('1');
    await axe.check('thread with one unread reply in the navigation');

    // The list: who answered, where, and what they said first.
    await unreadLink.click();
    await expect(page).toHaveURL(/\/replies$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Replies to you' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Replies to you' });
    const item = list.getByRole('listitem');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(`In “${title}”`);
    await expect(item).toContainText('I read this and I am glad you wrote it down.');
    await expect(item.getByText('New', { exact: true })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: '1 unread' })).toBeVisible();
    await axe.check('replies list, one unread');

    // Opening it goes to the reply in its thread and reads it: the count goes to nothing.
    await item.getByRole('link', { name: `Unread: ${replier.member.pseudonym} replied to your thread` }).click();
    await expect(page).toHaveURL(/\/t\/[0-9a-f-]{36}#post-[0-9a-f-]{36}$/);
    const reply = page.getByRole('article', { name: `Reply by ${replier.member.pseudonym}` });
    await expect(reply).toBeFocused();
    await expect(nav.getByRole('link', { name: 'Replies', exact: true })).toBeVisible();
    await expect(nav.getByRole('link', { name: /unread/ })).toHaveCount(0);
    await axe.check('thread opened from the reply, all read');

    await nav.getByRole('link', { name: 'Replies', exact: true }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByText('New', { exact: true })).toHaveCount(0);
    await expect(page.getByText("You're all caught up.")).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark all as read' })).toBeDisabled();
    await axe.check('replies list, all read');
  });

  test('a member with nothing yet is welcomed kindly, marks all as read, and can switch replies off and on', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    const [writer, replier] = [await member(request), await member(request)];
    await openAs(page, writer, '/replies');
    await expect(page.getByText('No replies yet. When someone answers you, it shows up here.')).toBeVisible();
    await axe.check('replies list, empty');

    const headers = { authorization: `Bearer ${writer.accessToken}` };
    const created = await request.post('/api/v1/threads', { headers, data: { categorySlug: 'introductions', title: 'Checking in', body: 'Anyone else up?' } });
    expect(created.status()).toBe(201);
    const threadId = ((await created.json()) as { id: string }).id;
    for (const body of ['Yes, here.', 'Me too, hello.']) {
      const replied = await request.post(`/api/v1/threads/${threadId}/posts`, { headers: { authorization: `Bearer ${replier.accessToken}` }, data: { body } });
      expect(replied.status()).toBe(201);
    }
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Replies, 2 unread' })).toBeVisible();
    const list = page.getByRole('list', { name: 'Replies to you' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await axe.check('replies list, arrived live');
    // By keyboard: the button stays focused while it saves and once nothing is left to mark, said
    // to be unavailable rather than disabled (which would drop focus to the top of the page).
    const markAll = page.getByRole('button', { name: 'Mark all as read' });
    const marking = await holdRequests(page, '**/api/v1/me/replies/read', 'POST');
    await markAll.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => marking.count()).toBe(1);
    await afterTwoFrames(page);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(markAll).toBeFocused();
    await expect(markAll).toHaveAttribute('aria-disabled', 'true');
    marking.release();
    await expect(page.getByText("You're all caught up.")).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Replies', exact: true })).toBeVisible();
    await expect(markAll).toBeDisabled();
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(markAll).toBeFocused();
    await axe.check('replies list, marked read');

    // Switched off on the account page: no count, and the list says how to switch it back on.
    await page.goto('/account');
    const setting = page.getByRole('switch', { name: 'Tell me when someone replies to me' });
    await expect(setting).toBeChecked();
    // By keyboard: the switch stays enabled and focused while it saves, says it is busy, and lets a
    // second press meanwhile go.
    const saves = await holdRequests(page, '**/api/v1/me', 'PATCH');
    await setting.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => saves.count()).toBe(1);
    await afterTwoFrames(page);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(setting).toBeFocused();
    await expect(setting).toHaveAttribute('aria-busy', 'true');
    await expect(setting).not.toBeChecked();
    await page.keyboard.press('Space');
    await expect(setting).not.toBeChecked();
    saves.release();
    await expect(page.getByRole('status').filter({ hasText: "Saved. Lantern won't keep track of replies for you." })).toBeVisible();
    await expect(setting).not.toBeChecked();
    expect(saves.count()).toBe(1);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(setting).toBeFocused();
    await page.unroute('**/api/v1/me');
    await axe.check('account, replies switched off');
    const again = await request.post(`/api/v1/threads/${threadId}/posts`, { headers: { authorization: `Bearer ${replier.accessToken}` }, data: { body: 'Still here.' } });
    expect(again.status()).toBe(201);
    await page.goto('/replies');
    await expect(page.getByText('Replies to you are switched off')).toBeVisible();
    await expect(nav.getByRole('link', { name: /unread/ })).toHaveCount(0);
    await axe.check('replies list, switched off');

    await page.getByRole('link', { name: 'your account page' }).click();
    await page.getByRole('switch', { name: 'Tell me when someone replies to me' }).click();
    await expect(page.getByRole('status').filter({ hasText: "Saved. You'll see when someone replies to you." })).toBeVisible();
    await page.goto('/replies');
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await axe.check('replies list, back on');
  });
});
