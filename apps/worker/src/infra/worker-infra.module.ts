import { Global, Inject, Logger, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';
import { openDataSource } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';

export const DATA_SOURCE = Symbol('DATA_SOURCE');

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
          // The moderation jobs, the sweeps, and for each of the 4 partner deliveries at once a
          // connection holding the case's turn besides the one its queries use (WebhookProcessor).
          poolSize: env.WORKER_CONCURRENCY + 10,
          applicationName: 'lantern-worker',
          waitMs: env.DATABASE_CONNECT_WAIT_MS,
          onRetry: (error, nextInMs) => log.warn(`PostgreSQL is not answering yet (${error.message}); trying again in ${nextInMs} ms`),
        });
      },
    },
  ],
  exports: [DATA_SOURCE],
})
export class WorkerInfraModule implements OnApplicationShutdown {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}
