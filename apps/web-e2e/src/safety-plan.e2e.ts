import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/axe';
import { openAs, registeredMember, type Grant } from './support/operators';

const SAVED = /^Saved at \d{2}:\d{2}$/;

type PlanSections = Record<'warningSigns' | 'copingSteps' | 'distractions' | 'people' | 'professionals' | 'safeEnvironment' | 'reasonsToLive', string[]>;
const emptySections: PlanSections = { warningSigns: [], copingSteps: [], distractions: [], people: [], professionals: [], safeEnvironment: [], reasonsToLive: [] };

/** The input for one entry of one list, by the name a screen reader hears. */
const entry = (page: Page, heading: string, position: number) => page.getByRole('textbox', { name: `${heading}, entry ${position}`, exact: true });

async function savePlanThroughApi(request: APIRequestContext, grant: Grant, sections: Partial<PlanSections>): Promise<void> {
  const saved = await request.put('/api/v1/me/safety-plan', { headers: { Authorization: `Bearer ${grant.accessToken}` }, data: { sections: { ...emptySections, ...sections }, baseUpdatedAt: null } });
  expect(saved.status(), await saved.text()).toBe(200);
}

test.describe('a member’s own safety plan', () => {
  test('signed out it says what it is; a member writes a plan, saves it, and finds it after a reload', async ({ page, request, axe }) => {
    // Many pages, each checked with axe: about 20 s on a quiet machine, more on a busy one.
    test.setTimeout(60_000);
    // The help page's "Write a safety plan" step leads here.
    await page.goto('/help');
    await axe.check('help, with the safety-plan step');
    await page.getByRole('link', { name: 'Write your safety plan' }).click();
    await expect(page).toHaveURL(/\/safety-plan$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('My safety plan');
    await expect(page.getByRole('link', { name: 'Sign in to write your safety plan' })).toHaveAttribute('href', '/sign-in');
    await axe.check('safety plan, signed out');

    const grant = await registeredMember(request);
    await openAs(page, grant, '/safety-plan');
    await expect(page.getByTestId('safety-plan-saved-state')).toHaveText('Not saved yet');
    await axe.check('safety plan, empty');

    await entry(page, 'My warning signs', 1).fill('I stop answering messages');
    await entry(page, 'People I can ask for help', 1).fill('Aunt Rosa 555 010 0199');
    await page.getByRole('button', { name: 'Add another: People I can ask for help' }).click();
    await entry(page, 'People I can ask for help', 2).fill('Sam from work');
    await entry(page, 'My reasons for living', 1).fill('Biscuit, my cat');
    await expect(page.getByTestId('safety-plan-saved-state')).toContainText('Changes not saved yet');
    // Unsaved words wait in the tab: a reload before saving loses nothing.
    await page.reload();
    await expect(entry(page, 'People I can ask for help', 2)).toHaveValue('Sam from work');
    await axe.check('safety plan, unsaved words restored');

    // Saved from the keyboard: focus stays on the button, so the next Tab goes on from here.
    await page.getByRole('button', { name: 'Save my plan' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('safety-plan-saved-state')).toHaveText(SAVED);
    await expect(page.getByRole('button', { name: 'Save my plan' })).toBeFocused();
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('lantern.safety-plan-draft.')))).toEqual([]);

    await page.reload();
    await expect(entry(page, 'People I can ask for help', 1)).toHaveValue('Aunt Rosa 555 010 0199');
    await expect(entry(page, 'People I can ask for help', 2)).toHaveValue('Sam from work');
    await expect(entry(page, 'My warning signs', 1)).toHaveValue('I stop answering messages');
    await expect(entry(page, 'My reasons for living', 1)).toHaveValue('Biscuit, my cat');
    await expect(page.getByTestId('safety-plan-saved-state')).toHaveText(SAVED);
    await axe.check('safety plan, saved and reloaded');

    // On paper: the plan and the crisis lines, without the editor or the site's header.
    const printable = page.getByTestId('printable-safety-plan');
    await expect(printable).toBeHidden();
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    await page.getByRole('button', { name: 'Print or save as PDF' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
    await page.emulateMedia({ media: 'print' });
    await expect(printable).toBeVisible();
    await expect(printable.getByRole('heading', { name: 'People I can ask for help' })).toBeVisible();
    await expect(printable).toContainText('Aunt Rosa 555 010 0199');
    await expect(printable).toContainText('Biscuit, my cat');
    await expect(printable.getByRole('heading', { name: 'Crisis lines', exact: true })).toBeVisible();
    await expect(printable).toContainText(/call \d+/);
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Save my plan' })).toBeHidden();
    await axe.check('safety plan, print view');
    await page.emulateMedia({ media: 'screen' });
    await expect(printable).toBeHidden();

    // Removing an entry and saving sticks too.
    await page.getByRole('button', { name: 'Remove People I can ask for help, entry 2' }).click();
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await expect(page.getByTestId('safety-plan-saved-state')).toHaveText(SAVED);
    await page.reload();
    await expect(entry(page, 'People I can ask for help', 1)).toHaveValue('Aunt Rosa 555 010 0199');
    await expect(entry(page, 'People I can ask for help', 2)).toHaveCount(0);

    // A long entry pasted in is kept whole, never cut at the limit: it is said to be too long.
    const long = `${'When the nights get long I walk to the park and sit by the pond and breathe slowly. '.repeat(4)}Then I call Rosa on 555 010 0199.`;
    expect(long.length).toBeGreaterThan(300);
    await entry(page, 'Things I can do on my own', 1).focus();
    await page.keyboard.insertText(long);
    await expect(entry(page, 'Things I can do on my own', 1)).toHaveValue(long);
    await expect(entry(page, 'Things I can do on my own', 1)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(`This entry is ${long.length} characters; an entry can be at most 300. Try splitting it into two.`)).toBeVisible();
    await axe.check('safety plan, an entry too long');
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await expect(page.getByText(/at most 300 characters; try splitting it into two/)).toBeVisible();
    await expect(entry(page, 'Things I can do on my own', 1)).toHaveValue(long);
  });

  test('a second tab saving from a stale copy is told the plan changed elsewhere and keeps its words', async ({ page, request, axe }, testInfo) => {
    // Many pages, each checked with axe: about 20 s on a quiet machine, more on a busy one.
    test.setTimeout(60_000);
    const grant = await registeredMember(request);
    await savePlanThroughApi(request, grant, { people: ['Jo'] });
    await openAs(page, grant, '/safety-plan');
    await expect(entry(page, 'People I can ask for help', 1)).toHaveValue('Jo');
    const otherTab = await page.context().newPage();
    await otherTab.goto('/safety-plan');
    await expect(entry(otherTab, 'People I can ask for help', 1)).toHaveValue('Jo');

    // The first tab saves a change.
    await page.getByRole('button', { name: 'Add another: People I can ask for help' }).click();
    await entry(page, 'People I can ask for help', 2).fill('Priya');
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await expect(page.getByTestId('safety-plan-saved-state')).toHaveText(SAVED);
    await axe.check('safety plan, saved in the first tab');

    // The second tab still holds the copy from before it, and saves its own words.
    await entry(otherTab, 'My reasons for living', 1).fill('Walking by the sea');
    await otherTab.getByRole('button', { name: 'Save my plan' }).click();
    const notice = otherTab.getByRole('alert').filter({ hasText: 'Your plan changed in another tab' });
    await expect(notice).toBeVisible();
    // The newer plan is shown, and the member's words wait beside it.
    await expect(entry(otherTab, 'People I can ask for help', 2)).toHaveValue('Priya');
    await expect(otherTab.getByTestId('safety-plan-kept-words')).toContainText('Walking by the sea');
    await expectNoAxeViolations(otherTab, testInfo, 'safety plan, changed elsewhere');
    // Kept across a reload of that tab too.
    await otherTab.reload();
    await expect(otherTab.getByTestId('safety-plan-kept-words')).toContainText('Walking by the sea');

    await otherTab.getByRole('button', { name: 'Add my words back' }).click();
    await expect(entry(otherTab, 'My reasons for living', 1)).toHaveValue('Walking by the sea');
    await otherTab.getByRole('button', { name: 'Save my plan' }).click();
    await expect(otherTab.getByTestId('safety-plan-saved-state')).toHaveText(SAVED);
    await expectNoAxeViolations(otherTab, testInfo, 'safety plan, words added back and saved');

    const stored = (await (await request.get('/api/v1/me/safety-plan', { headers: { Authorization: `Bearer ${grant.accessToken}` } })).json()) as { sections: { people: string[]; reasonsToLive: string[] } };
    expect(stored.sections.people).toEqual(['Jo', 'Priya']);
    expect(stored.sections.reasonsToLive).toEqual(['Walking by the sea']);
    await otherTab.close();
  });

  test('words typed while a save is on its way stay on the page, unsaved, and the next save keeps them', async ({ page, request, axe }) => {
    const grant = await registeredMember(request);
    await openAs(page, grant, '/safety-plan');
    await entry(page, 'People I can ask for help', 1).fill('Aunt Rosa');
    // A slow connection: the save is held until the member has typed more.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/v1/me/safety-plan', async (route) => {
      if (route.request().method() === 'PUT') await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await expect(page.getByRole('button', { name: 'Saving…' })).toBeVisible();
    await page.getByRole('button', { name: 'Add another: People I can ask for help' }).click();
    await entry(page, 'People I can ask for help', 2).fill('Sam from work');
    await entry(page, 'My reasons for living', 1).fill('Biscuit, my cat');
    release();
    await expect(page.getByRole('button', { name: 'Save my plan' })).toBeVisible();
    await expect(entry(page, 'People I can ask for help', 2)).toHaveValue('Sam from work');
    await expect(entry(page, 'My reasons for living', 1)).toHaveValue('Biscuit, my cat');
    await expect(page.getByTestId('safety-plan-saved-state')).toContainText('Changes not saved yet');
    await axe.check('safety plan, typed while saving');
    // Kept in the tab meanwhile, and saved by the next save (not refused as coming from an older copy).
    await page.reload();
    await expect(entry(page, 'People I can ask for help', 2)).toHaveValue('Sam from work');
    await page.getByRole('button', { name: 'Save my plan' }).click();
    await expect(page.getByTestId('safety-plan-saved-state')).toHaveText(SAVED);
    const stored = (await (await request.get('/api/v1/me/safety-plan', { headers: { Authorization: `Bearer ${grant.accessToken}` } })).json()) as { sections: { people: string[]; reasonsToLive: string[] } };
    expect(stored.sections).toMatchObject({ people: ['Aunt Rosa', 'Sam from work'], reasonsToLive: ['Biscuit, my cat'] });
  });

  test('after a crisis post the panel shows the member’s people and reasons, and leads to the plan', async ({ page, request, axe }) => {
    const grant = await registeredMember(request);
    await savePlanThroughApi(request, grant, { people: ['Aunt Rosa 555 010 0199'], reasonsToLive: ['Biscuit, my cat'], copingSteps: ['Cold water on my face'] });
    const posted = await request.post('/api/v1/threads', {
      headers: { Authorization: `Bearer ${grant.accessToken}` },
      data: { categorySlug: 'depression', title: 'Tonight', body: 'I want to end my life tonight. I am so tired of everything.' },
    });
    expect(posted.status()).toBe(201);
    await openAs(page, grant, '/');

    const panel = page.getByRole('region', { name: 'Support you can reach now' });
    await expect(panel).toBeVisible({ timeout: 10_000 });
    // Still the panel it was: the lines first.
    await expect(panel.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    const plan = panel.getByTestId('safety-plan-in-panel');
    await expect(plan.getByRole('list', { name: 'People you can ask for help' })).toContainText('Aunt Rosa 555 010 0199');
    await expect(plan.getByRole('list', { name: 'Your reasons for living' })).toContainText('Biscuit, my cat');
    // Only those two lists, the ones that help most in the moment.
    await expect(plan).not.toContainText('Cold water on my face');
    await axe.check('home, crisis panel with the safety plan');

    await plan.getByRole('link', { name: 'Open your safety plan' }).click();
    await expect(page).toHaveURL(/\/safety-plan$/);
    await expect(entry(page, 'Things I can do on my own', 1)).toHaveValue('Cold water on my face');
    await axe.check('safety plan, opened from the crisis panel');
  });
});
