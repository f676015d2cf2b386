import type { APIRequestContext } from '@playwright/test';
import { io } from 'socket.io-client';
import { expect, test } from './support/axe';
import { focusedElement } from './support/focus';
import { openAs, operatorGrant, registeredMember as member, resolveThroughReport, type Grant } from './support/operators';

const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });

async function post<T>(request: APIRequestContext, grant: Grant, path: string, data: unknown): Promise<T> {
  const response = await request.post(path, { headers: bearer(grant), data });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as T;
}

/** Sends in a room from a socket of the member's own (another tab, or another device). */
async function say(baseURL: string, grant: Grant, room: string, body: string): Promise<void> {
  const socket = io(baseURL, { path: '/socket.io', auth: { token: grant.accessToken }, transports: ['websocket'] });
  try {
    expect(await socket.timeout(5_000).emitWithAck('room:join', { room })).toMatchObject({ ok: true });
    expect(await socket.timeout(5_000).emitWithAck('message:send', { room, body, clientMsgId: crypto.randomUUID() })).toMatchObject({ ok: true });
  } finally {
    socket.close();
  }
}

test.describe('hiding a member', () => {
  test('a member hides someone who hurt them: their post folds, their chat goes quiet, and the account page shows them again', async ({ page, request, axe, baseURL }) => {
    test.setTimeout(90_000);
    const [reader, troll, friend] = [await member(request), await member(request), await member(request)];
    const word = `w${Date.now().toString(36)}`;
    const thread = await post<{ id: string }>(request, reader, '/api/v1/threads', { categorySlug: 'anxiety', title: `Rough evening ${word}`, body: 'Just need to vent a bit.' });
    await post(request, troll, `/api/v1/threads/${thread.id}/posts`, { body: `nobody cares about you ${word}` });
    await post(request, friend, `/api/v1/threads/${thread.id}/posts`, { body: 'I care. Sending a hug.' });
    const moderator = await operatorGrant(request, 'moderator');
    await post(request, moderator, `/api/v1/threads/${thread.id}/posts`, { body: 'A moderator here: please be kind in this thread.' });
    const trollThreadTitle = `A thread by the troll ${word}`;
    await post(request, troll, '/api/v1/threads', { categorySlug: 'anxiety', title: trollThreadTitle, body: 'look at me' });

    await openAs(page, reader, `/t/${thread.id}`);
    const trollPost = page.getByRole('article', { name: `Reply by ${troll.member.pseudonym}` });
    await expect(trollPost).toContainText(`nobody cares about you ${word}`);
    // By keyboard, first the report: a send without a reason puts focus on the reasons, and once
    // sent, focus is on Close (the Send button is gone), then back on Report.
    await trollPost.getByRole('button', { name: `Report this post by ${troll.member.pseudonym}` }).focus();
    await page.keyboard.press('Enter');
    const report = page.getByRole('dialog', { name: `Report a post by ${troll.member.pseudonym}` });
    await report.getByRole('button', { name: 'Send report' }).focus();
    await page.keyboard.press('Enter');
    const firstReason = report.getByRole('radio').first();
    await expect(firstReason).toBeFocused();
    await expect(report.getByRole('radiogroup')).toHaveAccessibleDescription('Please choose a reason.');
    await report.getByRole('radio', { name: /Harassment/ }).check();
    await report.getByRole('button', { name: 'Send report' }).focus();
    await page.keyboard.press('Enter');
    await expect(report.getByRole('status')).toContainText('A volunteer moderator will look at it');
    await expect(report.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
    await axe.check('report dialog, sent');
    await page.keyboard.press('Enter');
    await expect(report).toHaveCount(0);
    await expect(trollPost.getByRole('button', { name: `Report this post by ${troll.member.pseudonym}` })).toBeFocused();

    await trollPost.getByRole('button', { name: `Hide member: ${troll.member.pseudonym}` }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Hide ${troll.member.pseudonym}?` });
    await expect(dialog).toContainText("They won't be told. Moderators still see everything they write.");
    await axe.check('hide dialog');
    await dialog.getByRole('button', { name: `Hide ${troll.member.pseudonym}` }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status')).toContainText(`you won't see ${troll.member.pseudonym} in threads or chat any more`);
    // The Hide button is gone with the question: focus is on Close, not lost to the page.
    await expect(dialog.getByRole('button', { name: 'Close', exact: true })).toBeFocused();
    await axe.check('hide dialog, done');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    // The post folded and its buttons went: focus is on the post, not dropped to the page.
    await expect(trollPost).toBeFocused();

    // Folded, with a way to read it once; the friend's reply is untouched.
    await expect(trollPost).toContainText(`You hid ${troll.member.pseudonym}, so this post is folded away.`);
    await expect(trollPost).not.toContainText('nobody cares about you');
    await expect(page.getByRole('article', { name: `Reply by ${friend.member.pseudonym}` })).toContainText('I care. Sending a hug.');
    // A moderator's reply is marked, and is not one to hide: they may be the ones reaching out.
    const modReply = page.getByRole('article', { name: `Reply by ${moderator.member.pseudonym}` });
    await expect(modReply.getByText('Moderator', { exact: true })).toBeVisible();
    await expect(modReply.getByRole('button', { name: /^Hide member/ })).toHaveCount(0);
    await axe.check('thread with a folded post');
    await trollPost.getByRole('button', { name: `Show this post by ${troll.member.pseudonym}` }).click();
    await expect(trollPost).toContainText(`nobody cares about you ${word}`);

    // Their thread is left out of the category list.
    await page.goto('/c/anxiety');
    await expect(page.getByRole('link', { name: `Rough evening ${word}` })).toBeVisible();
    await expect(page.getByRole('link', { name: trollThreadTitle })).toHaveCount(0);
    await axe.check('category list without the hidden member’s thread');

    // In chat: what they say does not reach the reader; the friend's words do.
    await page.goto('/chat/lounge');
    const log = page.getByRole('log', { name: 'Messages in Lounge' });
    await expect(page.getByRole('textbox', { name: 'Your message' })).toBeEnabled();
    await say(baseURL as string, troll, 'lounge', `still here, loser ${word}`);
    await say(baseURL as string, friend, 'lounge', `hi everyone ${word}`);
    await expect(log).toContainText(`${friend.member.pseudonym}: hi everyone ${word}`);
    await expect(log).not.toContainText(`still here, loser ${word}`);
    await axe.check('chat room with a hidden member talking');

    // The account page lists them; showing them again brings their thread back.
    await page.getByTestId('signed-in-pseudonym').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    const hidden = page.getByRole('list', { name: "Members you've hidden" });
    await expect(hidden.getByRole('listitem')).toHaveCount(1);
    await expect(hidden).toContainText(troll.member.pseudonym);
    await expect(hidden).toContainText('everywhere');
    await axe.check('account page with a hidden member');
    await hidden.getByRole('button', { name: `Show again: ${troll.member.pseudonym}` }).click();
    await expect(page.getByText("You haven't hidden anyone.")).toBeVisible();
    await axe.check('account page, nobody hidden');
    await page.goto('/c/anxiety');
    await expect(page.getByRole('link', { name: trollThreadTitle })).toBeVisible();
    await axe.check('category list with them shown again');
  });

  test('showing members again by keyboard: focus goes to the next row, else the one before, else the words that nobody is hidden, and the page says who is shown', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const [reader, first, middle, last] = [await member(request), await member(request), await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const thread = await post<{ id: string }>(request, reader, '/api/v1/threads', { categorySlug: 'anxiety', title: `Long week ${tag}`, body: 'Anyone else worn out?' });
    // Hidden oldest first, so the list (newest first) reads last, middle, first.
    for (const writer of [first, middle, last]) {
      const reply = await post<{ id: string }>(request, writer, `/api/v1/threads/${thread.id}/posts`, { body: `unkind words ${tag}` });
      await post(request, reader, '/api/v1/me/hidden-members', { postId: reply.id });
    }

    await openAs(page, reader, '/account');
    const hidden = page.getByRole('list', { name: "Members you've hidden" });
    await expect(hidden.getByRole('listitem')).toHaveCount(3);
    await axe.check('account page with three hidden members');
    const showAgain = (grant: Grant) => hidden.getByRole('button', { name: `Show again: ${grant.member.pseudonym}` });
    const status = page.getByRole('status').filter({ hasText: 'is shown to you again.' });

    // The middle row goes: focus is on the next row's button.
    await showAgain(middle).focus();
    await page.keyboard.press('Enter');
    await expect(hidden.getByRole('listitem')).toHaveCount(2);
    await expect(status).toHaveText(`${middle.member.pseudonym} is shown to you again.`);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(showAgain(first)).toBeFocused();

    // The last row goes: there is no next one, so focus is on the one before.
    await page.keyboard.press('Enter');
    await expect(hidden.getByRole('listitem')).toHaveCount(1);
    await expect(status).toHaveText(`${first.member.pseudonym} is shown to you again.`);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(showAgain(last)).toBeFocused();

    // The only row goes: focus is on the words saying nobody is hidden.
    await page.keyboard.press('Enter');
    await expect(hidden).toHaveCount(0);
    await expect(status).toHaveText(`${last.member.pseudonym} is shown to you again.`);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(page.getByText("You haven't hidden anyone.")).toBeFocused();
    await axe.check('account page, everyone shown again');
  });

  test('an alias hidden in a thread a moderator then takes down is listed without the thread’s name or a way to it', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const [reader, starter, masked] = [await member(request), await member(request), await member(request)];
    const title = `Call me on 555 0177 ${crypto.randomUUID().slice(0, 8)}`;
    const thread = await post<{ id: string; firstPost: { id: string } }>(request, starter, '/api/v1/threads', { categorySlug: 'anxiety', title, body: 'My number is in the title.' });
    const aliased = await post<{ id: string }>(request, masked, `/api/v1/threads/${thread.id}/posts`, { body: 'Under an alias.', postAs: 'alias' });
    await post(request, reader, '/api/v1/me/hidden-members', { postId: aliased.id });
    await resolveThroughReport(request, thread.firstPost.id, { action: 'remove', note: 'Personal details in the title.' });

    await openAs(page, reader, '/account');
    const hidden = page.getByRole('list', { name: "Members you've hidden" });
    await expect(hidden.getByRole('listitem')).toHaveCount(1);
    await expect(hidden).toContainText('only in a thread no longer shown');
    await expect(hidden).not.toContainText(title);
    await expect(hidden.getByRole('link')).toHaveCount(0);
    await axe.check('account page, an alias hidden in a thread taken down');
  });

  test('a thread opened by a hidden member, reached by a link, keeps its title folded as its opening post is, in the tab title too', async ({ page, request, axe }) => {
    const [reader, troll] = [await member(request), await member(request)];
    const word = `w${Date.now().toString(36)}`;
    const trollTitle = `You are all pathetic ${word}`;
    const trollThread = await post<{ id: string; firstPost: { id: string } }>(request, troll, '/api/v1/threads', { categorySlug: 'anxiety', title: trollTitle, body: `look at me ${word}` });
    await post(request, reader, '/api/v1/me/hidden-members', { postId: trollThread.firstPost.id });

    // As from a link or the browser history: straight to the thread.
    await openAs(page, reader, `/t/${trollThread.id}`);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toHaveText('A thread by someone you hid');
    const opening = page.getByRole('article', { name: `Original post by ${troll.member.pseudonym}` });
    await expect(opening).toContainText(`You hid ${troll.member.pseudonym}, so this post is folded away.`);
    await expect(page.locator('body')).not.toContainText(word);
    await expect(page).toHaveTitle('Thread · Lantern');
    await axe.check('thread by a hidden member, title folded');

    await page.getByRole('button', { name: 'Show the title' }).click();
    await expect(heading).toHaveText(trollTitle);
    await expect(heading).toBeFocused();
    await expect(page.getByRole('button', { name: 'Show the title' })).toHaveCount(0);
    // Read on the page only: a browser keeps every tab title in its history.
    await expect(page).toHaveTitle('Thread · Lantern');
  });

  test('a chat message’s writer is hidden from the room at once, their earlier messages too', async ({ page, request, axe, baseURL }) => {
    const [reader, troll] = [await member(request), await member(request)];
    const word = `w${Date.now().toString(36)}`;
    await openAs(page, reader, '/chat/night-owls');
    const log = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(page.getByRole('textbox', { name: 'Your message' })).toBeEnabled();
    await say(baseURL as string, troll, 'night-owls', `first jab ${word}`);
    await say(baseURL as string, troll, 'night-owls', `second jab ${word}`);
    await expect(log).toContainText(`second jab ${word}`);
    await log.getByRole('button', { name: `Hide ${troll.member.pseudonym} from your view` }).first().click();
    const dialog = page.getByRole('dialog', { name: `Hide ${troll.member.pseudonym}?` });
    await dialog.getByRole('button', { name: `Hide ${troll.member.pseudonym}` }).click();
    await expect(dialog.getByRole('status')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(log).not.toContainText(`first jab ${word}`);
    await expect(log).not.toContainText(`second jab ${word}`);
    await axe.check('chat room after hiding a member');
    // A reload (history over the socket) keeps them out too.
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Your message' })).toBeEnabled();
    await expect(log).not.toContainText(`jab ${word}`);
  });
});
