import { expect, test } from './support/axe';

test('an unknown address shows a kind not-found page with a way home and to help', async ({ page, axe }) => {
  await page.goto('/no-such-page');

  await expect(page).toHaveTitle('Page not found · Lantern');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("We couldn't find that page");
  await expect(page.getByRole('main').getByRole('link', { name: 'Go to the Lantern home page' })).toHaveAttribute('href', '/');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Get help now' })).toBeVisible();
  await axe.check('not found');
});
