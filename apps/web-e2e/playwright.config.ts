import { existsSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const repoRoot = path.resolve(__dirname, '../..');
// E2E_PORT lets two runs on one machine (say, two worktrees) each start their own server.
const defaultBaseUrl = `http://127.0.0.1:${process.env.E2E_PORT ?? '3100'}`;

// Debian's old headless shell (package chromium-headless-shell), as Playwright's own headless
// Chromium is: the full browser, headless, still draws its window's tab strip and toolbar in a
// renderer of their own for every test's page, on the same two cores as the api, worker and jest.
// Debian's full Chromium when the shell is not installed; E2E_CHROMIUM names another binary.
const HEADLESS_SHELL = '/usr/lib/chromium/chromium-headless-shell';
const chromium = process.env.E2E_CHROMIUM || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : '/usr/bin/chromium');

// E2E_BASE_URL points the tests at a server someone already started, so we start none.
const externalServer = process.env.E2E_BASE_URL;

export default defineConfig({
  testDir: 'src',
  // *.e2e.ts, never *.spec.ts: jest owns the spec files and must not pick these up.
  testMatch: '**/*.e2e.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  // A wait for what the worker or a live event brings (a review item, a reply's count, a removed
  // message) crosses the api, the worker, PostgreSQL and Redis, all on these two cores with jest
  // perhaps beside them; Playwright's 5 s default was tripped by a different one of them in most
  // clean-clone runs. A passing wait returns as soon as it holds, so this costs only failures time.
  expect: { timeout: 10_000 },
  outputDir: path.join(repoRoot, 'test-results/web-e2e'),
  use: {
    baseURL: externalServer ?? defaultBaseUrl,
    // A trace records a screencast of every test, and on two cores that costs the suite a third
    // of its time (Chromium encoding frames while the api waits for a core): off in CI, whose
    // failures are read from the log and screenshots; E2E_TRACE=retain-on-failure (or on) to debug.
    trace: (process.env.E2E_TRACE ?? (process.env.CI ? 'off' : 'retain-on-failure')) as 'off' | 'on' | 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The app's service worker would answer pages and files before page.route() sees them; the
    // journeys that mock the network need it out of the way. offline.e2e.ts lets it in.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: {
          executablePath: chromium,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: externalServer
    ? undefined
    : {
        // Builds if needed, creates a fresh database, migrates, and runs api + worker on 3100
        // serving dist/apps/web.
        command: 'node tools/e2e/serve.mjs',
        cwd: repoRoot,
        url: `${defaultBaseUrl}/api/health`,
        reuseExistingServer: !process.env.CI,
        timeout: 180_000,
        stdout: 'pipe',
        // SIGTERM, so the server drops its database and stops api and worker (Playwright's default,
        // SIGKILL, left a database behind after every run).
        gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
      },
});
