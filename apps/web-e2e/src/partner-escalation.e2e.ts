import type { APIRequestContext } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { clearQueue, openAs, operatorGrant, registeredMember, seedSession } from './support/operators';

/** A moderator hands the member's case to the e2e server's test crisis line, with their consent: the escalation's id. */
async function handToTheTestLine(request: APIRequestContext, memberId: string): Promise<string> {
  const moderator = { Authorization: `Bearer ${(await operatorGrant(request, 'moderator')).accessToken}` };
  const queue = (await (await request.get('/api/v1/moderation/queue', { headers: moderator })).json()) as { items: Array<{ id: string; contentId: string }> };
  const item = queue.items.find((entry) => entry.contentId === memberId);
  const partners = (await (await request.get('/api/v1/moderation/partners', { headers: moderator })).json()) as { items: Array<{ id: string; name: string }> };
  const line = partners.items.find((partner) => partner.name === 'E2E Crisis Line');
  const escalated = await request.post('/api/v1/escalations', { headers: moderator, data: { flagId: item?.id, partnerId: line?.id, basis: 'member_consent' } });
  expect(escalated.status(), await escalated.text()).toBeLessThan(300);
  return ((await escalated.json()) as { id: string }).id;
}

/**
 * The counsellor takes the case and closes it: the line's test webhook never answers, and a case
 * left open would stand in its one portal as one that did not reach its system, for other tests.
 */
async function closeCase(request: APIRequestContext, counsellorToken: string, escalationId: string, outcome: string): Promise<void> {
  const asCounsellor = { Authorization: `Bearer ${counsellorToken}` };
  expect((await request.post(`/api/v1/partner/escalations/${escalationId}/ack`, { headers: asCounsellor })).status()).toBeLessThan(300);
  const closed = await request.post(`/api/v1/partner/escalations/${escalationId}/outcome`, { headers: asCounsellor, data: { outcome } });
  expect(closed.status(), await closed.text()).toBeLessThan(300);
}

test('from a crisis post, through consent, the escalation and the partner’s acknowledgement, to the counsellor and the member talking in a private room, until the member withdraws their request', async ({ browser, page, request, axe }, testInfo) => {
  test.setTimeout(120_000);
  await clearQueue(request);

  // The member writes in crisis, sees the panel, and asks for a counsellor to reach out in chat.
  const member = await registeredMember(request);
  await seedSession(page, member);
  await page.goto('/');
  await expect(page.getByTestId('signed-in-pseudonym')).toContainText(member.member.pseudonym);
  await request.post('/api/v1/threads', {
    headers: { Authorization: `Bearer ${member.accessToken}` },
    data: { categorySlug: 'depression', title: 'Cannot go on', body: 'I want to end my life. I do not see another way.' },
  });
  const panel = page.getByRole('region', { name: 'Support you can reach now' });
  await expect(panel).toBeVisible({ timeout: 10_000 });
  await panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" }).click();
  const consent = panel.getByRole('form', { name: 'Ask a crisis counsellor to contact you' });
  await expect(consent.getByRole('radio', { name: 'A private chat here' })).toBeChecked();
  await axe.check('crisis panel with the outreach form');
  await consent.getByRole('button', { name: 'Ask for a counsellor' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'put you in touch with a crisis counsellor' })).toBeVisible();

  // The moderator sees the request on top, and escalates it to the partner with an excerpt.
  const moderator = await openAs(browser, await operatorGrant(request, 'moderator'), '/mod');
  const first = moderator.getByRole('list', { name: 'Review items, most urgent first' }).getByRole('listitem').first();
  await expect(first).toContainText('Support request', { timeout: 10_000 });
  await first.getByRole('link', { name: 'Support request' }).click();
  const form = moderator.getByRole('form', { name: 'Act on this item' });
  await form.getByLabel('Action').selectOption('escalate');
  await expect(form.getByLabel('Partner', { exact: true })).toContainText('E2E Crisis Line');
  await form.getByLabel('Excerpt for the partner (only what they need)').fill('Asked for a counsellor; feels there is no other way.');
  await form.getByRole('button', { name: 'Confirm' }).click();
  await expect(moderator.getByText('Sent to E2E Crisis Line.')).toBeVisible();

  // The counsellor acknowledges in the partner portal and opens the private room.
  const counsellor = await openAs(browser, await operatorGrant(request, 'counsellor'), '/partner');
  // A partner's pages ask the api only for what a partner may have (crisis notices are members').
  const refused: string[] = [];
  counsellor.on('response', (response) => {
    if (response.status() === 403) refused.push(response.url());
  });
  await counsellor.reload();
  await expect(counsellor.getByRole('heading', { level: 1, name: 'Escalations for your organisation' })).toBeVisible();
  const card = counsellor.getByRole('article').first();
  await expect(card).toContainText('Asked for a counsellor; feels there is no other way.');
  await expect(card).toContainText('the member asked');
  // "Acknowledge" goes away once pressed; keyboard focus stays on the case instead of going back to the top.
  const acknowledgements: string[] = [];
  counsellor.on('request', (request) => {
    if (request.url().endsWith('/ack')) acknowledgements.push(request.method());
  });
  await card.getByRole('button', { name: 'Acknowledge' }).press('Enter');
  await expect(card).toContainText('acknowledged');
  await expect(card).toBeFocused();
  // Through the route that answers a repeat with the case unchanged, not an error.
  expect(acknowledgements).toEqual(['POST']);
  await card.getByRole('link', { name: 'Open the private chat with the member' }).click();
  await expect(counsellor.getByRole('heading', { level: 1, name: 'A private conversation' })).toBeVisible();
  // Described from the counsellor's side, not the member's ("Just you and a crisis counsellor.").
  await expect(counsellor.getByText('Just you and the member who asked for a counsellor.')).toBeVisible();
  expect(refused).toEqual([]);
  const counsellorBox = counsellor.getByRole('textbox', { name: 'Your message' });
  await counsellorBox.fill("Hi, I'm from the crisis line. I'm here with you. How are you right now?");
  await counsellorBox.press('Enter');

  // The member's panel, still open, says a counsellor has the request and shows the way in (told live, no reload).
  await expect(panel.getByRole('status').filter({ hasText: 'A crisis counsellor has your request and is with you in your private chat.' })).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('link', { name: 'Open your private chat' })).toBeVisible();
  await axe.check('the panel with the private chat ready');
  // The member finds the room first under Chat, marked private, and answers; the counsellor hears it.
  await page.goto('/chat');
  const firstRoom = page.getByRole('list', { name: 'Rooms' }).getByRole('listitem').first();
  await expect(firstRoom.getByRole('link', { name: 'A private conversation' })).toBeVisible();
  await expect(firstRoom.getByText('private', { exact: true })).toBeVisible();
  await expect(firstRoom).toContainText('Just you and a crisis counsellor.');
  await axe.check('rooms with the private one');
  await page.getByRole('list', { name: 'Rooms' }).getByRole('link', { name: 'A private conversation' }).click();
  const memberLog = page.getByRole('log', { name: 'Messages in A private conversation' });
  await expect(memberLog).toContainText("I'm from the crisis line. I'm here with you.");
  await axe.check('the private room');
  const memberBox = page.getByRole('textbox', { name: 'Your message' });
  await memberBox.fill('Thank you for coming. It has been a really hard night.');
  await memberBox.press('Enter');
  await expect(counsellor.getByRole('log', { name: 'Messages in A private conversation' })).toContainText('It has been a really hard night.');

  // The partner's webhook never answered: the admins' view shows the failed delivery, and can send it again.
  const adminPage = await openAs(browser, await operatorGrant(request, 'admin'), '/admin/escalations');
  const failed = adminPage.getByRole('article').filter({ hasText: 'delivery failed' }).first();
  await expect(failed).toBeVisible({ timeout: 15_000 });
  await expect(failed).toContainText('member consent');
  // Which line it was, so the admin knows whom to call.
  await expect(failed).toContainText('To E2E Crisis Line');
  await failed.getByRole('button', { name: 'Deliver again' }).click();
  await expect(failed.getByRole('status')).toHaveText('Queued for delivery again.');

  // The member changes their mind: asked first, then told plainly what happened; the line's portal shows the case withdrawn, without their words.
  await panel.getByRole('button', { name: 'Withdraw my request' }).click();
  const dialog = page.getByRole('dialog', { name: 'Withdraw your request for a counsellor?' });
  await expect(dialog).toContainText('they are told you withdrew it and leave your private chat');
  await axe.check('the dialog asking before a withdrawal');
  await dialog.getByRole('button', { name: 'Withdraw my request' }).click();
  await expect(panel.getByRole('status').filter({ hasText: 'You withdrew your request. No counsellor will contact you about it' })).toBeVisible();
  await expect(dialog).toBeHidden();
  // The button pressed went with its dialog: focus is on the words saying what happened.
  await expect(panel.getByText('You withdrew your request. No counsellor will contact you about it', { exact: false })).toBeFocused();
  await axe.check('the panel after the withdrawal');
  // The counsellor, still in the private chat, is not left writing to nobody: the page says it has closed for them.
  await counsellorBox.fill('Are you still there?');
  await counsellorBox.press('Enter');
  await expect(counsellor.getByRole('alert').filter({ hasText: "You can't join this room right now" })).toContainText('This conversation has closed for you, so nothing more can be sent here.', { timeout: 10_000 });
  await expectNoAxeViolations(counsellor, testInfo, 'the private chat closed for the counsellor');
  await counsellor.goto('/partner');
  const withdrawn = counsellor.getByRole('article').first();
  await expect(withdrawn.getByRole('alert', { name: 'Withdrawn by the member' })).toContainText('please do not contact them about it');
  await expect(withdrawn).toContainText('withdrawn by the member');
  await expect(withdrawn).not.toContainText('feels there is no other way');
  await expect(withdrawn.getByRole('link', { name: 'Open the private chat with the member' })).toHaveCount(0);
  await expectNoAxeViolations(counsellor, testInfo, 'the partner portal with a withdrawn case');

  await Promise.all([moderator.context().close(), counsellor.context().close(), adminPage.context().close()]);
});

test('a member who gives a new number after their case reached a crisis line is told plainly it was passed on, and the counsellor sees the new number, and is told how to reach them safely once their words tell of danger', async ({ browser, page, request, axe }, testInfo) => {
  test.setTimeout(90_000);
  const member = await registeredMember(request);
  const asMember = { Authorization: `Bearer ${member.accessToken}` };
  await seedSession(page, member);
  await page.goto('/');
  await expect(page.getByTestId('signed-in-pseudonym')).toContainText(member.member.pseudonym);
  await request.post('/api/v1/threads', { headers: asMember, data: { categorySlug: 'depression', title: 'Tonight', body: 'I want to end my life tonight.' } });
  const panel = page.getByRole('region', { name: 'Support you can reach now' });
  await expect(panel).toBeVisible({ timeout: 10_000 });
  await panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" }).click();
  const consent = panel.getByRole('form', { name: 'Ask a crisis counsellor to contact you' });
  await consent.getByRole('radio', { name: 'A phone call' }).check();
  await consent.getByLabel('Your phone number').fill('+1 555 010 0181');
  await consent.getByRole('button', { name: 'Ask for a counsellor' }).click();
  await expect(panel.getByRole('button', { name: 'Change the number to call' })).toBeVisible();

  // A moderator hands the case to the line.
  const escalationId = await handToTheTestLine(request, member.member.id);

  // Their phone died; they borrowed one. The panel takes the new number and says it was passed on.
  await panel.getByRole('button', { name: 'Change the number to call' }).click();
  const change = panel.getByRole('form', { name: 'Change the number to call' });
  await expect(change.getByLabel('Your new phone number')).toHaveJSProperty('required', true);
  await axe.check('crisis panel changing the number to call');
  await change.getByLabel('Your new phone number').fill('+1 555 010 0192');
  await change.getByRole('button', { name: 'Use this number' }).click();
  const passedOn = panel.getByRole('status').filter({ hasText: 'We have passed your new number on, so the counsellor will call you on that one.' });
  await expect(passedOn).toBeVisible();
  await expect(change).toHaveCount(0);
  // The form that held focus is gone: focus is on the words saying the number was passed on.
  await expect(passedOn).toBeFocused();
  // Opened again and left with "Keep the number I gave": back on the button that opened it.
  await panel.getByRole('button', { name: 'Change the number to call' }).click();
  await panel.getByRole('form', { name: 'Change the number to call' }).getByRole('button', { name: 'Keep the number I gave' }).click();
  await expect(panel.getByRole('button', { name: 'Change the number to call' })).toBeFocused();
  await axe.check('crisis panel after the new number was passed on');

  // The counsellor's portal shows the number to call now, and when it changed.
  const counsellorGrant = await operatorGrant(request, 'counsellor');
  const counsellor = await openAs(browser, counsellorGrant, '/partner');
  const card = counsellor.getByRole('article').filter({ hasText: '+1 555 010 0192' });
  await expect(card).toHaveCount(1);
  await expect(card).not.toContainText('+1 555 010 0181');
  await expect(card.getByRole('list', { name: 'Timeline' })).toContainText('the member gave a new number to call');
  await expect(card.getByRole('note')).toHaveCount(0);
  await expectNoAxeViolations(counsellor, testInfo, 'the partner portal with a changed number');

  // Then their words tell of someone at home threatening them: once the worker has read them, the
  // counsellor's card says how to reach them safely (the portal refreshes every 15 s; reloaded here).
  await request.post('/api/v1/threads', { headers: asMember, data: { categorySlug: 'depression', title: 'At home', body: 'He told me if I leave he will kill me.' } });
  const caution = card.getByRole('note').filter({ hasText: 'Someone may be hurting this member' });
  await expect(async () => {
    await counsellor.reload();
    await expect(caution).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(caution).toContainText('Ask first whether it is safe to talk now');
  await expect(card.getByRole('list', { name: 'Timeline' })).toContainText('the member told of someone hurting or threatening them');
  await expectNoAxeViolations(counsellor, testInfo, 'the partner portal told of danger');
  await counsellor.context().close();
  await closeCase(request, counsellorGrant.accessToken, escalationId, 'Called the member on the new number.');
});

test('a member who asked for messages would rather be called once a crisis line has the case: the panel says plainly the line was told, and the counsellor sees the number to call', async ({ browser, page, request, axe }, testInfo) => {
  test.setTimeout(90_000);
  const member = await registeredMember(request);
  const asMember = { Authorization: `Bearer ${member.accessToken}` };
  await seedSession(page, member);
  await page.goto('/');
  await expect(page.getByTestId('signed-in-pseudonym')).toContainText(member.member.pseudonym);
  await request.post('/api/v1/threads', { headers: asMember, data: { categorySlug: 'depression', title: 'Tonight', body: 'I want to end my life tonight.' } });
  const panel = page.getByRole('region', { name: 'Support you can reach now' });
  await expect(panel).toBeVisible({ timeout: 10_000 });
  await panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" }).click();
  const consent = panel.getByRole('form', { name: 'Ask a crisis counsellor to contact you' });
  await expect(consent.getByRole('radio', { name: 'A private chat here' })).toBeChecked();
  await consent.getByRole('button', { name: 'Ask for a counsellor' }).click();
  await expect(panel.getByRole('button', { name: 'I’d rather they call me' })).toBeVisible();

  // A moderator hands the case to the line.
  const escalationId = await handToTheTestLine(request, member.member.id);

  // An hour later they would rather talk: they give a number, and read plainly that the line was told.
  await panel.getByRole('button', { name: 'I’d rather they call me' }).click();
  const switching = panel.getByRole('form', { name: 'Ask to be called instead' });
  await expect(switching.getByLabel('Your phone number')).toHaveJSProperty('required', true);
  await axe.check('crisis panel switching to a call');
  await switching.getByLabel('Your phone number').fill('+1 555 010 0203');
  await switching.getByRole('button', { name: 'Call me on this number' }).click();
  const told = panel.getByRole('status').filter({ hasText: 'We have told the crisis line you would rather they call you, and given them your number.' });
  await expect(told).toBeVisible();
  await expect(switching).toHaveCount(0);
  await expect(told).toBeFocused();
  // Now a phone request: its number can change, and they can switch back.
  await expect(panel.getByRole('button', { name: 'Change the number to call' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'I’d rather they message me here' })).toBeVisible();
  await axe.check('crisis panel after switching to a call');

  // The counsellor's portal says how to reach the member now: a call, on that number.
  const counsellorGrant = await operatorGrant(request, 'counsellor');
  const counsellor = await openAs(browser, counsellorGrant, '/partner');
  const card = counsellor.getByRole('article').filter({ hasText: '+1 555 010 0203' });
  await expect(card).toHaveCount(1);
  await expect(card).toContainText('How to reach the member now: a phone call. Number to call: +1 555 010 0203.');
  await expect(card.getByRole('list', { name: 'Timeline' })).toContainText('the member changed how to reach them · The member would rather be called');
  await expectNoAxeViolations(counsellor, testInfo, 'the partner portal after the member switched to a call');
  await counsellor.context().close();
  await closeCase(request, counsellorGrant.accessToken, escalationId, 'Called the member.');
});

test('a hand-off that cannot be delivered comes back to the moderators, who hand the member to another line with their consent', async ({ browser, page, request, axe }, testInfo) => {
  test.setTimeout(90_000);
  await clearQueue(request);
  const admin = await operatorGrant(request, 'admin');
  // A second line (its webhook answers nothing either: only the hand-off on our side is watched here).
  const second = await request.post('/api/v1/admin/partners', {
    headers: { Authorization: `Bearer ${admin.accessToken}` },
    data: { name: `Second Line ${Date.now()}`, regions: ['US'], hours: 'Evenings', webhookUrl: 'http://127.0.0.1:9/second' },
  });
  expect(second.status()).toBe(201);
  const secondLine = ((await second.json()) as { name: string }).name;
  const member = await registeredMember(request);
  const asked = await request.post('/api/v1/me/outreach', { headers: { Authorization: `Bearer ${member.accessToken}` }, data: { channel: 'in_app' } });
  expect(asked.status()).toBe(201);

  await openAs(page, await operatorGrant(request, 'moderator'), '/mod');
  const first = page.getByRole('list', { name: 'Review items, most urgent first' }).getByRole('listitem').first();
  await expect(first).toContainText('Asked for a crisis counsellor to contact them in a private chat here.');
  await axe.check('the queue with the request on top');
  await first.getByRole('link', { name: 'Support request' }).click();
  const form = page.getByRole('form', { name: 'Act on this item' });
  await form.getByLabel('Action').selectOption('escalate');
  await form.getByLabel('Partner', { exact: true }).selectOption({ label: 'E2E Crisis Line (US, GB, 24/7)' });
  await form.getByLabel('Excerpt for the partner (only what they need)').fill('Asked for a chat tonight.');
  await form.getByRole('button', { name: 'Confirm' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Sent to E2E Crisis Line.')).toBeVisible();
  await expect(page.getByTestId('item-outcome')).toBeFocused();
  const handoffs = page.getByRole('region', { name: 'Hand-offs to crisis lines' });
  await expect(handoffs.getByTestId('handoff')).toContainText('E2E Crisis Line');

  // Every retry fails: the moderator is told at once, on the page they are on, where "Sent to"
  // was (and focus with it), not beside it: once, never both.
  const alert = page.getByRole('alert').filter({ hasText: 'A hand-off to E2E Crisis Line could not be delivered' });
  await expect(alert).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('Sent to E2E Crisis Line.')).toHaveCount(0);
  await expect(alert).toHaveCount(1);
  await expect(page.getByTestId('item-outcome')).toContainText('could not be delivered');
  await expect(page.getByTestId('item-outcome')).toBeFocused();
  await expect(handoffs.getByTestId('handoff')).toContainText('could not be delivered', { timeout: 10_000 });
  await axe.check('the item whose hand-off failed, with the alert');

  // The line's own portal still has the case, saying it never reached their system.
  const counsellor = await openAs(browser, await operatorGrant(request, 'counsellor'), '/partner');
  const stranded = counsellor.getByRole('article').filter({ hasText: 'This case did not reach your system' });
  await expect(stranded).toHaveCount(1);
  await expect(stranded).toContainText('Asked for a chat tonight.');
  await expect(stranded.getByRole('list', { name: 'Timeline' })).toContainText('could not be delivered to your system · after 5 attempts');
  await expectNoAxeViolations(counsellor, testInfo, 'the partner portal with a case that did not arrive');

  await alert.getByRole('link', { name: 'Open their item' }).click();

  // The member is a new item on top, saying what happened, with the failed hand-off below.
  await expect(page.getByRole('heading', { level: 1, name: 'Support request' })).toBeVisible();
  await expect(page.getByTestId('item-body')).toHaveText('The hand-off to E2E Crisis Line (in a private chat here) could not be delivered; no counsellor has the case.');
  await expect(handoffs.getByText('A hand-off did not arrive')).toBeVisible();
  await axe.check('the member back on top, with the failed hand-off');

  // Handed to the second line on the consent the member gave: the failed one is closed.
  await form.getByLabel('Action').selectOption('escalate');
  await form.getByLabel('Partner', { exact: true }).selectOption({ label: `${secondLine} (US, Evenings)` });
  await form.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText(`Sent to ${secondLine}.`)).toBeVisible();
  const entries = handoffs.getByTestId('handoff');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText(secondLine);
  await expect(entries.nth(0)).toContainText('the member asked for it');
  await expect(entries.nth(1)).toContainText('Not delivered; replaced by a new hand-off.');
  await axe.check('the member handed to another line');

  // The first line sees it closed, without the member's words.
  await counsellor.reload();
  const replaced = counsellor.getByRole('article').filter({ hasText: 'Not delivered; replaced by a new hand-off.' });
  await expect(replaced).toHaveCount(1);
  await expect(replaced).not.toContainText('Asked for a chat tonight.');
  await expect(counsellor.getByRole('article').filter({ hasText: 'This case did not reach your system' })).toHaveCount(0);
  await counsellor.context().close();
});

test('the admins’ escalation view and queue dashboard pass axe, and the dashboard shows both queues', async ({ page, request, axe }) => {
  await seedSession(page, await operatorGrant(request, 'admin'));
  await page.goto('/admin/escalations');
  await expect(page.getByRole('heading', { level: 1, name: 'Partner escalations' })).toBeVisible();
  await axe.check('admin escalations');
  await page.goto('/admin/queues');
  const table = page.getByRole('table', { name: 'Jobs by queue and state' });
  await expect(table.getByRole('rowheader', { name: 'moderation' })).toBeVisible();
  await expect(table.getByRole('rowheader', { name: 'partner-webhooks' })).toBeVisible();
  await axe.check('admin queues');
});

test('the partner portal passes axe and shows nothing to someone who is not a partner', async ({ page, request, axe }) => {
  const member = await registeredMember(request);
  await seedSession(page, member);
  await page.goto('/partner');
  await expect(page.getByTestId('signed-in-pseudonym')).toContainText(member.member.pseudonym);
  await expect(page.getByText('This page is for the crisis-line partners')).toBeVisible();
  await axe.check('partner portal as a member');
  expect((await request.get('/api/v1/partner/escalations', { headers: { Authorization: `Bearer ${member.accessToken}` } })).status()).toBe(403);
});

test('a counsellor lands on their portal, not the members’ forum, and the header offers only what a partner can use', async ({ browser, request }, testInfo) => {
  const counsellor = await (await browser.newContext()).newPage();
  const refused: string[] = [];
  const asking = new Set<unknown>();
  counsellor.on('request', (sent) => {
    if (sent.url().includes('/api/v1/')) asking.add(sent);
  });
  counsellor.on('requestfinished', (done) => asking.delete(done));
  counsellor.on('requestfailed', (failed) => asking.delete(failed));
  counsellor.on('response', (response) => {
    if (response.status() === 403) refused.push(new URL(response.url()).pathname);
  });
  await openAs(counsellor, await operatorGrant(request, 'counsellor'), '/');
  await expect(counsellor).toHaveURL(/\/partner$/);
  await expect(counsellor.getByRole('heading', { level: 1, name: 'Escalations for your organisation' })).toBeVisible();
  await expect(counsellor.getByRole('link', { name: 'Start a thread' })).toHaveCount(0);
  // Back does not return to the forum home they never asked for.
  expect(await counsellor.evaluate(() => history.length)).toBe(2);

  // A forum address (a link someone shared) brings them to the portal too, saying why.
  await counsellor.goto('/c/depression');
  await expect(counsellor).toHaveURL(/\/partner$/);
  await expect(counsellor.getByRole('note')).toHaveText('The forum is for members. Crisis-line partners see the cases handed to them here.');
  await expectNoAxeViolations(counsellor, testInfo, 'the portal after a forum address');

  // Every place the header leads answers a partner (nothing refused), and the home link is the portal.
  const header = counsellor.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Lantern', exact: true })).toHaveAttribute('href', '/partner');
  const targets = await header.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(targets).toEqual(expect.arrayContaining(['/partner', '/chat', '/help', '/account']));
  // (The portal, where they are, was already seen to ask nothing refused.)
  for (const target of new Set(targets.filter((href) => href !== '/partner'))) {
    await counsellor.goto(target);
    await expect(counsellor.getByTestId('signed-in-pseudonym')).toBeVisible();
    await expect(counsellor.getByRole('heading', { level: 1 })).toBeVisible();
    await expect.poll(() => asking.size).toBe(0);
    expect(counsellor.url(), `${target} kept the counsellor there`).toContain(target);
  }
  expect(refused).toEqual([]);
  await counsellor.context().close();
});
