#!/usr/bin/env node
// Rewrites tools/test/jest-durations.json (seconds per test file) from the jest reports of the
// last `npm test` (dist/test-reports/jest-*.json), which duration-sequencer.cjs reads to split
// jest into shards of about equal time. Run it after adding a slow test file, or when the shards'
// times in npm test's summary drift apart.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from '../start/services.mjs';

const reports = join(root, 'dist', 'test-reports');
const files = readdirSync(reports).filter((name) => /^jest.*\.json$/.test(name));
if (!files.length) {
  process.stderr.write(`no jest report in ${reports}: run npm test first\n`);
  process.exit(1);
}
const durations = {};
for (const file of files) {
  for (const result of JSON.parse(readFileSync(join(reports, file), 'utf8')).testResults) {
    const path = relative(root, result.name).split('\\').join('/');
    durations[path] = Math.round((result.endTime - result.startTime) / 100) / 10;
  }
}
const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(join(root, 'tools', 'test', 'jest-durations.json'), `${JSON.stringify(sorted, null, 2)}\n`);
process.stdout.write(`${Object.keys(sorted).length} files, ${Math.round(Object.values(sorted).reduce((a, b) => a + b, 0))} s in all\n`);
