#!/usr/bin/env node
// `npm start`: from a fresh clone to a running Lantern on http://localhost:$PORT.
// Installs if needed, builds, finds or starts PostgreSQL and Redis, migrates, seeds demo data
// once, then runs the api (serving the built web app) and the worker. Ctrl-C stops it all.
import {
  ensureDependencies,
  ensurePostgres,
  ensureRedis,
  fail,
  loadDotEnv,
  log,
  runOnce,
  startProcess,
  stopChild,
  waitForHealth,
  root,
} from './services.mjs';
import { join } from 'node:path';

async function main() {
  ensureDependencies();
  loadDotEnv();
  const { ensureBuilt } = await import('../build/ensure-built.mjs');
  log('building (skipped when nothing changed)');
  await ensureBuilt();

  const port = Number(process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a number from 1 to 65535, not "${process.env.PORT}".`);
  const postgres = await ensurePostgres(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/lantern');
  const redis = await ensureRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');

  const env = {
    ...process.env,
    PORT: String(port),
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    WEB_DIST: join(root, 'dist', 'apps', 'web'),
    CORS_ORIGIN: process.env.CORS_ORIGIN ?? `http://localhost:${port}`,
  };
  await runOnce('dist/libs/db/src/cli/migrate.js', env);
  if (process.env.SEED_DEMO_DATA !== 'false') await runOnce('dist/libs/db/src/cli/seed.js', env);

  const api = startProcess('api', 'dist/apps/api/src/main.js', env);
  const worker = startProcess('worker', 'dist/apps/worker/src/main.js', env);
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await Promise.all([stopChild(api), stopChild(worker)]);
    await redis.stop();
    await postgres.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  api.on('exit', (code) => !stopping && (log(`api exited (${code}); stopping`), void stop(1)));
  worker.on('exit', (code) => !stopping && (log(`worker exited (${code}); stopping`), void stop(1)));

  if (await waitForHealth(`http://127.0.0.1:${port}`)) {
    log(`Lantern is running at http://localhost:${port}`);
    log(`  database: ${postgres.description}`);
    log(`  redis:    ${redis.description}`);
    log('  press Ctrl-C to stop');
  } else if (!stopping) {
    log('the api did not report healthy within 60 s; see its output above');
    await stop(1);
  }
}

main().catch((error) => fail(`npm start failed: ${error.message}`));
