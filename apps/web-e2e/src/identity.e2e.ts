import type { Browser, Page, TestInfo } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { expectSignedInAs as expectSignedInAsIn, openAs, registeredMember } from './support/operators';

// Long and memorable, as the welcome page suggests; no rule of the server should refuse it.
const PASSPHRASE = 'a lantern on the quiet harbour at dawn';
const SAVED_LABEL = "I've saved my recovery code somewhere safe";

type Check = (label: string) => Promise<void>;

function header(page: Page) {
  return page.getByRole('banner');
}

/** The pseudonym in the header (its visually hidden "Signed in as " prefix included); on a phone, in its Menu, left open. */
async function expectSignedInAs(page: Page, pseudonym: string): Promise<void> {
  await expectSignedInAsIn(page, pseudonym, { leaveOpen: true });
  await expect(page.getByTestId('signed-in-pseudonym')).toHaveText(`Signed in as ${pseudonym}`);
  await expect(header(page).getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(header(page).getByRole('link', { name: 'Get help now' })).toBeVisible();
}

async function expectSignedOut(page: Page): Promise<void> {
  // On a phone, the ways in are in the header's Menu.
  const menu = header(page).getByRole('button', { name: 'Menu' });
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await expect(header(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
  await expect(header(page).getByRole('link', { name: 'Join' })).toBeVisible();
  await expect(page.getByTestId('signed-in-pseudonym')).toHaveCount(0);
}

/**
 * The recovery-code step: the code is there, can be copied, and the member cannot move on
 * before saying it is saved. Returns the code.
 */
async function saveRecoveryCode(page: Page, check: Check, label: string): Promise<string> {
  const code = ((await page.getByTestId('recovery-code').textContent()) ?? '').trim();
  expect(code.length, 'a recovery code is shown').toBeGreaterThanOrEqual(8);

  await page.getByRole('button', { name: 'Copy code' }).click();
  await expect(page.getByText(/^Copied\. Now paste it somewhere private/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await check(label);

  const continueButton = page.getByRole('button', { name: 'Continue to Lantern' });
  await continueButton.click();
  await expect(page.getByText(/Please save your code and tick this box first/)).toBeVisible();
  await expect(page.getByTestId('recovery-code'), 'still on the step until it is confirmed').toBeVisible();
  await check(`${label}, not yet confirmed`);

  await page.getByRole('checkbox', { name: SAVED_LABEL }).check();
  await continueButton.click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Lantern');
  return code;
}

async function signInWithRecoveryCode(page: Page, pseudonym: string, code: string): Promise<void> {
  await page.getByRole('tab', { name: 'Recovery code' }).click();
  const form = page.getByRole('form', { name: 'Sign in with your recovery code' });
  await form.getByLabel('Pseudonym').fill(pseudonym);
  await form.getByLabel('Recovery code').fill(code);
  await form.getByRole('button', { name: 'Sign in' }).click();
}

/** A second browser with nothing stored: the other device, or the member after clearing everything. */
async function withFreshBrowser(
  browser: Browser,
  testInfo: TestInfo,
  work: (page: Page, check: Check) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext({
    baseURL: testInfo.project.use.baseURL,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  try {
    const page = await context.newPage();
    await work(page, (label) => expectNoAxeViolations(page, testInfo, label));
  } finally {
    await context.close();
  }
}

test.describe('pseudonymous identity', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('join in one click, stay signed in, sign out, and come back by passphrase and by recovery code', async ({
    page,
    axe,
    browser,
  }, testInfo) => {
    // Three browsers, a dozen axe runs and argon2 hashing on a shared two-core machine.
    test.setTimeout(120_000);
    const check: Check = (label) => axe.check(label);

    // Home → Join, from the header.
    await page.goto('/');
    await expectSignedOut(page);
    await axe.check('home, signed out');
    await header(page).getByRole('link', { name: 'Join' }).click();

    await expect(page).toHaveURL(/\/welcome$/);
    await expect(page).toHaveTitle('Join anonymously · Lantern');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join Lantern anonymously');
    await expect(page.getByRole('main')).toContainText('No e-mail address and no real name');
    await expect(page.getByRole('main')).toContainText("We don't keep your IP address");
    await expect(page.getByRole('main')).toContainText('recovery code');
    await axe.check('welcome');

    // A passphrase, so we can come back with it; the pseudonym is left for Lantern to pick.
    await page.getByLabel('Passphrase (optional)').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'Join anonymously' }).click();

    const welcome = page.getByRole('heading', { level: 1, name: /^Welcome, / });
    await expect(welcome).toBeVisible();
    await expect(welcome).toBeFocused();
    const pseudonym = ((await welcome.textContent()) ?? '').replace(/^Welcome, /, '');
    expect(pseudonym.length).toBeGreaterThanOrEqual(3);
    await expectSignedInAs(page, pseudonym);
    const firstCode = await saveRecoveryCode(page, check, 'welcome, recovery code');

    // The session survives a reload: the refresh token is stored, the access token is not.
    await expectSignedInAs(page, pseudonym);
    await page.reload();
    await expectSignedInAs(page, pseudonym);
    await expect(page.getByRole('main')).toContainText(`Good to see you, ${pseudonym}`);
    await axe.check('home, signed in');
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored).toEqual(['lantern.refreshToken']);

    // Two tabs loading at once must not spend the same refresh token twice (that would revoke
    // the session): they take turns, and both stay signed in.
    const secondTab = await page.context().newPage();
    await Promise.all([page.reload(), secondTab.goto('/')]);
    await expectSignedInAs(page, pseudonym);
    await expectSignedInAs(secondTab, pseudonym);
    await expectNoAxeViolations(secondTab, testInfo, 'second tab, signed in');

    // Sign out; the other tab follows.
    await header(page).getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByText("You've signed out. You're welcome back any time.")).toBeVisible();
    await expectSignedOut(page);
    await expectSignedOut(secondTab);
    await secondTab.close();
    expect(await page.evaluate(() => localStorage.getItem('lantern.refreshToken'))).toBeNull();
    await axe.check('home, just signed out');

    // A wrong passphrase gets a clear, kind message; the right one signs in.
    await header(page).getByRole('link', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page).toHaveTitle('Sign in · Lantern');
    await axe.check('sign in');
    const passphraseForm = page.getByRole('form', { name: 'Sign in with your passphrase' });
    await passphraseForm.getByLabel('Pseudonym').fill(pseudonym);
    await passphraseForm.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('not the passphrase');
    await passphraseForm.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText("That pseudonym and passphrase don't match");
    await axe.check('sign in, wrong passphrase');

    await passphraseForm.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
    await passphraseForm.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectSignedInAs(page, pseudonym);
    await axe.check('home, signed in with passphrase');

    // Another device: nothing stored, only the pseudonym and the recovery code.
    let secondCode = '';
    await withFreshBrowser(browser, testInfo, async (other, otherCheck) => {
      await other.goto('/sign-in');
      await expectSignedOut(other);
      await otherCheck('fresh browser, sign in');
      await signInWithRecoveryCode(other, pseudonym, firstCode);

      const back = other.getByRole('heading', { level: 1, name: `Welcome back, ${pseudonym}` });
      await expect(back).toBeVisible();
      await expect(other.getByRole('main')).toContainText('Your old recovery code is used up now');
      secondCode = await saveRecoveryCode(other, otherCheck, 'fresh browser, new recovery code');
      expect(secondCode, 'recovering hands out a new code').not.toBe(firstCode);
      await expectSignedInAs(other, pseudonym);
      await otherCheck('fresh browser, home, signed in');
    });

    // The spent code no longer opens the account; the new one does.
    await withFreshBrowser(browser, testInfo, async (other, otherCheck) => {
      await other.goto('/sign-in');
      await signInWithRecoveryCode(other, pseudonym, firstCode);
      await expect(other.getByRole('alert')).toContainText("That pseudonym and recovery code don't match");
      await otherCheck('fresh browser, spent recovery code');

      await other.getByRole('form', { name: 'Sign in with your recovery code' }).getByLabel('Recovery code').fill(secondCode);
      await other.getByRole('form', { name: 'Sign in with your recovery code' }).getByRole('button', { name: 'Sign in' }).click();
      await expect(other.getByRole('heading', { level: 1, name: `Welcome back, ${pseudonym}` })).toBeVisible();
    });
  });

  test('joining with nothing filled in works in one click at 320px', async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/welcome');
    await axe.check('welcome at 320px');

    await page.getByRole('button', { name: 'Join anonymously' }).click();
    const welcome = page.getByRole('heading', { level: 1, name: /^Welcome, / });
    await expect(welcome).toBeVisible();
    const pseudonym = ((await welcome.textContent()) ?? '').replace(/^Welcome, /, '');
    await expectSignedInAs(page, pseudonym);
    // Focus moved down to the step's heading; the way to help is still right at the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(page.getByRole('link', { name: 'Get help now' })).toBeInViewport();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'the recovery step is wider than the 320px viewport').toBeLessThanOrEqual(0);
    await axe.check('recovery code at 320px');

    // Keyboard only: tick the box and continue.
    await page.getByRole('checkbox', { name: SAVED_LABEL }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue to Lantern' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Lantern');
    await expect(page.getByRole('main')).toBeFocused();
    await axe.check('home at 320px, signed in');

    // With no passphrase, only the recovery code gets this account back: signing out says so first.
    // On a phone, Sign out is in the header's Menu.
    await header(page).getByRole('button', { name: 'Menu' }).click();
    const signOut = header(page).getByRole('button', { name: 'Sign out' });
    await signOut.click();
    const warning = page.getByRole('dialog', { name: 'Sign out without a passphrase?' });
    await expect(warning).toContainText(`the only way back into ${pseudonym}, with your posts and your safety plan, is the recovery code`);
    await expect(warning.getByRole('link', { name: 'Set a passphrase first' })).toHaveAttribute('href', '/account');
    await axe.check('sign out without a passphrase, at 320px');
    await page.keyboard.press('Escape');
    await expect(warning).toBeHidden();
    await expectSignedInAs(page, pseudonym);
    await signOut.click();
    await warning.getByRole('button', { name: 'Sign out anyway' }).click();
    await expect(page.getByText("You've signed out. You're welcome back any time.")).toBeVisible();
    await expectSignedOut(page);
  });

  test('Continue pressed before ticking "I\'ve saved my recovery code" takes keyboard focus to the box, which says why', async ({ page, axe }) => {
    await page.goto('/welcome');
    await axe.check('welcome');
    await page.getByRole('button', { name: 'Join anonymously' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Welcome, / })).toBeVisible();

    const saved = page.getByRole('checkbox', { name: SAVED_LABEL });
    const continueButton = page.getByRole('button', { name: 'Continue to Lantern' });
    await continueButton.focus();
    await page.keyboard.press('Enter');
    // On the box, described by the error: a screen reader reads out why it cannot go on yet.
    await expect(saved).toBeFocused();
    await expect(saved).toHaveAttribute('aria-invalid', 'true');
    await expect(saved).toHaveAccessibleDescription(/Please save your code and tick this box first/);
    await axe.check('recovery code, Continue pressed before ticking the box');
    // Pressed again, still unticked: back to the box once more.
    await continueButton.focus();
    await page.keyboard.press('Enter');
    await expect(saved).toBeFocused();

    await page.keyboard.press('Space');
    await expect(saved).toBeChecked();
    await expect(saved).not.toHaveAttribute('aria-invalid', 'true');
    await page.keyboard.press('Tab');
    await expect(continueButton).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome to Lantern');
    await axe.check('home, signed in');
  });

  test('a long one-word pseudonym wraps at 320px instead of widening the page', async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const pseudonym = `SomebodyWhoIsTiredOfBeingStrong${Math.floor(Math.random() * 10)}`; // 32 characters, the most allowed
    const widerThanScreen = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto('/welcome');
    await page.getByLabel('Pseudonym (optional)').fill(pseudonym);
    await page.getByRole('button', { name: 'Join anonymously' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${pseudonym}` })).toBeVisible();
    expect(await widerThanScreen(), 'the recovery step').toBeLessThanOrEqual(0);
    await axe.check('recovery step, long pseudonym');
    await page.getByRole('checkbox', { name: SAVED_LABEL }).check();
    await page.getByRole('button', { name: 'Continue to Lantern' }).click();
    await expect(page.getByRole('main')).toContainText(`Good to see you, ${pseudonym}`);
    expect(await widerThanScreen(), 'home').toBeLessThanOrEqual(0);
    await axe.check('home, long pseudonym');
    for (const path of ['/account', '/welcome']) {
      await page.goto(path);
      await expect(page.getByRole('main')).toContainText(`signed in as ${pseudonym}`);
      expect(await widerThanScreen(), path).toBeLessThanOrEqual(0);
      await axe.check(`${path}, long pseudonym`);
    }
  });

  test('a pseudonym that is too long or mixes look-alike alphabets is refused with its reason, never cut short', async ({ page, axe }) => {
    await page.goto('/welcome');
    const field = page.getByLabel('Pseudonym (optional)');
    // Pasted, 40 characters: kept whole in the field and refused, not silently cut to 32 and joined under a name never chosen.
    const long = 'SomebodyWhoIsTiredOfBeingStrongAllTheTime';
    await field.fill(long);
    await expect(field).toHaveValue(long);
    await page.getByRole('button', { name: 'Join anonymously' }).click();
    await expect(field).toHaveAccessibleDescription(/A pseudonym can be at most 32 characters\./);
    await expect(field).toBeFocused();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Join Lantern anonymously');
    // A Cyrillic "а" in a Latin name cannot be seen on the page: the member is told what is wrong.
    await field.fill('Still H\u0430rbour');
    await page.getByRole('button', { name: 'Join anonymously' }).click();
    await expect(field).toHaveAccessibleDescription(/mixes letters from alphabets that look alike/);
    await expect(page.getByTestId('signed-in-pseudonym')).toHaveCount(0);
    await axe.check('welcome, pseudonym refused with its reason');
  });

  test('a name that sounds like crisis brings the lines beside the field, and joining still works', async ({ page, axe }) => {
    await page.goto('/welcome');
    const field = page.getByLabel('Pseudonym (optional)');
    const note = page.getByRole('complementary', { name: 'Support while you choose a name' });
    await field.fill('Quiet Harbour');
    await page.waitForTimeout(600);
    await expect(note).toHaveCount(0);
    const name = `WantToDie ${Date.now() % 100_000}`;
    await field.fill(name);
    await expect(note).toBeVisible();
    await expect(note).toContainText('A name can carry a lot');
    await expect(note.getByRole('list', { name: 'Lines you can reach now' }).getByRole('listitem').first()).toBeVisible();
    await axe.check('welcome, a name that sounds like crisis');
    // Crisis is not abuse: the name is not refused.
    await page.getByRole('button', { name: 'Join anonymously' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${name}` })).toBeVisible();
  });

  test('says so kindly when a stored session cannot be restored, and recovers on "Try again"', async ({ page, axe }) => {
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', 'yes');
        localStorage.setItem('lantern.refreshToken', 'a-token-the-server-never-issued');
      }
    });
    await page.route('**/api/v1/auth/refresh', (route) => route.abort('connectionrefused'));
    await page.goto('/');

    const banner = page.getByRole('alert').filter({ hasText: "We couldn't sign you back in just now" });
    await expect(banner).toBeVisible();
    await expect(banner).toContainText('nothing is lost');
    await axe.check('home, session unreachable');

    // Lantern answers again; it does not know this token, so the member is simply signed out.
    await page.unroute('**/api/v1/auth/refresh');
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expectSignedOut(page);
    await expect(banner).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('lantern.refreshToken'))).toBeNull();
  });

  test('a member whose refresh answer was lost on the way stays signed in, not told their session was stolen', async ({ page, request, axe }) => {
    const grant = await registeredMember(request);
    await openAs(page, grant, '/');
    // The server rotates the token, and the answer never reaches the page (a dropped connection,
    // or a page left mid-refresh): the page still holds the token it sent.
    let rotated = false;
    await page.route(
      '**/api/v1/auth/refresh',
      async (route) => {
        rotated = (await route.fetch()).status() === 200;
        await route.abort('connectionreset');
      },
      { times: 1 },
    );
    await page.reload();
    const banner = page.getByRole('alert').filter({ hasText: "We couldn't sign you back in just now" });
    await expect(banner).toBeVisible();
    expect(rotated).toBe(true);
    await banner.getByRole('button', { name: 'Try again' }).click();
    await expectSignedInAs(page, grant.member.pseudonym);
    await expect(page.getByText('used from somewhere else')).toHaveCount(0);
    // And the session it was given works on: another load signs in again.
    await page.reload();
    await expectSignedInAs(page, grant.member.pseudonym);
    await axe.check('home, signed in again after a lost refresh');
  });

  test('the sign-in form says which fields are missing before asking the server', async ({ page, axe }) => {
    await page.goto('/sign-in');
    const form = page.getByRole('form', { name: 'Sign in with your passphrase' });
    await form.getByRole('button', { name: 'Sign in' }).click();

    await expect(page.getByRole('alert')).toContainText('Please fill in the highlighted fields.');
    await expect(form.getByLabel('Pseudonym')).toBeFocused();
    await expect(form.getByLabel('Pseudonym')).toHaveAttribute('aria-invalid', 'true');
    await expect(form.getByText('Please enter your pseudonym.')).toBeVisible();
    await expect(form.getByText('Please enter your passphrase.')).toBeVisible();
    await axe.check('sign in, empty fields');

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await axe.check('sign in, empty fields, dark');
  });
});
