import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { focusedElement } from './support/focus';
import { openAs, registeredMember, resolveThroughReport, type Grant } from './support/operators';

const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });

/** A thread of the writer's in Anxiety, started through the api. */
async function threadBy(request: APIRequestContext, writer: Grant, body: string): Promise<{ id: string; firstPost: { id: string } }> {
  const created = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'anxiety', title: `Evenings ${crypto.randomUUID().slice(0, 8)}`, body } });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as { id: string; firstPost: { id: string } };
}

const SAVED_LABEL = "I've saved my recovery code somewhere safe";

/** A word no seeded thread contains, so search finds exactly our thread. */
function uniqueWord(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let word = 'marigold';
  for (let index = 0; index < 8; index += 1) word += letters[Math.floor(Math.random() * letters.length)];
  return word;
}

/** Joins in one click (as the identity test does) and lands on the home page, signed in. */
async function joinAnonymously(page: Page, check: (label: string) => Promise<void>): Promise<string> {
  await page.goto('/welcome');
  await check('welcome');
  await page.getByRole('button', { name: 'Join anonymously' }).click();
  const welcome = page.getByRole('heading', { level: 1, name: /^Welcome, / });
  await expect(welcome).toBeVisible();
  const pseudonym = ((await welcome.textContent()) ?? '').replace(/^Welcome, /, '');
  await page.getByRole('checkbox', { name: SAVED_LABEL }).check();
  await page.getByRole('button', { name: 'Continue to Lantern' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Lantern');
  return pseudonym;
}

test.describe('forum', () => {
  test('a member starts a thread, replies, reacts, and finds the thread by search', async ({ page, axe }) => {
    // Joining hashes with argon2 and every page gets an axe run, on a shared two-core machine.
    test.setTimeout(120_000);
    const check = (label: string) => axe.check(label);
    const word = uniqueWord();
    const title = `Small wins this week ${word}`;

    const pseudonym = await joinAnonymously(page, check);

    // Home: categories and recent threads.
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'Categories' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Recent threads' })).toBeVisible();
    await check('home, signed in, forum');

    // Category page.
    await main.getByRole('list', { name: 'Categories' }).getByRole('link', { name: 'Recovery & small wins' }).click();
    await expect(page).toHaveURL(/\/c\/[a-z0-9-]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Recovery & small wins');
    // An in-app move: focus at the top of the new page, and the tab named after the category.
    await expect(main).toBeFocused();
    await expect(page).toHaveTitle('Recovery & small wins · Lantern');
    await check('category');

    // New thread: an empty form names what is missing, under each field.
    await main.getByRole('link', { name: 'Start a thread' }).click();
    await expect(page).toHaveURL(/\/new-thread\?category=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a thread');
    const form = page.getByRole('form', { name: 'Start a thread' });
    await expect(form.getByLabel('Category')).not.toHaveValue('');
    // What must be filled in is said to screen readers, not only shown with an asterisk.
    for (const field of ['Category', 'Title', 'Your post']) await expect(form.getByLabel(field)).toHaveJSProperty('required', true);
    await form.getByRole('button', { name: 'Post thread' }).click();
    await expect(form.getByLabel('Title')).toBeFocused();
    await expect(form.getByLabel('Title')).toHaveAttribute('aria-invalid', 'true');
    await check('new thread, empty fields');

    await form.getByLabel('Title').fill(title);
    await form.getByLabel('Your post').fill(`I went for a short walk every day this week. It felt like a ${word} kind of week.`);
    await form.getByRole('button', { name: 'Post thread' }).click();

    // Thread page.
    await expect(page).toHaveURL(/\/t\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const original = page.getByRole('article', { name: `Original post by ${pseudonym}` });
    await expect(original).toContainText('I went for a short walk every day this week.');
    await expect(page.getByRole('button', { name: 'Following this thread' })).toHaveAttribute('aria-pressed', 'true');
    await check('thread');

    // The reply draft survives a reload, then is posted and cleared.
    const reply = page.getByRole('form', { name: 'Write a reply' });
    await reply.getByLabel('Your reply').fill('Thank you all for reading. Walking helps more than I expected.');
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('lantern.forum.replyDraft.')));
    await page.reload();
    await expect(reply.getByLabel('Your reply')).toHaveValue('Thank you all for reading. Walking helps more than I expected.');
    await check('thread, draft restored');

    await reply.getByRole('button', { name: 'Post reply' }).click();
    const posted = page.getByRole('article', { name: `Reply by ${pseudonym}` });
    await expect(posted).toContainText('Walking helps more than I expected.');
    await expect(posted).toBeFocused();
    await expect(reply.getByLabel('Your reply')).toHaveValue('');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lantern.forum.replyDraft.')))).toEqual([]);

    // React with a hug, and take it back.
    const hug = original.getByRole('button', { name: /^Hug, / });
    await expect(hug).toHaveAttribute('aria-pressed', 'false');
    await hug.click();
    await expect(original.getByRole('button', { name: 'Hug, 1' })).toHaveAttribute('aria-pressed', 'true');
    await check('thread, after replying and reacting');
    // From the keyboard, focus stays on the button while the answer comes (it is not disabled meanwhile).
    await original.getByRole('button', { name: 'Hug, 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(original.getByRole('button', { name: 'Hug, 0' })).toHaveAttribute('aria-pressed', 'false');
    await expect(original.getByRole('button', { name: 'Hug, 0' })).toBeFocused();

    // Search finds the thread by a word in its body.
    await page.goto('/search');
    await check('search, empty');
    const search = page.getByRole('search', { name: 'Search the forum' });
    await search.getByLabel('Words to look for').fill(word);
    await search.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('list', { name: `Search results for ${word}` });
    // The thread's title matches through its first post; the body word may match that post too.
    const found = results.getByRole('link', { name: title }).first();
    await expect(found).toBeVisible();
    await check('search, results');
    // The browser's history keeps URLs and titles: neither holds what the member searched for.
    await expect(page).toHaveURL(/\/search$/);
    await expect(page).toHaveTitle('Search · Lantern');
    // The search is kept in the history entry, so a reload shows it again.
    await page.reload();
    await expect(page.getByRole('list', { name: `Search results for ${word}` }).getByRole('link', { name: title }).first()).toBeVisible();

    await found.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle('Thread · Lantern');
    await expect(page.getByRole('article', { name: `Reply by ${pseudonym}` })).toBeVisible();
  });

  test('a thread in a category behind a content warning carries the warning in the mixed Recent threads list', async ({ page, request, axe }) => {
    const author = await registeredMember(request);
    const word = uniqueWord();
    const title = `What helped me through the urge today ${word}`;
    const plain = `A good walk this morning ${word}`;
    for (const [categorySlug, threadTitle] of [['self-harm-support', title], ['recovery-and-small-wins', plain]]) {
      const created = await request.post('/api/v1/threads', {
        headers: { authorization: `Bearer ${author.accessToken}` },
        data: { categorySlug, title: threadTitle, body: 'I held on, and it passed. Small steps.' },
      });
      expect(created.status(), await created.text()).toBe(201);
    }
    const reader = await openAs(page, await registeredMember(request), '/');
    const item = reader.getByRole('list', { name: 'Recent threads' }).getByRole('listitem').filter({ hasText: title });
    await expect(item).toContainText('in Self-harm support');
    await expect(item).toContainText('Content warning');
    // A thread elsewhere, with no warning of its own, carries none.
    const other = reader.getByRole('list', { name: 'Recent threads' }).getByRole('listitem').filter({ hasText: plain });
    await expect(other).toContainText('in Recovery & small wins');
    await expect(other).not.toContainText('Content warning');
    await axe.check('home, a warned thread in Recent threads');
  });

  test('a search hit from a category behind a content warning keeps its words folded, and others show theirs', async ({ page, request, axe }) => {
    const author = await registeredMember(request);
    const word = uniqueWord();
    const warnedTitle = `Holding on tonight ${word}`;
    const plainTitle = `A walk at dawn ${word}`;
    for (const [categorySlug, title, body] of [
      ['self-harm-support', warnedTitle, `The urge came back after midnight and I held on ${word}`],
      ['recovery-and-small-wins', plainTitle, `A good walk this morning by the river ${word}`],
    ]) {
      const created = await request.post('/api/v1/threads', { headers: bearer(author), data: { categorySlug, title, body } });
      expect(created.status(), await created.text()).toBe(201);
    }
    const reader = await openAs(page, await registeredMember(request), '/search');
    const search = reader.getByRole('search', { name: 'Search the forum' });
    await search.getByLabel('Words to look for').fill(word);
    await search.getByRole('button', { name: 'Search' }).click();
    const results = reader.getByRole('list', { name: `Search results for ${word}` });
    const warned = results.getByRole('listitem').filter({ hasText: warnedTitle });
    await expect(warned).toContainText('Content warning: This category talks about topics some people may find hard to read.');
    await expect(warned).not.toContainText('The urge came back');
    await expect(results.getByRole('listitem').filter({ hasText: plainTitle })).toContainText('A good walk this morning by the river');
    await axe.check('search, a hit behind a content warning');
  });

  test('a followed thread read to its end no longer says it has new replies when the member goes back to the list', async ({ page, request, axe }) => {
    const author = await registeredMember(request);
    const title = `Lying awake again ${uniqueWord()}`;
    const created = await request.post('/api/v1/threads', { headers: bearer(author), data: { categorySlug: 'anxiety', title, body: 'Does anyone else lie awake going over the day?' } });
    expect(created.status(), await created.text()).toBe(201);
    const thread = (await created.json()) as { id: string };
    const replier = await registeredMember(request);
    const replied = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(replier), data: { body: 'Most nights, yes. You are not alone in it.' } });
    expect(replied.status(), await replied.text()).toBe(201);

    const reader = await openAs(page, author, '/');
    const item = reader.getByRole('list', { name: 'Recent threads' }).getByRole('listitem').filter({ hasText: title });
    await expect(item).toContainText('1 new reply');
    await axe.check('home, a followed thread with a new reply');
    await item.getByRole('link', { name: title }).click();
    await expect(reader.getByRole('article', { name: `Reply by ${replier.member.pseudonym}` })).toBeVisible();
    // Straight back, as a member who has read the answer does: the list no longer calls it new.
    await reader.goBack();
    await expect(item).toContainText(title);
    await expect(item).not.toContainText('new repl');
    await reader.goForward();
    await expect(reader.getByRole('article', { name: `Reply by ${replier.member.pseudonym}` })).toBeVisible();
    await axe.check('thread, its new reply read');
  });

  test('a quoted reply deleted while the member writes: the quote is taken out with a sentence, the words stay, and the reply posts', async ({ page, request, axe }) => {
    const author = await registeredMember(request);
    const headers = { authorization: `Bearer ${author.accessToken}` };
    const word = uniqueWord();
    const thread = (await (await request.post('/api/v1/threads', { headers, data: { categorySlug: 'anxiety', title: `Quoting a reply that goes ${word}`, body: 'How was your day?' } })).json()) as { id: string };
    const quoted = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers, data: { body: `Mine was long, and I said too much ${word}.` } });
    expect(quoted.status()).toBe(201);
    const quotedId = ((await quoted.json()) as { id: string }).id;

    const reader = await openAs(page, await registeredMember(request), `/t/${thread.id}`);
    await reader.getByRole('button', { name: `Quote in reply: ${author.member.pseudonym}` }).last().click();
    const reply = reader.getByRole('form', { name: 'Write a reply' });
    await expect(reply).toContainText(`Quoting ${author.member.pseudonym}`);
    await reply.getByRole('textbox', { name: 'Your reply' }).fill('I know that feeling. Be gentle with yourself tonight.');
    // Its author deletes it before the reply is sent.
    expect((await request.delete(`/api/v1/posts/${quotedId}`, { headers })).status()).toBe(204);
    await reply.getByRole('button', { name: 'Post reply' }).click();

    await expect(reply.getByRole('alert')).toContainText('so we took the quote out');
    await expect(reply).not.toContainText(`Quoting ${author.member.pseudonym}`);
    await expect(reply.getByRole('textbox', { name: 'Your reply' })).toHaveValue('I know that feeling. Be gentle with yourself tonight.');
    await axe.check('thread, quote taken out');
    await reply.getByRole('button', { name: 'Post reply' }).click();
    const posted = reader.getByRole('article', { name: /^Reply by / }).filter({ hasText: 'Be gentle with yourself tonight.' });
    await expect(posted).toBeVisible();
    await expect(posted.locator('blockquote')).toHaveCount(0);
    await expect(reply.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');
  });

  test('the thread page works at 320px without sideways scrolling', async ({ page, axe }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await joinAnonymously(page, (label) => axe.check(`${label} at 320px`));
    await axe.check('home at 320px');

    await page.goto('/new-thread');
    await axe.check('new thread at 320px');
    const form = page.getByRole('form', { name: 'Start a thread' });
    await form.getByLabel('Category').selectOption({ label: 'Introductions' });
    await form.getByLabel('Title').fill('Hello from a small screen, with a verylongwordthatmustwrapratherthanoverflowthepage');
    await form.getByLabel('Your post').fill('Just saying hello. Averyveryverylongwordwithoutanyspacesatallthatmustwrapnicely.');
    await form.getByRole('checkbox', { name: 'Add a content warning' }).check();
    await form.getByRole('textbox', { name: /^Content warning/ }).fill('mentions a hard week');
    await form.getByRole('button', { name: 'Post thread' }).click();

    await expect(page).toHaveURL(/\/t\/[0-9a-f-]{36}$/);
    // The content warning keeps the posts closed until the reader opens them.
    await expect(page.getByText('mentions a hard week')).toBeVisible();
    await expect(page.getByRole('article')).toHaveCount(0);
    await axe.check('thread with content warning at 320px');
    await page.getByRole('button', { name: 'Show the posts' }).click();
    await expect(page.getByRole('article').first()).toContainText('Just saying hello.');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the thread page is wider than the 320px viewport').toBeLessThanOrEqual(0);
    await axe.check('thread opened at 320px');
  });
  test('a writer’s editor opened before a moderator’s edit cannot undo it: the save is refused, the words stay, and the post as it is now is shown', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const writer = await registeredMember(request);
    const written = 'Anyone near me fancy a walk on Sunday? Call me on 555 0100 or knock at 12 Elm Street.';
    const thread = await threadBy(request, writer, written);
    await openAs(page, writer, `/t/${thread.id}`);
    const post = page.getByRole('article', { name: `Original post by ${writer.member.pseudonym}` });
    await expect(post).toContainText('12 Elm Street');

    // While the writer's page is open, a moderator takes the personal details out.
    const moderated = 'Anyone near me fancy a walk on Sunday? [personal details removed]';
    await resolveThroughReport(request, thread.firstPost.id, { action: 'edit', body: moderated, note: 'Personal details removed to keep you safe.' });

    // The writer's page still has the old copy, and edits from it.
    await post.getByRole('button', { name: 'Edit' }).click();
    const editor = post.getByRole('form', { name: 'Edit your post' });
    const box = editor.getByRole('textbox', { name: 'Your post' });
    await expect(box).toHaveValue(written);
    await box.fill(`${written} Bring a flask.`);
    await editor.getByRole('button', { name: 'Save changes' }).click();

    const notice = editor.getByRole('alert').filter({ hasText: 'A moderator changed this post while you were editing' });
    await expect(notice).toBeVisible();
    await expect(notice).toBeFocused();
    await expect(notice).toContainText('your changes were not saved');
    await expect(editor.getByRole('group', { name: 'The post as it is now' })).toContainText(moderated);
    await expect(box).toHaveValue(`${written} Bring a flask.`);
    await expect(post).toContainText('Note from a moderator: Personal details removed to keep you safe.');
    await axe.check('thread, an edit refused after a moderator’s edit');

    // Nothing the writer saved from the old copy was published.
    const published = (await (await request.get(`/api/v1/posts/${thread.firstPost.id}`, { headers: bearer(writer) })).json()) as { body: string; version: number };
    expect(published).toMatchObject({ body: moderated, version: 2 });
    await editor.getByRole('button', { name: 'Cancel' }).click();
    await expect(post).toContainText(moderated);
    await expect(post).not.toContainText('12 Elm Street');
  });

  test('words typed while a reply is being sent stay in the box once it lands, and a reply written meanwhile by someone else appears with it', async ({ page, request, axe }) => {
    const writer = await registeredMember(request);
    const thread = await threadBy(request, writer, 'How are the evenings for everyone?');
    await openAs(page, await registeredMember(request), `/t/${thread.id}`);
    // The reply takes two seconds to land, as on a slow connection.
    await page.route(`**/api/v1/threads/${thread.id}/posts`, async (route) => {
      if (route.request().method() === 'POST') await new Promise((resolve) => setTimeout(resolve, 2_000));
      await route.fallback();
    });
    const reply = page.getByRole('form', { name: 'Write a reply' });
    const box = reply.getByRole('textbox', { name: 'Your reply' });
    await box.fill('Evenings are the hardest for me.');
    await reply.getByRole('button', { name: 'Post reply' }).click();
    await expect(reply.getByRole('button', { name: 'Posting…' })).toBeVisible();
    // Meanwhile the thread's writer answers someone else, from another device.
    const meanwhile = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(writer), data: { body: 'Mine too; the light goes so early now.' } });
    expect(meanwhile.status()).toBe(201);
    await box.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type(' Walking after dinner helps a little.');

    const posted = page.getByRole('article', { name: /^Reply by / }).filter({ hasText: 'Evenings are the hardest for me.' });
    await expect(posted).toBeVisible();
    // The reply that came while this page was open is shown too, without a reload.
    await expect(page.getByRole('article', { name: /^Reply by / }).filter({ hasText: 'Mine too; the light goes so early now.' })).toBeVisible();
    await expect(posted).not.toContainText('Walking after dinner');
    await expect(box).toHaveValue('Walking after dinner helps a little.');
    // Still writing: the cursor stays in the box.
    await expect(box).toBeFocused();
    await axe.check('thread, words typed while a reply was sent');
    await page.reload();
    await expect(box).toHaveValue('Walking after dinner helps a little.');
  });

  test('a thread being written is kept through Back and a reload, and forgotten at sign-out', async ({ page, request, axe }) => {
    const member = await registeredMember(request);
    await openAs(page, member, '/new-thread?category=anxiety');
    const form = page.getByRole('form', { name: 'Start a thread' });
    await form.getByLabel('Title').fill('Mornings before work');
    await form.getByLabel('Your post').fill('Every morning my chest gets tight before the bus.');
    await form.getByRole('checkbox', { name: 'Post under an alias for this thread' }).check();

    await page.getByRole('banner').getByRole('link', { name: 'Get help now' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
    await axe.check('help, while a thread is being written');
    await page.goBack();
    await expect(form.getByLabel('Your post')).toHaveValue('Every morning my chest gets tight before the bus.');
    await expect(form.getByLabel('Title')).toHaveValue('Mornings before work');
    await expect(form.getByRole('checkbox', { name: 'Post under an alias for this thread' })).toBeChecked();

    await page.reload();
    await expect(form.getByLabel('Your post')).toHaveValue('Every morning my chest gets tight before the bus.');
    await expect(form.getByLabel('Your post')).toHaveAccessibleDescription(/We kept the thread you started on this device/);
    await expect(form.getByLabel('Category')).toHaveValue('anxiety');
    await axe.check('new thread, draft restored');

    // Signing out forgets it, as it does reply drafts: the next person at this computer finds nothing.
    await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
    // A one-click account is reminded that only its recovery code brings it back.
    await page.getByRole('dialog', { name: 'Sign out without a passphrase?' }).getByRole('button', { name: 'Sign out anyway' }).click();
    await expect(page.getByTestId('signed-in-pseudonym')).toHaveCount(0);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lantern.forum.')))).toEqual([]);
    await axe.check('signed out after writing a thread');
  });

  test('a paste longer than a post holds is kept whole, said to be too long, and not sent until it fits', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const writer = await registeredMember(request);
    const thread = await threadBy(request, writer, 'A short first post.');
    await openAs(page, writer, `/t/${thread.id}`);
    const long = `${'word '.repeat(5_040)}THE END`;
    expect(long.length).toBe(25_207);

    const reply = page.getByRole('form', { name: 'Write a reply' });
    const box = reply.getByRole('textbox', { name: 'Your reply' });
    await box.focus();
    await page.keyboard.insertText(long);
    await expect(box).toHaveValue(long);
    await expect(reply).toContainText('That is 25,207 characters; a reply holds up to 20,000, so this is 5,207 characters over.');
    await expect(reply.getByRole('button', { name: 'Post reply' })).toBeDisabled();
    await axe.check('thread, a reply too long');
    await box.fill(long.slice(0, 20_000));
    await expect(reply.getByRole('button', { name: 'Post reply' })).toBeEnabled();
    await expect(reply).not.toContainText('That is');

    // Editing a post, the same.
    const post = page.getByRole('article', { name: `Original post by ${writer.member.pseudonym}` });
    await post.getByRole('button', { name: 'Edit' }).click();
    const editor = post.getByRole('textbox', { name: 'Your post' });
    await editor.focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(` ${long}`);
    await expect(editor).toHaveValue(`A short first post. ${long}`);
    await expect(post).toContainText('That is 25,227 characters; a post holds up to 20,000, so this is 5,227 characters over.');
    await expect(post.getByRole('button', { name: 'Save changes' })).toBeDisabled();

    // And starting a thread: the post, and the title and content warning too.
    await page.goto('/new-thread?category=anxiety');
    const form = page.getByRole('form', { name: 'Start a thread' });
    const postThread = form.getByRole('button', { name: 'Post thread' });
    await form.getByLabel('Your post').focus();
    await page.keyboard.insertText(long);
    await expect(form.getByLabel('Your post')).toHaveValue(long);
    await expect(form).toContainText('That is 25,207 characters; a post holds up to 20,000, so this is 5,207 characters over.');
    await expect(postThread).toBeDisabled();
    await axe.check('new thread, a post too long');
    await form.getByLabel('Your post').fill('A post that fits.');

    const longTitle = `${'A very long evening '.repeat(8)}again`;
    const longWarning = `${'grief and loss '.repeat(9)}and more`;
    expect([longTitle.length, longWarning.length]).toEqual([165, 143]);
    const title = form.getByRole('textbox', { name: 'Title' });
    await title.focus();
    await page.keyboard.insertText(longTitle);
    await expect(title).toHaveValue(longTitle);
    await expect(title).toHaveAccessibleDescription(/That is 165 characters; a title holds up to 140 characters, so this is 25 characters over\./);
    await form.getByRole('checkbox', { name: 'Add a content warning' }).check();
    const warning = form.getByRole('textbox', { name: 'Content warning' });
    await warning.focus();
    await page.keyboard.insertText(longWarning);
    await expect(warning).toHaveValue(longWarning);
    await expect(warning).toHaveAccessibleDescription(/That is 143 characters; a content warning holds up to 120 characters, so this is 23 characters over\./);
    await expect(postThread).toBeDisabled();
    await axe.check('new thread, a title and a content warning too long');
    await title.fill(longTitle.slice(0, 140));
    await expect(title).not.toHaveAttribute('aria-invalid', 'true');
    await expect(postThread).toBeDisabled();
    await warning.fill(longWarning.slice(0, 120));
    await expect(postThread).toBeEnabled();
    await expect(form).not.toContainText('That is');
  });

  test('keyboard focus stays on the post after saving an edit, cancelling one, or deleting a post', async ({ page, request, axe }) => {
    const writer = await registeredMember(request);
    const thread = await threadBy(request, writer, 'First words.');
    const second = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(writer), data: { body: 'A reply I will take back.' } });
    expect(second.status()).toBe(201);
    await openAs(page, writer, `/t/${thread.id}`);
    const post = page.getByRole('article', { name: `Original post by ${writer.member.pseudonym}` });
    const focusedTag = () => page.evaluate(() => document.activeElement?.tagName);

    // Save.
    await post.getByRole('button', { name: 'Edit' }).focus();
    await page.keyboard.press('Enter');
    await expect(post.getByRole('textbox', { name: 'Your post' })).toBeFocused();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(' Second words.');
    await post.getByRole('button', { name: 'Save changes' }).focus();
    await page.keyboard.press('Enter');
    await expect(post).toContainText('First words. Second words.');
    await expect(post.getByRole('button', { name: 'Edit' })).toBeFocused();

    // Cancel.
    await page.keyboard.press('Enter');
    await expect(post.getByRole('textbox', { name: 'Your post' })).toBeFocused();
    await post.getByRole('button', { name: 'Cancel' }).focus();
    await page.keyboard.press('Enter');
    await expect(post.getByRole('button', { name: 'Edit' })).toBeFocused();

    // Delete.
    const reply = page.getByRole('article', { name: `Reply by ${writer.member.pseudonym}` });
    await reply.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete this post?' });
    // Its words readable at a glance, the red button's too (white on it at 4.5:1 or more).
    await axe.check('the dialog asking before a delete');
    await dialog.getByRole('button', { name: 'Delete post' }).focus();
    await page.keyboard.press('Enter');
    await expect(reply).toContainText('You deleted this post.');
    await expect(dialog).toHaveCount(0);
    await expect(reply).toBeFocused();
    expect(await focusedTag()).not.toBe('BODY');
    await axe.check('thread, after deleting a reply');
  });

  test('loading the last replies of a long thread by keyboard: the button goes, and focus is on the end of the thread, not the top of the page', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    // One more post than a page holds (20): the opening post and twenty replies, from three writers
    // (each inside the ten posts a minute one member may write).
    const writers = [await registeredMember(request), await registeredMember(request), await registeredMember(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const thread = await threadBy(request, writers[0], `A long evening (${tag}).`);
    for (let n = 1; n <= 20; n += 1) {
      const replied = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(writers[n % 3]), data: { body: `Reply ${n} of twenty (${tag}).` } });
      expect(replied.status(), await replied.text()).toBe(201);
    }
    await openAs(page, await registeredMember(request), `/t/${thread.id}`);
    const posts = page.getByRole('article');
    await expect(posts).toHaveCount(20);
    await axe.check('long thread, first page');
    const more = page.getByRole('button', { name: 'Load more replies' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(posts).toHaveCount(21);
    await expect(posts.last()).toContainText(`Reply 20 of twenty (${tag}).`);
    await expect(more).toHaveCount(0);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(page.getByText("That's everything: there is no more to load.")).toBeFocused();
    await axe.check('long thread, every reply loaded');
  });

  test('a reply posted and then deleted: the reply box no longer says it is posted, and the thread counts it no more', async ({ page, request, axe }) => {
    const writer = await registeredMember(request);
    const thread = await threadBy(request, writer, 'Mornings are slow for me lately.');
    await openAs(page, writer, `/t/${thread.id}`);
    const started = page.getByText(/^Started by /);
    await expect(started).toContainText('0 replies');

    const box = page.getByRole('form', { name: 'Write a reply' });
    await box.getByLabel('Your reply').fill('A second thought I may take back.');
    await box.getByRole('button', { name: 'Post reply' }).click();
    const reply = page.getByRole('article', { name: `Reply by ${writer.member.pseudonym}` });
    await expect(reply).toContainText('A second thought I may take back.');
    await expect(box.getByRole('status')).toHaveText('Your reply is posted.');
    await expect(started).toContainText('1 reply');

    await reply.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete this post?' }).getByRole('button', { name: 'Delete post' }).click();
    await expect(reply).toContainText('You deleted this post.');
    await expect(box.getByRole('status')).toHaveText('');
    await expect(started).toContainText('0 replies');
    await axe.check('thread, the reply just posted deleted');
    // Read afresh too: the thread itself counts it no more.
    await page.reload();
    await expect(reply).toContainText('You deleted this post.');
    await expect(started).toContainText('0 replies');
  });

  test('a paused member may delete but not edit or post, is told why where they would, and reads the same length of time in the banner as in the refusal', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const writer = await registeredMember(request);
    const thread = await threadBy(request, writer, 'A quiet evening post.');
    expect((await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(writer), data: { body: 'A reply I may take back.' } })).status()).toBe(201);
    await openAs(page, writer, `/t/${thread.id}`);
    const original = page.getByRole('article', { name: `Original post by ${writer.member.pseudonym}` });
    await expect(original.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
    await resolveThroughReport(request, thread.firstPost.id, { action: 'suspend', durationMinutes: 90 });

    // The api says "in 2 hours" for 90 minutes (nearest hour from 90 minutes up): so does the banner.
    const banner = page.getByRole('region', { name: 'Your posting is paused' });
    await expect(banner).toContainText('(in 2 hours)');
    await expect(banner).toContainText('delete your own posts');

    // At once, what the api would refuse is no longer offered, and each place says why.
    await expect(original.getByRole('button', { name: 'Edit', exact: true })).toHaveCount(0);
    await expect(original).toContainText('Editing is paused with your posting. You can still delete this post.');
    const reply = page.getByRole('form', { name: 'Write a reply' });
    const box = reply.getByRole('textbox', { name: 'Your reply' });
    await expect(box).toHaveAccessibleDescription(/Your posting is paused for now/);
    await box.fill('Thinking of you all.');
    await expect(reply.getByRole('button', { name: 'Post reply' })).toBeDisabled();
    await expect(box).toHaveValue('Thinking of you all.');

    // The api refuses the reply, in the banner's length of time.
    const refused = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(writer), data: { body: 'Thinking of you all.' } });
    expect(refused.status()).toBe(403);
    const refusal = ((await refused.json()) as { error: { code: string; message: string } }).error;
    expect(refusal.code).toBe('SANCTIONED');
    const inBanner = /\((in [^)]+)\)/.exec((await banner.textContent()) ?? '')?.[1];
    const inRefusal = /post again (in [^.]+)\./.exec(refusal.message)?.[1];
    expect(inBanner).toBeTruthy();
    expect(inBanner).toBe(inRefusal);
    // An edit is refused too (which is why Edit went), a reaction is not.
    const edit = await request.patch(`/api/v1/posts/${thread.firstPost.id}`, { headers: bearer(writer), data: { body: 'A quiet evening post, edited.' } });
    expect([edit.status(), ((await edit.json()) as { error: { code: string } }).error.code]).toEqual([403, 'SANCTIONED']);
    await original.getByRole('button', { name: /^Hug, / }).click();
    await expect(original.getByRole('button', { name: 'Hug, 1' })).toHaveAttribute('aria-pressed', 'true');

    // Deleting their own words is still theirs, and offered.
    const taken = page.getByRole('article', { name: `Reply by ${writer.member.pseudonym}` });
    await taken.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete this post?' }).getByRole('button', { name: 'Delete post' }).click();
    await expect(taken).toContainText('You deleted this post.');
    await axe.check('thread while posting is paused');

    // Starting a thread: the form keeps what is written, and Post thread waits, saying why.
    await page.goto('/new-thread?category=anxiety');
    const form = page.getByRole('form', { name: 'Start a thread' });
    await expect(form).toContainText('Your posting is paused for now');
    await expect(form.getByRole('button', { name: 'Post thread' })).toBeDisabled();
    await expect(form.getByRole('button', { name: 'Post thread' })).toHaveAccessibleDescription(/Your posting is paused for now/);
    await axe.check('new thread while posting is paused');
  });

  test('the writer of a thread whose opening post a moderator hid still finds it, told it is hidden, not that it does not exist', async ({ browser, page, request, axe }, testInfo) => {
    const writer = await registeredMember(request);
    const thread = await threadBy(request, writer, 'Just a post someone reported.');
    await resolveThroughReport(request, thread.firstPost.id, { action: 'hide' });
    await openAs(page, writer, `/t/${thread.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Evenings');
    await expect(page.getByText("We couldn't find that thread")).toHaveCount(0);
    await expect(page.getByRole('article').first()).toContainText('hidden');
    await axe.check('the writer of a hidden thread');
    // Anyone else still finds nothing there.
    const other = await openAs(browser, await registeredMember(request), `/t/${thread.id}`);
    await expect(other.getByText("We couldn't find that thread")).toBeVisible();
    await expectNoAxeViolations(other, testInfo, 'a hidden thread to someone else');
    await other.context().close();
  });

  test('a thread in Hebrew reads right to left, title and post, and a reply typed in Arabic is written right to left', async ({ page, request, axe }) => {
    const writer = await registeredMember(request);
    const created = await request.post('/api/v1/threads', {
      headers: bearer(writer),
      data: { categorySlug: 'anxiety', title: `ערב קשה ${crypto.randomUUID().slice(0, 4)}`, body: 'הערב קשה לי. מישהו ער?' },
    });
    expect(created.status()).toBe(201);
    const thread = (await created.json()) as { id: string };
    await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(await registeredMember(request)), data: { body: 'I am here, in English.' } });
    await openAs(page, await registeredMember(request), `/t/${thread.id}`);
    // :dir() reads the direction the browser resolved for dir="auto".
    const direction = (element: Element) => (element.matches(':dir(rtl)') ? 'rtl' : 'ltr');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ערב קשה');
    expect(await page.getByRole('heading', { level: 1 }).evaluate(direction)).toBe('rtl');
    const articles = page.getByRole('article');
    await expect(articles).toHaveCount(2);
    expect(await articles.nth(0).getByText('הערב קשה לי').evaluate((element) => (element.closest('[dir]') as Element).matches(':dir(rtl)'))).toBe(true);
    expect(await articles.nth(1).getByText('I am here, in English.').evaluate((element) => (element.closest('[dir]') as Element).matches(':dir(rtl)'))).toBe(false);
    const reply = page.getByRole('textbox', { name: 'Your reply' });
    await reply.fill('أنا هنا أيضا');
    expect(await reply.evaluate(direction)).toBe('rtl');
    await axe.check('a thread in Hebrew');
  });
});

