import { expect, expectNoAxeViolations, test } from './support/axe';
import { clearQueue, openAs, operatorGrant, registeredMember as member } from './support/operators';

test.describe('moderator console', () => {
  test('a crisis post arrives live on top of the queue; the moderator claims it by keyboard, reads it behind the blur, acts, and the audit log has it', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearQueue(request);
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
      data: { categorySlug: 'depression', title, body: 'I want to end my life tonight. I have the pills ready.' },
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
    await content.getByRole('button', { name: 'Show what they wrote' }).click();
    await expect(content.getByTestId('item-body')).toHaveText('I want to end my life tonight. I have the pills ready.');
    await expect(content.locator('mark').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Around it' })).toContainText(title);
    await expect(page.getByRole('region', { name: 'History' })).toContainText('claim');
    await expect(page.getByRole('region', { name: 'The member' })).toContainText(writer.member.pseudonym);
    await axe.check('review item');

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

  test('triage at a glance: due times count down and turn overdue on the clock alone, priority in words, and one member\'s items point to each other', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    const moderator = await operatorGrant(request, 'moderator');
    await clearQueue(request);
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
    await clearQueue(request);
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
    await clearQueue(request);
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
});
