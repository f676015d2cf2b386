import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { createReadPool, preparedRows } from '@lantern/db';
import { withTimeout, type NodeRedisClient } from '@lantern/queue';
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { MetricsService } from '../metrics/metrics.service';
import { DATA_SOURCE, REDIS_CLIENT } from './infra.tokens';

/** After a replica fails to answer, how long reads go to the primary before it is tried again. */
const SET_ASIDE_MS = 5000;
/** How often the replica's lag is measured. */
const LAG_CHECK_MS = 1000;
/** How long a read waits for Redis to say whether its reader wrote lately; past it, the primary answers. */
const OWN_WRITES_REDIS_BOUND_MS = 250;

/**
 * Where the heavy reads go: the streaming replica named by `DATABASE_READ_URL`, or the primary.
 * Only reads that may lag the primary by a moment belong here (the category lists and search).
 *
 * Nobody misses their own words, nor sees a hide of theirs undone: a member who wrote anything
 * (`wrote`, after every successful write request) reads the primary for the replica's allowed lag
 * and two seconds more, on every node (a mark in Redis, and one in memory on the node that took
 * the write). The lag is measured every second against the primary's WAL position, and a replica
 * further behind than `DATABASE_READ_MAX_LAG_SECONDS` (stuck replaying, or cut off from the
 * primary while still answering) is set aside until it catches up. A replica that fails is set
 * aside for a few seconds. In each case the primary answers, so a replica that is down, behind or
 * being rebuilt costs members nothing.
 */
@Injectable()
export class ReadReplica implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReadReplica.name);
  private readonly pool: Pool | undefined;
  private readonly maxLagSeconds: number;
  private readonly ownWritesMs: number;
  private readonly ownWritesPrefix: string;
  private setAsideUntil = 0;
  /** The primary's flushed WAL position (what a standby can have) at each check the replica has not replayed yet, oldest first. */
  private unreplayed: Array<{ at: number; lsn: bigint }> = [];
  private lagging = false;
  private notStandbyLogged = false;
  private measuring = false;
  private timer: NodeJS.Timeout | undefined;
  /** Members who wrote through this node lately, until when they read the primary. */
  private readonly wroteHere = new Map<string, number>();

  constructor(
    @Inject(SERVER_ENV) env: ServerEnv,
    @Inject(DATA_SOURCE) private readonly primary: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: NodeRedisClient,
    private readonly metrics: MetricsService,
  ) {
    this.pool = env.DATABASE_READ_URL ? createReadPool({ url: env.DATABASE_READ_URL, poolSize: 5, applicationName: 'lantern-api-read' }) : undefined;
    this.maxLagSeconds = env.DATABASE_READ_MAX_LAG_SECONDS;
    // Lag is measured once a second and set aside past the limit: a replica in use is at most
    // about two seconds beyond it.
    this.ownWritesMs = (env.DATABASE_READ_MAX_LAG_SECONDS + 2) * 1000;
    this.ownWritesPrefix = `${env.QUEUE_PREFIX}:read-primary:`;
  }

  onApplicationBootstrap(): void {
    if (!this.pool) return;
    this.timer = setInterval(() => void this.measureLag(), LAG_CHECK_MS);
    this.timer.unref();
  }

  /** A named prepared statement (planned once per connection), on the replica if it may answer `reader`. */
  prepared<T>(name: string, text: string, values: unknown[], reader?: string): Promise<T[]> {
    return this.read(reader, (pool) => preparedRows<T>(pool, name, text, values), () => preparedRows<T>(this.primary, name, text, values));
  }

  /** A one-off read, on the replica if it may answer `reader`. */
  query<T>(text: string, values: unknown[], reader?: string): Promise<T[]> {
    return this.read(
      reader,
      async (pool) => (await pool.query(text, values)).rows as T[],
      () => this.primary.query(text, values) as Promise<T[]>,
    );
  }

  /**
   * Marks a member as having just written: their reads go to the primary for a while. Awaited
   * before the write is answered, so the member's next request, on any node, finds the mark.
   */
  async wrote(memberId: string): Promise<void> {
    if (!this.pool) return;
    this.wroteHere.set(memberId, Date.now() + this.ownWritesMs);
    if (!this.redis.isReady) return;
    await withTimeout(this.redis.set(this.ownWritesPrefix + memberId, '1', { PX: this.ownWritesMs }), OWN_WRITES_REDIS_BOUND_MS, 'Redis did not take the mark in time').catch(
      (error: Error) => this.logger.warn(`a member's recent write could not be marked for other nodes: ${error.message}`),
    );
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.pool?.end().catch(() => undefined);
  }

  private async read<T>(reader: string | undefined, onReplica: (pool: Pool) => Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
    if (!this.pool) return onPrimary();
    if (Date.now() < this.setAsideUntil) {
      this.metrics.replicaFallbacks.inc({ reason: 'set_aside' });
      return onPrimary();
    }
    if (this.lagging) {
      this.metrics.replicaFallbacks.inc({ reason: 'lagging' });
      return onPrimary();
    }
    if (reader !== undefined && (await this.wroteLately(reader))) {
      this.metrics.replicaFallbacks.inc({ reason: 'own_write' });
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

  /** Whether the member wrote lately, here or on another node; when Redis cannot say, yes. */
  private async wroteLately(memberId: string): Promise<boolean> {
    if ((this.wroteHere.get(memberId) ?? 0) > Date.now()) return true;
    if (!this.redis.isReady) return true;
    try {
      return (await withTimeout(this.redis.exists(this.ownWritesPrefix + memberId), OWN_WRITES_REDIS_BOUND_MS, 'Redis did not answer in time')) > 0;
    } catch {
      return true;
    }
  }

  /**
   * How far behind the replica is: the age of the oldest of the primary's WAL positions, read
   * once a second, that the replica has not replayed (so within a second). Compared with the
   * primary rather than with what the replica has received, a replica cut off from the primary
   * shows its lag growing instead of looking caught up.
   */
  private async measureLag(): Promise<void> {
    if (!this.pool || this.measuring) return;
    this.measuring = true;
    try {
      const now = Date.now();
      for (const [memberId, until] of this.wroteHere) if (until <= now) this.wroteHere.delete(memberId);
      const [{ lsn }] = (await this.primary.query('SELECT pg_current_wal_flush_lsn()::text AS lsn')) as Array<{ lsn: string }>;
      this.unreplayed.push({ at: now, lsn: parseLsn(lsn) });
      const { rows } = await this.pool.query<{ standby: boolean; replayed: string | null }>('SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed');
      if (!rows[0]?.standby) {
        // Not a streaming standby (a logical copy, say): nothing here can say how far behind it is.
        if (!this.notStandbyLogged) this.logger.warn('DATABASE_READ_URL is not a streaming standby: its lag cannot be measured, so it is never set aside for lag');
        this.notStandbyLogged = true;
        this.unreplayed = [];
        return;
      }
      const replayed = rows[0].replayed === null ? 0n : parseLsn(rows[0].replayed);
      this.unreplayed = this.unreplayed.filter((sample) => sample.lsn > replayed);
      // A replica stuck for long: keep the oldest (it says how long) and a bounded tail.
      if (this.unreplayed.length > 600) this.unreplayed.splice(1, this.unreplayed.length - 600);
      const lagSeconds = this.unreplayed.length ? (Date.now() - this.unreplayed[0].at) / 1000 : 0;
      this.metrics.replicaLag.set(lagSeconds);
      const lagging = lagSeconds > this.maxLagSeconds;
      if (lagging !== this.lagging) {
        if (lagging) this.logger.warn(`the read replica is ${Math.round(lagSeconds)} s behind the primary (over ${this.maxLagSeconds} s): reading the primary until it catches up`);
        else this.logger.log('the read replica has caught up: reading it again');
      }
      this.lagging = lagging;
    } catch {
      // The replica away: reads find that out themselves. The primary away: nothing to compare.
    } finally {
      this.measuring = false;
    }
  }
}

/** A WAL position as PostgreSQL writes it ("16/B374D848") as a number. */
function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
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
