import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { focusedElement } from './support/focus';
import { openAs, operatorGrant, registeredMember as member, type Grant } from './support/operators';

const bearer = (grant: Grant) => ({ Authorization: `Bearer ${grant.accessToken}` });
type Listed = { id: string; kind: string; status: string; contentId: string };

/** The open and claimed items, as the api lists them to an admin. */
async function openItems(request: APIRequestContext): Promise<Listed[]> {
  const admin = await operatorGrant(request, 'admin');
  return ((await (await request.get('/api/v1/moderation/queue', { headers: bearer(admin) })).json()) as { items: Listed[] }).items;
}

/** Every open item dismissed, those the moderator claimed elsewhere by the moderator (the api refuses anyone else). */
async function clearWholeQueue(request: APIRequestContext): Promise<void> {
  // Words an earlier test posted may still be on their way to the queue (the worker reads each in
  // turn): cleared once the moderation jobs are all done, none arrives after to crowd this test's.
  const admin = await operatorGrant(request, 'admin');
  await expect
    .poll(
      async () => {
        const { items } = (await (await request.get('/api/v1/admin/queues', { headers: bearer(admin) })).json()) as { items: Array<{ name: string; counts: Record<string, number> }> };
        return items.filter((queue) => queue.name.includes('moderation')).map(({ counts }) => counts.waiting + counts.active + counts.delayed);
      },
      { timeout: 30_000 },
    )
    .toEqual([0]);
  for (const role of ['admin', 'moderator'] as const) {
    const who = await operatorGrant(request, role);
    const queue = (await (await request.get('/api/v1/moderation/queue', { headers: bearer(who) })).json()) as { items: Array<{ id: string }> };
    for (const item of queue.items) await request.post(`/api/v1/moderation/flags/${item.id}/resolve`, { headers: bearer(who), data: { action: 'dismiss', note: 'Cleared before a browser test.' } });
  }
}

/**
 * A post another member reported (a calm one by a new member unless said otherwise): one "Report
 * in a post" item, whose id is returned once the queue lists it.
 */
async function reportedPost(request: APIRequestContext, from?: { writer: Grant; body: string }): Promise<string> {
  const [writer, reporter] = [from?.writer ?? (await member(request)), await member(request)];
  const created = await request.post('/api/v1/threads', {
    headers: bearer(writer),
    data: {
      categorySlug: 'anxiety',
      title: `Evenings ${crypto.randomUUID().slice(0, 8)}`,
      body: from?.body ?? 'Does anyone else find the evenings long? A walk helps me a little.',
    },
  });
  expect(created.status()).toBe(201);
  const postId = ((await created.json()) as { firstPost: { id: string } }).firstPost.id;
  expect((await request.post(`/api/v1/posts/${postId}/reports`, { headers: bearer(reporter), data: { reason: 'harassment' } })).status()).toBe(201);
  return itemAbout(request, postId);
}

/** The open item about this content, once the queue lists it. */
async function itemAbout(request: APIRequestContext, contentId: string): Promise<string> {
  let itemId = '';
  await expect
    .poll(async () => {
      itemId = (await openItems(request)).find((item) => item.contentId === contentId)?.id ?? '';
      return itemId;
    })
    .toBeTruthy();
  return itemId;
}

const CRISIS_WORDS = 'I want to end my life tonight. I have the pills ready.';

async function crisisPost(request: APIRequestContext): Promise<void> {
  const writer = await member(request);
  const posted = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'depression', title: `Tonight ${Date.now()}`, body: CRISIS_WORDS } });
  expect(posted.status()).toBe(201);
}

/** Words the word lists do not read as crisis but the learned second opinion does (moderation-pipeline.spec.ts checks both). */
const SECOND_OPINION_WORDS = 'im done trying guys this is it for me';

const queueRows = (page: Page) => page.getByRole('list', { name: 'Review items, most urgent first' }).getByRole('listitem');
const selectedRow = (page: Page) => page.getByRole('list', { name: 'Review items, most urgent first' }).locator('li[aria-current="true"]');


test.describe('moderator console', () => {
  test('an item where someone else hurts the member says so, and offers "Their safety" first', async ({ page, request, axe }) => {
    const writer = await member(request);
    const posted = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'depression', title: `Home ${Date.now()}`, body: 'He told me if I leave he will kill me.' } });
    expect(posted.status()).toBe(201);
    const itemId = await itemAbout(request, ((await posted.json()) as { firstPost: { id: string } }).firstPost.id);
    await openAs(page, await operatorGrant(request, 'moderator'), `/mod/items/${itemId}`);
    const guidance = page.getByTestId('danger-guidance');
    await expect(guidance).toContainText('Someone may be hurting this member');
    await expect(guidance).toContainText('never ask who or where in a post others read');
    const form = page.getByRole('form', { name: 'Act on this item' });
    await form.getByLabel('Action').selectOption('keep');
    await expect(form.getByLabel('Start from').locator('option').nth(1)).toHaveText('Their safety, when someone hurts them');
    await axe.check('review item for a member someone hurts');
  });

  test('a crisis post arrives live on top of the queue; the moderator claims it by keyboard, reads it behind the blur, acts, and the audit log has it', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    await openAs(page, moderator, '/');
    await axe.check('home as moderator');
    await page.getByRole('link', { name: 'Moderation' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Moderation queue' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Keyboard shortcuts' })).toBeVisible();
    await axe.check('moderation queue');

    const writer = await member(request);
    const title = `Tonight ${Date.now()}`;
    const posted = await request.post('/api/v1/threads', {
      headers: { Authorization: `Bearer ${writer.accessToken}` },
      data: { categorySlug: 'depression', title, body: 'I want to end my life tonight. I have the pills ready.', contentWarning: 'a heavy night' },
    });
    expect(posted.status()).toBe(201);

    // It arrives without a reload, first in the list.
    const list = page.getByRole('list', { name: 'Review items, most urgent first' });
    const first = list.getByRole('listitem').first();
    await expect(first).toContainText('Crisis in a post', { timeout: 10_000 });
    await expect(first.getByTestId('blurred')).toContainText('I want to end my life tonight');
    await expect(first.getByRole('button', { name: /^Show/ })).toBeVisible();

    // Keyboard: c claims the selected (top) item, o opens it.
    await page.keyboard.press('c');
    await expect(page.getByRole('status').filter({ hasText: 'You claimed' })).toBeVisible();
    await expect(first).toContainText('Claimed by e2e-moderator');
    await page.keyboard.press('o');
    await expect(page.getByRole('heading', { level: 1, name: 'Crisis item' })).toBeVisible();
    await expect(page).toHaveURL(/\/mod\/items\/[0-9a-f-]+$/);

    const content = page.getByRole('region', { name: 'The content' });
    await expect(content.getByTestId('blurred')).toHaveAttribute('aria-hidden', 'true');
    await content.getByRole('button', { name: 'Show what they wrote' }).focus();
    await page.keyboard.press('Enter');
    await expect(content.getByTestId('item-body')).toHaveText('I want to end my life tonight. I have the pills ready.');
    // The Show button went: focus is on the words shown (read from where they begin), not lost to the page.
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(content.getByTestId('item-body').locator('..')).toBeFocused();
    await expect(content.locator('mark').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Around it' })).toContainText(title);
    await expect(page.getByRole('region', { name: 'Around it' })).toContainText('Content warning: “a heavy night”');
    await expect(page.getByRole('region', { name: 'History' })).toContainText('claim');
    const theMember = page.getByRole('region', { name: 'The member' });
    await expect(theMember).toContainText(writer.member.pseudonym);
    // The same words under "Recently wrote" stay behind their own blur until asked for.
    await expect(theMember.getByTestId('blurred')).toContainText('I want to end my life tonight');
    await expect(theMember.getByTestId('blurred')).toHaveAttribute('aria-hidden', 'true');
    await axe.check('review item');
    await theMember.getByRole('button', { name: 'Show what they wrote recently' }).click();
    await expect(theMember.getByRole('listitem')).toContainText(['visible: I want to end my life tonight. I have the pills ready.']);

    const form = page.getByRole('form', { name: 'Act on this item' });
    await form.getByLabel('Action').selectOption('keep');
    // A starting point in safe-messaging words; a second one is added after it, never instead.
    const reply = form.getByLabel('Reply as moderator (optional)');
    await form.getByLabel('Start from').selectOption({ label: 'Asking directly' });
    await expect(reply).toHaveValue(/are you thinking about ending your life\?/);
    await form.getByLabel('Start from').selectOption({ label: 'Checking in' });
    await expect(reply).toHaveValue(/ending your life\?[\s\S]*\n\nHi, I'm one of the volunteer moderators/);
    await axe.check('review item, starting points chosen');
    await reply.fill("I'm really glad you wrote here. You're not alone — please reach one of the lines above now.");
    await form.getByRole('button', { name: 'Confirm' }).press('Enter');
    await expect(page.getByText('Done. The item is resolved')).toBeVisible();
    await expect(form).toHaveCount(0);
    // The form (and the button pressed) went away: focus is on what happened, not lost to the page.
    await expect(page.getByTestId('item-outcome')).toBeFocused();

    await page.getByRole('link', { name: 'Back to the queue' }).click();
    await expect(page.getByTestId('shift-count')).toContainText(/[1-9]\d* of them crisis/);
    await page.getByRole('link', { name: 'Audit log' }).click();
    const rows = page.getByRole('table', { name: 'Audit entries, newest first' }).getByRole('row');
    await expect(rows.nth(1)).toContainText('keep');
    await expect(rows.nth(1)).toContainText('e2e-moderator');
    await axe.check('audit log');
  });

  test('words only the learned second opinion reads as crisis are blurred as a crisis is, in the queue and on their page, and its words are marked as its own', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    const moderator = await operatorGrant(request, 'moderator');
    const writer = await member(request);
    const posted = await request.post('/api/v1/threads', {
      headers: bearer(writer),
      data: { categorySlug: 'anxiety', title: `Evenings ${crypto.randomUUID().slice(0, 8)}`, body: SECOND_OPINION_WORDS },
    });
    expect(posted.status()).toBe(201);
    const itemId = await itemAbout(request, ((await posted.json()) as { firstPost: { id: string } }).firstPost.id);
    // What the api says the second opinion's words are: the console is given them, it never reads the words itself.
    const detail = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(moderator) })).json()) as {
      kind: string;
      risk: string;
      signals: Array<{ source: string; evidence: Array<{ text: string }> }>;
    };
    // A report with no risk of its own: only the signal says it may be a crisis.
    expect([detail.kind, detail.risk]).toEqual(['report', 'none']);
    const words = detail.signals.find((signal) => signal.source === 'second_opinion')?.evidence.map((span) => span.text) ?? [];
    expect(words.length).toBeGreaterThan(0);

    await openAs(page, moderator, '/mod');
    const row = queueRows(page).filter({ has: page.locator(`a[href="/mod/items/${itemId}"]`) });
    await expect(row.getByTestId('blurred')).toContainText(SECOND_OPINION_WORDS);
    await expect(row.getByTestId('blurred')).toHaveAttribute('aria-hidden', 'true');
    await expect(row.getByRole('button', { name: /^Show/ })).toBeVisible();
    await axe.check('moderation queue with a second-opinion item');

    await row.locator(`a[href="/mod/items/${itemId}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/mod/items/${itemId}$`));
    const content = page.getByRole('region', { name: 'The content' });
    await expect(content.getByTestId('blurred')).toHaveAttribute('aria-hidden', 'true');
    await expect(content.getByTestId('blurred')).toContainText(SECOND_OPINION_WORDS);
    // Its words in the reasons stay behind a blur of their own.
    const why = page.getByRole('region', { name: 'Why it is here' });
    await expect(why).toContainText('a learned model reads possible crisis here');
    await expect(why.getByTestId('blurred')).toHaveAttribute('aria-hidden', 'true');
    await axe.check('second-opinion item, blurred');

    await content.getByRole('button', { name: 'Show what they wrote' }).click();
    await expect(content.getByTestId('item-body')).toHaveText(SECOND_OPINION_WORDS);
    const marks = content.getByTestId('item-body').locator('mark');
    await expect(marks).toHaveText(words);
    for (const mark of await marks.all()) {
      await expect(mark).toHaveAttribute('data-second-opinion', 'true');
      await expect(mark).toHaveAttribute('title', "The second opinion's words: they weighed most in its reading");
      // A screen reader is told where the stretch starts and whose it is (generated text, not the member's words).
      expect(await mark.evaluate((element) => getComputedStyle(element, '::before').content)).toBe(`" [the second opinion's words: "`);
    }
    await expect(content.getByTestId('second-opinion-key')).toContainText('Underlined with dashes: the second opinion’s words');
    await why.getByRole('button', { name: 'Show the words noticed' }).click();
    await expect(why).toContainText(`the words that weighed most: ${words.map((text) => `“${text}”`).join(', ')}`);
    await axe.check('second-opinion item, shown with its words marked');
  });

  test('triage at a glance: due times count down and turn overdue on the clock alone, priority in words, and one member\'s items point to each other', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    // The page's clock, under the test's control (it runs normally until fast-forwarded).
    await page.clock.install();
    await openAs(page, moderator, '/mod');
    await axe.check('moderation queue, before triage');

    // One member writes something a member reports, then asks for a moderator; another member,
    // in between them in the queue, writes about a plan to die.
    const ann = await member(request);
    const bo = await member(request);
    const reporter = await member(request);
    const auth = (who: { accessToken: string }) => ({ Authorization: `Bearer ${who.accessToken}` });
    const thread = await request.post('/api/v1/threads', { headers: auth(ann), data: { categorySlug: 'depression', title: 'Mornings', body: 'Anyone else find mornings hard? Coffee helps a bit.' } });
    expect(thread.status()).toBe(201);
    const postId = ((await thread.json()) as { firstPost: { id: string } }).firstPost.id;
    expect((await request.post(`/api/v1/posts/${postId}/reports`, { headers: auth(reporter), data: { reason: 'harassment' } })).status()).toBe(201);
    expect((await request.post('/api/v1/me/support-requests', { headers: auth(ann), data: {} })).status()).toBe(201);
    expect((await request.post('/api/v1/threads', { headers: auth(bo), data: { categorySlug: 'depression', title: 'A plan', body: 'I have a plan to end my life.' } })).status()).toBe(201);

    // The api's order stands: the support request (due in 2 min), the high-risk post (10 min), the report (a day).
    const rows = page.getByRole('list', { name: 'Review items, most urgent first' }).getByRole('listitem');
    await expect(rows).toHaveCount(3, { timeout: 15_000 });
    const [request0, crisis, report] = [rows.nth(0), rows.nth(1), rows.nth(2)];
    await expect(request0).toContainText('Support request');
    await expect(crisis).toContainText('Crisis in a post');
    await expect(report).toContainText('Report in a post');

    // Priority in words, never the number.
    await expect(request0).toContainText('Asking for help now');
    await expect(crisis).toContainText('High risk');
    await expect(report).toContainText('Report');
    await expect(report).toContainText('1 report');
    await expect(page.getByRole('list', { name: 'Review items, most urgent first' })).not.toContainText(/priority/i);

    // Relative due times, the exact one kept in the <time> element.
    await expect(request0.getByTestId('due-time')).toHaveText(/^due in (1 min|under a minute)$/);
    await expect(crisis.getByTestId('due-time')).toHaveText(/^due in (9|10) min$/);
    await expect(report.getByTestId('due-time')).toHaveText(/^due in 23 hr 5\d min$/);
    const dueTime = crisis.getByTestId('due-time').locator('time');
    await expect(dueTime).toHaveAttribute('title', /^Due by /);
    const dueAt = Date.parse((await dueTime.getAttribute('datetime')) ?? '');
    expect(Math.abs(dueAt - (Date.now() + 10 * 60_000))).toBeLessThan(60_000);

    // Ann's two items, apart in the list, point to each other; Bo's stands alone; nobody's id is shown.
    await expect(request0.getByTestId('same-member')).toContainText('Also 1 more from this member');
    await expect(request0.getByTestId('same-member').getByRole('link', { name: 'Report in a post' })).toBeVisible();
    await expect(report.getByTestId('same-member')).toContainText('Also 1 more from this member');
    await expect(report.getByTestId('same-member').getByRole('link', { name: 'Support request (asking for help now)' })).toBeVisible();
    await expect(crisis.getByTestId('same-member')).toHaveCount(0);
    for (const who of [ann, bo]) await expect(page.locator('main')).not.toContainText(who.member.id);
    await axe.check('moderation queue, triaged');

    // Three minutes later by the page's clock (the server's has not moved, so this is the page's
    // own ticking): the support request is overdue, in words and a badge, and the others count down.
    await page.clock.fastForward('03:00');
    await expect(request0.getByTestId('due-time')).toHaveAttribute('data-overdue', 'true');
    await expect(request0.getByTestId('due-time')).toHaveText(/^Overdue by (under a minute|1 min|2 min)$/);
    await expect(crisis.getByTestId('due-time')).toHaveText(/^due in (6|7) min$/);
    await expect(report.getByTestId('due-time')).toHaveAttribute('data-overdue', 'false');
    await axe.check('moderation queue, an item overdue');
  });

  test('"Talk to a moderator now" from the crisis panel reaches the moderator on top of the queue', async ({ browser, page, request, axe }) => {
    // Two people, the worker and a private room: about 20 s on a quiet machine, more on a busy one.
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    await openAs(page, moderator, '/mod');
    await axe.check('moderation queue, waiting');

    const memberContext = await browser.newContext();
    try {
      const memberPage = await memberContext.newPage();
      const writer = await member(request);
      await openAs(memberPage, writer, '/');
      await request.post('/api/v1/threads', {
        headers: { Authorization: `Bearer ${writer.accessToken}` },
        data: { categorySlug: 'depression', title: 'Cannot cope', body: 'I keep thinking about killing myself. I do not know what to do.' },
      });
      const panel = memberPage.getByRole('region', { name: 'Support you can reach now' });
      await expect(panel).toBeVisible({ timeout: 10_000 });
      await panel.getByRole('button', { name: 'Talk to a moderator now' }).click();
      await expect(panel.getByText(/A moderator has been asked to join you/)).toBeVisible();
      // On the next page the panel is still there, with its lines, saying the moderator is on their way.
      await memberPage.reload();
      await expect(panel.getByText(/A moderator has been asked to join you/)).toBeVisible({ timeout: 10_000 });
      await expect(panel.getByRole('button', { name: 'Talk to a moderator now' })).toBeDisabled();

      const first = page.getByRole('list', { name: 'Review items, most urgent first' }).getByRole('listitem').first();
      await expect(first).toContainText('Support request', { timeout: 10_000 });
      await expect(first).toContainText('Asked to talk to a moderator now.');

      // The moderator answers with a private chat; the member's panel shows the way in, and both talk there.
      await first.getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 2, name: 'What they asked for' })).toBeVisible();
      // A request about a person offers nothing that changes a post (the api would refuse each).
      const offered = await page.getByRole('form', { name: 'Act on this item' }).getByLabel('Action').locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(offered.filter((value) => ['hide', 'restore', 'remove', 'edit'].includes(value))).toEqual([]);
      expect(offered).toContain('escalate');
      await axe.check('a support request item');
      await page.getByRole('button', { name: 'Open a private chat with this member' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'A private conversation' })).toBeVisible();
      const modBox = page.getByRole('textbox', { name: 'Your message' });
      await modBox.fill("Hi, I'm one of the moderators. I'm here. How are you doing right now?");
      await modBox.press('Enter');
      await panel.getByRole('link', { name: 'Open your private chat' }).click({ timeout: 20_000 });
      await expect(memberPage.getByRole('log', { name: 'Messages in A private conversation' })).toContainText("I'm one of the moderators");
      await axe.check('the moderator in the private chat');
    } finally {
      await memberContext.close();
    }
  });

  test('a member reading elsewhere is told at once when a moderator opens a private chat for them', async ({ browser, page, request, axe }, testInfo) => {
    // Two people, the worker and a private room: about 20 s on a quiet machine, more on a busy one.
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    const memberContext = await browser.newContext();
    try {
      const memberPage = await memberContext.newPage();
      const asker = await member(request);
      const asked = await request.post('/api/v1/me/support-requests', { headers: { Authorization: `Bearer ${asker.accessToken}` }, data: {} });
      expect(asked.status()).toBeLessThan(300);
      const { flagId } = (await asked.json()) as { flagId: string };
      // The member has moved on to the help page: no crisis panel, no room list on screen.
      await openAs(memberPage, asker, '/help');
      const invite = memberPage.getByTestId('private-chat-invite');
      await expect(invite).toHaveCount(0);

      await openAs(page, moderator, `/mod/items/${flagId}`);
      await expect(page.getByRole('heading', { level: 2, name: 'What they asked for' })).toBeVisible();
      await axe.check('the support request');
      await page.getByRole('button', { name: 'Open a private chat with this member' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'A private conversation' })).toBeVisible();
      // Described from the moderator's side; the member reads "Just you and a Lantern moderator." (below).
      await expect(page.getByText('Just you and the member who asked to talk to a moderator (and any other moderator who answers them).')).toBeVisible();
      await axe.check('the moderator in the room');

      // Pushed, not polled: the room list polls every 15 s, the invitation comes within a few.
      await expect(invite).toContainText('A Lantern moderator has opened a private chat with you.', { timeout: 5_000 });
      await expectNoAxeViolations(memberPage, testInfo, 'the invitation on the help page');
      // It stays for the tab until taken up: still there on the next page.
      await memberPage.goto('/');
      await expect(invite).toBeVisible();
      await invite.getByRole('link', { name: 'Open your private chat' }).click();
      await expect(memberPage.getByRole('heading', { level: 1, name: 'A private conversation' })).toBeVisible();
      await expect(memberPage.getByText('Just you and a Lantern moderator.')).toBeVisible();
      await expect(invite).toHaveCount(0);
      await memberPage.goto('/');
      await expect(memberPage.getByTestId('signed-in-pseudonym')).toContainText(asker.member.pseudonym);
      await expect(invite).toHaveCount(0);
    } finally {
      await memberContext.close();
    }
  });

  test('a member who finds /mod is told kindly it is for moderators, and the api refuses them too', async ({ page, request, axe }) => {
    const writer = await member(request);
    await openAs(page, writer, '/mod');
    await expect(page.getByRole('heading', { level: 1, name: 'This area is for moderators' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Moderation' })).toHaveCount(0);
    await axe.check('mod as a member');
    const refused = await request.get('/api/v1/moderation/queue', { headers: { Authorization: `Bearer ${writer.accessToken}` } });
    expect(refused.status()).toBe(403);
  });

  test('a member who asked for a moderator and then erased their account: the item says so, and offers no chat with nobody', async ({ page, request, axe }) => {
    const moderator = await operatorGrant(request, 'moderator');
    const leaving = await member(request);
    const asked = await request.post('/api/v1/me/support-requests', { headers: { Authorization: `Bearer ${leaving.accessToken}` } });
    expect(asked.status()).toBe(201);
    const { flagId } = (await asked.json()) as { flagId: string };
    expect((await request.delete('/api/v1/me', { headers: { Authorization: `Bearer ${leaving.accessToken}` } })).status()).toBe(204);

    await openAs(page, moderator, `/mod/items/${flagId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Support request' })).toBeVisible();
    await expect(page.getByText('Account erased')).toBeVisible();
    await expect(page.getByRole('region', { name: 'The content' })).toContainText('They have since erased their account: Lantern can no longer reach them.');
    await expect(page.getByText('This item is resolved; its history is below.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open a private chat with this member' })).toHaveCount(0);
    await expect(page.getByText(/Lantern · member_erased/)).toBeVisible();
    await axe.check('a support request whose member erased their account');
    // The audit log names Lantern as the one who closed it, not a "former member".
    await page.goto('/mod/audit');
    await expect(page.getByRole('row').filter({ hasText: 'member_erased' }).first()).toContainText('Lantern (system)');
    await axe.check('the audit log');
  });

  /** What an item offers when there is no member to warn, mute or suspend (an erased writer, a staff member). */
  const ACTIONS_WITHOUT_PAUSES = [
    'Dismiss (needs a reason)',
    'Keep, optionally replying as moderator',
    'Hide from members',
    'Restore',
    'Remove',
    'Edit, with a visible note',
    'Escalate to a partner',
    'Add a private note (keeps it open)',
  ];

  test('a reported post whose writer erased their account offers no warning, mute or suspension that nobody would receive', async ({ page, request, axe }) => {
    const moderator = await operatorGrant(request, 'moderator');
    const writer = await member(request);
    const itemId = await reportedPost(request, { writer, body: 'You are all fools and this place is a joke.' });
    expect((await request.delete('/api/v1/me', { headers: bearer(writer) })).status()).toBe(204);

    await openAs(page, moderator, `/mod/items/${itemId}`);
    const action = page.getByRole('form', { name: 'Act on this item' }).getByLabel('Action');
    await expect(action.locator('option')).toHaveText(ACTIONS_WITHOUT_PAUSES);
    await expect(page.getByText('Its writer erased their account, so there is no one to warn, mute or suspend. The other actions still apply.')).toBeVisible();
    await axe.check('a reported post whose writer erased their account');
  });

  test('a reported post an admin wrote offers no warning, mute or suspension, and says why: staff are not paused from the queue', async ({ page, request, axe }) => {
    const moderator = await operatorGrant(request, 'moderator');
    const itemId = await reportedPost(request, { writer: await operatorGrant(request, 'admin'), body: 'Please keep this thread on topic, everyone.' });

    await openAs(page, moderator, `/mod/items/${itemId}`);
    const action = page.getByRole('form', { name: 'Act on this item' }).getByLabel('Action');
    await expect(action.locator('option')).toHaveText(ACTIONS_WITHOUT_PAUSES);
    await expect(page.getByText('Its writer is an admin, so they are not warned, muted or suspended from the queue: tell an operator, who can change their role. The other actions still apply.')).toBeVisible();
    await axe.check('a reported post an admin wrote');
  });

  test('a private note is recorded once: its box empties when it is saved, so a second Confirm sends nothing', async ({ page, request, axe }) => {
    const itemId = await reportedPost(request);
    const moderator = await operatorGrant(request, 'moderator');
    await openAs(page, moderator, `/mod/items/${itemId}`);
    const form = page.getByRole('form', { name: 'Act on this item' });
    await form.getByLabel('Action').selectOption('note');
    const note = form.getByRole('textbox', { name: 'Note for the record' });
    await note.fill('Watching this one; the writer has been kind elsewhere.');
    const confirm = form.getByRole('button', { name: 'Confirm' });
    await confirm.click();
    await expect(page.getByTestId('item-outcome')).toContainText('Your note is on the record.');
    await expect(note).toHaveValue('');
    await axe.check('an item with a private note recorded');
    // Confirm again: the empty box is refused in the form, nothing is sent.
    await confirm.click();
    await expect(note).toBeFocused();
    const detail = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(moderator) })).json()) as { status: string; history: Array<{ action: string }> };
    expect(detail.history.filter((entry) => entry.action === 'note')).toHaveLength(1);
    expect(detail.status).not.toBe('resolved');
  });

  test('a refresh of the item that fails keeps it on screen, and the words being written, with a way to try again', async ({ page, request, axe }) => {
    const itemId = await reportedPost(request);
    const moderator = await operatorGrant(request, 'moderator');
    const detail = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(moderator) })).json()) as { contentId: string };
    await openAs(page, moderator, `/mod/items/${itemId}`);
    const form = page.getByRole('form', { name: 'Act on this item' });
    await form.getByLabel('Action').selectOption('note');
    const note = form.getByRole('textbox', { name: 'Note for the record' });
    await note.fill('Half of what I meant to say about this');
    // The api stops answering for the item (a node restarting), and a second report makes the page read it again.
    await page.route(`**/api/v1/moderation/flags/${itemId}`, (route) => (route.request().method() === 'GET' ? route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"UNAVAILABLE","message":"Restarting."}}' }) : route.continue()));
    const second = await member(request);
    expect((await request.post(`/api/v1/posts/${detail.contentId}/reports`, { headers: bearer(second), data: { reason: 'spam' } })).status()).toBe(201);
    const stale = page.getByRole('status').filter({ hasText: 'This item may be out of date' });
    await expect(stale).toBeVisible({ timeout: 20_000 });
    await expect(note).toHaveValue('Half of what I meant to say about this');
    await axe.check('an item whose refresh failed');
    await page.unroute(`**/api/v1/moderation/flags/${itemId}`);
    await stale.getByRole('button', { name: 'Try again' }).click();
    await expect(stale).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Why it is here' })).toContainText('spam');
    await expect(note).toHaveValue('Half of what I meant to say about this');
  });

  test('a moderator reading a thread goes from a post to its review item (the one a report opened), and reports nothing themself', async ({ page, request, axe }) => {
    const itemId = await reportedPost(request);
    const moderator = await operatorGrant(request, 'moderator');
    const detail = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(moderator) })).json()) as { contentId: string };
    const post = (await (await request.get(`/api/v1/posts/${detail.contentId}`, { headers: bearer(moderator) })).json()) as { threadId: string; author: { displayName: string } };
    await openAs(page, moderator, `/t/${post.threadId}`);
    const review = page.getByRole('button', { name: `Review the post from ${post.author.displayName}` });
    await expect(review).toBeVisible();
    await expect(page.getByRole('button', { name: /^Report this post by / })).toHaveCount(0);
    await axe.check('a thread as a moderator reads it');
    await review.click();
    await expect(page).toHaveURL(`/mod/items/${itemId}`);
    await expect(page.locator('main')).toContainText('claimed by you');
    const why = page.getByRole('region', { name: 'Why it is here' });
    await expect(why).toContainText('report · harassment');
    await expect(why).toContainText('opened by a moderator');
    await axe.check('a reported item a moderator came to from the thread');

    // Hidden, the post leaves the thread; the moderator still reaches its item from where it was.
    const form = page.getByRole('form', { name: 'Act on this item' });
    await form.getByLabel('Action').selectOption('hide');
    await form.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByTestId('item-outcome')).toBeVisible();
    await page.goto(`/t/${post.threadId}`);
    await expect(page.getByText('This post is hidden while a moderator takes a look.')).toBeVisible();
    await axe.check('a thread with a hidden post, as a moderator reads it');
    await review.click();
    await expect(page).toHaveURL(/\/mod\/items\/[0-9a-f-]{36}$/);
    expect(page.url()).not.toContain(itemId);
    await expect(page.locator('main')).toContainText('claimed by you');
    await expect(page.getByRole('region', { name: 'Why it is here' })).toContainText('opened by a moderator');
    await axe.check('a new item for a hidden post, opened from the thread');
  });
});

test.describe('moderator console: the selection, the keys and the words', () => {
  test('a crisis post arriving above the selected report leaves the selection on the report, so h hides the report and never the unread crisis, not even pressed twice', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    await openAs(page, moderator, '/mod');
    const reportId = await reportedPost(request);
    await expect(queueRows(page)).toHaveCount(1, { timeout: 15_000 });
    await expect(selectedRow(page)).toContainText('Report in a post');

    await crisisPost(request);
    await expect(queueRows(page)).toHaveCount(2, { timeout: 15_000 });
    await expect(queueRows(page).first()).toContainText('Crisis in a post');
    // Still the report the moderator was looking at, now second in the list.
    await expect(selectedRow(page)).toContainText('Report in a post');
    await expect(queueRows(page).nth(1)).toHaveAttribute('aria-current', 'true');
    await axe.check('the queue, a crisis post above the selected report');

    await page.keyboard.press('h');
    await expect(page.getByRole('status').filter({ hasText: 'Hidden.' })).toBeVisible();
    await expect.poll(async () => (await openItems(request)).map((item) => item.id)).not.toContain(reportId);
    // The moderator's own action moved the list on: the one item left, on screen all along, is selected.
    await expect(queueRows(page)).toHaveCount(1);
    await expect(selectedRow(page)).toContainText('Crisis in a post');
    await expect(page.getByRole('status').filter({ hasText: 'left the queue' })).toHaveCount(0);
    // h pressed twice in haste: the second press meets the blurred crisis item, and only asks.
    await page.keyboard.press('h');
    await expect(page.getByRole('status').filter({ hasText: 'its words are blurred, so it takes a press of its own. Press h again to hide it.' })).toBeVisible();
    const crisis = (await openItems(request)).filter((item) => item.kind === 'crisis');
    expect(crisis).toHaveLength(1);
    expect(crisis[0].status).toBe('open');
    await expect(selectedRow(page)).toContainText('Crisis in a post');
  });

  test('when a colleague resolves the selected item the next one is selected and said so, and the first shortcut on it only asks again', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    const admin = await operatorGrant(request, 'admin');
    await clearWholeQueue(request);
    const firstId = await reportedPost(request);
    const secondId = await reportedPost(request);
    await openAs(page, moderator, '/mod');
    await expect(queueRows(page)).toHaveCount(2);
    await expect(queueRows(page).first()).toHaveAttribute('aria-current', 'true');
    // Moving the selection says which item the acting keys will act on, for those who cannot see the outline.
    await page.keyboard.press('j');
    await expect(page.getByRole('status').filter({ hasText: 'Selected 2 of 2: Report in a post.' })).toBeVisible();
    await page.keyboard.press('k');
    await expect(page.getByRole('status').filter({ hasText: 'Selected 1 of 2: Report in a post.' })).toBeVisible();
    await expect(queueRows(page).first()).toHaveAttribute('aria-current', 'true');

    // A colleague deals with the selected item.
    expect((await request.post(`/api/v1/moderation/flags/${firstId}/resolve`, { headers: bearer(admin), data: { action: 'keep' } })).status()).toBeLessThan(300);
    await expect(queueRows(page)).toHaveCount(1, { timeout: 15_000 });
    await expect(selectedRow(page)).toContainText('Report in a post');
    await expect(page.getByRole('status').filter({ hasText: 'left the queue' })).toBeVisible();
    await axe.check('the queue, the selected item gone');

    // The moderator pressed h for the item that went: nothing is done to the one now selected.
    await page.keyboard.press('h');
    await expect(page.getByRole('status').filter({ hasText: 'Press h again to hide it' })).toBeVisible();
    expect((await openItems(request)).map((item) => item.id)).toContain(secondId);
    await page.keyboard.press('h');
    await expect(page.getByRole('status').filter({ hasText: 'Hidden.' })).toBeVisible();
    await expect.poll(async () => (await openItems(request)).map((item) => item.id)).not.toContain(secondId);
  });

  test('j on the last item and k on the first say the end or the start of the list is reached, and leave the selection where it is', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    await reportedPost(request);
    await reportedPost(request);
    await openAs(page, moderator, '/mod');
    await expect(queueRows(page)).toHaveCount(2);
    await expect(queueRows(page).first()).toHaveAttribute('aria-current', 'true');
    const status = page.getByRole('status').filter({ hasText: /selected/i });

    await page.keyboard.press('k');
    await expect(status).toHaveText('Start of list: 1 of 2 selected.');
    await expect(queueRows(page).first()).toHaveAttribute('aria-current', 'true');
    await page.keyboard.press('j');
    await expect(status).toHaveText('Selected 2 of 2: Report in a post.');
    await page.keyboard.press('j');
    await expect(status).toHaveText('End of list: 2 of 2 selected.');
    await expect(queueRows(page).nth(1)).toHaveAttribute('aria-current', 'true');
    await axe.check('the queue, the end of the list reached');
    await page.keyboard.press('k');
    await expect(status).toHaveText('Selected 1 of 2: Report in a post.');
  });

  test('Enter on a focused link or button does what that control does, and no shortcut fires from a focused control', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    await reportedPost(request);
    const secondId = await reportedPost(request);
    await page.route('https://www.bbc.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>Weather</title></head><body><main><h1>Weather</h1></main></body></html>' }),
    );
    await openAs(page, moderator, '/mod');
    await expect(queueRows(page)).toHaveCount(2);
    await expect(queueRows(page).first()).toHaveAttribute('aria-current', 'true');
    await axe.check('the queue, two reports');

    // The skip link skips; it does not open the selected item.
    await page.getByRole('link', { name: 'Skip to main content' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/mod#main-content$/);

    // The second row's link opens the second item, not the selected first one.
    await queueRows(page).nth(1).getByRole('link', { name: 'Report in a post' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/mod/items/${secondId}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Report item' })).toBeVisible();
    await axe.check('the item opened from its own link');
    await page.goto('/mod');
    await expect(queueRows(page)).toHaveCount(2);

    // A letter typed on a focused button is not a shortcut: nothing is hidden.
    const leave = page.getByRole('button', { name: 'Leave quickly' });
    await leave.focus();
    await page.keyboard.press('h');
    await page.keyboard.press('j');
    await page.waitForTimeout(500);
    await expect(page.getByRole('status').filter({ hasText: 'Hidden.' })).toHaveCount(0);
    await expect(queueRows(page).first()).toHaveAttribute('aria-current', 'true');
    expect(await openItems(request)).toHaveLength(2);
    // And Enter on it leaves.
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('https://www.bbc.com/weather');
    await axe.check('the neutral page');
  });

  test('claiming a blurred crisis item by keyboard says which item, without its words', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearWholeQueue(request);
    await crisisPost(request);
    // The item is on the queue before the page opens (its live arrival is the first test's): this
    // one is about the claim, and a worker slow on a loaded machine must not fail it.
    await expect.poll(async () => (await openItems(request)).some((item) => item.kind === 'crisis'), { timeout: 30_000 }).toBe(true);
    await openAs(page, moderator, '/mod');
    const first = queueRows(page).first();
    await expect(first).toContainText('Crisis in a post', { timeout: 15_000 });
    await expect(first.getByTestId('blurred')).toBeVisible();
    await page.keyboard.press('c');
    const status = page.getByRole('status').filter({ hasText: 'You claimed' });
    await expect(status).toContainText('crisis in a post');
    await expect(status).not.toContainText('end my life');
    await expect(first).toContainText('Claimed by e2e-moderator');
    await axe.check('the queue, a crisis item claimed');
    // Claimed by the moderator, which only the moderator can now close: not left for later tests.
    await clearWholeQueue(request);
  });

  test('an item another moderator claimed says whose it is and offers no renewing; the claimer is offered to renew it', async ({ browser, page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    const admin = await operatorGrant(request, 'admin');
    const itemId = await reportedPost(request);
    expect((await request.post(`/api/v1/moderation/flags/${itemId}/claim`, { headers: bearer(admin), data: {} })).status()).toBeLessThan(300);

    await openAs(page, moderator, `/mod/items/${itemId}`);
    await expect(page.getByText('claimed by e2e-admin')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Renew my claim' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Claim', exact: true })).toHaveCount(0);
    await expect(page.getByText('e2e-admin is working on this item')).toBeVisible();
    await axe.check('an item another moderator claimed');

    const adminPage = await openAs(browser, admin, `/mod/items/${itemId}`);
    try {
      await expect(adminPage.getByRole('button', { name: 'Renew my claim' })).toBeVisible();
    } finally {
      await adminPage.context().close();
    }
  });

  test('claiming an item on its page by keyboard leaves focus on the word that it is now the moderator’s', async ({ page, request, axe }) => {
    const itemId = await reportedPost(request);
    await openAs(page, await operatorGrant(request, 'moderator'), `/mod/items/${itemId}`);
    await axe.check('a reported item, unclaimed');
    // "Claim" goes away once pressed (Renew takes its place): focus is on what happened, not lost to the page.
    await page.getByRole('button', { name: 'Claim', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Renew my claim' })).toBeVisible();
    const claimed = page.getByRole('status').filter({ hasText: 'Claimed. It is yours for 15 minutes.' });
    await expect(claimed).toBeFocused();
    await axe.check('the item, claimed');
    // Another member reports it too: the item changes (live), the claim does not, and its word stays.
    const postId = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(await operatorGrant(request, 'moderator')) })).json()) as { contentId: string };
    expect((await request.post(`/api/v1/posts/${postId.contentId}/reports`, { headers: bearer(await member(request)), data: { reason: 'spam' } })).status()).toBe(201);
    await expect(page.getByRole('region', { name: 'Why it is here' })).toContainText('spam');
    await expect(claimed).toBeVisible();
    // Claimed by the moderator, which only the moderator can now close: not left for later tests.
    await clearWholeQueue(request);
  });

  test('the word that a claim is the moderator’s stays when the page’s copy of the item catches up late', async ({ page, request, axe }) => {
    const itemId = await reportedPost(request);
    // The page's reads of the item: once the claim is answered, the next ones, for a moment, give the
    // item as it was before it (a read overtaken by a live event's, landing after the claim's).
    let before: string | null = null;
    let staleUntil = 0;
    await page.route(new RegExp(`/api/v1/moderation/flags/${itemId}$`), async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      if (before !== null && Date.now() < staleUntil) return route.fulfill({ status: 200, contentType: 'application/json', body: before });
      const response = await route.fetch();
      if (before === null) before = await response.text();
      return route.fulfill({ response });
    });
    await page.route(new RegExp(`/api/v1/moderation/flags/${itemId}/claim$`), async (route) => {
      const response = await route.fetch();
      staleUntil = Date.now() + 1_500;
      return route.fulfill({ response });
    });
    await openAs(page, await operatorGrant(request, 'moderator'), `/mod/items/${itemId}`);
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    const claimed = page.getByRole('status').filter({ hasText: 'Claimed. It is yours for 15 minutes.' });
    await expect(claimed).toBeVisible();
    // The item as it really is arrives with the next change (another report, live): the word stays.
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    const postId = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(await operatorGrant(request, 'moderator')) })).json()) as { contentId: string };
    expect((await request.post(`/api/v1/posts/${postId.contentId}/reports`, { headers: bearer(await member(request)), data: { reason: 'spam' } })).status()).toBe(201);
    await expect(page.getByRole('button', { name: 'Renew my claim' })).toBeVisible({ timeout: 10_000 });
    await expect(claimed).toBeVisible();
    await axe.check('the item, claimed, caught up late');
  });

  test('a refusal stays while the page’s copy of the item catches up late, and goes only when the item changes', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const itemId = await reportedPost(request);
    expect((await request.post(`/api/v1/moderation/flags/${itemId}/claim`, { headers: bearer(await operatorGrant(request, 'admin')), data: {} })).status()).toBeLessThan(300);
    // While `stale`, the page's reads of the item give it as it first read it: reads overtaken by
    // others and landing late, as on a loaded machine.
    let first: string | null = null;
    let stale = false;
    await page.route(new RegExp(`/api/v1/moderation/flags/${itemId}$`), async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      if (stale && first !== null) return route.fulfill({ status: 200, contentType: 'application/json', body: first });
      const response = await route.fetch();
      first ??= await response.text();
      return route.fulfill({ response });
    });
    await openAs(page, await operatorGrant(request, 'moderator'), `/mod/items/${itemId}`);
    await expect(page.getByText('claimed by e2e-admin')).toBeVisible();
    stale = true;
    // The item changes (another report) but the page's copy stays as it was; the admin's claim stands.
    const { contentId } = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(await operatorGrant(request, 'moderator')) })).json()) as { contentId: string };
    expect((await request.post(`/api/v1/posts/${contentId}/reports`, { headers: bearer(await member(request)), data: { reason: 'spam' } })).status()).toBe(201);

    const form = page.getByRole('form', { name: 'Act on this item' });
    await form.getByLabel('Action').selectOption('keep');
    await form.getByRole('button', { name: 'Confirm' }).click();
    const outcome = page.getByTestId('item-outcome');
    await expect(outcome).toContainText('e2e-admin is working on this item.');

    // The item as it really is arrives with the next live refresh (an item on another post): newer
    // than the page's copy, no newer than the refusal, which still holds and stays.
    stale = false;
    await reportedPost(request);
    await expect(page.getByRole('region', { name: 'Why it is here' })).toContainText('spam', { timeout: 15_000 });
    await expect(outcome).toContainText('e2e-admin is working on this item.');
    await axe.check('an item refused, its copy caught up late');
    // A change after the refusal: it no longer holds, and goes.
    expect((await request.post(`/api/v1/posts/${contentId}/reports`, { headers: bearer(await member(request)), data: { reason: 'harmful_advice' } })).status()).toBe(201);
    await expect(page.getByRole('region', { name: 'Why it is here' })).toContainText('harmful advice', { timeout: 15_000 });
    await expect(outcome).toHaveCount(0);
    await clearWholeQueue(request);
  });

  test('a refusal goes once a colleague resolves the item, and the page says who resolved it', async ({ browser, page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    const admin = await operatorGrant(request, 'admin');
    const itemId = await reportedPost(request);

    await openAs(page, moderator, `/mod/items/${itemId}`);
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Renew my claim' })).toBeVisible();

    const adminPage = await openAs(browser, admin, `/mod/items/${itemId}`);
    try {
      const adminForm = adminPage.getByRole('form', { name: 'Act on this item' });
      await adminForm.getByLabel('Action').selectOption('warn');
      await adminForm.getByLabel('The warning the member will read').fill('Please keep to the community guidelines.');
      await adminForm.getByRole('button', { name: 'Confirm' }).click();
      await expect(adminPage.getByTestId('item-outcome')).toContainText('e2e-moderator is working on this item.');

      const form = page.getByRole('form', { name: 'Act on this item' });
      await form.getByLabel('Action').selectOption('keep');
      await form.getByRole('button', { name: 'Confirm' }).click();
      await expect(page.getByText('Done. The item is resolved')).toBeVisible();
      await axe.check('the item, resolved here');

      // Live, without a reload: the form goes, and so does the refusal that no longer holds.
      await expect(adminForm).toHaveCount(0, { timeout: 15_000 });
      await expect(adminPage.getByText('e2e-moderator is working on this item')).toHaveCount(0);
      await expect(adminPage.getByText('Resolved by e2e-moderator')).toBeVisible();
      await expect(adminPage.getByText('This item is resolved; its history is below.')).toBeVisible();
    } finally {
      await adminPage.context().close();
    }
  });

  test('the action form says what is missing in its own words, before sending and when the api refuses', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const moderator = await operatorGrant(request, 'moderator');
    const itemId = await reportedPost(request);
    const sent: string[] = [];
    page.on('request', (sentRequest) => {
      if (sentRequest.url().endsWith('/resolve')) sent.push(sentRequest.url());
    });
    await openAs(page, moderator, `/mod/items/${itemId}`);
    const form = page.getByRole('form', { name: 'Act on this item' });

    await form.getByLabel('Action').selectOption('mute');
    const minutes = form.getByLabel('For how many minutes');
    await minutes.fill('');
    await form.getByRole('button', { name: 'Confirm' }).click();
    await expect(form).toContainText('Say for how many minutes');
    await expect(minutes).toHaveAttribute('aria-invalid', 'true');
    await expect(minutes).toBeFocused();
    await expect(page.locator('main')).not.toContainText('durationMinutes');
    await axe.check('the action form, a field to fix');

    await form.getByLabel('Action').selectOption('dismiss');
    await form.getByRole('button', { name: 'Confirm' }).click();
    await expect(form).toContainText('Say why you are dismissing this item.');
    await expect(page.locator('main')).not.toContainText('note:');
    expect(sent).toEqual([]);

    // The api refusing in its own terms is put in the form's words.
    await page.route('**/api/v1/moderation/flags/*/resolve', (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'VALIDATION_FAILED', message: 'durationMinutes: durationMinutes must be at least 1.', details: [{ path: 'durationMinutes', message: 'durationMinutes must be at least 1.' }] } }),
      }),
    );
    await form.getByLabel('Action').selectOption('suspend');
    await minutes.fill('30');
    await form.getByRole('button', { name: 'Confirm' }).click();
    await expect(page.getByTestId('item-outcome')).toContainText('how many minutes');
    await expect(page.locator('main')).not.toContainText('durationMinutes');
    expect(sent).toHaveLength(1);
  });

  test('a hide pressed on the wrong item is undone from the resolved item, and members see the post again', async ({ page, request, axe }) => {
    const itemId = await reportedPost(request);
    const moderator = await operatorGrant(request, 'moderator');
    expect((await request.post(`/api/v1/moderation/flags/${itemId}/resolve`, { headers: bearer(moderator), data: { action: 'hide' } })).status()).toBe(200);
    const detail = (await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(moderator) })).json()) as { contentId: string };
    const postStatus = async () =>
      ((await (await request.get(`/api/v1/moderation/flags/${itemId}`, { headers: bearer(moderator) })).json()) as { history: Array<{ action: string }> }).history.map((entry) => entry.action);
    await openAs(page, moderator, `/mod/items/${itemId}`);
    await expect(page.getByTestId('item-resolved')).toContainText('Resolved by e2e-moderator (hide)');
    await axe.check('a resolved item whose hide can be undone');
    await page.getByRole('button', { name: 'Show it again (undo the hide)' }).click();
    await expect(page.getByTestId('item-outcome')).toContainText('Restored. Members see it again.');
    expect(await postStatus()).toEqual(expect.arrayContaining(['hide', 'restore']));
    // A member reads the post again.
    const reader = await member(request);
    const post = (await (await request.get(`/api/v1/posts/${detail.contentId}`, { headers: bearer(reader) })).json()) as { status: string; bodyHtml: string };
    expect(post).toMatchObject({ status: 'visible', bodyHtml: expect.stringContaining('A walk helps me') });
    // Nothing is left to undo.
    await page.reload();
    await expect(page.getByTestId('item-resolved')).toContainText('(restore)');
    await expect(page.getByRole('button', { name: /undo the/ })).toHaveCount(0);
  });

  test('a dismissal the api refuses keeps the form open with the reason the moderator wrote', async ({ page, request, axe }) => {
    await clearWholeQueue(request);
    const itemId = await reportedPost(request);
    await openAs(page, await operatorGrant(request, 'moderator'), '/mod');
    await expect(selectedRow(page)).toBeVisible();
    // The first dismissal meets a database in trouble; the second goes through.
    let refusals = 0;
    await page.route(`**/api/v1/moderation/flags/${itemId}/resolve`, async (route) => {
      if (refusals++ > 0) return route.continue();
      await route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'SERVICE_UNAVAILABLE', message: 'Lantern cannot reach its database right now. Nothing was saved; please try again in a moment.' } }) });
    });
    await page.keyboard.press('d');
    const form = page.getByRole('form', { name: 'Dismiss this item' });
    await form.getByLabel('Why are you dismissing it?').fill('A disagreement, not harassment.');
    await form.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('status').filter({ hasText: /database/ })).toBeVisible();
    await expect(form.getByLabel('Why are you dismissing it?')).toHaveValue('A disagreement, not harassment.');
    await axe.check('a refused dismissal');
    await form.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dismissed, with your reason recorded.' })).toBeVisible();
    await expect(form).toHaveCount(0);
    expect((await openItems(request)).map((item) => item.id)).not.toContain(itemId);
  });

  test('a dismissal pressed twice while on its way is sent once, says it is done, and leaves focus on what it says', async ({ page, request, axe }) => {
    await clearWholeQueue(request);
    const itemId = await reportedPost(request);
    await openAs(page, await operatorGrant(request, 'moderator'), '/mod');
    await expect(selectedRow(page)).toBeVisible();
    // A slow answer: the second press comes while the first is on its way.
    let sent = 0;
    await page.route(`**/api/v1/moderation/flags/${itemId}/resolve`, async (route) => {
      sent += 1;
      await new Promise((resolve) => setTimeout(resolve, 600));
      await route.continue();
    });
    await page.keyboard.press('d');
    const form = page.getByRole('form', { name: 'Dismiss this item' });
    await form.getByLabel('Why are you dismissing it?').fill('Two friends teasing each other.');
    const dismiss = form.getByRole('button', { name: 'Dismiss' });
    await dismiss.dblclick();
    const done = page.getByRole('status').filter({ hasText: 'Dismissed, with your reason recorded.' });
    await expect(done).toBeVisible();
    await expect(form).toHaveCount(0);
    await expect(done).toBeFocused();
    await axe.check('the queue after a dismissal');
    expect(sent).toBe(1);
    await expect(page.getByRole('status').filter({ hasText: 'already resolved' })).toHaveCount(0);
  });
});
