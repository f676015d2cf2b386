import { expect, test } from './support/axe';
import { openAs, operatorGrant, registeredMember as member } from './support/operators';

test.describe('chat room locks', () => {
  test('a member with the room list open sees a room locked and reopened at once, and one the lock turned away is let in as soon as it opens', async ({ browser, page, request, axe }) => {
    test.setTimeout(90_000);
    const tag = crypto.randomUUID().slice(0, 8);
    const alice = await member(request);
    const moderator = await operatorGrant(request, 'moderator');
    const modPage = await openAs(browser, moderator, '/chat/lounge');
    const settings = modPage.getByRole('region', { name: 'Room settings (moderators)' });
    await expect(settings).toBeVisible();
    try {
      await openAs(page, alice, '/chat');
      const lounge = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Lounge' }) });
      const lockedBadge = lounge.getByText('locked', { exact: true });
      await expect(lounge).toBeVisible();
      await expect(lockedBadge).toHaveCount(0);

      // The list is read every 15 s; a lock must show long before that (5 s, the default wait).
      await settings.getByRole('button', { name: 'Lock the room' }).click();
      await expect(lockedBadge).toBeVisible();
      await axe.check('room list, a room locked');
      await settings.getByRole('button', { name: 'Unlock the room' }).click();
      await expect(lockedBadge).toHaveCount(0);

      // Locked as Alice walks in: turned away kindly, with a way to a person now, and free to write
      // meanwhile; the moment it opens she is in, without a reload, and what she wrote goes.
      await settings.getByRole('button', { name: 'Lock the room' }).click();
      await expect(lockedBadge).toBeVisible();
      await lounge.getByRole('link', { name: 'Lounge' }).click();
      const notice = page.getByRole('alert').filter({ hasText: 'The moderators have locked this room for now' });
      await expect(notice).toContainText('lets you in by itself as soon as they open it again');
      await expect(notice.getByRole('link', { name: 'people are there to talk to' })).toHaveAttribute('href', '/help');
      await expect(page.getByRole('alert').filter({ hasText: "You can't join this room right now" })).toHaveCount(0);
      const box = page.getByRole('textbox', { name: 'Your message' });
      await box.fill(`Waiting for the door (${tag})`);
      await box.press('Enter');
      await expect(box).toHaveValue(`Waiting for the door (${tag})`);
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeDisabled();
      await axe.check('chat room, turned away by the lock');
      await settings.getByRole('button', { name: 'Unlock the room' }).click();
      await expect(notice).toHaveCount(0);
      // In once the join is answered (Send comes back then); the notice can go a moment before.
      await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeEnabled();
      await box.press('Enter');
      await expect(box).toHaveValue('');
      await expect(modPage.getByRole('log', { name: 'Messages in Lounge' })).toContainText(`Waiting for the door (${tag})`);
    } finally {
      await request.patch('/api/v1/rooms/lounge', { headers: { Authorization: `Bearer ${moderator.accessToken}` }, data: { locked: false } });
      await modPage.context().close();
    }
  });
});
