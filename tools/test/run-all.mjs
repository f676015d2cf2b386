#!/usr/bin/env node
// `npm test`: build, then lint, type-check, unit + integration (jest, in band, real PostgreSQL and
// Redis) and browser tests (Playwright in Debian's Chromium) in lanes side by side, then one summary line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { ensureDependencies, fail, log, root, tcpAnswers } from '../start/services.mjs';
import failedTestsModule from './failed-tests.cjs';
import testLanes from './test-lanes.cjs';

const { failedTests } = failedTestsModule;
const { planLanes, shareFiles, onlyFile } = testLanes;

const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', FORCE_COLOR: '0' };
const bin = (name) => join(root, 'node_modules', '.bin', name);
const reports = join(root, 'dist', 'test-reports');
const results = [];

// A step that hangs (an open handle, a stuck browser) must fail the run, not stall CI.
const STEP_TIMEOUT_MS = 25 * 60 * 1000;

function step(name, command, args, extraEnv = {}) {
  const started = Date.now();
  log(`── ${name}`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv }, timeout: STEP_TIMEOUT_MS, killSignal: 'SIGKILL' });
  if (run.error) log(`${name}: ${run.error.message}`);
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

/**
 * A step whose output comes line by line under its own label, so two steps run side by side can
 * be told apart; resolves to whether it passed. Recorded under `order` in the summary.
 */
function stepBeside(name, label, order, command, args, extraEnv = {}) {
  const started = Date.now();
  log(`── ${name} (its lines start with ${label})`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...env, ...extraEnv } });
    const timer = setTimeout(() => {
      log(`${name}: still running after ${STEP_TIMEOUT_MS / 60_000} minutes, stopped`);
      child.kill('SIGKILL');
    }, STEP_TIMEOUT_MS);
    for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => process.stdout.write(`${label} ${line}\n`));
    const finish = (ok) => {
      clearTimeout(timer);
      results[order] = { name, ok, seconds: Math.round((Date.now() - started) / 1000) };
      resolve(ok);
    };
    child.on('error', (error) => {
      log(`${name}: ${error.message}`);
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });
}

/** Seconds per test file a run recorded (tools/test/*-durations.json); none when it cannot be read. */
function recorded(name) {
  try {
    return JSON.parse(readFileSync(join(root, 'tools', 'test', name), 'utf8'));
  } catch {
    return {};
  }
}

function readCounts(file, pick) {
  try {
    return pick(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    return { passed: 0, failed: 0, skipped: 0 };
  }
}

/** Two lanes' counts as one. */
const addCounts = (a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped });

async function main() {
  const began = Date.now();
  ensureDependencies();
  const pgUrl = new URL(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const redisUrl = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  if (!(await tcpAnswers(pgUrl.hostname, Number(pgUrl.port || 5432)))) fail(`PostgreSQL does not answer at ${pgUrl.host}; integration tests need it (.ci/run starts it).`);
  if (!(await tcpAnswers(redisUrl.hostname, Number(redisUrl.port || 6379)))) fail(`Redis does not answer at ${redisUrl.host}; integration tests need it (.ci/run starts it).`);
  rmSync(reports, { recursive: true, force: true });
  mkdirSync(reports, { recursive: true });

  // Built first: every lane's tests run the built server, and the api project's global setup would
  // otherwise build it again in each jest shard, at once, over the files the others are reading.
  const builtNow = step('build', process.execPath, [join(root, 'tools', 'build', 'build.mjs')]);
  const built = builtNow ? { LANTERN_SERVER_BUILT: '1' } : {};
  // Then the parts, in LANTERN_TEST_LANES lanes side by side (3): lint, type-check, jest in
  // LANTERN_JEST_SHARDS shards (4) and the browser tests in LANTERN_E2E_SHARDS shards (2), each
  // shard a share of the files of about equal recorded time (tools/test/jest-durations.json,
  // e2e-durations.json), laid over the lanes longest first (tools/test/test-lanes.cjs). A lane runs
  // its parts one after another; much of each part's time is spent waiting on sockets, queues and
  // timers rather than on a core. Three at once on two cores: one browser lane beside two jest
  // lanes left the cores idle once jest was done, and the browser lane ran twice as long as
  // either; four at once left every wait less slack. The parts share nothing: every jest file has
  // its own database, queue prefix and random ports, and every browser shard a server of its own
  // (its own port from E2E_PORT, 3100, database and prefix) and a folder for what its browser
  // writes (Playwright clears its output folder as it starts, and a worker's as it ends: shared,
  // one shard would pull another's from under it). The waits that were too tight for the load
  // (integration waits under 15 s, browser expects at Playwright's 5 s, a count of every Redis
  // client's reads) are mended; LANTERN_TESTS_SIDE_BY_SIDE=0 runs everything one after another,
  // with one jest process and one browser run, to tell load from a real failure.
  const sideBySide = process.env.LANTERN_TESTS_SIDE_BY_SIDE !== '0';
  // A count that is not a whole number of 1 or more ("", "two", "0") is the default, not a run with none.
  const count = (name, fallback) => {
    const asked = Number.parseInt(process.env[name] ?? '', 10);
    return sideBySide ? (asked >= 1 ? asked : fallback) : 1;
  };
  const e2eTests = readdirSync(join(root, 'apps', 'web-e2e', 'src'), { recursive: true })
    .map((path) => `apps/web-e2e/src/${String(path).split('\\').join('/')}`)
    .filter((path) => path.endsWith('.e2e.ts'));
  const lanes = count('LANTERN_TEST_LANES', 3);
  const shards = count('LANTERN_JEST_SHARDS', 4);
  // Never more browser shards than files (a shard given no file would run them all), and one
  // against a server someone already started (E2E_BASE_URL): shards side by side on one server
  // would share its database and its staff accounts.
  const e2eShards = process.env.E2E_BASE_URL ? 1 : Math.min(count('LANTERN_E2E_SHARDS', 2), Math.max(1, e2eTests.length));
  const jestFiles = Array.from({ length: shards }, (_, i) => join(reports, `jest-${i + 1}.json`));
  const e2eFiles = Array.from({ length: e2eShards }, (_, i) => join(reports, e2eShards > 1 ? `playwright-${i + 1}.json` : 'playwright.json'));
  // No times recorded (the file gone or damaged): about what the suite took in December 2026, so
  // the shards still spread over the lanes rather than all go to the first.
  const jestSeconds = Object.values(recorded('jest-durations.json')).reduce((a, b) => a + b, 0) || 900;
  const e2eShares = shareFiles(e2eTests, recorded('e2e-durations.json'), e2eShards);
  const first = results.length;
  const parts = [
    // Estimates (seconds, with the other lanes beside them) from recent runs' summaries.
    { name: 'lint', seconds: 40, run: (order) => stepBeside('lint', '[lint]', order, bin('nx'), ['run-many', '-t', 'lint', '--outputStyle=static', '--skipNxCache']) },
    { name: 'type-check', seconds: 60, run: (order) => stepBeside('type-check', '[types]', order, process.execPath, [join(root, 'tools', 'test', 'typecheck.mjs')]) },
    // No --forceExit: every suite closes what it opens, so jest ends by itself; a leaked handle is
    // a bug to find, and the step timeout keeps it from stalling CI.
    ...jestFiles.map((file, i) => {
      const shard = shards > 1 ? [`--shard=${i + 1}/${shards}`] : [];
      const name = shards > 1 ? `unit and integration tests (jest, in band, shard ${i + 1} of ${shards})` : 'unit and integration tests (jest, in band)';
      const label = shards > 1 ? `[jest${i + 1}]` : '[jest]';
      return { name, seconds: jestSeconds / shards, run: (order) => stepBeside(name, label, order, bin('jest'), ['--runInBand', '--ci', ...shard, '--json', `--outputFile=${file}`], built) };
    }),
    ...e2eFiles.map((file, i) => {
      const shard = e2eShards > 1 ? [...e2eShares[i].files.map(onlyFile), `--output=${join(root, 'test-results', `web-e2e-${i + 1}`)}`] : [];
      const name = e2eShards > 1 ? `browser tests (Playwright, Chromium, shard ${i + 1} of ${e2eShards})` : 'browser tests (Playwright, Chromium)';
      const label = e2eShards > 1 ? `[e2e${i + 1}]` : '[e2e]';
      const extra = { PLAYWRIGHT_JSON_OUTPUT_NAME: file, CI: 'true', E2E_PORT: String(Number(process.env.E2E_PORT ?? 3100) + i) };
      return { name, seconds: e2eShares[i].seconds, run: (order) => stepBeside(name, label, order, bin('playwright'), ['test', '-c', 'apps/web-e2e/playwright.config.ts', '--reporter=list,json', ...shard], extra) };
    }),
  ];
  // Each part's line in the summary keeps its place in the list above, whichever lane ran it.
  for (const [i, part] of parts.entries()) part.order = first + i;
  // One after another: in the order above (the checks first), as the tests were before lanes.
  const plan = sideBySide ? planLanes(parts, lanes) : [{ seconds: parts.reduce((sum, part) => sum + part.seconds, 0), parts }];
  for (const [i, lane] of plan.entries()) log(`lane ${i + 1} (about ${Math.round(lane.seconds)} s): ${lane.parts.map((part) => part.name).join(', then ')}`);
  await Promise.all(
    plan.map(async (lane) => {
      for (const part of lane.parts) await part.run(part.order);
    }),
  );

  const jest = jestFiles
    .map((file) => readCounts(file, (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0), skipped: r.numPendingTests + r.numTodoTests })))
    .reduce(addCounts);
  const e2e = e2eFiles
    .map((file) => readCounts(file, (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky, skipped: r.stats.skipped })))
    .reduce(addCounts);
  const stepFailures = results.filter((r) => !r.ok).length;
  log('── summary');
  for (const r of results) log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds} s)`);
  // Which tests failed, named in the last lines (all a CI summary may keep of the output).
  const reportsRead = jestFiles.map((file) => readCounts(file, (r) => r));
  for (const line of failedTests(reportsRead, e2eFiles.map((file) => readCounts(file, (r) => r)), root)) log(`failed: ${line}`);
  // A shard stopped at the step timeout, or killed, wrote no report: say so, so its FAIL is not a mystery.
  for (const [i, file] of jestFiles.entries()) if (!existsSync(file)) log(`failed: jest shard ${i + 1} wrote no report (stopped at the step timeout, or crashed): its own lines above say where`);
  for (const [i, file] of e2eFiles.entries()) {
    const which = e2eShards > 1 ? `browser shard ${i + 1}` : 'the browser tests';
    if (!existsSync(file)) log(`failed: ${which} wrote no report (stopped at the step timeout, or crashed): its own lines above say where`);
  }
  log(`jest: ${jest.passed} passed, ${jest.failed} failed; browser: ${e2e.passed} passed, ${e2e.failed} failed`);
  log(`took ${Math.round((Date.now() - began) / 1000)} s`);
  const failed = jest.failed + e2e.failed + (stepFailures && jest.failed + e2e.failed === 0 ? stepFailures : 0);
  process.stdout.write(`total: ${jest.passed + e2e.passed} passed, ${failed} failed, ${jest.skipped + e2e.skipped} skipped\n`);
  process.exit(stepFailures ? 1 : 0);
}

if (!existsSync(join(root, 'package.json'))) fail('run npm test from the repository root');
main().catch((error) => fail(`npm test failed: ${error.message}`));
