import type { APIRequestContext } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { afterTwoFrames, focusedElement } from './support/focus';
import { holdRequests } from './support/held-requests';
import { openAs, operatorGrant, registeredMember as member, resolveThroughReport, signInElsewhere, type Grant } from './support/operators';

const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });

/** A thread of the writer's, whose first post a report can put on the queue. */
async function postBy(request: APIRequestContext, writer: Grant, title: string): Promise<string> {
  const created = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'anxiety', title, body: 'You are all idiots.' } });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { firstPost: { id: string } }).firstPost.id;
}

test.describe('what the moderators tell a member', () => {
  test('a member whose chat a moderator pauses is told at once, with the end in their own time and a way to a person', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const [writer, reporter] = [await member(request), await member(request)];
    const postId = await postBy(request, writer, `Muted ${crypto.randomUUID().slice(0, 8)}`);
    await openAs(page, writer, '/chat');
    await expect(page.getByTestId('restriction-notice')).toHaveCount(0);

    await resolveThroughReport(request, postId, { action: 'mute', durationMinutes: 60 }, reporter);
    const notice = page.getByRole('region', { name: 'Your chat messages are paused' });
    await expect(notice).toContainText('A moderator has paused your chat messages until');
    // The server's rule, as every refusal words it: under 90 minutes, in minutes.
    await expect(notice).toContainText(/\(in (60|59) minutes\)/);
    await expect(notice).toContainText('You can still read the rooms, and post in the forum.');
    await expect(notice.getByRole('link', { name: 'people are there to talk to' })).toHaveAttribute('href', '/help');
    await axe.check('chat rooms while muted');

    // After a reload it comes from the member's own record, not the live event.
    await page.reload();
    await expect(notice).toBeVisible();

    // In a room, the member may write but not send, and is told why, before anything is refused.
    await page.goto('/chat/lounge');
    await expect(notice).toBeVisible();
    const box = page.getByRole('textbox', { name: 'Your message' });
    await expect(box).toHaveAccessibleDescription(/Your chat messages are paused for now/);
    await box.fill('Can anyone hear me?');
    await box.press('Enter');
    await expect(box).toHaveValue('Can anyone hear me?');
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
    await axe.check('chat room while muted');

    // Words of crisis while paused: the note beside the composer does not say they can send, and
    // brings a moderator itself (the crisis panel only follows words that were posted).
    const words = "I can't do this any more, I want to die tonight";
    await box.fill(words);
    const nudge = page.getByRole('complementary', { name: 'Support while you write' });
    await expect(nudge).toContainText("This can't be sent while you're paused, but you don't have to wait to talk to someone");
    await expect(nudge.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await axe.check('chat room while muted, words of crisis');
    await nudge.getByRole('button', { name: 'Talk to a moderator now' }).click();
    await expect(nudge).toContainText('A moderator has been asked to join you.');
    await expect(box).toHaveValue(words);
    await axe.check('chat room while muted, a moderator asked');
    // On top of the moderators' queue, as from the crisis panel; the words stayed in the browser.
    const moderator = { Authorization: `Bearer ${(await operatorGrant(request, 'moderator')).accessToken}` };
    const item = async () =>
      ((await (await request.get('/api/v1/moderation/queue', { headers: moderator })).json()) as { items: Array<{ contentType: string; contentId: string; excerpt: string }> }).items.find(
        (entry) => entry.contentType === 'member' && entry.contentId === writer.member.id,
      );
    await expect.poll(async () => (await item())?.excerpt).toBe('Asked to talk to a moderator now.');
    expect((await item())?.excerpt).not.toContain('want to die');

    // The moderator opens a private chat: there, paused or not, the member talks with them.
    const asked = ((await (await request.get('/api/v1/moderation/queue', { headers: moderator })).json()) as { items: Array<{ id: string; contentId: string }> }).items.find(
      (entry) => entry.contentId === writer.member.id,
    );
    const opened = await request.post(`/api/v1/moderation/flags/${asked?.id}/support-room`, { headers: moderator });
    expect(opened.status()).toBe(200);
    const { room } = (await opened.json()) as { room: string };
    await page.goto(`/chat/${room}`);
    await expect(page.getByRole('heading', { level: 1, name: 'A private conversation' })).toBeVisible();
    await expect(box).toHaveAccessibleDescription('Enter sends; Shift+Enter starts a new line.');
    await box.fill('I am here. It is a bad night.');
    await box.press('Enter');
    await expect(page.getByRole('log', { name: 'Messages in A private conversation' })).toContainText('I am here. It is a bad night.');
    await expect(box).toHaveValue('');
    await axe.check('a paused member in their private chat');
  });

  test('a moderator lifts a mute set in error from the member page: the member, in a room, can send again at once', async ({ browser, page, request, axe }, testInfo) => {
    test.setTimeout(60_000);
    const [writer, reporter] = [await member(request), await member(request)];
    const postId = await postBy(request, writer, `Lifted ${crypto.randomUUID().slice(0, 8)}`);
    await resolveThroughReport(request, postId, { action: 'mute', durationMinutes: 60 * 24 * 365 }, reporter);
    await openAs(page, writer, '/chat/lounge');
    const notice = page.getByRole('region', { name: 'Your chat messages are paused' });
    await expect(notice).toBeVisible();
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();

    const moderator = await openAs(browser, await operatorGrant(request, 'moderator'), `/mod/members/${writer.member.id}`);
    await moderator.getByRole('button', { name: 'Lift the mute…' }).click();
    const form = moderator.getByRole('form', { name: 'Lift the mute' });
    await expect(form).toContainText('Their chat messages are paused until');
    await form.getByRole('button', { name: 'Lift the mute' }).click();
    await expect(form.getByText('Say why, for the moderators’ record.')).toBeVisible();
    await expect(form.getByLabel('Why (for the moderators’ record)')).toBeFocused();
    await expectNoAxeViolations(moderator, testInfo, 'the lift form, no reason yet');
    await form.getByLabel('Why (for the moderators’ record)').fill('A year was meant to be an hour.');
    await form.getByRole('button', { name: 'Lift the mute' }).click();
    const done = moderator.getByRole('status').filter({ hasText: 'Their chat messages are no longer paused' });
    await expect(done).toBeFocused();
    await expectNoAxeViolations(moderator, testInfo, 'the member page, the mute lifted');
    await moderator.context().close();

    // The member's page follows at once: no notice, and the message goes.
    await expect(notice).toHaveCount(0, { timeout: 10_000 });
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill('Thank you. I can talk again.');
    await box.press('Enter');
    await expect(page.getByRole('log', { name: 'Messages in Lounge' })).toContainText('Thank you. I can talk again.');
    await axe.check('chat room, the mute lifted');
  });

  test('a warned member sees the note at once on the page they are on, says they read it, and finds it on their account page; moderators read one warning on their record', async ({ browser, page, request, axe }, testInfo) => {
    test.setTimeout(60_000);
    const [writer, reporter] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const created = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'anxiety', title: `Heated ${tag}`, body: 'You are all idiots.' } });
    expect(created.status()).toBe(201);
    const thread = (await created.json()) as { firstPost: { id: string } };

    await openAs(page, writer, '/help');
    await expect(page.getByTestId('moderator-note')).toHaveCount(0);
    const words = `Please keep it kind here (${tag}); people reading are hurting too.`;
    const itemId = await resolveThroughReport(request, thread.firstPost.id, { action: 'warn', body: words }, reporter);

    // Live, without a reload, with a way to a person.
    const note = page.getByRole('region', { name: 'A note from the moderators' });
    await expect(note).toContainText(words);
    await expect(note.getByRole('link', { name: 'people are there to talk to' })).toHaveAttribute('href', '/help');
    await axe.check('help page with a note from the moderators');

    // Still there after a reload, until the member says they read it; then gone, here and after a reload.
    await page.reload();
    await expect(note).toContainText(words);
    await note.getByRole('button', { name: "I've read this" }).click();
    await expect(note).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(note).toHaveCount(0);

    // The account page keeps every note, read or not.
    await page.goto('/account');
    const list = page.getByRole('region', { name: 'Notes from the moderators' });
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list.getByRole('listitem')).toContainText(words);
    await expect(list.getByText('new', { exact: true })).toHaveCount(0);
    await axe.check('account page with a read note');

    // The moderators read the member's record with the count in words: one warning, not "1 warnings".
    const moderatorPage = await openAs(browser, await operatorGrant(request, 'moderator'), `/mod/items/${itemId}`);
    const record = moderatorPage.getByRole('region', { name: 'The member' });
    await expect(record).toContainText(`${writer.member.pseudonym} · member · joined`);
    await expect(record).toContainText('· 1 warning');
    await expect(record).not.toContainText('1 warnings');
    await expectNoAxeViolations(moderatorPage, testInfo, 'the warned member on the resolved item');
    await moderatorPage.context().close();
  });

  test('a member with two notes reads them by keyboard: focus stays on "I\'ve read this" for the next, and goes to the page once none are left', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const [writer, reporter] = [await member(request), await member(request)];
    const tag = crypto.randomUUID().slice(0, 8);
    const first = `First, please keep it kind (${tag}).`;
    const second = `Second, people reading are hurting too (${tag}).`;
    await resolveThroughReport(request, await postBy(request, writer, `Heated ${tag}`), { action: 'warn', body: first }, reporter);
    await resolveThroughReport(request, await postBy(request, writer, `Heated again ${tag}`), { action: 'warn', body: second }, reporter);

    await openAs(page, writer, '/help');
    const note = page.getByRole('region', { name: 'A note from the moderators' });
    await expect(note).toContainText(first);
    await expect(note).toContainText('1 more after this one');
    await axe.check('help page with two notes from the moderators');
    const read = note.getByRole('button', { name: "I've read this" });
    const marking = await holdRequests(page, '**/api/v1/me/moderator-notes/*/seen', 'POST');
    await read.focus();
    await page.keyboard.press('Enter');
    // While it saves the button is busy but keeps the focus (not disabled, which would drop it).
    await expect.poll(() => marking.count()).toBe(1);
    await afterTwoFrames(page);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(read).toBeFocused();
    await expect(read).toHaveAttribute('aria-disabled', 'true');
    marking.release();
    // The next note takes its place, and the button keeps the focus.
    await expect(note).toContainText(second);
    await expect(note).not.toContainText('more after this one');
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(read).toBeFocused();
    await page.unroute('**/api/v1/me/moderator-notes/*/seen');
    await page.keyboard.press('Enter');
    // None left: the banner goes, and focus is on the page's main content, not dropped to the body.
    await expect(note).toHaveCount(0);
    await expect.poll(() => focusedElement(page)).not.toBe('the page body');
    await expect(page.getByRole('main')).toBeFocused();
    await axe.check('help page, both notes read');
  });

  test('a moderator gives a member a new name from the item page: the member, already on a page, sees it and is told why, and their old name still signs them in', async ({ browser, page, request, axe }, testInfo) => {
    test.setTimeout(90_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const oldName = `Jordan Ellery ${tag}`;
    const passphrase = 'a long lantern phrase';
    const joined = await request.post('/api/v1/auth/register', { data: { pseudonym: oldName, passphrase } });
    expect(joined.status()).toBe(201);
    const writer = (await joined.json()) as Grant;
    const firstPost = await postBy(request, writer, `My week ${tag}`);

    // The member is on a page of Lantern when it happens.
    await openAs(page, writer, '/help');

    // A report puts the post on the queue; the moderator opens it and replaces the name from the member's record.
    const reporter = await member(request);
    expect((await request.post(`/api/v1/posts/${firstPost}/reports`, { headers: bearer(reporter), data: { reason: 'other', note: 'That is their full real name.' } })).status()).toBe(201);
    const moderator = await operatorGrant(request, 'moderator');
    let itemId: string | undefined;
    await expect
      .poll(async () => {
        const queue = (await (await request.get('/api/v1/moderation/queue', { headers: bearer(moderator) })).json()) as { items: Array<{ id: string; contentId: string }> };
        itemId = queue.items.find((item) => item.contentId === firstPost)?.id;
        return itemId;
      })
      .toBeTruthy();
    const moderatorPage = await openAs(browser, moderator, `/mod/items/${itemId}`);
    const record = moderatorPage.getByRole('region', { name: 'The member' });
    await expect(record).toContainText(`${oldName} · member`);
    const opener = record.getByRole('button', { name: 'Give a new name…' });
    const form = record.getByRole('form', { name: 'Give a new name' });
    // Opened and cancelled by keyboard: focus is back on the button that opened the form.
    await opener.focus();
    await moderatorPage.keyboard.press('Enter');
    await form.getByRole('button', { name: 'Cancel' }).focus();
    await moderatorPage.keyboard.press('Enter');
    await expect(form).toHaveCount(0);
    await expect.poll(() => focusedElement(moderatorPage)).not.toBe('the page body');
    await expect(opener).toBeFocused();
    await opener.click();
    // Nothing is sent without a reason for the record; the field says so and has the focus.
    await form.getByRole('button', { name: 'Give a new name' }).click();
    const why = form.getByLabel('Why (for the moderators’ record)');
    await expect(why).toBeFocused();
    await expect(form).toContainText('Say why, for the moderators’ record.');
    await expectNoAxeViolations(moderatorPage, testInfo, 'the new-name form with a missing reason');
    await why.fill('Their full real name, reported by another member.');
    await form.getByLabel('A word to them (optional)').fill(`We changed it to keep you anonymous here (${tag}).`);
    await form.getByRole('button', { name: 'Give a new name' }).focus();
    await moderatorPage.keyboard.press('Enter');
    const done = record.getByRole('status');
    await expect(done).toContainText('They are now “');
    // The form went with the button pressed: focus is on the notice saying it is done.
    await expect.poll(() => focusedElement(moderatorPage)).not.toBe('the page body');
    await expect(done).toBeFocused();
    const newName = /They are now “([^”]+)”/.exec((await done.textContent()) ?? '')?.[1] ?? '';
    expect(newName).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$/);
    await expect(record).toContainText(`${newName} · member`);
    await expect(record).toContainText('· had 1 other name before');
    await expect(record).toContainText('new_name by');
    await expectNoAxeViolations(moderatorPage, testInfo, 'the member renamed');
    await moderatorPage.context().close();

    // The member's page follows without a reload: their new name in the header, and a note saying what happened and how to sign in.
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(newName, { timeout: 15_000 });
    const note = page.getByRole('region', { name: 'A note from the moderators' });
    await expect(note).toContainText(`A moderator gave you a new name: “${newName}”`);
    await expect(note).toContainText(`We changed it to keep you anonymous here (${tag}).`);
    await expect(note).toContainText('your old name still signs you in');
    await axe.check('help page with the note about a new name');

    // Signed out elsewhere, the old name and passphrase still find the account, under its new name.
    await signInElsewhere(browser, oldName, passphrase, newName);
  });
});
