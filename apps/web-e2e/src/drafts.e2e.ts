import type { APIRequestContext, Page, Route } from '@playwright/test';
import { expect, test } from './support/axe';
import { sendAs } from './support/chat-sockets';
import { openAs, registeredMember, type Grant } from './support/operators';

/**
 * Never losing a member's words: what they wrote in the forum survives a failed send, a reload,
 * an expired session and a second tab, goes once when it goes, and is gone once it has gone.
 */

const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });

async function threadBy(request: APIRequestContext, writer: Grant, body: string): Promise<{ id: string; firstPost: { id: string } }> {
  const created = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'anxiety', title: `Nights ${crypto.randomUUID().slice(0, 8)}`, body } });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as { id: string; firstPost: { id: string } };
}

type Answer = (route: Route) => Promise<void>;

const noConnection: Answer = (route) => route.abort('internetdisconnected');
const serverDown: Answer = (route) => route.fulfill({ status: 503, json: { error: { code: 'SERVICE_UNAVAILABLE', message: 'Lantern is busy right now.' } } });
const tokenExpired: Answer = (route) => route.fulfill({ status: 401, json: { error: { code: 'TOKEN_EXPIRED', message: 'Your session has expired.' } } });
/** The write reaches the server and is stored, and its answer is lost on the way back (a timeout, a dropped connection). */
const answerLost: Answer = async (route) => {
  await route.fetch();
  await route.abort('internetdisconnected');
};

/** Answers the next writes to `url` (of `method`) with the given failures in turn, then lets them through. */
async function failNext(page: Page, url: string, method: string, answers: Answer[]): Promise<void> {
  await page.route(url, async (route) => {
    const answer = route.request().method() === method ? answers.shift() : undefined;
    if (answer) await answer(route);
    else await route.fallback();
  });
}

/**
 * The thread's posts as the api gives them once the hour for editing has passed (canEdit false):
 * the api works it out from the clock, and a test cannot wait an hour.
 */
async function editWindowPassed(page: Page, threadId: string): Promise<void> {
  await page.route(`**/api/v1/threads/${threadId}/posts*`, async (route) => {
    if (route.request().method() !== 'GET') return route.fallback();
    const answer = await route.fetch();
    const listed = (await answer.json()) as { items: Array<Record<string, unknown>> };
    await route.fulfill({ response: answer, json: { ...listed, items: listed.items.map((item) => ({ ...item, canEdit: false })) } });
  });
}

const editWindowClosed: Answer = (route) =>
  route.fulfill({ status: 403, json: { error: { code: 'EDIT_WINDOW_CLOSED', message: 'Posts can be edited for 60 minutes after posting; you can reply instead.' } } });

const storedForumKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lantern.forum.')));

async function signOut(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('dialog', { name: 'Sign out without a passphrase?' }).getByRole('button', { name: 'Sign out anyway' }).click();
  await expect(page.getByTestId('signed-in-pseudonym')).toHaveCount(0);
}

test.describe('a member never loses what they wrote', () => {
  test('a reply that could not go keeps its words and says so, goes once when tried again, and a second tab keeps its own words when the first posts', async ({ page, context, request, axe }) => {
    const member = await registeredMember(request);
    const thread = await threadBy(request, member, 'Does anyone else lie awake at four?');
    await openAs(page, member, `/t/${thread.id}`);
    const reply = page.getByRole('form', { name: 'Write a reply' });
    const box = reply.getByRole('textbox', { name: 'Your reply' });
    const words = 'Four is when it all gets loud for me too.';
    await box.fill(words);

    // No connection, then a server that fails, then an access token that ran out while writing.
    await failNext(page, `**/api/v1/threads/${thread.id}/posts`, 'POST', [noConnection, serverDown, tokenExpired]);
    const notSent = reply.getByRole('alert').filter({ hasText: "We couldn't post your reply" });
    for (const attempt of ['no connection', 'server down']) {
      await reply.getByRole('button', { name: 'Post reply' }).click();
      await expect(notSent).toContainText('Your words are still here.');
      await expect(box).toHaveValue(words);
      await axe.check(`reply not sent: ${attempt}`);
    }
    // The expired token is renewed and the reply goes through, once.
    await reply.getByRole('button', { name: 'Post reply' }).click();
    await expect(page.getByRole('article', { name: /^Reply by / }).filter({ hasText: words })).toHaveCount(1);
    await expect(box).toHaveValue('');
    const posts = (await (await request.get(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(member) })).json()) as { items: Array<{ body?: string }> };
    expect(posts.items.filter((post) => post.body === words)).toHaveLength(1);
    // Posted, so a reload brings nothing back.
    await page.reload();
    await expect(box).toHaveValue('');

    // The same thread in a second tab, another reply begun there: posting in the first keeps it.
    const second = await context.newPage();
    await second.goto(`/t/${thread.id}`);
    const secondBox = second.getByRole('form', { name: 'Write a reply' }).getByRole('textbox', { name: 'Your reply' });
    await box.fill('Mornings are better, usually.');
    await secondBox.fill('I keep a note on my phone of things that helped.');
    await reply.getByRole('button', { name: 'Post reply' }).click();
    await expect(page.getByRole('article', { name: /^Reply by / }).filter({ hasText: 'Mornings are better, usually.' })).toBeVisible();
    await expect(box).toHaveValue('');
    await second.reload();
    await expect(secondBox).toHaveValue('I keep a note on my phone of things that helped.');
    // And the first tab, emptied by its post, does not take the second tab's words on a reload either.
    await page.reload();
    await expect(box).toHaveValue('I keep a note on my phone of things that helped.');
    await second.close();
  });

  test('a thread refused for now keeps its words with the reason, and a second tab keeps the thread it was writing when the first posts', async ({ page, context, request, axe }) => {
    const member = await registeredMember(request);
    await openAs(page, member, '/new-thread?category=anxiety');
    const form = page.getByRole('form', { name: 'Start a thread' });
    await form.getByLabel('Title').fill('The week after the funeral');
    await form.getByLabel('Your post').fill('Everyone went home and the house is so quiet.');

    await failNext(page, '**/api/v1/threads', 'POST', [
      (route) =>
        route.fulfill({
          status: 429,
          headers: { 'Retry-After': '120' },
          json: { error: { code: 'RATE_LIMITED', message: 'You can start another thread in 2 minutes.', details: { retryAfterSeconds: 120 } } },
        }),
      noConnection,
    ]);
    const notPosted = form.getByRole('alert').filter({ hasText: "Your thread isn't posted yet" });
    await form.getByRole('button', { name: 'Post thread' }).click();
    await expect(notPosted).toContainText('You can start another thread in 2 minutes.');
    await expect(form.getByLabel('Your post')).toHaveValue('Everyone went home and the house is so quiet.');
    await axe.check('new thread refused for now');
    await form.getByRole('button', { name: 'Post thread' }).click();
    await expect(notPosted).toContainText("We couldn't reach Lantern");
    await expect(form.getByLabel('Title')).toHaveValue('The week after the funeral');

    // A second tab opens on the same kept draft, and the member starts something else there.
    const second = await context.newPage();
    await second.goto('/new-thread?category=anxiety');
    const secondForm = second.getByRole('form', { name: 'Start a thread' });
    await expect(secondForm.getByLabel('Your post')).toHaveValue('Everyone went home and the house is so quiet.');
    await secondForm.getByLabel('Title').fill('Sleeping with the light on');
    await secondForm.getByLabel('Your post').fill('I am forty and I still cannot sleep in the dark.');

    await form.getByRole('button', { name: 'Post thread' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The week after the funeral');
    await axe.check('thread posted while a second tab writes another');
    await second.reload();
    await expect(secondForm.getByLabel('Your post')).toHaveValue('I am forty and I still cannot sleep in the dark.');
    await expect(secondForm.getByLabel('Title')).toHaveValue('Sleeping with the light on');
    await second.close();
  });

  test('an edit being written survives a failed save and a reload, and is forgotten once saved or at sign-out; a report note survives closing the dialog', async ({ page, request, axe }) => {
    const member = await registeredMember(request);
    const thread = await threadBy(request, member, 'Some days I cannot get out of bed.');
    const other = await registeredMember(request);
    const answered = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(other), data: { body: 'Just lie there and breathe; nobody is counting.' } });
    expect(answered.status()).toBe(201);
    await openAs(page, member, `/t/${thread.id}`);
    const original = page.getByRole('article', { name: /^Original post by / });
    const changed = 'Some days I cannot get out of bed. Today I did, and made tea.';

    await original.getByRole('button', { name: 'Edit' }).click();
    const editor = original.getByRole('form', { name: 'Edit your post' });
    await editor.getByLabel('Your post').fill(changed);
    await failNext(page, `**/api/v1/posts/${thread.firstPost.id}`, 'PATCH', [serverDown]);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(editor.getByRole('alert').filter({ hasText: "We couldn't save your changes" })).toBeVisible();
    await expect(editor.getByLabel('Your post')).toHaveValue(changed);

    // A reload opens the editor again with the changes being made.
    await page.reload();
    await expect(editor.getByLabel('Your post')).toHaveValue(changed);
    await expect(editor.getByLabel('Your post')).toHaveAccessibleDescription(/We kept the changes you were making on this device/);
    await axe.check('edit restored after a reload');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(original).toContainText('Today I did, and made tea.');
    await expect(editor).toHaveCount(0);
    await page.reload();
    await expect(original.getByRole('button', { name: 'Edit' })).toBeVisible();
    await expect(editor).toHaveCount(0);
    expect(await storedForumKeys(page)).toEqual([]);

    // A report note written and then the dialog closed by a stray Escape: the note is still there.
    const theirs = page.getByRole('article', { name: /^Reply by / });
    await theirs.getByRole('button', { name: /^Report this post by / }).click();
    const dialog = page.getByRole('dialog', { name: /^Report a post by / });
    await dialog.getByRole('radio').first().check();
    const note = 'They said this in another thread too and I am worried about them.';
    await dialog.getByLabel(/Anything the moderators should know/).fill(note);
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await theirs.getByRole('button', { name: /^Report this post by / }).click();
    await expect(dialog.getByLabel(/Anything the moderators should know/)).toHaveValue(note);
    await failNext(page, `**/api/v1/posts/*/reports`, 'POST', [noConnection]);
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expect(dialog.getByRole('alert').filter({ hasText: "We couldn't send your report" })).toBeVisible();
    await expect(dialog.getByLabel(/Anything the moderators should know/)).toHaveValue(note);
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expect(dialog.getByRole('status')).toContainText('Thank you for telling us.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    // Sent, so the next report starts afresh.
    await theirs.getByRole('button', { name: /^Report this post by / }).click();
    await expect(dialog.getByLabel(/Anything the moderators should know/)).toHaveValue('');
    await page.keyboard.press('Escape');

    // Changes begun and then the member signs out on a shared computer: nothing is left behind.
    await original.getByRole('button', { name: 'Edit' }).click();
    await editor.getByLabel('Your post').fill('Private words nobody else at this computer should see.');
    await signOut(page);
    expect(await storedForumKeys(page)).toEqual([]);
    await axe.check('signed out with changes unsaved');
  });

  test('changes kept past the hour for editing are shown to copy after a reload and when their save is refused, and Discard forgets them', async ({ page, context, request, axe }) => {
    const member = await registeredMember(request);
    const thread = await threadBy(request, member, 'I moved cities and know nobody yet.');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAs(page, member, `/t/${thread.id}`);
    const original = page.getByRole('article', { name: /^Original post by / });
    const editor = original.getByRole('form', { name: 'Edit your post' });
    const kept = original.getByRole('region', { name: 'Your changes that were not saved' });
    const changed = 'I moved cities and know nobody yet. I joined a walking group on Sunday.';

    // Changes begun, the tab left, and the hour for editing over by the time it is opened again.
    await original.getByRole('button', { name: 'Edit' }).click();
    await editor.getByLabel('Your post').fill(changed);
    await editWindowPassed(page, thread.id);
    await page.reload();
    await expect(kept).toContainText('You were changing this post when it could still be edited. Your words are below, to copy into a reply if you like.');
    await expect(kept.getByRole('textbox', { name: 'Your words' })).toHaveValue(changed);
    await expect(kept.getByRole('textbox', { name: 'Your words' })).not.toBeEditable();
    await expect(editor).toHaveCount(0);
    await expect(original.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await axe.check('changes kept past the hour for editing');
    await kept.getByRole('button', { name: 'Copy' }).click();
    await expect(kept.getByRole('status')).toHaveText('Copied. You can paste them into a reply.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(changed);
    // Copied, and still kept until the member says otherwise.
    await page.reload();
    await expect(kept.getByRole('textbox', { name: 'Your words' })).toHaveValue(changed);
    await kept.getByRole('button', { name: 'Discard' }).click();
    await expect(kept).toHaveCount(0);
    await expect(original).toBeFocused();
    expect(await storedForumKeys(page)).toEqual([]);
    await page.reload();
    await expect(original).toContainText('I moved cities and know nobody yet.');
    await expect(kept).toHaveCount(0);

    // The hour runs out while the member is still writing: the save is refused and the words stay.
    await page.unrouteAll();
    await page.reload();
    await original.getByRole('button', { name: 'Edit' }).click();
    const late = 'I moved cities and know nobody yet. The walking group asked me back.';
    await editor.getByLabel('Your post').fill(late);
    await failNext(page, `**/api/v1/posts/${thread.firstPost.id}`, 'PATCH', [editWindowClosed]);
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(kept).toContainText('The hour for editing this post ended before your changes could be saved.');
    await expect(kept).toBeFocused();
    await expect(kept.getByRole('textbox', { name: 'Your words' })).toHaveValue(late);
    await expect(editor).toHaveCount(0);
    await expect(original.getByRole('button', { name: 'Edit' })).toHaveCount(0);
    await axe.check('a save refused because the hour for editing ended');
    await kept.getByRole('button', { name: 'Discard' }).click();
    await expect(kept).toHaveCount(0);
    expect(await storedForumKeys(page)).toEqual([]);
  });

  test('in a chat room each message keeps its own report reason and note through a stray Escape or tap outside, until the report is sent', async ({ page, request, baseURL, axe }) => {
    const [writer, reader] = [await registeredMember(request), await registeredMember(request)];
    const stamp = Date.now();
    const [first, second] = [`Nobody would notice if I left ${stamp}`, `I gave my cat to my sister ${stamp}`];
    await sendAs(baseURL ?? '', writer, 'grief-circle', [first, second]);
    await openAs(page, reader, '/chat/grief-circle');
    const log = page.getByRole('log', { name: 'Messages in Grief circle' });
    const reportOn = (body: string) => log.getByTestId('chat-message').filter({ hasText: body }).getByRole('button', { name: /^Report the message from / });
    const dialog = page.getByRole('dialog', { name: `Report a message by ${writer.member.pseudonym}` });
    const note = dialog.getByLabel('Anything the moderators should know? (optional)');
    const worried = dialog.getByRole('radio', { name: /worried/i });

    await reportOn(first).click();
    await worried.check();
    await note.fill('They said something like this last week too.');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await reportOn(first).click();
    await expect(note).toHaveValue('They said something like this last week too.');
    await expect(worried).toBeChecked();
    // A tap outside the dialog, and then the other message: its report starts empty.
    await page.mouse.click(5, 5);
    await expect(dialog).toHaveCount(0);
    await reportOn(second).click();
    await expect(note).toHaveValue('');
    await expect(dialog.getByRole('radio', { checked: true })).toHaveCount(0);
    await note.fill('Giving things away worries me.');
    await axe.check('a report on a second message while the first is kept');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);

    // Each message's words are still its own.
    await reportOn(first).click();
    await expect(note).toHaveValue('They said something like this last week too.');
    await dialog.getByRole('button', { name: 'Send report' }).click();
    await expect(dialog.getByRole('status')).toContainText('Thank you for telling us.');
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(dialog).toHaveCount(0);
    await reportOn(second).click();
    await expect(note).toHaveValue('Giving things away worries me.');
    await page.keyboard.press('Escape');
    // Sent, so a report on the first message starts afresh.
    await reportOn(first).click();
    await expect(note).toHaveValue('');
    await expect(worried).not.toBeChecked();
  });

  test('a reply whose answer was lost on the way back goes once when Post is pressed again, after a reload too, and words changed meanwhile go as a reply of their own', async ({ page, request, axe }) => {
    const member = await registeredMember(request);
    const thread = await threadBy(request, member, 'Is it normal to feel numb after good news?');
    const replies = `**/api/v1/threads/${thread.id}/posts`;
    await openAs(page, member, `/t/${thread.id}`);
    const reply = page.getByRole('form', { name: 'Write a reply' });
    const box = reply.getByRole('textbox', { name: 'Your reply' });
    const post = reply.getByRole('button', { name: 'Post reply' });
    const notSent = reply.getByRole('alert').filter({ hasText: "We couldn't post your reply" });
    const shown = (words: string) => page.getByRole('article', { name: /^Reply by / }).filter({ hasText: words });
    const stored = async (words: string) => {
      const answer = await request.get(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(member) });
      return ((await answer.json()) as { items: Array<{ body?: string }> }).items.filter((item) => item.body === words).length;
    };

    const first = 'Yes. It took me a week to feel glad about mine.';
    await box.fill(first);
    await failNext(page, replies, 'POST', [answerLost]);
    await post.click();
    await expect(notSent).toBeVisible();
    await expect(box).toHaveValue(first);
    await post.click();
    await expect(box).toHaveValue('');
    await expect(shown(first)).toHaveCount(1);
    expect(await stored(first)).toBe(1);

    // Lost again, and the page reloaded before trying again: the kept draft goes with the same id.
    const second = 'Numb is a feeling too, my counsellor says.';
    await box.fill(second);
    await failNext(page, replies, 'POST', [answerLost]);
    await post.click();
    await expect(notSent).toBeVisible();
    await page.reload();
    await expect(box).toHaveValue(second);
    await post.click();
    await expect(box).toHaveValue('');
    await expect(shown(second)).toHaveCount(1);
    expect(await stored(second)).toBe(1);

    // Lost, then the words changed before trying again: the earlier try is shown, the new words are
    // kept and go as a reply of their own.
    const third = 'Be gentle with yourself.';
    await box.fill(third);
    await failNext(page, replies, 'POST', [answerLost]);
    await post.click();
    await expect(notSent).toBeVisible();
    await box.fill(`${third} It comes back.`);
    await post.click();
    await expect(notSent).toContainText('Your earlier try was posted after all');
    await expect(shown(third)).toHaveCount(1);
    await expect(box).toHaveValue(`${third} It comes back.`);
    await axe.check('an earlier try of the reply was posted after all');
    await post.click();
    await expect(box).toHaveValue('');
    await expect(shown('It comes back.')).toHaveCount(1);
    expect(await stored(third)).toBe(1);
    expect(await stored(`${third} It comes back.`)).toBe(1);
  });

  test('a thread whose answer was lost on the way back is started once when Post thread is pressed again', async ({ page, request, axe }) => {
    const member = await registeredMember(request);
    await openAs(page, member, '/new-thread?category=anxiety');
    const form = page.getByRole('form', { name: 'Start a thread' });
    const title = `Night shifts ${crypto.randomUUID().slice(0, 8)}`;
    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Your post').fill('I sleep in the day and miss everyone.');
    await failNext(page, '**/api/v1/threads', 'POST', [answerLost]);
    await form.getByRole('button', { name: 'Post thread' }).click();
    await expect(form.getByRole('alert').filter({ hasText: "Your thread isn't posted yet" })).toBeVisible();
    await axe.check('new thread whose answer was lost');
    await form.getByRole('button', { name: 'Post thread' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await axe.check('thread started once');
    const listed = await request.get('/api/v1/categories/anxiety/threads', { headers: bearer(member) });
    expect(((await listed.json()) as { items: Array<{ title: string }> }).items.filter((item) => item.title === title)).toHaveLength(1);
  });

  test('words being written in a chat room come back after a trip to the help page and a reload, and go once sent', async ({ page, request, axe }) => {
    const member = await registeredMember(request);
    await openAs(page, member, '/chat/lounge');
    const box = page.getByRole('textbox', { name: 'Your message' });
    await expect(box).toBeEnabled();
    const words = `I was about to say something hard ${crypto.randomUUID().slice(0, 8)}`;
    await box.fill(words);
    // "Get help now" is a page of its own: the room's page goes, and its words with it, unless kept.
    await page.getByRole('link', { name: 'Get help now' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Get help now' })).toBeVisible();
    await axe.check('the help page, reached from a chat room');
    await page.goBack();
    await expect(box).toHaveValue(words);
    await page.reload();
    await expect(box).toHaveValue(words);
    await axe.check('a chat room with words kept in its composer');
    await box.press('Enter');
    await expect(page.getByRole('log', { name: 'Messages in Lounge' })).toContainText(words);
    await expect(box).toHaveValue('');
    await page.reload();
    await expect(page.getByRole('log', { name: 'Messages in Lounge' })).toContainText(words);
    await expect(box).toHaveValue('');
  });
});
