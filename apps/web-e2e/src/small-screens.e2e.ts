import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { sendAs } from './support/chat-sockets';
import { clearQueue, openAs, operatorGrant, registeredMember, type Grant } from './support/operators';

const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });

/**
 * The screens people read Lantern on when it is hardest: a 320 CSS px phone (WCAG 1.4.10), text
 * at twice its size on a desktop (1.4.4), and both at once, as on a small phone set to its
 * largest text.
 */
interface Screen {
  name: string;
  width: number;
  height: number;
  /** The root font size: what a reader's larger text setting scales. */
  fontSize: string;
}
const SCREENS: readonly Screen[] = [
  { name: '320px', width: 320, height: 640, fontSize: '' },
  { name: '200% text', width: 1280, height: 720, fontSize: '200%' },
  { name: '320px, 200% text', width: 320, height: 640, fontSize: '200%' },
];
const [SMALL_PHONE, , SMALL_PHONE_LARGE_TEXT] = SCREENS;
const DESKTOP: Screen = { name: 'desktop', width: 1280, height: 720, fontSize: '' };

type Check = (label: string) => Promise<void>;

async function useScreen(page: Page, screen: Screen): Promise<void> {
  await page.setViewportSize({ width: screen.width, height: screen.height });
  await page.evaluate((fontSize) => {
    document.documentElement.style.fontSize = fontSize;
  }, screen.fontSize);
  // Two frames, so what is measured is laid out at the new size: the header changes its layout
  // at a phone's width in a render of its own, after the frame that reports the new width.
  for (let frame = 0; frame < 2; frame++) await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/**
 * What stops someone reading or acting on this page as it is now: the page scrolling sideways, an
 * element wider than the screen (a data table in its own scroller is allowed, 1.4.10), words cut
 * off by their box (a button's label shorter than one line of its text loses the foot of its
 * letters: "Get help now" read "Get helo now"), and buttons, links drawn as buttons, checkboxes
 * and radios under 24×24 CSS px (2.5.8).
 */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const problems: string[] = [];
    const name = (element: Element) => `<${element.tagName.toLowerCase()}> "${(element.textContent ?? '').trim().slice(0, 50)}"`;
    const scroller = document.scrollingElement as Element;
    if (scroller.scrollWidth > width) problems.push(`the page scrolls sideways (${scroller.scrollWidth}px wide)`);
    const ignored = (element: Element) =>
      element.closest('.mantine-VisuallyHidden-root, .mantine-Switch-track, input, textarea, select') !== null ||
      [...ancestors(element)].some((parent) => ['auto', 'scroll'].includes(getComputedStyle(parent).overflowX));
    function* ancestors(element: Element) {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) yield parent;
    }
    // The right edge of the page's text column: main's box, less its padding.
    const main = document.querySelector('main') as HTMLElement;
    const column = main.getBoundingClientRect().right - parseFloat(getComputedStyle(main).paddingRight);
    for (const element of document.querySelectorAll('header *, main *, footer *, [role="dialog"] *, aside *')) {
      const box = element.getBoundingClientRect();
      if (box.width < 2 || box.height < 2 || ignored(element)) continue;
      if (box.right > width + 1 || box.left < -1) problems.push(`wider than the screen: ${name(element)}`);
      else if (element.closest('main') && box.right > column + 1) problems.push(`sticks out of the page's column: ${name(element)}`);
      const style = getComputedStyle(element);
      const cuts = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
      if (cuts && element.scrollWidth > element.clientWidth + 1) problems.push(`words cut off: ${name(element)}`);
      if (element.classList.contains('mantine-Button-label')) {
        const line = style.lineHeight === 'normal' ? parseFloat(style.fontSize) * 1.2 : parseFloat(style.lineHeight);
        if (box.height < line - 0.5) problems.push(`words cut off at the foot (${box.height.toFixed(1)}px of a ${line.toFixed(1)}px line): ${name(element)}`);
      }
    }
    const targets = 'button, a.mantine-Button-root, input[type="checkbox"], input[type="radio"], select';
    for (const target of document.querySelectorAll(targets)) {
      const box = target.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.width < 24 || box.height < 24) problems.push(`target ${Math.round(box.width)}×${Math.round(box.height)}: ${name(target)} ${target.getAttribute('aria-label') ?? ''}`);
    }
    return problems;
  });
}

/**
 * Goes to `path` (unless null), waits for its main heading (or `ready`), checks it with axe on a
 * small phone, then measures it on every screen, and puts the desktop size back.
 */
async function visit(page: Page, path: string | null, label: string, check: Check, ready?: Locator): Promise<void> {
  if (path !== null) await page.goto(path);
  await expect(ready ?? page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 10_000 });
  const problems: string[] = [];
  for (const screen of SCREENS) {
    await useScreen(page, screen);
    if (screen === SMALL_PHONE) await check(label);
    problems.push(...(await layoutProblems(page)).map((problem) => `${screen.name}: ${problem}`));
  }
  await useScreen(page, DESKTOP);
  expect(problems, `${label} on small screens and with large text`).toEqual([]);
}

/** The crisis panel's ways to reach a person and "Leave quickly" are on the screen, whole and big enough to tap. */
async function expectHelpInReach(page: Page, screen: Screen): Promise<void> {
  await useScreen(page, screen);
  const panel = page.getByRole('region', { name: 'Support you can reach now' });
  const reach = [page.getByRole('button', { name: 'Leave quickly' }), panel.getByRole('link', { name: 'Call 988', exact: true }), panel.getByRole('link', { name: /^Text HOME to 741741/ })];
  for (const control of reach) {
    // Scrolled to the middle of the screen (Playwright's scrollIntoViewIfNeeded leaves one that
    // shows in part where it is: with the header folded on a phone, Call 988 sits at the fold).
    await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await expect(control, `${screen.name}: ${await control.textContent()}`).toBeInViewport({ ratio: 1 });
    const box = await control.boundingBox();
    expect(box?.height, `${screen.name}: ${await control.textContent()}`).toBeGreaterThanOrEqual(24);
  }
}

/**
 * On the screen whole and the topmost thing where it is tapped: nothing floating (the callout that
 * says help has come, the composer's note) lies over it.
 */
async function expectInReachWhere(control: Locator, what: string): Promise<void> {
  await expect(control, what).toBeInViewport({ ratio: 1 });
  const onTop = await control.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === element || element.contains(hit));
  });
  expect(onTop, `${what}: nothing lies over it`).toBe(true);
}

/**
 * Words of crisis the member posted (in another tab, a while ago) are flagged by the worker: the
 * panel comes at the top of the page, out of sight, and "Help is here" says so at the foot of the screen.
 */
async function calloutAfterCrisisWords(page: Page, request: APIRequestContext, member: Grant): Promise<Locator> {
  const crisis = await request.post('/api/v1/threads', {
    headers: bearer(member),
    data: { categorySlug: 'depression', title: 'I cannot do this', body: 'I want to end my life tonight. I am so tired of everything.' },
  });
  expect(crisis.status()).toBe(201);
  const callout = page.getByRole('complementary', { name: 'Help is here' });
  await expect(callout).toBeVisible({ timeout: 15_000 });
  return callout;
}

/**
 * A member (lines for `region`, else the browser's) in a room that has been talking on a 375×667
 * phone, scrolled down to the composer and Send, as a member writing on a phone has them.
 */
async function writingOnAPhone(page: Page, request: APIRequestContext, baseURL: string, region?: string) {
  const member = await registeredMember(request);
  if (region) expect((await request.patch('/api/v1/me', { headers: bearer(member), data: { region } })).status()).toBe(200);
  const tag = crypto.randomUUID().slice(0, 8);
  // Its log fills the screen, and the composer is further down.
  await sendAs(baseURL, await registeredMember(request), 'night-owls', Array.from({ length: 4 }, (_, n) => `Still up (${tag}), ${n + 1}: ${'the nights are long, and this room helps. '.repeat(3)}`));
  await page.setViewportSize({ width: 375, height: 667 });
  await openAs(page, member, '/chat/night-owls');
  const box = page.getByRole('textbox', { name: 'Your message' });
  const send = page.getByRole('button', { name: 'Send', exact: true });
  await expect(box).toBeEnabled();
  await send.scrollIntoViewIfNeeded();
  return { member, tag, box, send, nudge: page.getByRole('complementary', { name: 'Support while you write' }) };
}

test.describe('small phones and large text', () => {
  test('a member reads every page on a 320px phone and at 200% text without scrolling sideways, with help in reach', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(240_000);
    const check: Check = (label) => axe.check(label);
    await visit(page, '/help', 'help', check);
    await visit(page, '/welcome', 'welcome', check);
    await visit(page, '/sign-in', 'sign in', check);

    // A thread whose title and posts are one long word and a long link, as people do paste.
    const [member, writer] = [await registeredMember(request), await registeredMember(request)];
    const longWord = 'Supercalifragilisticexpialidocious'.repeat(3);
    const link = `https://example.org/${'a-very-long-path-segment'.repeat(6)}?q=${'x'.repeat(60)}`;
    const created = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'anxiety', title: `Title ${longWord}`, body: `See ${link} and ${longWord}` } });
    expect(created.status(), await created.text()).toBe(201);
    const thread = (await created.json()) as { id: string };
    await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(writer), data: { body: `A reply with ${longWord}${longWord}` } });

    await openAs(page, member, '/');
    await visit(page, null, 'home', check);
    await visit(page, '/c/anxiety', 'category', check);
    await visit(page, `/t/${thread.id}`, 'thread with long words', check);
    await page.getByRole('button', { name: /^Report this post by/ }).first().click();
    await visit(page, null, 'report dialog', check, page.getByRole('dialog'));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await page.getByRole('button', { name: /^Hide member/ }).first().click();
    await visit(page, null, 'hide dialog', check, page.getByRole('dialog'));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await visit(page, '/new-thread', 'new thread', check);
    await visit(page, '/search?q=Supercalifragilistic', 'search', check);
    await visit(page, '/replies', 'replies', check);
    await visit(page, '/safety-plan', 'safety plan', check);
    await visit(page, '/account', 'account', check);
    await visit(page, '/chat', 'chat rooms', check);
    // Someone else's message in the room, so its Report and Hide are on the page to measure.
    await sendAs(baseURL ?? '', writer, 'night-owls', [`Still up? ${longWord}`]);
    await visit(page, '/chat/night-owls', 'chat room', check);

    // Words of crisis, written while the member is at the foot of a long page on a small phone
    // with large text: the callout that says help is at the top fits the screen, buttons and all.
    await page.goto('/c/anxiety');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await useScreen(page, SMALL_PHONE_LARGE_TEXT);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const callout = await calloutAfterCrisisWords(page, request, member);
    for (const screen of [SMALL_PHONE_LARGE_TEXT, SMALL_PHONE]) {
      await useScreen(page, screen);
      await expect(callout, screen.name).toBeInViewport({ ratio: 1 });
      for (const name of ['Show me', 'Not now']) await expect(callout.getByRole('button', { name }), `${screen.name}: ${name}`).toBeInViewport({ ratio: 1 });
      expect(await layoutProblems(page), screen.name).toEqual([]);
      // Room is kept below the callout, so the end of the page can be scrolled out from under it.
      // (Polled: the room follows the callout's size a frame after the text size changes.)
      await expect
        .poll(async () => {
          await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
          const [calloutTop, footerBottom] = [(await callout.boundingBox())?.y ?? 0, await page.getByRole('contentinfo').evaluate((footer) => footer.getBoundingClientRect().bottom)];
          return calloutTop - footerBottom;
        }, { message: `${screen.name}: the footer clears the callout` })
        .toBeGreaterThanOrEqual(0);
    }
    await axe.check('category, the callout saying help is at the top');
    await callout.getByRole('button', { name: 'Show me' }).click();
    await visit(page, null, 'crisis panel', check, page.getByRole('region', { name: 'Support you can reach now' }));
    for (const screen of SCREENS) await expectHelpInReach(page, screen);
    await visit(page, '/chat/night-owls', 'chat room with the crisis panel', check);
  });

  test('moderators, admins and partners work on a 320px phone and at 200% text without scrolling sideways', async ({ page, request, browser, axe }, testInfo) => {
    test.setTimeout(180_000);
    const check: Check = (label) => axe.check(label);
    await clearQueue(request);
    const member = await registeredMember(request);
    const crisis = await request.post('/api/v1/threads', {
      headers: bearer(member),
      data: { categorySlug: 'depression', title: 'Everything is too much', body: 'I want to kill myself, I have no reason to keep going.' },
    });
    expect(crisis.status()).toBe(201);
    const moderator = await operatorGrant(request, 'moderator');
    let itemId: string | undefined;
    await expect
      .poll(async () => {
        const queue = (await (await request.get('/api/v1/moderation/queue', { headers: bearer(moderator) })).json()) as { items: Array<{ id: string }> };
        itemId = queue.items[0]?.id;
        return itemId;
      }, { timeout: 15_000 })
      .toBeTruthy();

    await openAs(page, moderator, '/mod');
    await visit(page, null, 'moderation queue', check);
    await visit(page, `/mod/items/${itemId}`, 'review item', check);
    await visit(page, `/mod/members/${member.member.id}`, 'member record', check);
    await visit(page, '/mod/audit', 'audit log', check);
    await visit(page, '/chat/night-owls', 'chat room, as a moderator', check);

    const admin = await openAs(browser, await operatorGrant(request, 'admin'), '/admin/escalations');
    const checkAdmin: Check = (label) => expectNoAxeViolations(admin, testInfo, label);
    await visit(admin, null, 'partner escalations', checkAdmin);
    await visit(admin, '/admin/queues', 'queues', checkAdmin);
    const partner = await openAs(browser, await operatorGrant(request, 'counsellor'), '/partner');
    await visit(partner, null, 'partner portal', (label) => expectNoAxeViolations(partner, testInfo, label));
    await Promise.all([admin.context().close(), partner.context().close()]);
  });

  test('every button shows its words whole, the tails of g, p and y too, in the header and the crisis panel, on a desktop and a phone', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const member = await registeredMember(request);
    await openAs(page, member, '/');
    const crisis = await request.post('/api/v1/threads', {
      headers: bearer(member),
      data: { categorySlug: 'depression', title: 'Too much tonight', body: 'I want to end my life tonight. I am so tired of everything.' },
    });
    expect(crisis.status()).toBe(201);
    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel.getByRole('button', { name: "I'd like a crisis counsellor to contact me" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByRole('banner').getByRole('link', { name: 'Get help now' })).toBeVisible();
    expect(await layoutProblems(page), 'desktop').toEqual([]);
    await visit(page, null, 'home with the crisis panel', (label) => axe.check(label), panel);
  });

  test('on a phone, the header keeps the way to help and the way out in view and folds the rest into a Menu', async ({ page, request, axe }) => {
    const member = await registeredMember(request);
    await page.setViewportSize({ width: SMALL_PHONE.width, height: SMALL_PHONE.height });
    await openAs(page, member, '/');
    const banner = page.getByRole('banner');
    const menu = banner.getByRole('button', { name: 'Menu' });
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    for (const screen of [SMALL_PHONE, SMALL_PHONE_LARGE_TEXT]) {
      await useScreen(page, screen);
      for (const control of [banner.getByRole('link', { name: 'Get help now' }), banner.getByRole('button', { name: 'Leave quickly' })]) await expect(control, screen.name).toBeInViewport({ ratio: 1 });
      await expect(banner.getByRole('link', { name: 'Chat' })).toHaveCount(0);
      // The full row took the whole first screen with large text; folded, the page's own heading is on it.
      await page.evaluate(() => window.scrollTo(0, 0));
      await expect(page.getByRole('main').getByRole('heading', { level: 1 }), `${screen.name}: the page's heading on the first screen`).toBeInViewport();
    }
    // Someone answers their thread: folded away, "Replies, 1 unread" would go unseen, so the Menu button says it (live).
    const created = await request.post('/api/v1/threads', { headers: bearer(member), data: { categorySlug: 'introductions', title: 'Hello from a small phone', body: 'First time here.' } });
    expect(created.status()).toBe(201);
    const thread = (await created.json()) as { id: string };
    expect((await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(await registeredMember(request)), data: { body: 'Welcome, glad you came.' } })).status()).toBe(201);
    await expect(banner.getByRole('button', { name: 'Menu, 1 unread reply', exact: true })).toBeVisible();
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(banner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' })).toBeVisible();
    await expect(banner.getByTestId('signed-in-pseudonym')).toHaveText(`Signed in as ${member.member.pseudonym}`);
    await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await expect(banner.getByRole('link', { name: 'Replies, 1 unread' })).toBeVisible();
    for (const screen of [SMALL_PHONE, SMALL_PHONE_LARGE_TEXT]) {
      await useScreen(page, screen);
      expect(await layoutProblems(page), `${screen.name}, the menu open`).toEqual([]);
    }
    await axe.check('home on a phone, the header menu open');
    // Where it leads, the menu is closed again: the page chosen is what they want to see.
    await banner.getByRole('link', { name: 'Chat' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Chat rooms' })).toBeVisible();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await axe.check('chat rooms on a phone, reached from the header menu');
    // On a desktop the whole row is there and there is no Menu.
    await useScreen(page, DESKTOP);
    await expect(menu).toHaveCount(0);
    await expect(banner.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Chat' })).toBeVisible();
  });

  test('on a 375×667 phone, a member who writes in crisis in chat has a line to call and Send on the screen at once: the note beside the composer is a bar, the rest a tap away', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const member = await registeredMember(request);
    const tag = crypto.randomUUID().slice(0, 8);
    // A room that has been talking: its log fills the screen, and the composer is further down.
    await sendAs(baseURL ?? '', await registeredMember(request), 'night-owls', Array.from({ length: 4 }, (_, n) => `Still up (${tag}), ${n + 1}: ${'the nights are long, and this room helps. '.repeat(3)}`));
    await page.setViewportSize({ width: 375, height: 667 });
    await openAs(page, member, '/chat/night-owls');
    const box = page.getByRole('textbox', { name: 'Your message' });
    const send = page.getByRole('button', { name: 'Send', exact: true });
    await expect(box).toBeEnabled();
    await axe.check('chat room on a 375×667 phone');
    // Down where the composer and Send are, as a member writing on a phone has them.
    await send.scrollIntoViewIfNeeded();

    await box.fill(`I cannot do this anymore, I want to kill myself tonight (${tag})`);
    const nudge = page.getByRole('complementary', { name: 'Support while you write' });
    await expect(nudge).toBeVisible();
    const call = nudge.getByRole('link', { name: 'Call 988', exact: true });
    await expect(call).toHaveAttribute('href', 'tel:988');
    await expectInReachWhere(call, 'while writing: Call 988');
    await expectInReachWhere(send, 'while writing: Send');
    await axe.check('chat room on a 375×667 phone, the note beside the composer');

    await send.click();
    await expect(box).toHaveValue('');
    // Flagged: the server's panel comes at the top of the page, and a callout says so where the member is.
    await expect(page.getByRole('region', { name: 'Support you can reach now' })).toBeAttached({ timeout: 15_000 });
    await expect(page.getByRole('complementary', { name: 'Help is here' })).toBeVisible();
    // Past the note's 300 ms pause, which has read the emptied composer: the note answers what was sent.
    await page.waitForTimeout(600);
    await expectInReachWhere(call, 'after the crisis flag: Call 988');
    await expectInReachWhere(send, 'after the crisis flag: Send');
    await expectInReachWhere(box, 'after the crisis flag: the composer');
    await axe.check('chat room on a 375×667 phone after a message in crisis');

    // The other lines and ways to reach a person, one tap away.
    const more = nudge.getByRole('button', { name: 'More ways to get help' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const lines = nudge.getByRole('list', { name: 'Lines you can reach now' });
    await expect(lines.getByRole('link', { name: /^Text HOME to 741741/ })).toBeVisible();
    await expect(nudge.getByRole('link', { name: 'Talk to someone now' })).toBeVisible();
    expect(await layoutProblems(page)).toEqual([]);
    await axe.check('chat room on a 375×667 phone, more ways to get help open');
  });

  test('on a 375×667 phone in Italy, the bar names its first line and says it answers from 9 to midnight, with the emergency number before it', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const { tag, box, send, nudge } = await writingOnAPhone(page, request, baseURL ?? '', 'IT');
    await box.fill(`I cannot do this anymore, I want to kill myself tonight (${tag})`);
    await expect(nudge).toBeVisible();
    // Telefono Amico keeps hours and no line of Italy's answers everyone at any hour: the bar says
    // when it answers before its button, and the emergency number comes first, as in the full note.
    await expect(nudge.getByText('Telefono Amico Italia · Every day, 9:00 to 24:00', { exact: true })).toBeVisible();
    const emergency = nudge.getByRole('link', { name: 'Call 112', exact: true });
    const call = nudge.getByRole('link', { name: 'Call 02 2327 2327', exact: true });
    await expect(emergency).toHaveAttribute('href', 'tel:112');
    await expect(call).toHaveAttribute('href', 'tel:0223272327');
    const [emergencyBox, callBox] = [await emergency.boundingBox(), await call.boundingBox()];
    expect((emergencyBox?.y ?? Infinity) + (emergencyBox?.height ?? 0), 'the emergency number above the line').toBeLessThanOrEqual(callBox?.y ?? 0);
    await expectInReachWhere(emergency, 'Italy: Call 112');
    await expectInReachWhere(call, 'Italy: Call Telefono Amico');
    await expectInReachWhere(send, 'Italy: Send');
    expect(await layoutProblems(page)).toEqual([]);
    await axe.check('chat room on a 375×667 phone in Italy, the bar with a line that keeps hours');
  });

  test('on a 375×667 phone in New Zealand, a member someone threatens sees in the bar that its first line is for women, how to leave the screen, and the emergency number', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const { tag, box, send, nudge } = await writingOnAPhone(page, request, baseURL ?? '', 'NZ');
    await box.fill(`He told me if I leave he will kill me (${tag})`);
    await expect(nudge).toBeVisible();
    await expect(nudge).toContainText('No one has the right to hurt or threaten you.');
    // Not folded behind "More ways": someone may be watching now.
    await expect(nudge.getByText('Someone may see this? "Leave quickly" (here, at the top, or Esc twice) swaps it for an ordinary page.', { exact: true })).toBeVisible();
    const leave = nudge.getByRole('button', { name: 'Leave quickly' });
    await expect(nudge.getByText("Women's Refuge Crisisline · Women · Any time, day or night", { exact: true })).toBeVisible();
    const emergency = nudge.getByRole('link', { name: 'Call 111', exact: true });
    const call = nudge.getByRole('link', { name: 'Call 0800 733 843', exact: true });
    await expectInReachWhere(emergency, 'danger: Call 111');
    await expectInReachWhere(call, "danger: Call Women's Refuge");
    await expectInReachWhere(send, 'danger: Send');
    await expectInReachWhere(box, 'danger: the composer');
    await expectInReachWhere(leave, 'danger: Leave quickly');
    expect(await layoutProblems(page)).toEqual([]);
    await axe.check('chat room on a 375×667 phone, the bar for someone in danger');
    // The header's "Leave quickly" is there too, scrolled away above the room; the bar's is one tap from the words.
    await expect(page.getByRole('banner').getByRole('button', { name: 'Leave quickly' })).toHaveCount(1);
    await page.route('https://www.bbc.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="en"><head><title>Weather</title></head><body><main><h1>Weather</h1></main></body></html>' }));
    await leave.click();
    await expect(page).toHaveURL('https://www.bbc.com/weather');
    await axe.check('the neutral page, left from the bar');
  });

  test('on a 375×667 phone, when "Help is here" is already up as the bar comes, Send is brought into view above the callout, not under it', async ({ page, request, baseURL, axe }) => {
    test.setTimeout(60_000);
    const { member, tag, box, send, nudge } = await writingOnAPhone(page, request, baseURL ?? '');
    const callout = await calloutAfterCrisisWords(page, request, member);
    await expect(nudge).toHaveCount(0);
    await expectInReachWhere(send, 'the callout up: Send');
    await axe.check('chat room on a 375×667 phone, the callout up');

    // Then the member writes in crisis: the bar comes between the composer and Send, pushing Send down.
    await box.fill(`I cannot do this anymore, I want to kill myself tonight (${tag})`);
    await expect(nudge).toBeVisible();
    await expect(callout).toBeVisible();
    await expectInReachWhere(nudge.getByRole('link', { name: 'Call 988', exact: true }), 'the bar under the callout: Call 988');
    await expectInReachWhere(send, 'the bar under the callout: Send');
    await expectInReachWhere(box, 'the bar under the callout: the composer');
    expect(await layoutProblems(page)).toEqual([]);
    await axe.check('chat room on a 375×667 phone, the bar come while the callout was up');
  });

  test('on the help page, choosing another region says which lines are shown now', async ({ page, axe }) => {
    await page.goto('/help');
    const lines = page.getByRole('list', { name: /^Crisis lines: / });
    await expect(lines).toBeVisible();
    const status = page.getByRole('main').getByRole('status').filter({ has: page.locator('.mantine-VisuallyHidden-root') });
    // Nothing is said on arrival: the page itself is what a screen reader reads then.
    await expect(status).toHaveText('');
    await page.getByRole('combobox', { name: 'Lines for' }).selectOption('GB');
    await expect(page.getByRole('list', { name: 'Crisis lines: United Kingdom' })).toBeVisible();
    const count = await page.getByRole('list', { name: 'Crisis lines: United Kingdom' }).getByRole('listitem').count();
    await expect(status).toHaveText(`United Kingdom: ${count} crisis lines shown. If you're in immediate danger, call 999.`);
    await axe.check('help, another region chosen');
  });
});
