import { expect, test } from './support/axe';
import { openAs, operatorGrant, registeredMember, type Grant } from './support/operators';

const bearer = (grant: Grant) => ({ Authorization: `Bearer ${grant.accessToken}` });

test.describe('audit log', () => {
  test('a moderator filters the log by the name a row shows, and by a target id copied from a row', async ({ page, request, axe }) => {
    // One entry by each of two moderators: a claim of a reported post.
    const writer = await registeredMember(request);
    const made = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'anxiety', title: 'Audit filter', body: 'Words someone reports.' } });
    const thread = (await made.json()) as { firstPost: { id: string } };
    expect((await request.post(`/api/v1/posts/${thread.firstPost.id}/reports`, { headers: bearer(await registeredMember(request)), data: { reason: 'spam' } })).status()).toBe(201);
    const admin = await operatorGrant(request, 'admin');
    let flagId = '';
    await expect
      .poll(async () => {
        const queue = (await (await request.get('/api/v1/moderation/queue', { headers: bearer(admin) })).json()) as { items: Array<{ id: string; contentId: string }> };
        flagId = queue.items.find((item) => item.contentId === thread.firstPost.id)?.id ?? '';
        return flagId;
      })
      .toBeTruthy();
    expect((await request.post(`/api/v1/moderation/flags/${flagId}/claim`, { headers: bearer(admin), data: {} })).status()).toBe(200);

    await openAs(page, await operatorGrant(request, 'moderator'), '/mod/audit');
    const form = page.getByRole('form', { name: 'Filter the audit log' });
    await form.getByLabel('Moderator').fill('E2E-ADMIN');
    await form.getByLabel('Action').fill('claim');
    await form.getByRole('button', { name: 'Filter' }).click();
    const rows = page.getByRole('table', { name: 'Audit entries, newest first' }).getByRole('row');
    await expect(rows.nth(1)).toContainText('e2e-admin');
    await expect(page.getByText("We couldn't load the audit log")).toHaveCount(0);
    // Every row is the admin's, and the item's whole id is there to copy.
    const who = await rows.locator('td:nth-child(2)').allTextContents();
    expect(who.every((text) => text.startsWith('e2e-admin'))).toBe(true);
    await expect(rows.filter({ hasText: flagId })).toHaveCount(1);
    await axe.check('the audit log, filtered');

    await form.getByLabel('Moderator').fill('');
    await form.getByLabel('Target id').fill(flagId.slice(0, 8));
    await form.getByRole('button', { name: 'Filter' }).click();
    await expect(form.getByText('The target id is the whole id')).toBeVisible();
    await form.getByLabel('Target id').fill(flagId);
    await form.getByRole('button', { name: 'Filter' }).click();
    await expect(form.getByText('The target id is the whole id')).toHaveCount(0);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText(flagId);

    // Longer than any action or name: said by each field in the form's words, not sent to be refused.
    await form.getByLabel('Action').fill('x'.repeat(45));
    await form.getByLabel('Moderator').fill('y'.repeat(45));
    await form.getByRole('button', { name: 'Filter' }).click();
    await expect(form.getByText('No action is that long')).toBeVisible();
    await expect(form.getByText('A name is at most 40 characters')).toBeVisible();
    await expect(page.getByText("We couldn't load the audit log")).toHaveCount(0);
    await expect(page.getByText('Too big')).toHaveCount(0);
    await axe.check('the audit log, filters refused');
    // An action typed as it reads ("Claim") finds what the log spells "claim".
    await form.getByLabel('Moderator').fill('e2e-admin');
    await form.getByLabel('Action').fill('Claim');
    await form.getByRole('button', { name: 'Filter' }).click();
    await expect(form.getByText('No action is that long')).toHaveCount(0);
    await expect(rows.filter({ hasText: flagId })).toHaveCount(1);
    await expect(rows.nth(1)).toContainText('claim');
  });
});
