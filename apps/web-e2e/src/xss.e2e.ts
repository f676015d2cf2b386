import { expect, test } from './support/axe';
import { registeredMember, seedSession } from './support/operators';

/**
 * Hostile Markdown and HTML, written as members, read in a real browser. Every payload would,
 * if it ran, set `window.__xss` or open a dialog; the test clicks every link and watches both.
 */
const PAYLOADS = [
  '<script>window.__xss = 1</script>',
  '<img src=x onerror="window.__xss = 2">',
  '<svg onload="window.__xss = 3">',
  '<iframe src="javascript:window.top.__xss = 4"></iframe>',
  '<a href="javascript:window.__xss = 5">click me 5</a>',
  '[click me 6](javascript:window.__xss=6)',
  '[click me 7](JaVaScRiPt:window.__xss=7)',
  '[click me 8](&#106;avascript:window.__xss=8)',
  '[click me 9](data:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3M9OTwvc2NyaXB0Pg==)',
  '<details open ontoggle="window.__xss = 10">x</details>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss = 11">',
  '"><script>window.__xss = 12</script>',
  '<scr<script>ipt>window.__xss = 13</scr</script>ipt>',
  '<a href="https://ok.example" onclick="window.__xss = 14">click me 14</a>',
  '<form action="javascript:window.__xss = 15"><button>click me 15</button></form>',
  '<body onload="window.__xss = 16">',
];

test('an XSS corpus posted by members renders as harmless text in Chromium: no script runs, no dialog opens', async ({ page, request, axe }) => {
  test.setTimeout(90_000);
  // The posting limit is per member per minute: spread the corpus over a few members.
  const writers = [await registeredMember(request), await registeredMember(request), await registeredMember(request)];
  const created = await request.post('/api/v1/threads', {
    headers: { Authorization: `Bearer ${writers[0].accessToken}` },
    data: { categorySlug: 'introductions', title: 'Formatting test', body: PAYLOADS[0] },
  });
  expect(created.status()).toBe(201);
  const thread = (await created.json()) as { id: string };
  for (const [index, payload] of PAYLOADS.slice(1).entries()) {
    const writer = writers[(index + 1) % writers.length];
    const reply = await request.post(`/api/v1/threads/${thread.id}/posts`, { headers: { Authorization: `Bearer ${writer.accessToken}` }, data: { body: payload } });
    expect(reply.status()).toBe(201);
  }

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await seedSession(page, await registeredMember(request));
  await page.goto(`/t/${thread.id}`);
  const posts = page.getByRole('article');
  await expect(posts).toHaveCount(PAYLOADS.length, { timeout: 10_000 });
  await axe.check('thread of hostile posts');

  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
  // Nothing executable reached the page: no event-handler attributes, no script-bearing URLs.
  const dangerous = await page.getByRole('main').evaluate((main) =>
    [...main.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /^on/i.test(attribute.name) || (/^(href|src|action|data|formaction)$/i.test(attribute.name) && /^\s*(javascript|data|vbscript):/i.test(attribute.value)))
        .map((attribute) => `<${element.tagName.toLowerCase()} ${attribute.name}="${attribute.value}">`),
    ),
  );
  expect(dangerous).toEqual([]);
  expect(await page.locator('article script, article iframe, article object, article embed').count()).toBe(0);

  // Clicking what looks like a link runs nothing either (external links are answered locally).
  await page.route('https://ok.example/**', (route) => route.fulfill({ status: 200, body: 'ok' }));
  for (const name of ['click me 5', 'click me 6', 'click me 7', 'click me 8', 'click me 9', 'click me 15']) {
    const target = page.getByRole('main').getByText(name, { exact: false }).first();
    if (await target.count()) await target.click({ noWaitAfter: true }).catch(() => undefined);
  }
  expect(page.url()).toContain(`/t/${thread.id}`);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss ?? null)).toBeNull();
  expect(dialogs).toEqual([]);
  // What the members typed is still there to read, as text.
  await expect(page.getByRole('main')).toContainText('window.__xss');
});
