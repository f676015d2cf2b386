import { expect, test } from './support/axe';
import { operatorGrant, seedSession } from './support/operators';

/**
 * The dead letters are mocked (a moderation job that fails every attempt cannot be made through
 * the api); each answer is the one the real api gives, retried jobs leaving the list.
 */
test('the dead-letter list counts attempts in words and a double-clicked retry is sent once', async ({ page, request, axe }) => {
  const failedAt = new Date().toISOString();
  const jobs = [
    { jobId: 'first-try', queue: 'moderation', data: { contentType: 'post', contentId: 'not-a-uuid', version: 1 }, failedReason: 'moderation job first-try has a malformed payload', attemptsMade: 1, failedAt },
    { jobId: 'every-try', queue: 'moderation', data: { contentType: 'post', contentId: 'not-a-uuid', version: 2 }, failedReason: 'classifier unavailable', attemptsMade: 6, failedAt: null },
  ];
  const retried = new Set<string>();
  let retryRequests = 0;
  await page.route('**/api/v1/admin/dead-letters', (route) => route.fulfill({ json: { items: jobs.filter((job) => !retried.has(job.jobId)) } }));
  await page.route('**/api/v1/admin/dead-letters/*/retry', async (route) => {
    retryRequests += 1;
    const jobId = decodeURIComponent(new URL(route.request().url()).pathname.split('/').at(-2) ?? '');
    await new Promise((resolve) => setTimeout(resolve, 400));
    if (retried.has(jobId)) return route.fulfill({ status: 404, json: { error: { code: 'NOT_FOUND', message: 'There is no failed job with that id.' } } });
    retried.add(jobId);
    return route.fulfill({ status: 202, json: { jobId, state: 'waiting' } });
  });

  await seedSession(page, await operatorGrant(request, 'admin'));
  await page.goto('/admin/queues');
  const first = page.getByRole('paragraph').filter({ hasText: 'first-try' });
  await expect(first).toContainText('first-try · 1 attempt · ');
  await expect(first).not.toContainText('attempts');
  // A job with no failure time says so without an empty gap.
  await expect(page.getByText('every-try · 6 attempts · classifier unavailable', { exact: true })).toBeVisible();
  await axe.check('admin queues with dead letters');

  await page.getByRole('button', { name: 'Retry first-try' }).dblclick();
  await expect(page.getByRole('status').filter({ hasText: 'Job first-try is waiting again.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retry first-try' })).toHaveCount(0);
  expect(retryRequests).toBe(1);
  await expect(page.getByRole('status').filter({ hasText: 'There is no failed job with that id.' })).toHaveCount(0);
});
