import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { PgListenerService } from '../infra/pg-listener.service';
import { ACCESS_TOKEN_TTL_SECONDS } from './token-lifetime';

const CHANNEL = 'lantern_sessions_ended';
/** Past this, every access token issued before an ending has run out by itself. */
const REMEMBER_MS = (ACCESS_TOKEN_TTL_SECONDS + 60) * 1000;

/** What `SessionsEnded.renew` wrote, for `renewed` once the transaction has committed. */
export interface Renewal {
  readonly memberId: string;
  readonly at: number;
}

export type SessionsEndedListener = (memberId: string, at: number) => void;

/**
 * When a member's sessions were last ended (sign out everywhere, a new passphrase, a recovery
 * code used, the account erased), so that their access tokens issued before stop counting at
 * once on every node instead of running out within 15 minutes. The instant is stored on the
 * member (`tokens_revoked_at`, from this node's clock, the clock that stamps the tokens it
 * issues, to the millisecond); a trigger NOTIFYs it, and each node keeps those of the last 16 minutes in
 * memory, so checking a token costs no query. A node reads them again when it starts and when its
 * listener reconnects (a NOTIFY sent while it was away is not queued).
 */
@Injectable()
export class SessionsEnded implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SessionsEnded.name);
  /** Member id → unix millisecond before which their access tokens no longer count. */
  private readonly endedAt = new Map<string, number>();
  private readonly listeners: SessionsEndedListener[] = [];
  private pruning: NodeJS.Timeout | undefined;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly listener: PgListenerService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.listener.listen(CHANNEL, (payload) => this.heard(payload), () => void this.reload());
    this.pruning = setInterval(() => this.prune(), 60_000).unref();
    await this.reload();
  }

  onApplicationShutdown(): void {
    clearInterval(this.pruning);
  }

  /**
   * Ends every session of the member, in the caller's transaction: their refresh tokens are
   * revoked and their access tokens issued before this moment stop counting on every node once
   * it commits. A session the caller issues afterwards (a new passphrase's) is not affected.
   */
  async end(manager: EntityManager, memberId: string): Promise<void> {
    await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE member_id = $1 AND revoked_at IS NULL`, [memberId]);
    const at = Date.now();
    await manager.query(`UPDATE members SET tokens_revoked_at = to_timestamp($2::float8 / 1000) WHERE id = $1`, [memberId, at]);
    // This node at once, without waiting for its own NOTIFY. Should the caller's transaction roll
    // back, the member's devices are only asked to refresh here (their refresh tokens still work).
    this.record(memberId, at);
  }

  /**
   * Asks every device of the member for a new access token, signing nobody out: tokens issued
   * before now stop counting once the caller's transaction commits, and the refresh tokens stay
   * good, so each device trades its own for one that carries what changed (a new name). Not heard
   * here before the commit: a device refreshing before it would be handed a token with what is
   * about to change, and keep it. The caller hands what this returns to `renewed` once committed,
   * so that this node refuses the older tokens as soon as it answers, before its own NOTIFY
   * comes back to it; every other node hears the NOTIFY.
   */
  async renew(manager: EntityManager, memberId: string): Promise<Renewal> {
    const at = Date.now();
    await manager.query(`UPDATE members SET tokens_revoked_at = greatest(tokens_revoked_at, to_timestamp($2::float8 / 1000)) WHERE id = $1`, [memberId, at]);
    return { memberId, at };
  }

  /** A renewal's transaction committed: this node stops taking the member's older tokens now. */
  renewed(renewal: Renewal): void {
    this.record(renewal.memberId, renewal.at);
  }

  /** Whether an access token of this member issued at `issuedAtMs` was ended since. */
  ended(memberId: string, issuedAtMs: number): boolean {
    const at = this.endedAt.get(memberId);
    return at !== undefined && issuedAtMs < at;
  }

  /** Called with each ending this node hears of (the gateway closes the member's older sockets). */
  onEnded(listener: SessionsEndedListener): void {
    this.listeners.push(listener);
  }

  private heard(payload: string): void {
    try {
      const { memberId, at } = JSON.parse(payload) as { memberId: unknown; at: unknown };
      if (typeof memberId === 'string' && typeof at === 'number') this.record(memberId, at);
    } catch {
      this.logger.warn('a sessions-ended notification could not be read');
    }
  }

  private record(memberId: string, at: number): void {
    if (at <= (this.endedAt.get(memberId) ?? 0)) return;
    this.endedAt.set(memberId, at);
    for (const listener of this.listeners) listener(memberId, at);
  }

  private async reload(): Promise<void> {
    try {
      const rows: Array<{ id: string; at: number }> = await this.dataSource.query(
        `SELECT id, floor(extract(epoch FROM tokens_revoked_at) * 1000)::float8 AS at FROM members WHERE tokens_revoked_at > to_timestamp($1::float8 / 1000)`,
        [Date.now() - REMEMBER_MS],
      );
      for (const row of rows) this.record(row.id, Number(row.at));
    } catch (error) {
      this.logger.warn(`could not read recently ended sessions: ${(error as Error).message}`);
    }
  }

  private prune(): void {
    const before = Date.now() - REMEMBER_MS;
    for (const [memberId, at] of this.endedAt) if (at < before) this.endedAt.delete(memberId);
  }
}
