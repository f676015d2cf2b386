import { ConfigError, parseServerEnv } from '@lantern/contracts';
import type { DataSource } from 'typeorm';
import { openDataSource, retryingOnStderr } from '../open-data-source';

/** Runs a one-shot database task with the parsed config and exits with a sentence on failure. */
export function runDatabaseCli(task: string, work: (dataSource: DataSource) => Promise<string>): void {
  const main = async () => {
    const env = parseServerEnv(process.env);
    const dataSource = await openDataSource({
      url: env.DATABASE_URL,
      poolSize: 2,
      applicationName: `lantern-${task}`,
      waitMs: env.DATABASE_CONNECT_WAIT_MS,
      onRetry: retryingOnStderr(`lantern ${task}`),
    });
    try {
      process.stdout.write(`${await work(dataSource)}\n`);
    } finally {
      await dataSource.destroy();
    }
  };
  main().catch((error: unknown) => {
    const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
    process.stderr.write(`lantern ${task} failed: ${message}\n`);
    process.exit(1);
  });
}
