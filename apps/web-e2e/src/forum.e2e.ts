import type { Page } from '@playwright/test';
import { expect, test } from './support/axe';
import { openAs, registeredMember } from './support/operators';

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
    await check('category');

    // New thread: an empty form names what is missing, under each field.
    await main.getByRole('link', { name: 'Start a thread' }).click();
    await expect(page).toHaveURL(/\/new-thread\?category=/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Start a thread');
    const form = page.getByRole('form', { name: 'Start a thread' });
    await expect(form.getByLabel('Category')).not.toHaveValue('');
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
});
