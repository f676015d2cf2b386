import { createHash, randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../data-source';
import { openDataSource } from '../open-data-source';
import { MIGRATIONS } from '../migrations';

export interface TestDatabase {
  url: string;
  name: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

/** The server tests run against: TEST_DATABASE_URL, else the local PostgreSQL. */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(sql: string, serverUrl = testServerUrl()): Promise<void> {
  await asAdmin(serverUrl, (client) => client.query(sql));
}

async function asAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Held while a template is read, built or dropped, by every process that creates test databases.
 * tools/test/drop-test-templates.cjs (jest's global teardown) drops them under the same lock.
 */
const TEMPLATE_LOCK = 0x4c616e74;
const TEMPLATE_PREFIX = 'lantern_template_';

/**
 * The migrated database every test database is copied from, named by what its migrations say
 * (an edited or added migration makes a new one). Forty migrations take about half a second on
 * each of more than a hundred test files; a copy takes a twentieth of that. The template is built
 * under another name and renamed once whole, so a run cut off mid-build never leaves a half one.
 */
async function migratedTemplate(client: Client, serverUrl: string): Promise<string> {
  const digest = createHash('sha256');
  for (const Migration of MIGRATIONS) digest.update(`${Migration.name}\n${String(Migration.prototype.up)}\n${String(Migration.prototype.down)}\n`);
  const template = `${TEMPLATE_PREFIX}${digest.digest('hex').slice(0, 16)}`;
  const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (found.rowCount) return template;
  const building = `${template}_b${randomBytes(3).toString('hex')}`;
  await client.query(`CREATE DATABASE ${building}`);
  const dataSource = createDataSource({ url: withDatabase(serverUrl, building), poolSize: 1, applicationName: 'lantern-test-template' });
  try {
    await dataSource.initialize();
    await runMigrations(dataSource);
    await dataSource.destroy();
    await client.query(`ALTER DATABASE ${building} RENAME TO ${template}`);
  } catch (error) {
    if (dataSource.isInitialized) await dataSource.destroy();
    await client.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
    throw error;
  }
  return template;
}

/**
 * A fresh, migrated database for one test file, dropped afterwards, so tests never share state
 * and never touch a developer's data; on the test server, or on `serverUrl`. A copy of the
 * migrated template (jest's run drops it at its end; `fromTemplate: false` for a one-off outside
 * jest, migrated from nothing); its migrations are then run as the api runs them at start.
 */
export async function createTestDatabase(label = 'test', serverUrl = testServerUrl(), { fromTemplate = true } = {}): Promise<TestDatabase> {
  const name = `lantern_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(5).toString('hex')}`;
  await asAdmin(serverUrl, async (client) => {
    if (!fromTemplate) return client.query(`CREATE DATABASE ${name}`);
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    return client.query(`CREATE DATABASE ${name} TEMPLATE ${await migratedTemplate(client, serverUrl)}`);
  });
  const url = withDatabase(serverUrl, name);
  const dataSource = await openDataSource({ url, poolSize: 5, applicationName: 'lantern-test', waitMs: 30_000 });
  await runMigrations(dataSource);
  return {
    url,
    name,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`, serverUrl);
    },
  };
}

/** A unique BullMQ key prefix per test run, so parallel runs and old jobs never collide. */
export function uniqueQueuePrefix(label = 'test'): string {
  return `lantern-${label}-${randomBytes(4).toString('hex')}`;
}

/**
 * Deletes every Redis key under a queue prefix (queues, Socket.IO streams, counters, presence),
 * for a run that is done with it, as `drop()` does for its database: test runs leave nothing
 * behind in a developer's Redis either.
 */
export async function dropQueueKeys(prefix: string, redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'): Promise<void> {
  const redis = new Redis(redisUrl, { connectionName: 'lantern-test-cleanup', maxRetriesPerRequest: 3 });
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
