import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { openAs, operatorGrant, registeredMember, type Grant } from './support/operators';

/** A new member searches in the words of a crisis: the search form and the note beside it, once shown. */
async function searchInCrisisWords(page: Page, request: APIRequestContext) {
  const reader = await openAs(page, await registeredMember(request), '/search');
  const form = reader.getByRole('search', { name: 'Search the forum' });
  const nudge = reader.getByRole('complementary', { name: 'Support while you search' });
  await form.getByLabel('Words to look for').fill('I want to die');
  await form.getByRole('button', { name: 'Search' }).click();
  await expect(nudge).toBeVisible();
  return { reader, form, nudge };
}

test.describe('search', () => {
  test('a member searching in the words of a crisis finds lines to reach above the results, and an ordinary search shows none', async ({ page, request, axe }) => {
    const { reader, form, nudge } = await searchInCrisisWords(page, request);
    await expect(nudge).toContainText("You don't have to carry this alone. You can talk to someone right now, free and confidential.");
    await expect(nudge.getByRole('list', { name: 'Lines you can reach now' })).toBeVisible();
    await expect(nudge.getByRole('link', { name: 'Talk to someone now' })).toBeVisible();
    // 988 answers anyone at any hour: the note needs no emergency number beside it.
    await expect(nudge.getByTestId('emergency-line')).toHaveCount(0);
    // The search itself still happens: help comes first, the results follow.
    await expect(reader.getByRole('status').filter({ hasText: 'I want to die' })).toBeVisible();
    await axe.check('search, words of a crisis');

    await form.getByLabel('Words to look for').fill('trouble sleeping');
    await form.getByRole('button', { name: 'Search' }).click();
    await expect(reader.getByRole('status').filter({ hasText: 'trouble sleeping' })).toBeVisible();
    await expect(nudge).toHaveCount(0);
  });

  test.describe('in Italy', () => {
    test.use({ locale: 'it-IT' });

    test('where no line shown answers an adult at any hour, the note beside the search shows the emergency number too', async ({ page, request, axe }) => {
      const { nudge } = await searchInCrisisWords(page, request);
      await expect(nudge.getByRole('list', { name: 'Lines you can reach now' }).getByRole('listitem').filter({ hasText: 'Telefono Amico' })).toContainText('Every day, 9:00 to 24:00');
      await expect(nudge.getByTestId('emergency-line').getByRole('link', { name: 'Call 112', exact: true })).toHaveAttribute('href', 'tel:112');
      await axe.check('search, words of a crisis, in Italy');
    });
  });

  test('a moderator sees which hits members cannot read, and a member sees no such mark', async ({ page, browser, request, axe }, testInfo) => {
    const bearer = (grant: Grant) => ({ authorization: `Bearer ${grant.accessToken}` });
    const writer = await registeredMember(request);
    const word = `w${Date.now().toString(36)}`;
    const created = await request.post('/api/v1/threads', { headers: bearer(writer), data: { categorySlug: 'anxiety', title: `Evening walks ${word}`, body: `a walk helps ${word}` } });
    expect(created.status(), await created.text()).toBe(201);
    const thread = (await created.json()) as { id: string };
    const replied = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: bearer(writer), data: { body: `posted too soon ${word}` } });
    expect(replied.status(), await replied.text()).toBe(201);
    const reply = (await replied.json()) as { id: string };
    expect((await request.delete(`/api/v1/posts/${reply.id}`, { headers: bearer(writer) })).status()).toBe(204);

    const searchFor = async (searching: Page) => {
      const form = searching.getByRole('search', { name: 'Search the forum' });
      await form.getByLabel('Words to look for').fill(word);
      await form.getByRole('button', { name: 'Search' }).click();
      return searching.getByRole('list', { name: `Search results for ${word}` }).getByRole('listitem');
    };

    const staffHits = await searchFor(await openAs(page, await operatorGrant(request, 'moderator'), '/search'));
    await expect(staffHits).toHaveCount(2);
    await expect(staffHits.filter({ hasText: `posted too soon ${word}` }).getByText('Deleted by its writer')).toBeVisible();
    await expect(staffHits.filter({ hasText: `a walk helps ${word}` }).getByTestId('search-hit-status')).toHaveCount(0);
    await axe.check('search as a moderator, a deleted hit marked');

    // Another tab of another member: members are never told the status, and have nothing to mark.
    const memberPage = await openAs(browser, await registeredMember(request), '/search');
    const memberHits = await searchFor(memberPage);
    await expect(memberHits).toHaveCount(1);
    await expect(memberHits).toContainText(`a walk helps ${word}`);
    await expect(memberPage.getByTestId('search-hit-status')).toHaveCount(0);
    await expectNoAxeViolations(memberPage, testInfo, 'search as a member');
    await memberPage.context().close();
  });
});
