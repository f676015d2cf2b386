import { expect, test } from './support/axe';
import { openAs, registeredMember } from './support/operators';

test.describe('search', () => {
  test('a member searching in the words of a crisis finds lines to reach above the results, and an ordinary search shows none', async ({ page, request, axe }) => {
    const reader = await openAs(page, await registeredMember(request), '/search');
    const form = reader.getByRole('search', { name: 'Search the forum' });
    const nudge = reader.getByRole('complementary', { name: 'Support while you search' });

    await form.getByLabel('Words to look for').fill('I want to die');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(nudge).toBeVisible({ timeout: 3_000 });
    await expect(nudge).toContainText("You don't have to carry this alone. You can talk to someone right now, free and confidential.");
    await expect(nudge.getByRole('list', { name: 'Lines you can reach now' })).toBeVisible();
    await expect(nudge.getByRole('link', { name: 'Talk to someone now' })).toBeVisible();
    // The search itself still happens: help comes first, the results follow.
    await expect(reader.getByRole('status').filter({ hasText: 'I want to die' })).toBeVisible();
    await axe.check('search, words of a crisis');

    await form.getByLabel('Words to look for').fill('trouble sleeping');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(reader.getByRole('status').filter({ hasText: 'trouble sleeping' })).toBeVisible();
    await expect(nudge).toHaveCount(0);
  });
});
