import { readFile } from 'node:fs/promises';
import { expect, test } from './support/axe';
import { openAs, registeredMember, type Grant } from './support/operators';

test.describe('a member takes their words with them, and leaves', () => {
  test('downloads their data, then deletes their account by typing their pseudonym and passphrase, and cannot sign in as it again', async ({ page, request, axe }) => {
    test.setTimeout(90_000);
    const passphrase = 'my own quiet passphrase';
    const registered = await request.post('/api/v1/auth/register', { data: { passphrase } });
    expect(registered.status()).toBe(201);
    const leaver = (await registered.json()) as Grant;
    const neighbour = await registeredMember(request);
    const word = `w${Date.now().toString(36)}`;
    const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });
    const started = await request.post('/api/v1/threads', {
      headers: bearer(leaver),
      data: { categorySlug: 'anxiety', title: `Leaving soon ${word}`, body: `My own words before I go ${word}` },
    });
    expect(started.status()).toBe(201);
    const thread = (await started.json()) as { id: string };
    const replied = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(neighbour), data: { body: `A neighbour's reply ${word}-theirs` } });
    expect(replied.status()).toBe(201);

    await openAs(page, leaver, '/account');
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Download your data' })).toBeVisible();
    await expect(page.getByText('It is made only when you ask')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Delete your account' })).toBeVisible();
    await axe.check('account page');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
    await axe.check('account page, dark');
    await page.emulateMedia({ colorScheme: 'light' });

    // The file: theirs, and only theirs.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download your data' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^lantern-export-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await readFile(await download.path(), 'utf8');
    const document = JSON.parse(text) as { format: string; account: { pseudonym: string }; posts: Array<{ body: string }> };
    expect(document.format).toBe('lantern-account-export/1');
    expect(document.account.pseudonym).toBe(leaver.member.pseudonym);
    expect(document.posts.map((post) => post.body)).toEqual([`My own words before I go ${word}`]);
    expect(text).not.toContain(`${word}-theirs`);
    expect(text).not.toContain(neighbour.member.pseudonym);
    await expect(page.getByRole('status').filter({ hasText: 'is downloading' })).toBeVisible();
    await axe.check('account page, data downloaded');

    // Deleting asks for the pseudonym, and says where help stays.
    await page.getByRole('button', { name: 'Delete my account…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' });
    await expect(dialog).toContainText("This can't be undone.");
    await expect(dialog).toContainText('crisis lines stay open to you, with or without an account');
    const confirm = dialog.getByRole('button', { name: 'Delete my account' });
    await expect(confirm).toBeDisabled();
    await axe.check('delete account dialog');
    const typed = dialog.getByRole('textbox', { name: `Type your pseudonym, ${leaver.member.pseudonym}, to confirm` });
    await typed.fill('not my name');
    await expect(confirm).toBeDisabled();
    await typed.fill(leaver.member.pseudonym);
    // Their passphrase too: someone holding their phone cannot delete the account.
    await expect(confirm).toBeDisabled();
    const passphraseInput = dialog.getByLabel('Your passphrase', { exact: true });
    await passphraseInput.fill('not my passphrase');
    await expect(confirm).toBeEnabled();
    await axe.check('delete account dialog, pseudonym and passphrase typed');
    await confirm.click();
    await expect(dialog).toContainText('That is not your current passphrase.');
    await expect(passphraseInput).toBeFocused();
    await expect(dialog).toContainText('Your account was not deleted');
    await axe.check('delete account dialog, wrong passphrase');
    expect((await request.get('/api/v1/me', { headers: bearer(leaver) })).status()).toBe(200);
    await passphraseInput.fill(passphrase);
    await confirm.click();

    // Home, signed out, with a kind word.
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('note')).toContainText("Your account has been deleted. Take care of yourself; you're welcome back any time.");
    await expect(page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByTestId('signed-in-pseudonym')).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('lantern.refreshToken'))).toBeNull();
    await axe.check('home, account deleted');

    // The account is gone: its pseudonym and passphrase open nothing.
    const signIn = await request.post('/api/v1/auth/login', { data: { pseudonym: leaver.member.pseudonym, passphrase } });
    expect(signIn.status()).toBe(401);
    // Their words stay, unlinked.
    const posts = await request.get(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(neighbour) });
    const items = ((await posts.json()) as { items: Array<{ body: string; author: { displayName: string } }> }).items;
    expect(items[0].author.displayName).toBe('former member');
  });
});
