import { DataSource, type DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface LanternDataSourceOptions {
  url: string;
  /** Pool size per process; PostgreSQL's default max_connections is 100 across all nodes. */
  poolSize?: number;
  applicationName?: string;
}

export function dataSourceOptions(options: LanternDataSourceOptions): DataSourceOptions {
  return {
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    applicationName: options.applicationName ?? 'lantern',
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: 3000,
      // A query that hangs would hold a pool slot forever; a bounded wait turns it into a 503.
      statement_timeout: 15000,
      idleTimeoutMillis: 30000,
    },
  };
}

export function createDataSource(options: LanternDataSourceOptions): DataSource {
  return new DataSource(dataSourceOptions(options));
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}

/** Resolves true when PostgreSQL answers a trivial query within the timeout. */
export async function pingDatabase(dataSource: DataSource, timeoutMs = 1000): Promise<boolean> {
  if (!dataSource.isInitialized) return false;
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database ping timed out')), timeoutMs);
    });
    await Promise.race([dataSource.query('SELECT 1'), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The rows of an `UPDATE … RETURNING` or `DELETE … RETURNING`. TypeORM's PostgreSQL driver
 * answers those with `[rows, affectedCount]` (INSERT and SELECT answer with the rows alone),
 * so reading `.length` or destructuring the raw result would look at the wrong thing.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
