import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import axe from 'axe-core';

/** WCAG 2.1 A and AA: the bar for a service people reach for in distress. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Violation = axe.Result;

function formatViolations(violations: Violation[], url: string, label: string): string {
  const lines = [`${violations.length} accessibility violation(s) on ${url} (${label}):`];
  violations.forEach((violation, index) => {
    lines.push(`${index + 1}. [${violation.impact ?? 'unknown'}] ${violation.id}: ${violation.help}`);
    lines.push(`   ${violation.helpUrl}`);
    for (const node of violation.nodes) {
      lines.push(`   - ${node.target.join(' ')}`);
      for (const summaryLine of (node.failureSummary ?? '').split('\n')) lines.push(`       ${summaryLine.trim()}`);
    }
  });
  return lines.join('\n');
}

/**
 * Runs axe-core over the page as it is now and fails with a readable list of violations.
 * The full axe results are attached to the test report when something fails.
 */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo, label = 'page'): Promise<void> {
  // axe-core goes into the page once per document (its half-megabyte source took longer to load
  // than the check itself, and client-side navigation keeps the document), and runs there. No
  // blank page for the results either (@axe-core/playwright opened one per check, to merge
  // frames' results: this app has no frames).
  if (!(await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object'))) await page.evaluate(axe.source);
  // The page as it settles, not mid-transition: a dialog fading in or out has, for a moment, the
  // contrast of a ghost. Two frames let a transition that starts on the next frame begin; every
  // finite animation and transition running then is waited for (3 s at most), until none runs.
  // A fade may still begin while axe looks (Mantine starts it two frames after a dialog opens, and
  // React renders that when it can on a busy machine; axe takes a while there): when one began
  // during the look and something was found, it looks again once the page has settled.
  const runAxe = () =>
    page.evaluate(
      async (tags) => {
        const deadline = performance.now() + 3_000;
        let began = 0;
        const onStart = () => {
          began += 1;
        };
        const starts = ['transitionrun', 'animationstart'];
        for (const type of starts) document.addEventListener(type, onStart, true);
        try {
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          for (;;) {
            await frame();
            await frame();
            const running = document.getAnimations().filter((animation) => animation.playState === 'running' && Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)));
            if (running.length === 0 || performance.now() > deadline) break;
            await Promise.race([Promise.all(running.map((animation) => animation.finished.catch(() => undefined))), new Promise((resolve) => setTimeout(resolve, Math.max(0, deadline - performance.now())))]);
          }
          const before = began;
          const results = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          // A transition begun in axe's last step is told at the next frame.
          await frame();
          return { results, movedDuringRun: began !== before };
        } finally {
          for (const type of starts) document.removeEventListener(type, onStart, true);
        }
      },
      WCAG_TAGS,
    );
  let { results, movedDuringRun } = await runAxe();
  for (let retry = 0; retry < 2 && movedDuringRun && results.violations.length > 0; retry += 1) ({ results, movedDuringRun } = await runAxe());
  if (results.violations.length > 0) {
    await testInfo.attach(`axe-${label}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
  }
  expect(results.violations.length, formatViolations(results.violations, page.url(), label)).toBe(0);
}

export interface AxeFixture {
  /** Checks the current page; `label` names the state in failure messages (e.g. "home, degraded"). */
  check(label?: string): Promise<void>;
}

/** Origin and path: a `#main-content` jump or a query string is not a different page. */
function pageKey(url: string): string | null {
  if (!url.startsWith('http')) return null;
  const { origin, pathname } = new URL(url);
  return `${origin}${pathname}`;
}

/**
 * `test` with an `axe` fixture. It also remembers every page the test navigated to, and fails a
 * passing test that visited a page without checking it, so the rule "every page a browser test
 * visits is checked with axe" holds for tests written later too.
 */
export const test = base.extend<{ axe: AxeFixture }>({
  axe: [
    async ({ page }, use, testInfo) => {
      const visited = new Set<string>();
      const checked = new Set<string>();
      const onNavigate = (frame: ReturnType<Page['mainFrame']>) => {
        if (frame !== page.mainFrame()) return;
        const key = pageKey(frame.url());
        if (key) visited.add(key);
      };
      page.on('framenavigated', onNavigate);

      await use({
        async check(label) {
          const key = pageKey(page.url());
          if (key) checked.add(key);
          await expectNoAxeViolations(page, testInfo, label ?? key ?? 'page');
        },
      });

      page.off('framenavigated', onNavigate);
      if (testInfo.status === testInfo.expectedStatus) {
        const unchecked = [...visited].filter((key) => !checked.has(key));
        expect(unchecked, 'pages this test visited but never checked with axe.check()').toEqual([]);
      }
    },
    { auto: true },
  ],
});

export { expect };
