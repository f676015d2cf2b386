import type { Client } from 'pg';
import { PgListenerService } from '../../src/infra/pg-listener.service';
import type { ApiHarness } from './api-harness';

/**
 * Makes an api node hear PostgreSQL's notifications late, as a busy or distant node would: its
 * listening connection opens a transaction, and PostgreSQL keeps every notification for a session
 * until its transaction ends. Returns the release (the held notifications then arrive). Release it
 * in a `finally`.
 */
export async function holdNotifications(node: Pick<ApiHarness, 'app'>): Promise<() => Promise<void>> {
  const client = (node.app.get(PgListenerService) as unknown as { client?: Client }).client;
  if (!client) throw new Error('this api node is not listening to PostgreSQL');
  await client.query('BEGIN');
  let released: Promise<void> | undefined;
  return () => (released ??= client.query('COMMIT').then(() => undefined));
}
