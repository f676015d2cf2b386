import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createReadPool, preparedRows } from '@lantern/db';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { MetricsService } from '../metrics/metrics.service';
import { DATA_SOURCE } from './infra.tokens';

/** After a replica fails to answer, how long reads go to the primary before it is tried again. */
const SET_ASIDE_MS = 5000;

/**
 * Where the heavy reads go: the streaming replica named by `DATABASE_READ_URL`, or the primary.
 * Only reads that may lag the primary by a moment belong here (the category lists and search: a
 * member's own new thread is on its page, which reads the primary). A replica that fails is set
 * aside for a few seconds and the read is answered from the primary, so a replica down or being
 * rebuilt costs members nothing.
 */
@Injectable()
export class ReadReplica implements OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplica.name);
  private readonly pool: Pool | undefined;
  private setAsideUntil = 0;

  constructor(
    @Inject(SERVER_ENV) env: ServerEnv,
    @Inject(DATA_SOURCE) private readonly primary: DataSource,
    private readonly metrics: MetricsService,
  ) {
    this.pool = env.DATABASE_READ_URL ? createReadPool({ url: env.DATABASE_READ_URL, poolSize: 5, applicationName: 'lantern-api-read' }) : undefined;
  }

  /** A named prepared statement (planned once per connection), on the replica if it answers. */
  prepared<T>(name: string, text: string, values: unknown[]): Promise<T[]> {
    return this.read((pool) => preparedRows<T>(pool, name, text, values), () => preparedRows<T>(this.primary, name, text, values));
  }

  /** A one-off read, on the replica if it answers. */
  query<T>(text: string, values: unknown[]): Promise<T[]> {
    return this.read(
      async (pool) => (await pool.query(text, values)).rows as T[],
      () => this.primary.query(text, values) as Promise<T[]>,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool?.end().catch(() => undefined);
  }

  private async read<T>(onReplica: (pool: Pool) => Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
    if (!this.pool) return onPrimary();
    if (Date.now() < this.setAsideUntil) {
      this.metrics.replicaFallbacks.inc({ reason: 'set_aside' });
      return onPrimary();
    }
    try {
      return await onReplica(this.pool);
    } catch (error) {
      // Whatever went wrong there (gone, restarting, a query cancelled by replay, a schema not
      // yet replicated), the primary answers; a replica that cannot be reached waits a while.
      if (replicaUnreachable(error)) {
        // Once per failure, however many reads were in flight when it happened.
        if (Date.now() >= this.setAsideUntil) this.logger.warn(`the read replica did not answer (${(error as Error).message}); reading the primary for ${SET_ASIDE_MS / 1000} s`);
        this.setAsideUntil = Date.now() + SET_ASIDE_MS;
      }
      this.metrics.replicaFallbacks.inc({ reason: 'failed' });
      return onPrimary();
    }
  }
}

/**
 * SQLSTATE classes of a server that cannot serve us at all: connection (08), authorisation (28),
 * no such database (3D), out of resources (53), not accepting connections (55), shutting down or
 * starting up (57).
 */
const UNREACHABLE_CLASSES = new Set(['08', '28', '3D', '53', '55', '57']);

/** No answer from the server at all (refused, reset, timed out), or one saying it cannot serve. */
function replicaUnreachable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true;
  return UNREACHABLE_CLASSES.has(code.slice(0, 2));
}
