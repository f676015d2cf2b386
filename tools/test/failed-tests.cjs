// The tests that failed in a run, one line each with the first line of why, from jest's --json
// reports and Playwright's json report: what npm test prints last, so the end of its output (all a
// CI summary may keep) names them.

const MAX_LINE = 400;

/** The first line of a failure message that says something, without terminal colours. */
function firstLine(text) {
  return (
    String(text ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line.length > 0) ?? ''
  );
}

function jestLines(report, root) {
  const lines = [];
  for (const suite of report?.testResults ?? []) {
    const where = suite.name ? suite.name.replace(`${root}/`, '') : '(unknown file)';
    const failed = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
    for (const a of failed) lines.push(`jest ${where} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    // A file that failed before or around its tests (a syntax error, a hook that threw).
    if (suite.status === 'failed' && failed.length === 0) lines.push(`jest ${where}: ${firstLine(suite.message)}`);
  }
  return lines;
}

function playwrightLines(report) {
  const lines = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected' && test.status !== 'flaky') continue;
        const failedRun = (test.results ?? []).find((r) => r.status !== 'passed' && r.status !== 'skipped');
        const flaky = test.status === 'flaky' ? ' (passed on retry)' : '';
        lines.push(`e2e ${spec.file}:${spec.line} › ${[...titles, spec.title].join(' › ')}${flaky}: ${firstLine(failedRun?.error?.message)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  // The top level suites are the files, already named by spec.file.
  for (const file of report?.suites ?? []) walk(file, []);
  // Failures outside any test (the web server did not start, a global setup threw).
  for (const error of report?.errors ?? []) lines.push(`e2e (outside any test): ${firstLine(error?.message)}`);
  return lines;
}

/** `playwrightReports`: one report, or one per browser lane. @returns {string[]} */
function failedTests(jestReports, playwrightReports, root) {
  const browser = Array.isArray(playwrightReports) ? playwrightReports : [playwrightReports];
  return [...jestReports.flatMap((report) => jestLines(report, root)), ...browser.flatMap(playwrightLines)].map((line) =>
    line.length > MAX_LINE ? `${line.slice(0, MAX_LINE)}…` : line,
  );
}

module.exports = { failedTests };
