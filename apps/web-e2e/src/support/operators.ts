import type { APIRequestContext, Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The operator accounts tools/e2e/serve.mjs creates with the CLI (never self-registered). */
export const OPERATORS = {
  moderator: { pseudonym: 'e2e-moderator', passphrase: 'e2e moderator passphrase for tests' },
  admin: { pseudonym: 'e2e-admin', passphrase: 'e2e admin passphrase for tests' },
  counsellor: { pseudonym: 'e2e-counsellor', passphrase: 'e2e counsellor passphrase for tests' },
} as const;

export interface Grant {
  accessToken: string;
  refreshToken: string;
  member: { id: string; pseudonym: string; role?: string };
}

/** Signs an operator in through the real api. */
export async function operatorGrant(request: APIRequestContext, role: keyof typeof OPERATORS): Promise<Grant> {
  const response = await request.post('/api/v1/auth/login', { data: OPERATORS[role] });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as Grant;
}

/**
 * Hands a session to the page as a returning member's tab has it: the refresh token is stored
 * before the first page runs, once, so later loads read the token the page itself rotated.
 */
export async function seedSession(page: Page, grant: Grant): Promise<void> {
  await page.addInitScript((token) => {
    if (!sessionStorage.getItem('e2e.seeded')) {
      localStorage.setItem('lantern.refreshToken', token);
      sessionStorage.setItem('e2e.seeded', '1');
    }
  }, grant.refreshToken);
}

/** A page (in a context of its own when a browser is given) opened at `path`, signed in. */
export async function openAs(target: Page | Browser, grant: Grant, path: string): Promise<Page> {
  const page = 'newContext' in target ? await (await target.newContext()).newPage() : target;
  await seedSession(page, grant);
  await page.goto(path);
  await expectSignedInAs(page, grant.member.pseudonym);
  return page;
}

/** The width below which the header folds its navigation into a Menu (site-header.tsx: 48em). */
const FOLDED_HEADER_BELOW = 768;

/**
 * The header shows this name as the one signed in: on a phone, inside its Menu, which is opened to
 * read it and closed again (`leaveOpen` keeps it open for what the test does next).
 */
export async function expectSignedInAs(page: Page, pseudonym: string, { leaveOpen = false } = {}): Promise<void> {
  const folded = (page.viewportSize()?.width ?? FOLDED_HEADER_BELOW) < FOLDED_HEADER_BELOW;
  const menu = page.getByRole('banner').getByRole('button', { name: 'Menu' });
  if (folded && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await expect(page.getByTestId('signed-in-pseudonym')).toContainText(pseudonym);
  if (folded && !leaveOpen) await menu.click();
}

/**
 * A fresh page, signed out, that signs in on /sign-in with a name and passphrase as a member
 * types them, and waits until the header shows the name the account has (`expectName`).
 */
export async function signInElsewhere(browser: Browser, pseudonym: string, passphrase: string, expectName: string): Promise<void> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/sign-in');
  const form = page.getByRole('form', { name: 'Sign in with your passphrase' });
  await form.getByLabel('Pseudonym').fill(pseudonym);
  await form.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-pseudonym')).toContainText(expectName);
  await page.context().close();
}

/** A member registered through the real api. */
export async function registeredMember(request: APIRequestContext): Promise<Grant> {
  const response = await request.post('/api/v1/auth/register', { data: {} });
  expect(response.status()).toBe(201);
  return (await response.json()) as Grant;
}

/** Other tests in the run leave review items behind; the admin clears them, so "on top" means this test's item. */
export async function clearQueue(request: APIRequestContext): Promise<void> {
  const admin = await operatorGrant(request, 'admin');
  const headers = { Authorization: `Bearer ${admin.accessToken}` };
  const queue = (await (await request.get('/api/v1/moderation/queue', { headers })).json()) as { items: Array<{ id: string }> };
  for (const item of queue.items) await request.post(`/api/v1/moderation/flags/${item.id}/resolve`, { headers, data: { action: 'dismiss', note: 'Cleared before a browser test.' } });
}

/**
 * A member (`reporter`, or a new one) reports the post, and a moderator resolves the review item
 * it opened as given (a warning, a pause, a hide, an edit): the path a real moderation takes.
 * Returns the review item's id.
 */
export async function resolveThroughReport(
  request: APIRequestContext,
  postId: string,
  resolution: Record<string, unknown>,
  reporter?: Grant,
): Promise<string> {
  const by = reporter ?? (await registeredMember(request));
  const reported = await request.post(`/api/v1/posts/${postId}/reports`, { headers: { Authorization: `Bearer ${by.accessToken}` }, data: { reason: 'harassment' } });
  expect(reported.status()).toBe(201);
  const headers = { Authorization: `Bearer ${(await operatorGrant(request, 'moderator')).accessToken}` };
  let itemId: string | undefined;
  await expect
    .poll(async () => {
      const queue = (await (await request.get('/api/v1/moderation/queue', { headers })).json()) as { items: Array<{ id: string; contentId: string }> };
      itemId = queue.items.find((item) => item.contentId === postId)?.id;
      return itemId;
    })
    .toBeTruthy();
  const resolved = await request.post(`/api/v1/moderation/flags/${itemId}/resolve`, { headers, data: resolution });
  expect(resolved.status(), await resolved.text()).toBe(200);
  return itemId as string;
}
