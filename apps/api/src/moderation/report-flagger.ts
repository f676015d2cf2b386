import { Inject, Injectable } from '@nestjs/common';
import type { ReportReason } from '@lantern/contracts';
import { holdNamedMembers, openFlagFor } from '@lantern/db';
import { DUE_MINUTES } from '@lantern/moderation';
import type { EntityManager } from 'typeorm';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';

export const REPORT_PRIORITY = 20;
const MAX_REPORT_BONUS = 10;
/** A member's worry that someone is in crisis goes with the crisis items, not behind abuse. */
const CRISIS_CONCERN_PRIORITY = 80;

export interface ReportInput {
  contentType: 'post' | 'message';
  contentId: string;
  authorId: string | null;
  reporterId: string;
  reason: ReportReason;
}

/**
 * Turns a member's report into a signal on the content's review item. One member reporting the
 * same content twice counts once (a unique index); reporters whose past reports moderators
 * upheld weigh more, and those whose reports were mostly dismissed weigh less.
 */
@Injectable()
export class ReportFlagger {
  /**
   * Reports per member, posts and chat messages together: generous for a member worried about
   * several people in one evening, but one member cannot fill the moderators' queue.
   */
  private readonly policy: RatePolicy;

  constructor(
    private readonly limits: RateLimitService,
    @Inject(SERVER_ENV) env: ServerEnv,
  ) {
    this.policy = {
      name: 'reports',
      points: env.RATE_LIMIT_REPORTS_PER_HOUR,
      durationSeconds: 3600,
      message: "You've sent a lot of reports in a short time, so we've paused new ones for a while. The moderators have the ones you sent.",
    };
  }

  /** Takes one report from the member's hourly budget, or refuses with 429 RATE_LIMITED and when to try again. */
  async admit(reporterId: string): Promise<void> {
    await this.limits.consume(this.policy, `member:${reporterId}`);
  }

  async record(manager: EntityManager, input: ReportInput): Promise<string> {
    // The writer's account held, and named on the item only while it is theirs: an erasure under
    // way finishes first (and unlinks the items it sees), so an item opened now never names an
    // erased account. Before the item is touched, so the erasure never waits on it meanwhile.
    const live = input.authorId === null ? new Set<string>() : await holdNamedMembers(manager, { sql: `SELECT $1::uuid`, parameters: [input.authorId] });
    const authorId = input.authorId !== null && live.has(input.authorId) ? input.authorId : null;
    const crisis = input.reason === 'crisis_concern';
    const due = new Date(Date.now() + (crisis ? DUE_MINUTES.high : DUE_MINUTES.standard) * 60_000);
    // Insert-or-find: the worker may be opening the same item at this very moment, or a moderator resolving it.
    const { flagId } = await openFlagFor(
      manager,
      { type: input.contentType, id: input.contentId },
      {
        sql: `INSERT INTO flags (content_type, content_id, author_id, kind, priority, risk, due_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
              ON CONFLICT (content_type, content_id) WHERE status <> 'resolved' DO NOTHING RETURNING id`,
        parameters: [input.contentType, input.contentId, authorId, crisis ? 'crisis' : 'report', crisis ? CRISIS_CONCERN_PRIORITY : REPORT_PRIORITY, crisis ? 'moderate' : 'none', due],
      },
    );
    await manager.query(
      `INSERT INTO flag_signals (flag_id, source, reporter_id, reason, categories) VALUES ($1, 'report', $2, $3, $4) ON CONFLICT DO NOTHING`,
      [flagId, input.reporterId, input.reason, crisis ? ['concern_for_other'] : []],
    );
    const [{ weight }]: Array<{ weight: number }> = await manager.query(
      `SELECT COALESCE(sum(${REPORTER_WEIGHT}), 0)::real AS weight FROM flag_signals s WHERE s.flag_id = $1 AND s.source = 'report'`,
      [flagId],
    );
    const bonus = Math.min(Math.max(Math.floor(weight) - 1, 0), MAX_REPORT_BONUS);
    await manager.query(
      `UPDATE flags SET
         kind = CASE WHEN $2 AND kind <> 'crisis' THEN 'crisis' ELSE kind END,
         priority = GREATEST(priority, $3::int + $4::int),
         risk = CASE WHEN $2 AND risk IN ('none','low') THEN 'moderate' ELSE risk END,
         due_at = LEAST(due_at, $5),
         score = GREATEST(score, $6),
         version = version + 1, updated_at = now()
       WHERE id = $1`,
      [flagId, crisis, crisis ? CRISIS_CONCERN_PRIORITY : REPORT_PRIORITY, bonus, due, weight],
    );
    return flagId;
  }
}

/**
 * A reporter's weight from their record: 1 by default; up to 2 when moderators upheld their past
 * reports; down to 0.5 when most were dismissed.
 */
const REPORTER_WEIGHT = `(
  SELECT CASE
    WHEN count(*) FILTER (WHERE pf.resolution IS NOT NULL AND pf.resolution <> 'dismiss') >= 3 THEN 2.0
    WHEN count(*) FILTER (WHERE pf.resolution IS NOT NULL AND pf.resolution <> 'dismiss') >= 1 THEN 1.5
    WHEN count(*) FILTER (WHERE pf.resolution = 'dismiss') >= 3 THEN 0.5
    ELSE 1.0 END
  FROM flag_signals ps JOIN flags pf ON pf.id = ps.flag_id
  WHERE ps.source = 'report' AND ps.reporter_id = s.reporter_id AND pf.status = 'resolved' AND pf.id <> s.flag_id)`;
