#!/usr/bin/env node
// The server the browser tests run against: a fresh database on the local PostgreSQL, migrated
// and seeded, a unique queue prefix, and the api (serving the built web app) plus the worker on
// E2E_PORT (3100). The database and the prefix's Redis keys are dropped when Playwright stops
// this process.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ensurePostgres, ensureRedis, fail, log, root, runOnce, startProcess, stopChild } from '../start/services.mjs';

const require = createRequire(join(root, 'package.json'));

async function main() {
  const { ensureBuilt } = await import('../build/ensure-built.mjs');
  await ensureBuilt();
  const server = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `lantern_e2e_${randomBytes(4).toString('hex')}`;
  const url = new URL(server);
  url.pathname = `/${name}`;
  const postgres = await ensurePostgres(url.toString(), { allowEmbedded: false });
  const redis = await ensureRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  const port = process.env.E2E_PORT ?? '3100';
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'test',
    PORT: port,
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    QUEUE_PREFIX: `lantern-e2e-${randomBytes(4).toString('hex')}`,
    WEB_DIST: join(root, 'dist', 'apps', 'web'),
    CORS_ORIGIN: `http://127.0.0.1:${port}`,
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    // The test partner's webhook never answers: fail fast so the dead-letter path shows in the browser.
    WEBHOOK_RETRY_BASE_MS: '50',
    WEBHOOK_TIMEOUT_MS: '500',
    // Every browser test registers its members from 127.0.0.1 (the chat resync test alone needs
    // fourteen); a whole run passed 200 in the thirty-second session, so there is room to grow.
    RATE_LIMIT_REGISTER_PER_HOUR: '1000',
  };
  await runOnce('dist/libs/db/src/cli/migrate.js', env);
  await runOnce('dist/libs/db/src/cli/seed.js', env);
  // Operator accounts are never self-registered; the browser tests sign in as these.
  // Keep in step with apps/web-e2e/src/support/operators.ts.
  // A crisis-line partner and its counsellor. The webhook points at nothing that answers, so
  // deliveries retry and dead-letter while the portal is used (as during a partner's outage).
  const partner = await runOnce('dist/apps/api/src/cli/lantern-cli.js', env, [
    'partner:create', '--name', 'E2E Crisis Line', '--webhook-url', 'http://127.0.0.1:9/unreachable', '--regions', 'US,GB',
  ]);
  await runOnce('dist/apps/api/src/cli/lantern-cli.js', env, [
    'user:create', '--role', 'partner', '--pseudonym', 'e2e-counsellor', '--passphrase', 'e2e counsellor passphrase for tests', '--partner', JSON.parse(partner).id,
  ]);
  for (const role of ['moderator', 'admin']) {
    await runOnce('dist/apps/api/src/cli/lantern-cli.js', env, [
      'user:create', '--role', role, '--pseudonym', `e2e-${role}`, '--passphrase', `e2e ${role} passphrase for tests`,
    ]);
  }
  const api = startProcess('api', 'dist/apps/api/src/main.js', env);
  const worker = startProcess('worker', 'dist/apps/worker/src/main.js', env);
  log(`e2e server on http://127.0.0.1:${port} (database ${name})`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.all([stopChild(api), stopChild(worker)]);
    const { Client } = require('pg');
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    // Its queues, Socket.IO stream and counters too (the helper the jest harness uses, as built).
    const { dropQueueKeys } = require(join(root, 'dist/libs/db/src/testing/index.js'));
    await dropQueueKeys(env.QUEUE_PREFIX, redis.url);
    await redis.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  api.on('exit', (code) => !stopping && fail(`the e2e api exited (${code})`));
}

main().catch((error) => fail(`e2e server failed: ${error.message}`));
