import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createDataSource, runMigrations } from '../data-source';

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
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test file, dropped afterwards, so tests never share state
 * and never touch a developer's data; on the test server, or on `serverUrl`.
 */
export async function createTestDatabase(label = 'test', serverUrl = testServerUrl()): Promise<TestDatabase> {
  const name = `lantern_${label.replace(/[^a-z0-9]/gi, '').toLowerCase().slice(0, 20)}_${randomBytes(5).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`, serverUrl);
  const url = withDatabase(serverUrl, name);
  const dataSource = createDataSource({ url, poolSize: 5, applicationName: 'lantern-test' });
  await dataSource.initialize();
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
