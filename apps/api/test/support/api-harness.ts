import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { parseServerEnv, type ServerEnv } from '@lantern/contracts';
import { createTestDatabase, dropQueueKeys, uniqueQueuePrefix, type TestDatabase } from '@lantern/db/testing';
import { createApiApp } from '../../src/create-api-app';

export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface ApiHarness {
  app: NestExpressApplication;
  db: TestDatabase;
  env: ServerEnv;
  baseUrl: string;
  /**
   * Success answers that did not match the schema their route declares (each also failed its
   * request with a 500 naming the route). close() refuses to finish quietly while any is here.
   */
  responseMismatches: string[];
  close(): Promise<void>;
}

/**
 * A real api on a random port, over a fresh database and a unique queue prefix. The database is
 * made on `where.databaseServer` when given (a private primary), and `where.readReplica` names the
 * api's DATABASE_READ_URL for it.
 */
export async function startApi(
  label: string,
  overrides: Record<string, string> = {},
  where: { databaseServer?: string; readReplica?: (database: string) => string } = {},
): Promise<ApiHarness> {
  const db = await createTestDatabase(label, where.databaseServer);
  const env = parseServerEnv({
    NODE_ENV: 'test',
    DATABASE_URL: db.url,
    ...(where.readReplica ? { DATABASE_READ_URL: where.readReplica(db.name) } : {}),
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: uniqueQueuePrefix(label),
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'integration-tests-only-secret-0123456789abcdef',
    // Every test client is 127.0.0.1; tests about rate limits set their own numbers.
    RATE_LIMIT_REGISTER_PER_HOUR: '1000',
    RATE_LIMIT_LOGIN_FAILURES: '1000',
    RATE_LIMIT_POSTS_PER_MINUTE: '1000',
    RATE_LIMIT_SOCKET_EVENTS_PER_10S: '100000',
    ...overrides,
  });
  const node = await startApiNode(db, env);
  return {
    ...node,
    async close() {
      try {
        await node.close();
      } finally {
        await db.drop();
        // From the real Redis: a test may have pointed the api at one that is away.
        await dropQueueKeys(env.QUEUE_PREFIX, TEST_REDIS_URL);
      }
    },
  };
}

/**
 * Another api node on the same database, Redis and prefix: what a second replica is. Every
 * success answer it gives is checked against its route's declared response schema, so each
 * integration test also proves the OpenAPI document's responses.
 */
export async function startApiNode(db: TestDatabase, env: ServerEnv): Promise<ApiHarness> {
  const responseMismatches: string[] = [];
  const app = await createApiApp(env, { onResponseMismatch: (problem) => responseMismatches.push(problem) });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return {
    app,
    db,
    env,
    baseUrl: `http://127.0.0.1:${port}`,
    responseMismatches,
    async close() {
      await app.close();
      if (responseMismatches.length > 0) {
        throw new Error(`The api answered ${responseMismatches.length} time(s) with a body its declared response schema does not describe:\n${responseMismatches.join('\n')}`);
      }
    },
  };
}
