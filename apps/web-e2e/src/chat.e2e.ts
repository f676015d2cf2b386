import { expect, test } from './support/axe';
import { openAs, operatorGrant, registeredMember as member, seedSession } from './support/operators';

test.describe('chat rooms', () => {
  test('two members chat live in a room; a moderator removes a message and it disappears for both', async ({ browser, page, request, axe }) => {
    test.setTimeout(90_000);
    const [alice, bob] = [await member(request), await member(request)];
    const moderator = await operatorGrant(request, 'moderator');

    // The room list with online counts, in the test's own page (checked with axe).
    await seedSession(page, alice);
    await page.goto('/chat');
    await expect(page.getByRole('heading', { level: 1, name: 'Chat rooms' })).toBeVisible();
    const rooms = page.getByRole('list', { name: 'Rooms' });
    await expect(rooms.getByRole('link', { name: 'Night owls' })).toBeVisible();
    await expect(rooms.getByRole('listitem').filter({ hasText: 'Night owls' })).toContainText('online');
    await axe.check('room list');
    await rooms.getByRole('link', { name: 'Night owls' }).click();
    const aliceLog = page.getByRole('log', { name: 'Messages in Night owls' });
    await expect(page.getByRole('heading', { level: 1, name: 'Night owls' })).toBeVisible();

    const bobPage = await openAs(browser, bob, '/chat/night-owls');
    const bobLog = bobPage.getByRole('log', { name: 'Messages in Night owls' });
    await expect(page.getByRole('heading', { level: 1, name: 'Night owls' }).locator('..').getByText(/\d+ online/)).toBeVisible();

    // Alice sends with Enter; Bob sees it, and answers.
    const aliceBox = page.getByRole('textbox', { name: 'Your message' });
    await aliceBox.fill('Anyone else awake? Cannot sleep again.');
    await aliceBox.press('Enter');
    await expect(aliceBox).toHaveValue('');
    await expect(aliceLog).toContainText('You: Anyone else awake? Cannot sleep again.');
    await expect(bobLog).toContainText(`${alice.member.pseudonym}: Anyone else awake? Cannot sleep again.`);
    const bobBox = bobPage.getByRole('textbox', { name: 'Your message' });
    await bobBox.fill('Me too. Want to keep each other company?');
    await bobBox.press('Enter');
    await expect(aliceLog).toContainText(`${bob.member.pseudonym}: Me too. Want to keep each other company?`);
    await axe.check('chat room');

    // A message that should not stay: the moderator removes it from their own tab.
    await bobBox.fill('this one is going to be removed');
    await bobBox.press('Enter');
    await expect(aliceLog).toContainText('this one is going to be removed');
    const modPage = await openAs(browser, moderator, '/chat/night-owls');
    const modLog = modPage.getByRole('log', { name: 'Messages in Night owls' });
    await expect(modLog).toContainText('this one is going to be removed');
    await modLog.getByRole('button', { name: /^Remove the message from .*: this one is going to be removed/ }).click();
    await expect(aliceLog).not.toContainText('this one is going to be removed');
    await expect(bobLog).not.toContainText('this one is going to be removed');
    await expect(modLog).not.toContainText('this one is going to be removed');
    await expect(aliceLog).toContainText('Me too. Want to keep each other company?');

    // Away and back: a dropped connection shows the banner, and what was said meanwhile arrives.
    await bobPage.context().setOffline(true);
    await expect(bobPage.getByRole('status').filter({ hasText: 'Reconnecting…' })).toBeVisible({ timeout: 15_000 });
    await aliceBox.fill('Said while Bob was away');
    await aliceBox.press('Enter');
    await bobPage.context().setOffline(false);
    await expect(bobLog).toContainText('Said while Bob was away', { timeout: 20_000 });
    await expect(bobPage.getByRole('status').filter({ hasText: 'Reconnecting…' })).toHaveCount(0);

    await Promise.all([bobPage.context().close(), modPage.context().close()]);
  });
});
