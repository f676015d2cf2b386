// What npm test prints last: the failed tests by name, so a summary that keeps only the end of the
// output still says which ones failed.

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { failedTests } = require('./failed-tests.cjs') as { failedTests(jest: unknown[], playwright: unknown, root: string): string[] };

describe('failed-tests', () => {
  const root = '/repo';

  it('names failed jest tests with their file and the first line of why, and nothing that passed', () => {
    const shard1 = {
      testResults: [
        {
          name: '/repo/apps/api/src/chat/chat.spec.ts',
          status: 'failed',
          message: '',
          assertionResults: [
            { status: 'passed', fullName: 'chat joins', failureMessages: [] },
            { status: 'failed', fullName: 'chat sends once', failureMessages: ['\u001b[31mError: expect(received).toBe(expected)\u001b[39m\n\nExpected: 1\nReceived: 2'] },
          ],
        },
        { name: '/repo/apps/api/src/ok.spec.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed', fullName: 'ok', failureMessages: [] }] },
      ],
    };
    const shard2 = {
      testResults: [{ name: '/repo/apps/worker/src/broken.spec.ts', status: 'failed', message: '\n  ● Test suite failed to run\n\n    Cannot find module', assertionResults: [] }],
    };
    expect(failedTests([shard1, shard2], undefined, root)).toEqual([
      'jest apps/api/src/chat/chat.spec.ts › chat sends once: Error: expect(received).toBe(expected)',
      'jest apps/worker/src/broken.spec.ts: ● Test suite failed to run',
    ]);
  });

  it('names failed and flaky browser tests with their place and describe titles', () => {
    const playwright = {
      suites: [
        {
          title: 'chat.e2e.ts',
          specs: [{ title: 'top level', file: 'chat.e2e.ts', line: 3, tests: [{ status: 'expected', results: [{ status: 'passed' }] }] }],
          suites: [
            {
              title: 'chat',
              specs: [
                {
                  title: 'two members chat',
                  file: 'chat.e2e.ts',
                  line: 12,
                  tests: [{ status: 'unexpected', results: [{ status: 'failed', error: { message: 'Error: expect(locator).toBeVisible() failed\nLocator: x' } }] }],
                },
                {
                  title: 'a removal',
                  file: 'chat.e2e.ts',
                  line: 40,
                  tests: [{ status: 'flaky', results: [{ status: 'timedOut', error: { message: 'Test timeout of 30000ms exceeded.' } }, { status: 'passed' }] }],
                },
              ],
            },
          ],
        },
      ],
    };
    expect(failedTests([], playwright, root)).toEqual([
      'e2e chat.e2e.ts:12 › chat › two members chat: Error: expect(locator).toBeVisible() failed',
      'e2e chat.e2e.ts:40 › chat › a removal (passed on retry): Test timeout of 30000ms exceeded.',
    ]);
  });

  it('names a browser run that failed outside any test (its web server, a global setup)', () => {
    expect(failedTests([], { suites: [], errors: [{ message: 'Error: Timed out waiting 120000ms from config.webServer.\n    at ...' }] }, root)).toEqual([
      'e2e (outside any test): Error: Timed out waiting 120000ms from config.webServer.',
    ]);
  });

  it('names the failures of every browser lane when the browser tests ran in several', () => {
    const lane = (file: string, line: number) => ({ suites: [{ title: file, specs: [{ title: 'it', file, line, tests: [{ status: 'unexpected', results: [{ status: 'failed', error: { message: 'Error: nope' } }] }] }] }] });
    expect(failedTests([], [lane('a.e2e.ts', 3), { passed: 0 }, lane('b.e2e.ts', 7)], root)).toEqual(['e2e a.e2e.ts:3 › it: Error: nope', 'e2e b.e2e.ts:7 › it: Error: nope']);
  });

  it('says nothing when all passed or a report is missing, and keeps a long line short', () => {
    expect(failedTests([{ passed: 0 }, {}], { passed: 0 }, root)).toEqual([]);
    const long = failedTests([{ testResults: [{ name: '/repo/a.spec.ts', status: 'failed', assertionResults: [{ status: 'failed', fullName: 'x', failureMessages: ['y'.repeat(1000)] }] }] }], undefined, root);
    expect(long).toHaveLength(1);
    expect(long[0].length).toBeLessThanOrEqual(401);
    expect(long[0].endsWith('…')).toBe(true);
  });
});
