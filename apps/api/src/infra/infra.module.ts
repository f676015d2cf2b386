import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { openDataSource } from '@lantern/db';
import { closeQueue, createBullConnection, createModerationQueue, createNodeRedisClient, createPartnerQueue, partnerRetries, withTimeout, type NodeRedisClient } from '@lantern/queue';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { DATA_SOURCE, MODERATION_QUEUE, PARTNER_QUEUE, REDIS_CLIENT } from './infra.tokens';
import { PgListenerService } from './pg-listener.service';
import { ReadReplica } from './read-replica.service';
import { OwnWritesInterceptor } from './own-writes.interceptor';

/**
 * PostgreSQL, Redis and the moderation queue, created once per api process.
 *
 * Start-up does not wait for Redis: the api serves reads and accepts writes (the outbox keeps
 * them) while Redis is away, and health reports it down. PostgreSQL must answer at start.
 */
@Global()
@Module({
  providers: [
    {
      provide: DATA_SOURCE,
      inject: [SERVER_ENV],
      useFactory: async (env: ServerEnv) => {
        const log = new Logger('Database');
        return openDataSource({
          url: env.DATABASE_URL,
          poolSize: 10,
          applicationName: 'lantern-api',
          waitMs: env.DATABASE_CONNECT_WAIT_MS,
          onRetry: (error, nextInMs) => log.warn(`PostgreSQL is not answering yet (${error.message}); trying again in ${nextInMs} ms`),
        });
      },
    },
    {
      provide: REDIS_CLIENT,
      inject: [SERVER_ENV],
      useFactory: (env: ServerEnv) => {
        // Asked on every chat message (rate limit) and as members type: every user of this
        // connection bounds its own wait (rate limits, presence, the health ping, quit), so it
        // carries no per-command timeout of node-redis's (createNodeRedisClient).
        const client = createNodeRedisClient(env.REDIS_URL, 'lantern-api', { commandTimeout: false });
        client.connect().catch((error: Error) => new Logger('Redis').warn(`Redis is not answering yet: ${error.message}`));
        return client;
      },
    },
    {
      provide: MODERATION_QUEUE,
      inject: [SERVER_ENV],
      useFactory: (env: ServerEnv) => createModerationQueue(createBullConnection(env.REDIS_URL, 'producer', 'lantern-api-producer'), env.QUEUE_PREFIX),
    },
    {
      provide: PARTNER_QUEUE,
      inject: [SERVER_ENV],
      useFactory: (env: ServerEnv) =>
        createPartnerQueue(createBullConnection(env.REDIS_URL, 'producer', 'lantern-api-partners'), env.QUEUE_PREFIX, partnerRetries(env.WEBHOOK_RETRY_BASE_MS)),
    },
    PgListenerService,
    ReadReplica,
    { provide: APP_INTERCEPTOR, useClass: OwnWritesInterceptor },
  ],
  exports: [DATA_SOURCE, REDIS_CLIENT, MODERATION_QUEUE, PARTNER_QUEUE, PgListenerService, ReadReplica],
})
export class InfraModule implements OnApplicationShutdown {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: NodeRedisClient,
    @Inject(MODERATION_QUEUE) private readonly moderationQueue: Queue,
    @Inject(PARTNER_QUEUE) private readonly partnerQueue: Queue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    // Bounded: with Redis away, a polite close would wait for a connection that never comes.
    await Promise.all([closeQueue(this.moderationQueue, 2000), closeQueue(this.partnerQueue, 2000)]);
    if (this.redis.isReady) await withTimeout(this.redis.quit(), 2000, 'redis quit timed out').catch(() => this.redis.destroy());
    else if (this.redis.isOpen) this.redis.destroy();
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
