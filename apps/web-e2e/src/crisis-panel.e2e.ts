import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/axe';

interface Grant {
  accessToken: string;
  refreshToken: string;
  member: { id: string; pseudonym: string };
}

/** Joins through the real api and hands the session to the page, as a returning member's tab has it. */
async function signedInMember(page: Page, request: APIRequestContext): Promise<Grant> {
  const response = await request.post('/api/v1/auth/register', { data: {} });
  expect(response.status()).toBe(201);
  const grant = (await response.json()) as Grant;
  await page.goto('/');
  await page.evaluate((token) => localStorage.setItem('lantern.refreshToken', token), grant.refreshToken);
  await page.reload();
  await expect(page.getByTestId('signed-in-pseudonym')).toContainText(grant.member.pseudonym);
  return grant;
}

async function currentAccessToken(request: APIRequestContext, page: Page): Promise<string> {
  // The page rotated the stored refresh token when it restored the session; take the newest.
  const refreshToken = await page.evaluate(() => localStorage.getItem('lantern.refreshToken'));
  const response = await request.post('/api/v1/auth/refresh', { data: { refreshToken } });
  const grant = (await response.json()) as Grant;
  await page.evaluate((token) => localStorage.setItem('lantern.refreshToken', token), grant.refreshToken);
  return grant.accessToken;
}

/** A signed-in member (this page's session) starts a thread through the real api, as their other tab would. */
async function startThreadAsMember(page: Page, request: APIRequestContext, data: { categorySlug: string; title: string; body: string }): Promise<void> {
  await signedInMember(page, request);
  const token = await currentAccessToken(request, page);
  const posted = await request.post('/api/v1/threads', { headers: { Authorization: `Bearer ${token}` }, data });
  expect(posted.status()).toBe(201);
}

test.describe('crisis support in front of the member', () => {
  test('a crisis post brings the panel with 988 within seconds; "talk to a moderator" and "I\'m safe" answer kindly', async ({ page, request, axe }) => {
    await startThreadAsMember(page, request, { categorySlug: 'depression', title: 'I cannot do this', body: 'I want to end my life tonight. I am so tired of everything.' });

    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText("You don't have to go through this alone");
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(panel.getByRole('link', { name: /^Text HOME to 741741/ })).toHaveAttribute('href', /^sms:741741/);
    // What to do in immediate danger, with the number to tap; and the Veterans line's menu choice.
    await expect(panel.getByTestId('emergency-line')).toContainText("If you're in immediate danger, call 911.");
    await expect(panel.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(panel.getByRole('link', { name: 'Call 988, then press 1' })).toHaveAttribute('href', 'tel:988');
    await axe.check('home with the crisis panel');
    // On a 375px phone, "Chat online" is a button to tap like calling and texting, each at least 44×44 CSS px (WCAG 2.5.5).
    await page.setViewportSize({ width: 375, height: 800 });
    const chat = panel.getByRole('link', { name: 'Chat online' });
    await expect(chat).toHaveAttribute('href', 'https://988lifeline.org/chat/');
    for (const target of [chat, panel.getByRole('link', { name: 'Call 988', exact: true }), panel.getByRole('link', { name: /^Text HOME to 741741/ })]) {
      const [box, label] = [await target.boundingBox(), (await target.textContent()) ?? ''];
      expect(box?.width, label).toBeGreaterThanOrEqual(44);
      expect(box?.height, label).toBeGreaterThanOrEqual(44);
    }
    // On a 320px phone every button says all its words: a long one wraps rather than being cut off.
    await page.setViewportSize({ width: 320, height: 800 });
    const clipped = await panel.getByRole('button').evaluateAll((buttons) =>
      buttons.filter((button) => [button, ...button.querySelectorAll('span')].some((box) => box.scrollWidth > box.clientWidth + 1)).map((button) => button.textContent),
    );
    expect(clipped).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Out of the way without saying "I'm safe": hidden to a slim bar, still hidden after a reload.
    await panel.getByRole('button', { name: 'Hide for now' }).click();
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toHaveCount(0);
    await expect(panel).toContainText('one tap away');
    await page.reload();
    await expect(panel.getByRole('button', { name: 'Show' })).toBeVisible({ timeout: 10_000 });
    await axe.check('home with the crisis panel hidden');
    await panel.getByRole('button', { name: 'Show' }).click();
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();

    // A counsellor asked for is not offered again on the next page.
    await panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" }).click();
    await panel.getByRole('button', { name: 'Ask for a counsellor' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'put you in touch with a crisis counsellor' })).toBeVisible();
    await page.reload();
    await expect(panel.getByRole('status').filter({ hasText: 'put you in touch with a crisis counsellor' })).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toHaveCount(0);

    await panel.getByRole('button', { name: 'Talk to a moderator now' }).click();
    await expect(panel.getByText(/A moderator has been asked to join you/)).toBeVisible();

    await panel.getByRole('button', { name: "I'm safe right now" }).click();
    await expect(panel).toHaveCount(0);
    await page.reload();
    await expect(page.getByTestId('signed-in-pseudonym')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Support you can reach now' })).toHaveCount(0);
  });

  test('by keyboard, each request for help keeps focus in the panel: on the form that opens, then on the answer', async ({ page, request, axe }) => {
    await startThreadAsMember(page, request, { categorySlug: 'depression', title: 'Past midnight', body: 'I want to end my life tonight. I cannot keep going.' });
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    const askCounsellor = panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" });
    await expect(askCounsellor).toBeVisible({ timeout: 10_000 });

    // The button is replaced by the form: focus goes to its first field (the choice already made),
    // and "Not now" gives the button back with focus on it.
    await askCounsellor.focus();
    await page.keyboard.press('Enter');
    const consent = panel.getByRole('form', { name: 'Ask a crisis counsellor to contact you' });
    await expect(consent.getByRole('radio', { name: 'A private chat here' })).toBeFocused();
    await axe.check('the panel with the outreach form, reached by keyboard');
    await consent.getByRole('button', { name: 'Not now' }).focus();
    await page.keyboard.press('Enter');
    await expect(askCounsellor).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(consent.getByRole('radio', { name: 'A private chat here' })).toBeFocused();

    // The form is replaced by where the request stands: focus is on those words.
    await consent.getByRole('button', { name: 'Ask for a counsellor' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByText(/put you in touch with a crisis counsellor/)).toBeFocused();

    // "Talk to a moderator now" is disabled once asked: focus is on the promise, not lost to the page.
    await panel.getByRole('button', { name: 'Talk to a moderator now' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByText(/A moderator has been asked to join you/)).toBeFocused();
    await expect(panel.getByRole('button', { name: 'Talk to a moderator now' })).toBeDisabled();
    await axe.check('the panel after asking for a counsellor and a moderator');
  });

  test('help for words just written comes in full even after an older panel was hidden, never restarts a panel in use, and "I\'m safe" answers for all of them; focus follows each step', async ({ page, request, axe }) => {
    await startThreadAsMember(page, request, { categorySlug: 'depression', title: 'Earlier tonight', body: 'I want to end my life tonight. I am so tired.' });
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible({ timeout: 10_000 });
    const token = await currentAccessToken(request, page);
    const open = async () => ((await (await request.get('/api/v1/me/crisis-notices', { headers: { Authorization: `Bearer ${token}` } })).json()) as { items: unknown[] }).items.length;
    const writeAgain = async (title: string, body: string) =>
      expect((await request.post('/api/v1/threads', { headers: { Authorization: `Bearer ${token}` }, data: { categorySlug: 'depression', title, body } })).status()).toBe(201);

    // While the member is asking for a call, more words of theirs bring a newer notice: the panel
    // in front of them is not restarted under them, the number they are typing stays.
    await panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" }).click();
    const consent = panel.getByRole('form', { name: 'Ask a crisis counsellor to contact you' });
    await consent.getByRole('radio', { name: 'A phone call' }).check();
    await consent.getByLabel('Your phone number').fill('+1 555 010 0227');
    await writeAgain('Still here', 'I still want to end my life tonight.');
    await expect.poll(open, { timeout: 10_000 }).toBe(2);
    await page.waitForTimeout(500);
    await expect(consent.getByLabel('Your phone number')).toHaveValue('+1 555 010 0227');
    await consent.getByRole('button', { name: 'Not now' }).click();

    // Hidden by keyboard: focus goes to the button that brings it back, and back again to its heading.
    await panel.getByRole('button', { name: 'Hide for now' }).focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('button', { name: 'Show' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading', { level: 2 })).toBeFocused();
    await panel.getByRole('button', { name: 'Hide for now' }).click();
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toHaveCount(0);

    // Later the member writes again, in worse words (another tab): that notice comes in full, not behind the hidden bar.
    await writeAgain('Now', 'I have the pills ready and I am going to kill myself now.');
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByRole('button', { name: 'Show' })).toHaveCount(0);
    await axe.check('the panel for the newest notice, over a hidden one');
    expect(await open()).toBe(3);

    // "I'm safe right now" once answers all three: the panel goes, focus rests on the page, and no notice is left open.
    await panel.getByRole('button', { name: "I'm safe right now" }).click();
    await expect(panel).toHaveCount(0);
    await expect(page.locator('main')).toBeFocused();
    await expect.poll(open).toBe(0);
    await page.reload();
    await expect(page.getByTestId('signed-in-pseudonym')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Support you can reach now' })).toHaveCount(0);
  });

  test('a counsellor call asked for on another device is shown as under way, never offered again over it', async ({ page, request, axe }) => {
    await signedInMember(page, request);
    const token = await currentAccessToken(request, page);
    // The other device asked for a call (its tab's memory is not this one's).
    const asked = await request.post('/api/v1/me/outreach', { headers: { Authorization: `Bearer ${token}` }, data: { channel: 'phone', phone: '+1 555 010 0214' } });
    expect(asked.status(), await asked.text()).toBe(201);
    const posted = await request.post('/api/v1/threads', { headers: { Authorization: `Bearer ${token}` }, data: { categorySlug: 'depression', title: 'Waiting', body: 'I want to end my life tonight. I am waiting for the call.' } });
    expect(posted.status()).toBe(201);
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByRole('status').filter({ hasText: 'a crisis counsellor who will call the number you gave' })).toBeVisible();
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Change the number to call' })).toBeVisible();
    await axe.check('the panel with a call already asked for elsewhere');
    // Still a call, with its number: nothing on this page switched it.
    const status = (await (await request.get('/api/v1/me/outreach', { headers: { Authorization: `Bearer ${token}` } })).json()) as { request: { channel: string; progress: string } };
    expect(status.request).toMatchObject({ channel: 'phone', progress: 'received' });
  });

  test('a member who was away sees the panel on their next visit', async ({ page, request, axe }) => {
    const grant = await signedInMember(page, request);
    const token = await currentAccessToken(request, page);
    await page.goto('about:blank');
    await request.post('/api/v1/threads', {
      headers: { Authorization: `Bearer ${token}` },
      data: { categorySlug: 'depression', title: 'Goodbye', body: 'I have decided to kill myself. Goodbye everyone.' },
    });
    // Give the worker a moment while nobody is looking, then come back.
    await expect
      .poll(async () => {
        const response = await request.get('/api/v1/me/crisis-notices', { headers: { Authorization: `Bearer ${token}` } });
        return ((await response.json()) as { items: unknown[] }).items.length;
      }, { timeout: 10_000 })
      .toBe(1);
    await page.goto('/');
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(grant.member.pseudonym);
    await expect(page.getByRole('region', { name: 'Support you can reach now' })).toBeVisible({ timeout: 10_000 });
    await axe.check('home, the panel waiting from the last visit');
  });

  test('the composer offers help while a member types crisis words, and nothing typed leaves the browser', async ({ page, request, axe }) => {
    const grant = await signedInMember(page, request);
    await axe.check('home, signed in');
    const token = await currentAccessToken(request, page);
    const thread = (await (
      await request.post('/api/v1/threads', { headers: { Authorization: `Bearer ${token}` }, data: { categorySlug: 'anxiety', title: 'Evenings', body: 'Evenings are the hardest part.' } })
    ).json()) as { id: string };
    await page.goto(`/t/${thread.id}`);
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(grant.member.pseudonym);
    const reply = page.getByRole('textbox', { name: 'Your reply' });
    await expect(reply).toBeVisible();

    const typed = 'I keep thinking I want to end my life';
    const sent: string[] = [];
    page.on('request', (outgoing) => sent.push(`${outgoing.method()} ${outgoing.url()} ${outgoing.postData() ?? ''}`));
    await reply.pressSequentially(typed, { delay: 15 });
    const nudge = page.getByRole('complementary', { name: 'Support while you write' });
    await expect(nudge).toBeVisible();
    await expect(nudge).toContainText('You can still post — and you can talk to someone right now.');
    await expect(nudge.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await axe.check('thread page with the pre-send nudge');
    // Typing sent nothing: no request carries the words, and nothing but plain page reads went out.
    expect(sent.filter((line) => /end(%20|\+| )my(%20|\+| )life|end my life/i.test(line))).toEqual([]);
    expect(sent.filter((line) => !line.startsWith('GET '))).toEqual([]);

    // Posting is never blocked; once the words change, the note goes.
    await reply.fill('Thank you all, feeling a bit calmer now.');
    await expect(nudge).toHaveCount(0);
    await page.getByRole('button', { name: 'Post reply' }).click();
    await expect(page.getByText('Your reply is posted.')).toBeVisible();
  });

  test('a member typing that a partner hurts them is offered safety in the note: the line for abuse at home first, the emergency number, a way off the screen', async ({ page, request, axe }) => {
    const grant = await signedInMember(page, request);
    await axe.check('home, signed in');
    const token = await currentAccessToken(request, page);
    const thread = (await (
      await request.post('/api/v1/threads', { headers: { Authorization: `Bearer ${token}` }, data: { categorySlug: 'anxiety', title: 'Home', body: 'Home has been tense lately.' } })
    ).json()) as { id: string };
    await page.goto(`/t/${thread.id}`);
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(grant.member.pseudonym);
    const reply = page.getByRole('textbox', { name: 'Your reply' });
    await reply.fill('He told me if I leave he will kill me.');
    const nudge = page.getByRole('complementary', { name: 'Support while you write' });
    await expect(nudge).toBeVisible();
    await expect(nudge).toContainText('No one has the right to hurt or threaten you. You can still post');
    await expect(nudge).not.toContainText('You can still post — and you can talk to someone right now.');
    await expect(nudge.getByTestId('emergency-line').getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    const lines = nudge.getByRole('list', { name: 'Lines you can reach now' });
    await expect(lines.getByRole('listitem').first()).toContainText('National Domestic Violence Hotline');
    await expect(lines.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();
    await expect(nudge).toContainText('"Leave quickly" at the top of the page (or Esc twice)');
    await axe.check('thread page with the note for someone in danger');
    // The words are kept as a draft, as all are; leaving quickly takes these with it, so no one opening the page later finds them.
    await page.route('https://www.bbc.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>Weather</title></head><body><main><h1>Weather</h1></main></body></html>' }));
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lantern.forum.replyDraft.')).length)).toBe(1);
    await page.getByRole('button', { name: 'Leave quickly' }).click();
    await expect(page).toHaveURL('https://www.bbc.com/weather');
    await axe.check('the neutral page');
    await page.goto(`/t/${thread.id}`);
    await expect(page.getByRole('textbox', { name: 'Your reply' })).toHaveValue('');
    await axe.check('thread page, come back to after leaving quickly');
    expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('lantern.forum.replyDraft.')))).toEqual([]);

    // The same words searched for: the note above the results speaks to safety too.
    await page.goto('/search');
    const form = page.getByRole('search', { name: 'Search the forum' });
    await form.getByLabel('Words to look for').fill('my husband hits me when he drinks');
    await form.getByRole('button', { name: 'Search' }).click();
    const searchNudge = page.getByRole('complementary', { name: 'Support while you search' });
    await expect(searchNudge).toBeVisible();
    await expect(searchNudge).toContainText('No one has the right to hurt or threaten you. People who know this kind of danger can talk with you right now.');
    await expect(searchNudge.getByRole('list', { name: 'Lines you can reach now' }).getByRole('listitem').first()).toContainText('National Domestic Violence Hotline');
    await axe.check('search with the note for someone in danger');
  });

  test('an edit and a report’s note offer help while crisis words are typed', async ({ page, request, axe }) => {
    const grant = await signedInMember(page, request);
    await axe.check('home, signed in');
    const token = await currentAccessToken(request, page);
    const thread = (await (
      await request.post('/api/v1/threads', { headers: { Authorization: `Bearer ${token}` }, data: { categorySlug: 'anxiety', title: 'Mornings', body: 'Mornings are slow for me.' } })
    ).json()) as { id: string };
    const other = (await (await request.post('/api/v1/auth/register', { data: {} })).json()) as Grant;
    const reply = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: { Authorization: `Bearer ${other.accessToken}` }, data: { body: 'Some days are heavy and long.' } });
    expect(reply.status()).toBe(201);
    await page.goto(`/t/${thread.id}`);
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(grant.member.pseudonym);

    // A harmless post edited into a cry for help: the editor offers the lines before it is saved.
    const original = page.getByRole('article', { name: /^Original post by / });
    await original.getByRole('button', { name: 'Edit' }).click();
    const editor = original.getByRole('form', { name: 'Edit your post' });
    await expect(editor.getByRole('complementary', { name: 'Support while you write' })).toHaveCount(0);
    await editor.getByLabel('Your post').fill('Mornings are slow. I want to end my life.');
    const editNudge = editor.getByRole('complementary', { name: 'Support while you write' });
    await expect(editNudge).toBeVisible();
    await expect(editNudge.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await axe.check('the post editor with the pre-send nudge');
    await editor.getByRole('button', { name: 'Cancel' }).click();

    // A report’s note is the reporter’s own words too.
    await page.getByRole('button', { name: `Report this post by ${other.member.pseudonym}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio').first().check();
    await dialog.getByLabel('Anything the moderators should know? (optional)').fill('I’m reporting this because I feel the same and want to die.');
    const noteNudge = dialog.getByRole('complementary', { name: 'Support while you write' });
    await expect(noteNudge).toBeVisible();
    await expect(noteNudge).toContainText("You don't have to carry this alone.");
    await axe.check('the report dialog with the pre-send nudge');
  });

  test('readers of a thread where someone wrote in crisis see a quiet resources footer', async ({ page, request, axe }) => {
    const writer = (await (await request.post('/api/v1/auth/register', { data: {} })).json()) as Grant;
    const thread = (await (
      await request.post('/api/v1/threads', {
        headers: { Authorization: `Bearer ${writer.accessToken}` },
        data: { categorySlug: 'depression', title: 'Heavy night', body: 'I feel like I want to die and nothing will ever change.' },
      })
    ).json()) as { id: string };
    await expect
      .poll(async () => ((await (await request.get(`/api/v1/threads/${thread.id}`, { headers: { Authorization: `Bearer ${writer.accessToken}` } })).json()) as { crisisSupport: boolean }).crisisSupport, {
        timeout: 10_000,
      })
      .toBe(true);
    await signedInMember(page, request);
    await axe.check('home, signed in');
    await page.goto(`/t/${thread.id}`);
    const footer = page.getByRole('complementary', { name: 'Support for readers' });
    await expect(footer).toBeVisible();
    await expect(footer.getByRole('link', { name: 'Get help now' })).toHaveAttribute('href', '/help');
    await axe.check('thread with the readers footer');
  });

  test('someone worried about a friend is shown how to help, step by step, with the lines', async ({ page, request, axe }) => {
    await startThreadAsMember(page, request, { categorySlug: 'caring-for-someone', title: 'My friend', body: 'My friend keeps saying she wants to kill herself and I am scared for her.' });
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('heading', { name: 'Worried about someone?' })).toBeVisible({ timeout: 10_000 });
    const steps = panel.getByRole('region', { name: 'How to help someone who is struggling' }).getByRole('listitem');
    await expect(steps).toHaveCount(4);
    await expect(steps.nth(3)).toContainText('Help them reach a crisis line');
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();
    // Not asked whether they want a counsellor for themselves: they wrote about someone else.
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toHaveCount(0);
    await axe.check('the panel for someone worried about a friend');
  });

  test('someone a partner threatens is shown safety first: the emergency number, the lines, a way off the screen, and no call to their phone', async ({ page, request, axe }) => {
    await startThreadAsMember(page, request, { categorySlug: 'depression', title: 'At home', body: 'My husband told me if I leave he will kill me. He choked me last week.' });
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('heading', { name: 'You deserve to be safe' })).toBeVisible({ timeout: 10_000 });
    await expect(panel).toContainText('No one has the right to hurt or threaten you, and it is not your fault.');
    await expect(panel.getByTestId('emergency-line')).toHaveCount(1);
    await expect(panel.getByTestId('emergency-line').getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    // The line for abuse at home first, then the crisis lines.
    const abuseLines = panel.getByRole('list', { name: 'Help with abuse at home' });
    await expect(abuseLines.getByRole('listitem').first()).toContainText('National Domestic Violence Hotline');
    await expect(abuseLines.getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute('href', 'tel:18007997233');
    await expect(abuseLines.getByRole('link', { name: /^Text START to 88788/ })).toHaveAttribute('href', /^sms:88788/);
    await expect(panel.getByRole('list', { name: 'People you can reach now' }).getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();
    await expect(panel).toContainText('"Leave quickly" at the top of the page (or Esc twice)');
    // A counsellor calling a phone someone else may answer could put them at more risk: not offered here.
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Talk to a moderator now' })).toBeVisible();
    await axe.check('the panel for someone in danger from another person');
    // Folded, it stays folded in a new tab and for whoever opens this browser later: kept with the notice, not in the tab.
    await Promise.all([
      page.waitForResponse((response) => response.url().endsWith('/hidden') && response.request().method() === 'POST' && response.status() === 204),
      panel.getByRole('button', { name: 'Hide for now' }).click(),
    ]);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await expect(panel.getByRole('button', { name: 'Show' })).toBeVisible({ timeout: 10_000 });
    await expect(page.getByText('You deserve to be safe')).toHaveCount(0);
    await panel.getByRole('button', { name: 'Show' }).click();
    await expect(panel.getByRole('heading', { name: 'You deserve to be safe' })).toBeVisible();
    // The help page lists the same line, under its own heading, for anyone who comes looking.
    await panel.getByRole('button', { name: "I'm safe right now" }).click();
    await expect(panel).toHaveCount(0);
    await page.goto('/help');
    await expect(page.getByRole('heading', { name: 'If someone is hurting or threatening you' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Help with abuse at home' }).getByRole('link', { name: 'Call 1-800-799-7233' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Lines for' }).selectOption('GB');
    await expect(page.getByRole('list', { name: 'Help with abuse at home' }).getByRole('link', { name: 'Call 0808 2000 247' })).toHaveAttribute('href', 'tel:08082000247');
    // Where no national line could be confirmed, the section is not there at all.
    await page.getByRole('combobox', { name: 'Lines for' }).selectOption('CH');
    await expect(page.getByRole('heading', { name: 'If someone is hurting or threatening you' })).toHaveCount(0);
    await axe.check('help, with the lines for abuse at home');
  });

  test('a call asked for before someone hurt the member is shown on the panel for danger, to withdraw, and no new one is offered', async ({ page, request, axe }) => {
    await signedInMember(page, request);
    const token = await currentAccessToken(request, page);
    const asked = await request.post('/api/v1/me/outreach', { headers: { Authorization: `Bearer ${token}` }, data: { channel: 'phone', phone: '+1 555 010 0177' } });
    expect(asked.status()).toBe(201);
    const posted = await request.post('/api/v1/threads', { headers: { Authorization: `Bearer ${token}` }, data: { categorySlug: 'depression', title: 'Tonight', body: 'He told me if I leave he will kill me.' } });
    expect(posted.status()).toBe(201);
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('heading', { name: 'You deserve to be safe' })).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toHaveCount(0);
    // What happens to the call now, said discreetly: a moderator checks in the chat first; messages instead are offered.
    await expect(panel.getByTestId('call-in-danger')).toHaveText(/^Because of what you shared, a moderator will first check with you in a private chat here whether a call is safe\./);
    await expect(panel.getByRole('button', { name: 'I’d rather they message me here' })).toBeVisible();
    await axe.check('the panel for danger, a call asked for before');
    await panel.getByRole('button', { name: 'Withdraw my request' }).click();
    const dialog = page.getByRole('dialog', { name: 'Withdraw your request for a counsellor?' });
    await dialog.getByRole('button', { name: 'Withdraw my request' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'You withdrew your request. No counsellor will contact you about it' })).toBeVisible();
    // Nor is a new one offered once it is withdrawn.
    await expect(panel.getByRole('button', { name: 'Ask for a counsellor again' })).toHaveCount(0);
    await axe.check('the panel for danger, a call withdrawn');
  });

  test('words for a worried friend, edited to tell of someone hurting the writer, turn the panel into the one for their own safety, live', async ({ page, request, axe }) => {
    await signedInMember(page, request);
    const token = await currentAccessToken(request, page);
    const asWriter = { Authorization: `Bearer ${token}` };
    const posted = await request.post('/api/v1/threads', { headers: asWriter, data: { categorySlug: 'depression', title: 'My friend', body: 'My best friend told me she wants to kill herself. How do I help her?' } });
    expect(posted.status()).toBe(201);
    const postId = ((await posted.json()) as { firstPost: { id: string } }).firstPost.id;
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('heading', { name: 'Worried about someone?' })).toBeVisible({ timeout: 10_000 });
    const edited = await request.patch(`/api/v1/posts/${postId}`, {
      headers: asWriter,
      data: { body: 'My best friend told me she wants to kill herself. And my boyfriend hits me when I try to talk to her about it.', version: 1 },
    });
    expect(edited.status()).toBe(200);
    await expect(panel.getByRole('heading', { name: 'You deserve to be safe' })).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByRole('heading', { name: 'Worried about someone?' })).toHaveCount(0);
    // The panel's words are the new panel's, not the friend's under a new heading, and screen readers are told again.
    await expect(panel).toContainText('No one has the right to hurt or threaten you, and it is not your fault.');
    await expect(panel).not.toContainText("It matters that you're looking out for them.");
    await expect(panel.getByRole('status').filter({ hasText: 'You deserve to be safe. People you can talk to now are at the top of the page.' })).toBeAttached();
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toHaveCount(0);
    await axe.check('the panel for a worried friend turned to the writer’s own safety');
  });

  test('someone in crisis whom a partner also hurts is shown their own panel first, the lines for abuse at home beside it, and no call to their phone', async ({ page, request, axe }) => {
    await startThreadAsMember(page, request, { categorySlug: 'depression', title: 'Tired', body: 'My husband hits me when he drinks and I want to die.' });
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('heading', { name: "You don't have to go through this alone" })).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByRole('list', { name: 'People you can reach now' }).getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();
    await expect(panel.getByRole('list', { name: 'Help with abuse at home' }).getByRole('link', { name: 'Call 1-800-799-7233' })).toHaveAttribute('href', 'tel:18007997233');
    await expect(panel).toContainText('"Leave quickly" at the top of the page (or Esc twice)');
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Talk to a moderator now' })).toBeVisible();
    await axe.check('the panel for someone in crisis whom someone else hurts');
  });

  test('a reader who chose Italy on the help page is shown Italy’s lines in the panel, and no promise they do not keep', async ({ page, request, axe }) => {
    // The choice is kept in the tab only, never sent: the panel puts it in, as the help page does.
    await page.goto('/help');
    await page.getByRole('combobox', { name: 'Lines for' }).selectOption('IT');
    await axe.check('help, Italy chosen');
    await startThreadAsMember(page, request, { categorySlug: 'depression', title: 'Non ce la faccio', body: 'I want to end my life tonight. I am so tired of everything.' });
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel).toBeVisible({ timeout: 10_000 });
    await expect(panel.getByTestId('emergency-line').getByRole('link', { name: 'Call 112', exact: true })).toBeVisible();
    await expect(panel.getByRole('list', { name: 'People you can reach now' }).getByRole('listitem').filter({ hasText: 'Telefono Amico' })).toContainText('Every day, 9:00 to 24:00');
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toHaveCount(0);
    await expect(panel).toContainText('each says below when it answers');
    await expect(panel).not.toContainText('any time of day or night');
    await axe.check('the crisis panel with the lines chosen on the help page');
  });

  test.describe('a reader in Germany', () => {
    test.use({ locale: 'de-DE' });

    test('who writes in crisis is shown Germany’s lines in the panel, live, by the browser’s language', async ({ page, request, axe }) => {
      await startThreadAsMember(page, request, { categorySlug: 'depression', title: 'Ich kann nicht mehr', body: 'I want to end my life tonight. I am so tired of everything.' });
      const panel = page.getByRole('region', { name: 'Support you can reach now' });
      await expect(panel).toBeVisible({ timeout: 10_000 });
      await expect(panel.getByTestId('emergency-line').getByRole('link', { name: 'Call 112', exact: true })).toBeVisible();
      await expect(panel.getByRole('link', { name: 'Call 0800 111 0 111', exact: true })).toBeVisible();
      await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toHaveCount(0);
      await expect(panel).toContainText('People at these lines are ready to listen, free and confidential, any time of day or night.');
      await axe.check('the crisis panel for a reader in Germany');
    });

    test('is shown Germany’s lines on the help page, by the browser’s language, with which are free, and no line called free or always open that is not', async ({ page, axe }) => {
      await page.goto('/help');
      await expect(page.getByRole('combobox', { name: 'Lines for' })).toHaveValue('DE');
      await expect(page.getByTestId('emergency-line').getByRole('link', { name: 'Call 112', exact: true })).toHaveAttribute('href', 'tel:112');
      const line = page.getByRole('list', { name: 'Crisis lines: Germany' }).getByRole('listitem').filter({ hasText: 'TelefonSeelsorge' });
      await expect(line.getByRole('link', { name: 'Call 0800 111 0 111', exact: true })).toHaveAttribute('href', 'tel:08001110111');
      await expect(line).toContainText('Any time, day or night · Free to call');
      await expect(line).toContainText('Also on 0800 111 0 222 and 116 123.');
      await expect(page.getByText('These lines are free and confidential, and a person answers.')).toBeVisible();
      await axe.check('the help page for Germany');

      // Elsewhere in Europe, by the reader's choice: a second line not known to be free is not called free.
      await page.getByRole('combobox', { name: 'Lines for' }).selectOption('FR');
      const france = page.getByRole('list', { name: 'Crisis lines: France' });
      await expect(france.getByRole('listitem').filter({ hasText: '3114' }).getByRole('link', { name: 'Call 3114', exact: true })).toBeVisible();
      await expect(france.getByRole('listitem').filter({ hasText: '3114' })).toContainText('Free to call');
      await expect(france.getByRole('listitem').filter({ hasText: 'SOS Amitié' })).not.toContainText('Free');
      await expect(page.getByText('These lines are confidential, and a person answers. The ones marked free cost nothing.')).toBeVisible();
      await expect(page.getByTestId('emergency-line').getByRole('link', { name: 'Call 112', exact: true })).toBeVisible();
      // A line that keeps hours says them.
      await page.getByRole('combobox', { name: 'Lines for' }).selectOption('IT');
      await expect(page.getByRole('list', { name: 'Crisis lines: Italy' }).getByRole('listitem').filter({ hasText: 'Telefono Amico' })).toContainText('Every day, 9:00 to 24:00');
    });
  });

  test('"Leave quickly" swaps Lantern for an ordinary page, by button and by Esc twice (not by one held down), and Back does not return', async ({ page, axe }) => {
    await page.route('https://www.bbc.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>Weather</title></head><body><main><h1>Weather</h1></main></body></html>' }),
    );
    await page.goto('/help');
    await axe.check('help page with "Leave quickly"');
    // The page says plainly what leaving quickly cannot do, and what to do instead.
    await expect(page.getByRole('heading', { level: 2, name: 'If someone might see your screen' })).toBeVisible();
    await expect(page.getByText(/may still be one Back away/)).toContainText('a private window');
    await page.getByRole('button', { name: 'Leave quickly' }).click();
    await expect(page).toHaveURL('https://www.bbc.com/weather');
    await axe.check('the neutral page');

    await page.goto('/');
    await axe.check('home');
    // Esc held down repeats: one press of the member's, not two, so Lantern stays.
    await page.keyboard.down('Escape');
    await page.keyboard.down('Escape');
    await page.keyboard.down('Escape');
    await page.keyboard.up('Escape');
    await page.waitForTimeout(1_000);
    expect(page.url()).not.toContain('bbc.com');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL('https://www.bbc.com/weather');
    await page.goBack();
    expect(page.url()).not.toContain('127.0.0.1');
  });
});
