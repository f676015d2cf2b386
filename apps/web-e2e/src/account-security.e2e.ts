import { expect, test } from './support/axe';
import { afterTwoFrames, focusedElement } from './support/focus';
import { holdRequests } from './support/held-requests';
import { openAs, registeredMember as member, signInElsewhere, type Grant } from './support/operators';

const PASSPHRASE = 'a kettle singing on a winter morning';

test.describe('the account page: signing in', () => {
  test('a one-click member sets a passphrase, makes a new recovery code, and signs out on every device', async ({ page, browser, request, axe }) => {
    test.setTimeout(90_000);
    // Registration also hands out the first recovery code.
    const grant = (await member(request)) as Grant & { recoveryCode: string };
    await openAs(page, grant, '/');
    await page.getByTestId('signed-in-pseudonym').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await axe.check('account page, no passphrase yet');

    // A first passphrase: no current one is asked; it then signs in from anywhere.
    const setForm = page.getByRole('form', { name: 'Set a passphrase' });
    await expect(setForm.getByLabel('Current passphrase', { exact: true })).toHaveCount(0);
    await setForm.getByLabel('Passphrase', { exact: true }).fill('short');
    await setForm.getByRole('button', { name: 'Set passphrase' }).click();
    await expect(setForm.getByRole('alert')).toContainText('at least 8 characters');
    await axe.check('account page, passphrase refused');
    await setForm.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await setForm.getByRole('button', { name: 'Set passphrase' }).click();
    const changeForm = page.getByRole('form', { name: 'Change your passphrase' });
    await expect(page.getByRole('status').filter({ hasText: 'Your passphrase is saved.' })).toBeVisible();
    await expect(changeForm.getByLabel('Current passphrase', { exact: true })).toBeVisible();
    await axe.check('account page, passphrase set');
    const elsewhere = await request.post('/api/v1/auth/login', { data: { pseudonym: grant.member.pseudonym, passphrase: PASSPHRASE } });
    expect(elsewhere.status()).toBe(200);
    const elsewhereSession = (await elsewhere.json()) as Grant;

    // The session this page started with was ended by the change; the page carries on with its new one.
    expect((await request.post('/api/v1/auth/refresh', { data: { refreshToken: grant.refreshToken } })).status()).toBe(401);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(grant.member.pseudonym);

    // A new recovery code asks for the passphrase, is shown once, and the old code stops working.
    const codeForm = page.getByRole('form', { name: 'Make a new recovery code' });
    await codeForm.getByLabel('Current passphrase', { exact: true }).fill('not my passphrase');
    await codeForm.getByRole('button', { name: 'Make a new recovery code' }).click();
    await expect(codeForm.getByRole('alert')).toContainText('That is not your current passphrase');
    await codeForm.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
    await codeForm.getByRole('button', { name: 'Make a new recovery code' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your new recovery code' })).toBeVisible();
    await axe.check('new recovery code');
    const code = (await page.getByTestId('recovery-code').textContent())?.trim() ?? '';
    expect(code.length).toBeGreaterThan(10);
    expect((await request.post('/api/v1/auth/recover', { data: { pseudonym: grant.member.pseudonym, recoveryCode: grant.recoveryCode } })).status()).toBe(401);
    await page.getByLabel("I've saved my recovery code somewhere safe").check();
    await page.getByRole('button', { name: 'Back to your account' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();

    // Another device (a borrowed phone, say) is signed in and open on the forum.
    const phone = await openAs(browser, elsewhereSession, '/');

    // Signing out everywhere ends this page's session and the other device's: that page is signed
    // out by itself within seconds, without anyone touching it (its live connection is closed and
    // its session refused), not when its access token runs out a quarter of an hour later.
    await page.getByRole('button', { name: 'Sign out everywhere' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out on every device?' });
    await axe.check('sign out everywhere dialog');
    await dialog.getByRole('button', { name: 'Sign out everywhere' }).click();
    await expect(page.getByText("You've been signed out on every device.")).toBeVisible();
    await expect(page.getByTestId('signed-in-pseudonym')).toHaveCount(0);
    await axe.check('home after signing out everywhere');
    expect((await request.post('/api/v1/auth/refresh', { data: { refreshToken: elsewhereSession.refreshToken } })).status()).toBe(401);
    await expect(phone.getByTestId('signed-in-pseudonym')).toHaveCount(0, { timeout: 10_000 });
    const refused = await request.get('/api/v1/me', { headers: { authorization: `Bearer ${elsewhereSession.accessToken}` } });
    expect([refused.status(), ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([401, 'SESSION_ENDED']);
    await phone.context().close();
  });

  test('a member whose session was ended elsewhere is told so, and signs in again to the reply they were writing', async ({ page, request, axe }) => {
    test.setTimeout(60_000);
    const joined = await request.post('/api/v1/auth/register', { data: { passphrase: PASSPHRASE } });
    expect(joined.status()).toBe(201);
    const grant = (await joined.json()) as Grant;
    const started = await request.post('/api/v1/threads', {
      headers: { authorization: `Bearer ${grant.accessToken}` },
      data: { categorySlug: 'anxiety', title: 'A long night', body: 'Writing to get it out of my head.' },
    });
    const thread = (await started.json()) as { id: string };
    await openAs(page, grant, `/t/${thread.id}`);
    const words = 'I am still here, just tired. Thank you for listening.';
    await page.getByRole('form', { name: 'Write a reply' }).getByLabel('Your reply').fill(words);
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('lantern.forum.replyDraft.')));

    // Signed out on every device from somewhere else: this page is told, not just shown "Join".
    expect((await request.delete('/api/v1/me/sessions', { headers: { authorization: `Bearer ${grant.accessToken}` } })).status()).toBeLessThan(300);
    await expect(page.getByRole('heading', { name: "You've been signed out" })).toBeVisible({ timeout: 15_000 });
    await expect(page.getByText('Anything you were writing is kept on this device')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Join to read and share' })).toHaveCount(0);
    await axe.check('thread page, session ended');

    await page.getByRole('link', { name: 'Sign in again' }).click();
    const form = page.getByRole('form', { name: 'Sign in with your passphrase' });
    await expect(form).toBeVisible();
    await axe.check('sign in after the session ended');
    await form.getByLabel('Pseudonym').fill(grant.member.pseudonym);
    await form.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(grant.member.pseudonym);
    await axe.check('signed in again');
    await page.goto(`/t/${thread.id}`);
    await expect(page.getByRole('form', { name: 'Write a reply' }).getByLabel('Your reply')).toHaveValue(words);
    await axe.check('thread page, the reply kept');
  });

  test('each eye button on the account page says which passphrase it shows, is reached by Tab, and shows only that one', async ({ page, request, axe }) => {
    const joined = await request.post('/api/v1/auth/register', { data: { passphrase: PASSPHRASE } });
    expect(joined.status()).toBe(201);
    await openAs(page, (await joined.json()) as Grant, '/account');
    const forms = {
      name: page.getByRole('form', { name: 'Change your name' }),
      passphrase: page.getByRole('form', { name: 'Change your passphrase' }),
      code: page.getByRole('form', { name: 'Make a new recovery code' }),
    };
    await expect(forms.passphrase.getByLabel('New passphrase', { exact: true })).toBeVisible();
    // Not Mantine's "Toggle password visibility" four times over: each names its own field.
    await expect(page.getByRole('button', { name: 'Toggle password visibility' })).toHaveCount(0);
    const toggles = [
      forms.name.getByRole('button', { name: 'Show current passphrase, for a new name', exact: true }),
      forms.passphrase.getByRole('button', { name: 'Show current passphrase', exact: true }),
      forms.passphrase.getByRole('button', { name: 'Show new passphrase', exact: true }),
      forms.code.getByRole('button', { name: 'Show current passphrase, for a new recovery code', exact: true }),
    ];
    for (const toggle of toggles) await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await axe.check('account page, passphrase fields with their eye buttons');

    // From the field, Tab reaches its eye button; Enter shows that field's words, and no other's.
    const current = forms.passphrase.getByLabel('Current passphrase', { exact: true });
    await current.fill(PASSPHRASE);
    await current.focus();
    await page.keyboard.press('Tab');
    await expect(toggles[1]).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(toggles[1]).toHaveAttribute('aria-pressed', 'true');
    await expect(current).toHaveAttribute('type', 'text');
    await expect(forms.passphrase.getByLabel('New passphrase', { exact: true })).toHaveAttribute('type', 'password');
    await expect(forms.code.getByLabel('Current passphrase', { exact: true })).toHaveAttribute('type', 'password');
  });

  test('a member abroad says where they are once, and the crisis lines follow everywhere', async ({ page, request, axe }) => {
    const grant = await member(request);
    await openAs(page, grant, '/account');
    const where = page.getByLabel('Crisis lines for');
    await expect(where).toHaveValue('');
    await where.selectOption({ label: 'United Kingdom' });
    await expect(page.getByRole('status').filter({ hasText: "Saved. You'll be shown the lines for United Kingdom." })).toBeVisible();
    await axe.check('account page, region saved');
    // A new page load signs in again from the server's record: the help page (and the crisis
    // panel, from the same place) now shows the United Kingdom's lines.
    await page.goto('/help');
    await expect(page.getByLabel('Lines for')).toHaveValue('GB');
    await expect(page.getByRole('list', { name: 'Crisis lines: United Kingdom' })).toContainText('Samaritans');
    await axe.check('help, lines for the saved region');
  });

  test('a member chooses where they are with the arrow keys: each choice is saved, and focus stays on the select for the next', async ({ page, request, axe }) => {
    const grant = await member(request);
    await openAs(page, grant, '/account');
    const where = page.getByLabel('Crisis lines for');
    await expect(where).toHaveValue('');
    await axe.check('account page, region from the browser');
    const saves = await holdRequests(page, '**/api/v1/me', 'PATCH');
    // On a closed select each arrow key chooses (and saves). While it saves, the select stays
    // enabled and focused (not dropping focus to the top of the page), says it is busy, and lets a
    // further press go rather than saving over the first.
    await where.focus();
    for (let press = 1; press <= 2; press += 1) {
      const before = await where.inputValue();
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => saves.count()).toBe(press);
      await afterTwoFrames(page);
      await expect.poll(() => focusedElement(page)).not.toBe('the page body');
      await expect(where).toBeFocused();
      await expect(where).toHaveAttribute('aria-busy', 'true');
      const chosen = await where.inputValue();
      expect(chosen).not.toBe(before);
      await page.keyboard.press('ArrowDown');
      await expect(where).toHaveValue(chosen);
      saves.release();
      const label = ((await where.locator('option:checked').textContent()) ?? '').trim();
      await expect(page.getByRole('status').filter({ hasText: `Saved. You'll be shown the lines for ${label}.` })).toBeVisible();
      await expect(where).not.toHaveAttribute('aria-busy');
      await expect(where).toHaveValue(chosen);
      expect(saves.count()).toBe(press);
      await expect.poll(() => focusedElement(page)).not.toBe('the page body');
      await expect(where).toBeFocused();
    }
    await axe.check('account page, region saved by keyboard');
  });

  test('a member who used their real name changes it: their posts show the new one at once, and the old one still signs them in', async ({ page, browser, request, axe }) => {
    test.setTimeout(90_000);
    const tag = crypto.randomUUID().slice(0, 6);
    const realName = `Maria Okafor ${tag}`;
    const joined = await request.post('/api/v1/auth/register', { data: { pseudonym: realName, passphrase: PASSPHRASE } });
    expect(joined.status()).toBe(201);
    const grant = (await joined.json()) as Grant;
    const thread = await request.post('/api/v1/threads', {
      headers: { authorization: `Bearer ${grant.accessToken}` },
      data: { categorySlug: 'anxiety', title: `First night here ${tag}`, body: 'I used my real name by mistake.' },
    });
    expect(thread.status()).toBe(201);
    const threadId = ((await thread.json()) as { id: string }).id;

    await openAs(page, grant, '/account');
    const form = page.getByRole('form', { name: 'Change your name' });
    // A name that claims a role is refused under the field, with focus on it; nothing changes.
    await form.getByLabel('New name (optional)').fill('Lantern Moderator');
    await form.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
    await form.getByRole('button', { name: 'Change my name' }).click();
    await expect(form.getByRole('alert')).toContainText('cannot suggest a role');
    await expect(form.getByLabel('New name (optional)')).toBeFocused();
    await axe.check('account page, a name refused');
    // The wrong passphrase is said under its own field.
    await form.getByLabel('New name (optional)').fill(`Quiet Harbour ${tag}`);
    await form.getByLabel('Current passphrase', { exact: true }).fill('not my passphrase');
    await form.getByRole('button', { name: 'Change my name' }).click();
    await expect(form.getByRole('alert')).toContainText('not your current passphrase');
    await expect(form.getByLabel('Current passphrase', { exact: true })).toBeFocused();

    await form.getByLabel('Current passphrase', { exact: true }).fill(PASSPHRASE);
    await form.getByRole('button', { name: 'Change my name' }).click();
    await expect(form.getByRole('status')).toContainText(`You are now “Quiet Harbour ${tag}”`);
    await expect(page.getByTestId('signed-in-pseudonym')).toContainText(`Quiet Harbour ${tag}`);
    await axe.check('account page, name changed');

    // The thread they started shows the new name, here and to another reader.
    await page.goto(`/t/${threadId}`);
    await expect(page.getByRole('article').first()).toContainText(`Quiet Harbour ${tag}`);
    await expect(page.getByRole('main')).not.toContainText(realName);
    await axe.check('their thread under the new name');

    // Signed in elsewhere with the old name and passphrase: the same account, under its new name.
    await signInElsewhere(browser, realName, PASSPHRASE, `Quiet Harbour ${tag}`);
  });
});
