import { expect, test } from './support/axe';
import { openAs, operatorGrant, registeredMember, type Grant } from './support/operators';

const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });

test.describe("a member's record, by name", () => {
  test('a moderator finds a member by the name someone mentions, reads their record, and reviews what they wrote', async ({ page, request, axe }) => {
    const writer = await registeredMember(request);
    const created = await request.post('/api/v1/threads', {
      headers: bearer(writer),
      data: { categorySlug: 'anxiety', title: 'Nobody reported this', body: 'Keep messaging me and see what happens.' },
    });
    expect(created.status()).toBe(201);
    const moderator = await operatorGrant(request, 'moderator');
    await openAs(page, moderator, '/mod');

    // A name nobody has: said so, and the moderator stays where they are.
    const finder = page.getByRole('form', { name: 'Find a member' });
    await finder.getByLabel('Find a member by name').fill('Nobody Has This 99');
    await finder.getByRole('button', { name: 'Find' }).click();
    await expect(finder.getByRole('status')).toHaveText('Nobody goes by “Nobody Has This 99”, or went by it.');
    await expect(page).toHaveURL(/\/mod$/);
    await axe.check('queue, nobody found');

    // Their name as someone typed it in a message: another case, stray spaces.
    await finder.getByLabel('Find a member by name').fill(`  ${writer.member.pseudonym.toLowerCase()} `);
    await finder.getByRole('button', { name: 'Find' }).click();
    await expect(page).toHaveURL(new RegExp(`/mod/members/${writer.member.id}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('A member’s record');
    const record = page.getByRole('region', { name: 'The member' });
    await expect(record).toContainText(`${writer.member.pseudonym} · member · joined`);
    // What they wrote is behind a reveal: nothing says yet whether it is hard to read.
    await expect(record.getByTestId('blurred')).toBeVisible();
    await axe.check('member record');
    await record.getByRole('button', { name: 'Show what they wrote recently' }).click();
    await expect(record).toContainText('Nobody reported this · visible: Keep messaging me and see what happens.');

    // From there to the item, where the actions are.
    await record.getByRole('button', { name: `Review the post from ${writer.member.pseudonym}: Keep messaging me and see what happens.` }).click();
    await expect(page).toHaveURL(/\/mod\/items\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('region', { name: 'The member' })).toContainText(writer.member.pseudonym);
    await axe.check('item opened from the record');
  });
});
