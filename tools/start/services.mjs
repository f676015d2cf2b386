// Finding or starting PostgreSQL and Redis, and running Lantern's processes. Shared by
// `npm start` (tools/start/start.mjs) and the browser tests' server (tools/e2e/serve.mjs).
// Only Node built-ins at the top: this file runs before `npm install` may have happened.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createConnection } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));

export function log(message) {
  process.stdout.write(`[lantern] ${message}\n`);
}

export function fail(message) {
  process.stderr.write(`[lantern] ${message}\n`);
  process.exit(1);
}

/** Installs npm packages when node_modules is missing or older than the lock file. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && existsSync(join(root, 'node_modules', '.bin', 'nx'))) return;
  log('installing dependencies (npm install) — this takes a minute or two the first time');
  // `npm install`, not `npm ci`: some registry mirrors lack other platforms' optional binaries
  // (@swc/core-darwin-*, …), and npm ci then refuses a lock file that npm install accepts.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
  });
  if (result.status !== 0) fail('npm install failed; see the messages above.');
}

/** Reads .env (if any) without overriding variables already set. */
export function loadDotEnv() {
  const file = join(root, '.env');
  if (existsSync(file)) process.loadEnvFile(file);
}

export function tcpAnswers(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = createConnection({ host, port });
    const done = (answer) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function freePort(preferred) {
  for (let port = preferred; port < preferred + 50; port += 1) {
    if (!(await tcpAnswers('127.0.0.1', port, 300))) return port;
  }
  throw new Error(`no free port near ${preferred}`);
}

function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Uses the PostgreSQL at `url` when it answers (creating the database if it is missing);
 * otherwise starts an embedded one: PGlite behind its socket server, data under .data/pglite.
 */
export async function ensurePostgres(url, { allowEmbedded = true } = {}) {
  const { Client } = require('pg');
  const tryConnect = async (target) => {
    const client = new Client({ connectionString: target, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return 'ok';
    } catch (error) {
      await client.end().catch(() => undefined);
      if (error.code === '3D000') return 'missing-database';
      // A server that answered and would not let Lantern in (a wrong user or password: 28xxx, or a
      // password it needs and the URL lacks) is not "no PostgreSQL": starting the embedded one would
      // quietly keep the community's data somewhere the operator did not mean. Anything else
      // (refused, no route, timed out) is nothing there.
      const refused = /^28/.test(String(error.code ?? '')) || /password|SASL|SCRAM/i.test(error.message);
      if (refused) return `refused: ${error.message}`;
      // Nor is one starting up, shutting down or in recovery (57P03), or with no free connection
      // (53300): it is there, and will let Lantern in in a moment.
      if (error.code === '57P03' || error.code === '53300') return `not-yet: ${error.message}`;
      return `unreachable: ${error.message}`;
    }
  };
  let state = await tryConnect(url);
  const waitMs = Number(process.env.DATABASE_CONNECT_WAIT_MS ?? 30_000);
  for (const until = Date.now() + waitMs; state.startsWith('not-yet: ') && Date.now() < until; state = await tryConnect(url)) {
    log(`PostgreSQL at ${new URL(url).host} is there but not letting anyone in yet (${state.slice('not-yet: '.length)}); waiting for it`);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  if (state.startsWith('not-yet: ')) fail(`PostgreSQL at ${new URL(url).host} is there but did not let Lantern in within ${Math.round(waitMs / 1000)} s (${state.slice('not-yet: '.length)}); start again once it is up.`);
  if (state.startsWith('refused: ')) fail(`PostgreSQL at ${new URL(url).host} answered but would not let Lantern in (${state.slice('refused: '.length)}); check the user and password in DATABASE_URL.`);
  if (state === 'ok') return { url, description: `PostgreSQL at ${new URL(url).host}`, stop: async () => undefined };
  if (state === 'missing-database') {
    const database = decodeURIComponent(new URL(url).pathname.slice(1));
    if (!/^[a-z_][a-z0-9_]{0,62}$/i.test(database)) fail(`DATABASE_URL names a database "${database}" that does not exist; create it first.`);
    const admin = new Client({ connectionString: withDatabase(url, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    log(`created database ${database}`);
    return { url, description: `PostgreSQL at ${new URL(url).host}`, stop: async () => undefined };
  }
  if (!allowEmbedded) fail(`PostgreSQL does not answer at ${new URL(url).host} (${state}).`);
  log(`PostgreSQL does not answer at ${new URL(url).host}; starting the embedded PostgreSQL (PGlite)`);
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const dataDir = join(root, '.data', 'pglite');
  mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create(dataDir);
  const port = await freePort(54329);
  // Several connections (api pool, worker pool, migrations); the multiplexer serialises
  // transactions, which is plenty for a single-machine community.
  const server = new PGLiteSocketServer({ db, port, host: '127.0.0.1', maxConnections: 64 });
  await server.start();
  const embeddedUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url: embeddedUrl,
    description: `embedded PostgreSQL (PGlite) on 127.0.0.1:${port}, data in .data/pglite`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}

function hasBinary(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Uses the Redis at `url` when it answers; otherwise starts `redis-server` as a child process
 * with its data under .data/redis; otherwise explains what to install.
 */
export async function ensureRedis(url) {
  const parsed = new URL(url);
  const host = parsed.hostname || '127.0.0.1';
  const port = Number(parsed.port || 6379);
  if (await tcpAnswers(host, port)) return { url, description: `Redis at ${host}:${port}`, stop: async () => undefined };
  if (!hasBinary('redis-server')) {
    fail(
      `Redis does not answer at ${host}:${port} and redis-server is not installed.\n` +
        '  Install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis),\n' +
        '  or set REDIS_URL to a Redis that is running.',
    );
  }
  const childPort = await freePort(6390);
  const dir = join(root, '.data', 'redis');
  mkdirSync(dir, { recursive: true });
  log(`Redis does not answer at ${host}:${port}; starting redis-server on 127.0.0.1:${childPort}`);
  const child = spawn('redis-server', ['--bind', '127.0.0.1', '--port', String(childPort), '--dir', dir, '--appendonly', 'yes', '--save', ''], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 50 && !(await tcpAnswers('127.0.0.1', childPort, 200)); i += 1) await new Promise((r) => setTimeout(r, 100));
  return {
    url: `redis://127.0.0.1:${childPort}`,
    description: `redis-server child process on 127.0.0.1:${childPort}, data in .data/redis`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
    },
  };
}

/** Runs a built one-shot script (migrate, seed) and fails loudly when it does. */
export function runOnce(script, env, args = []) {
  // Asynchronous on purpose: the embedded PostgreSQL's socket server lives in this process, and a
  // spawnSync would block the event loop it needs to answer the child's queries.
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(root, script), ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => {
      if (stdout.trim()) log(stdout.trim());
      if (code !== 0) fail(stderr.trim() || `${script} failed`);
      resolve(stdout.trim());
    });
  });
}

/** Starts a long-running built process with its output prefixed. */
export function startProcess(name, script, env, { quiet = false } = {}) {
  const child = spawn(process.execPath, [join(root, script)], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (stream, target) => {
    let buffer = '';
    stream.on('data', (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop();
      if (!quiet) for (const line of lines) target.write(`${name} | ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

export async function waitForHealth(baseUrl, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

export function stopChild(child, timeoutMs = 10000) {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
