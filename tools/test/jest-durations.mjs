#!/usr/bin/env node
// Rewrites the seconds per test file that npm test splits its shards by, from the reports of the
// last `npm test` (dist/test-reports): tools/test/jest-durations.json from jest-*.json (read by
// duration-sequencer.cjs) and tools/test/e2e-durations.json from playwright*.json (the browser
// shards, tools/test/test-lanes.cjs). Run it after adding a slow test file, or when the lanes'
// times in npm test's summary drift apart.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from '../start/services.mjs';

const reports = join(root, 'dist', 'test-reports');
const named = (pattern) => readdirSync(reports).filter((name) => pattern.test(name));
const fromRoot = (path) => relative(root, path).split('\\').join('/');

/** Today's times over those recorded before (a file the run did not reach keeps its time), for files that still exist. */
function write(name, measured) {
  const file = join(root, 'tools', 'test', name);
  const before = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  const durations = Object.fromEntries(Object.entries({ ...before, ...measured }).filter(([path]) => existsSync(join(root, path))));
  const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
  process.stdout.write(`${name}: ${Object.keys(sorted).length} files, ${Math.round(Object.values(sorted).reduce((a, b) => a + b, 0))} s in all\n`);
}

const jestReports = named(/^jest.*\.json$/);
const e2eReports = named(/^playwright.*\.json$/);
if (!jestReports.length && !e2eReports.length) {
  process.stderr.write(`no test report in ${reports}: run npm test first\n`);
  process.exit(1);
}
if (jestReports.length) {
  const durations = {};
  for (const file of jestReports) {
    for (const result of JSON.parse(readFileSync(join(reports, file), 'utf8')).testResults) {
      durations[fromRoot(result.name)] = Math.round((result.endTime - result.startTime) / 100) / 10;
    }
  }
  write('jest-durations.json', durations);
}
if (e2eReports.length) {
  // A browser file's time is the sum of its tests' (their hooks and fixtures included).
  const durations = {};
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests) for (const result of test.results) durations[file] = (durations[file] ?? 0) + result.duration / 1000;
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const file of e2eReports) {
    const report = JSON.parse(readFileSync(join(reports, file), 'utf8'));
    for (const suite of report.suites) walk(suite, fromRoot(join(report.config.rootDir, suite.file)));
  }
  write('e2e-durations.json', Object.fromEntries(Object.entries(durations).map(([file, seconds]) => [file, Math.round(seconds * 10) / 10])));
}
