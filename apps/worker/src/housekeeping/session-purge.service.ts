import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';
import type { DataSource } from 'typeorm';
import { SERVER_ENV } from '../config/worker-config.module';
import { DATA_SOURCE } from '../infra/worker-infra.module';

/** Rows deleted per statement, so a purge never holds many locks or a long transaction. */
const BATCH = 1000;
/** How long refused words wait for a crisis check that never came before they are deleted. */
const WITHHELD_WORDS_KEPT_HOURS = 24;
/**
 * How long a "Don't send" mark stays: only while an attempt of that message could still reach the
 * database (seconds; a day is far past any), since no client sends that clientMsgId again.
 */
const TAKE_BACKS_KEPT_HOURS = 24;

/**
 * Deletes sessions past their end (refresh-token rows), refused words never read and day-old marks
 * of messages taken back, every SESSION_PURGE_INTERVAL_SECONDS and
 * once shortly after start. An expired token can only be refused, so its row is nothing but a
 * record of when the member was here; the api also deletes a member's own when they come back,
 * and this covers those who never do. Used or revoked tokens that have not expired stay: showing
 * one again is how a stolen token is caught. Every worker replica may run it; a DELETE of rows
 * another already deleted is a no-op.
 */
@Injectable()
export class SessionPurgeService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SessionPurgeService.name);
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule(Math.min(5_000, this.env.SESSION_PURGE_INTERVAL_SECONDS * 1000));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Deletes every expired session row, a batch at a time; returns how many went. */
  async purge(): Promise<number> {
    let total = 0;
    for (;;) {
      const [{ deleted }]: Array<{ deleted: number }> = await this.dataSource.query(
        `WITH gone AS (DELETE FROM refresh_tokens WHERE id IN (SELECT id FROM refresh_tokens WHERE expires_at < now() LIMIT ${BATCH}) RETURNING 1)
         SELECT count(*)::int AS deleted FROM gone`,
      );
      total += deleted;
      if (deleted < BATCH) return total;
    }
  }

  /**
   * Refused words whose crisis check never ran (its job lost past every retry): they were never
   * posted, so they are not kept beyond a day. The check deletes the rest as it reads them.
   */
  async purgeWithheldWords(): Promise<number> {
    const [{ deleted }]: Array<{ deleted: number }> = await this.dataSource.query(
      `WITH gone AS (DELETE FROM withheld_words WHERE created_at < now() - interval '${WITHHELD_WORDS_KEPT_HOURS} hours' RETURNING 1) SELECT count(*)::int AS deleted FROM gone`,
    );
    return deleted;
  }

  /** Marks of messages taken back ("Don't send") a day ago: no attempt of theirs is still on its way. */
  async purgeTakeBacks(): Promise<number> {
    const [{ deleted }]: Array<{ deleted: number }> = await this.dataSource.query(
      `WITH gone AS (DELETE FROM chat_take_backs WHERE created_at < now() - interval '${TAKE_BACKS_KEPT_HOURS} hours' RETURNING 1) SELECT count(*)::int AS deleted FROM gone`,
    );
    return deleted;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.running = this.purge()
        .then(async (deleted) => {
          if (deleted > 0) this.logger.log(`deleted ${deleted} expired session row${deleted === 1 ? '' : 's'}`);
          const unread = await this.purgeWithheldWords();
          if (unread > 0) this.logger.warn(`deleted ${unread} refused text${unread === 1 ? '' : 's'} whose crisis check never ran`);
          const marks = await this.purgeTakeBacks();
          if (marks > 0) this.logger.log(`deleted ${marks} day-old mark${marks === 1 ? '' : 's'} of messages taken back`);
        })
        .catch((error: Error) => this.logger.warn(`session purge failed, trying again next time: ${error.message}`))
        .finally(() => {
          this.running = undefined;
          if (this.timer) this.schedule(this.env.SESSION_PURGE_INTERVAL_SECONDS * 1000);
        });
    }, delayMs);
    this.timer.unref();
  }
}
