import { Client } from 'pg';
import type { ApiHarness } from './api-harness';
import { waitFor } from './worker-process';

/**
 * Race tests stop a request midway: a connection of their own takes a lock the request needs (a
 * row, a table), the test waits until the request waits on it, starts the other side of the race,
 * and lets go.
 */

/**
 * How many connections to the api's database wait on a lock now. Asked on the api's own pool:
 * inside the holder's transaction the activity view stays as it first read it.
 */
export async function lockWaiters(api: Pick<ApiHarness, 'db'>): Promise<number> {
  const [row] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
  return Number(row.n);
}

/** Waits until at least `count` connections wait on a lock, or `answered` says the request has already answered. */
export async function untilLockWaiters(api: Pick<ApiHarness, 'db'>, count: number, what: string, answered?: () => boolean | Promise<boolean>): Promise<void> {
  await waitFor(async () => (await lockWaiters(api)) >= count || (answered ? await answered() : false), 10_000, what);
}

export interface LockHolder {
  /** A statement on the holder's connection, inside its transaction (another lock, a write). */
  query: Client['query'];
  /** Ends the transaction (rolled back unless told to commit), letting its locks go, and closes the connection; only the first call does. */
  release(end?: 'ROLLBACK' | 'COMMIT'): Promise<void>;
}

/** Opens a transaction on a connection of its own and takes the locks `hold` takes in it. Release it in a `finally`. */
export async function holdLocks(api: Pick<ApiHarness, 'env'>, hold: (client: Client) => Promise<unknown>): Promise<LockHolder> {
  const client = new Client({ connectionString: api.env.DATABASE_URL });
  await client.connect();
  let released: Promise<void> | undefined;
  const release = (end: 'ROLLBACK' | 'COMMIT' = 'ROLLBACK') =>
    (released ??= (async () => {
      try {
        await client.query(end);
      } finally {
        await client.end();
      }
    })());
  try {
    await client.query('BEGIN');
    await hold(client);
  } catch (error) {
    await release();
    throw error;
  }
  return { query: client.query.bind(client) as Client['query'], release };
}

/**
 * Ends, from the holder's connection, every other connection to the database that waits on a lock:
 * the request waiting there fails as it would if its connection were lost (a failover, a restart).
 */
export async function endLockWaiters(holder: LockHolder): Promise<void> {
  await holder.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`);
}
