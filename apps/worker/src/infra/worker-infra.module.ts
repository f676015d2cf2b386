import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';
import { createDataSource } from '@lantern/db';
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
        const dataSource = createDataSource({ url: env.DATABASE_URL, poolSize: env.WORKER_CONCURRENCY + 2, applicationName: 'lantern-worker' });
        try {
          await dataSource.initialize();
        } catch (error) {
          throw new Error(`Cannot reach PostgreSQL at DATABASE_URL (${new URL(env.DATABASE_URL).host}): ${(error as Error).message}`);
        }
        return dataSource;
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
