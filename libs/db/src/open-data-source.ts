import type { DataSource } from 'typeorm';
import { createDataSource, type LanternDataSourceOptions } from './data-source';
import { databaseConnectionLost } from './database-errors';

export interface OpenDataSourceOptions extends LanternDataSourceOptions {
  /**
   * How long start-up keeps trying while PostgreSQL cannot be reached yet (refused, timed out,
   * starting up, out of connection slots): a node started beside its database, or on a loaded
   * machine, waits instead of failing. An answer that will not change (wrong password, no such
   * database) fails at once.
   */
  waitMs: number;
  /** Told of each failed try that will be tried again, with the wait before the next. */
  onRetry?: (error: Error, nextInMs: number) => void;
}

/**
 * A DataSource whose first connection is open, tried again (0.25, 0.5, 1, 2 s apart, then every
 * 2 s) while PostgreSQL is only not there yet, up to `waitMs`. It fails with a sentence naming
 * the host (never the password) and PostgreSQL's own reason.
 */
export async function openDataSource(options: OpenDataSourceOptions): Promise<DataSource> {
  const { waitMs, onRetry, ...sourceOptions } = options;
  const giveUpAt = Date.now() + waitMs;
  for (let attempt = 0; ; attempt += 1) {
    // A fresh DataSource each time: one whose first connect failed keeps a driver half set up.
    const dataSource = createDataSource(sourceOptions);
    try {
      return await dataSource.initialize();
    } catch (thrown) {
      const error = thrown instanceof Error ? thrown : new Error(String(thrown));
      const nextInMs = Math.min(250 * 2 ** attempt, 2000);
      if (!worthWaitingFor(error) || Date.now() + nextInMs > giveUpAt) {
        throw new Error(`Cannot reach PostgreSQL at DATABASE_URL (${new URL(options.url).host}): ${error.message}`);
      }
      onRetry?.(error, nextInMs);
      await new Promise((resolve) => setTimeout(resolve, nextInMs));
    }
  }
}

/** Not reached yet, or no slot free yet (53300): either may change within seconds. */
function worthWaitingFor(error: Error): boolean {
  const { code } = error as { code?: unknown };
  return databaseConnectionLost(error) || code === '53300' || code === 'EAI_AGAIN';
}

/** What a one-shot command (`lantern migrate`, `lantern cli`) says on stderr each time PostgreSQL does not let it in yet. */
export function retryingOnStderr(command: string): (error: Error, nextInMs: number) => void {
  return (error, nextInMs) => {
    process.stderr.write(`${command}: PostgreSQL is not answering yet (${error.message}); trying again in ${nextInMs} ms\n`);
  };
}
