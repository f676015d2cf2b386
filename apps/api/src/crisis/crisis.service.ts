import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { holdLiveAccount } from '../auth/sanctions';
import type { CrisisNoticeContentType, CrisisResources } from '@lantern/contracts';
import { crisisPanelCopyFor, hotlinesFor, linesShownFor, selectRegionWithBasis, type RegionHotlines, type RegionSelectionBasis } from '@lantern/crisis';
import { DUE_MINUTES, SUPPORT_REQUEST_PRIORITY } from '@lantern/moderation';
import { crisisNoticeConcern, memberInDanger, openSupportRequest, returnedRows } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';

export interface HotlineAnswer extends RegionHotlines {
  basis: RegionSelectionBasis | 'query';
}

interface NoticeRow {
  id: string;
  member_id: string;
  content_type: CrisisNoticeContentType;
  content_id: string;
  for_other: boolean;
  danger: boolean;
  danger_beside: boolean;
  hidden: boolean;
  created_at: Date;
  region: string | null;
  /** The member's request to talk to a moderator is open (see NOTICE_SELECT). */
  support_requested: boolean;
}

/** "Talk to a moderator now" repeated within this long is the same request: one signal, one alert to the moderators. */
export const ASKED_AGAIN_WITHIN_SECONDS = 60;

/**
 * Help in front of a member, in their region: the hotline directory, the crisis notices the
 * worker writes when someone's words show they may be in crisis (delivered live, or on the next
 * visit), and "talk to a moderator now".
 */
@Injectable()
export class CrisisService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
  ) {}

  /** An explicit `?region=` wins; then the member's saved region, their browser's language, the default. */
  hotlines(input: { queryRegion?: string; memberRegion?: string | null; acceptLanguage?: string | null }): HotlineAnswer {
    if (input.queryRegion) return { ...hotlinesFor(input.queryRegion), basis: 'query' };
    const selection = selectRegionWithBasis({ memberRegion: input.memberRegion, acceptLanguage: input.acceptLanguage, defaultRegion: this.env.DEFAULT_REGION });
    return { ...hotlinesFor(selection.region), basis: selection.basis };
  }

  defaultRegion(): string {
    return this.env.DEFAULT_REGION;
  }

  async memberRegion(memberId: string | undefined): Promise<string | null> {
    if (!memberId) return null;
    const rows: Array<{ region: string | null }> = await this.dataSource.query(`SELECT region FROM members WHERE id = $1`, [memberId]);
    return rows[0]?.region ?? null;
  }

  toResources(row: NoticeRow, acceptLanguage?: string | null): CrisisResources {
    const concern = crisisNoticeConcern(row);
    const hotlines = this.hotlines({ memberRegion: row.region, acceptLanguage });
    const copy = crisisPanelCopyFor(concern, linesShownFor(concern, hotlines));
    return {
      noticeId: row.id,
      contentType: row.content_type,
      contentId: row.content_id,
      concern,
      alsoInDanger: row.danger_beside,
      region: hotlines.region,
      hotlines,
      heading: copy.heading,
      message: copy.message,
      createdAt: row.created_at.toISOString(),
      supportRequested: row.support_requested,
      hidden: row.hidden,
    };
  }

  /**
   * The notice to push live, while it is still open: one the member closed ("I'm safe right now")
   * before its push went out (its NOTIFY read late, under load) must not bring the panel back.
   */
  async openNotice(noticeId: string): Promise<NoticeRow | null> {
    const rows: NoticeRow[] = await this.dataSource.query(`${NOTICE_SELECT} WHERE n.id = $1 AND n.closed_at IS NULL`, [noticeId]);
    return rows[0] ?? null;
  }

  /** Open notices, oldest first; reading them marks them delivered (the panel was shown). */
  async openNotices(memberId: string, acceptLanguage?: string | null): Promise<{ items: CrisisResources[] }> {
    const rows: NoticeRow[] = await this.dataSource.query(`${NOTICE_SELECT} WHERE n.member_id = $1 AND n.closed_at IS NULL ORDER BY n.created_at`, [memberId]);
    await this.markDelivered(rows.map((row) => row.id));
    return { items: rows.map((row) => this.toResources(row, acceptLanguage)) };
  }

  async markDelivered(ids: string[]): Promise<void> {
    if (ids.length) await this.dataSource.query(`UPDATE crisis_notices SET delivered_at = COALESCE(delivered_at, now()) WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** "Hide for now" (or "Show") on one of the member's open notices, kept for every device they use. */
  async setHidden(memberId: string, noticeId: string, hidden: boolean): Promise<void> {
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE crisis_notices SET hidden_at = CASE WHEN $3 THEN COALESCE(hidden_at, now()) ELSE NULL END WHERE id = $1 AND member_id = $2 AND closed_at IS NULL RETURNING id`,
        [noticeId, memberId, hidden],
      ),
    );
    if (rows.length === 0) throw new ApiException(HttpStatus.NOT_FOUND, 'NOTICE_NOT_FOUND', 'That support notice is not yours, is closed, or does not exist.');
  }

  async closeNotice(memberId: string, noticeId: string, how: 'safe_now' | 'dismissed'): Promise<void> {
    const rows = returnedRows(
      await this.dataSource.query(
        `UPDATE crisis_notices SET closed_at = COALESCE(closed_at, now()), closed_how = COALESCE(closed_how, $3) WHERE id = $1 AND member_id = $2 RETURNING id`,
        [noticeId, memberId, how],
      ),
    );
    if (rows.length === 0) throw new ApiException(HttpStatus.NOT_FOUND, 'NOTICE_NOT_FOUND', 'That support notice is not yours or does not exist.');
  }

  /**
   * "Talk to a moderator now": a review item about the member at the very top of the queue, due
   * in two minutes. Asking twice keeps one item (and renews its due time); nothing is hidden or
   * held, and the member is never penalised for asking.
   */
  async requestSupport(memberId: string, noticeId?: string): Promise<{ flagId: string; dueAt: string }> {
    return this.dataSource.transaction((manager) => this.requestSupportIn(manager, memberId, 'talk_to_moderator', noticeId));
  }

  /** Puts the member on top of the queue (one open item, however often they ask), in the caller's transaction. */
  async requestSupportIn(manager: EntityManager, memberId: string, reason: 'talk_to_moderator' | 'outreach_requested', noticeId?: string): Promise<{ flagId: string; dueAt: string }> {
    // Held against an erasure under way: a request (and an outreach's phone number) is stored and
    // then unlinked by it, or refused after it, never left behind.
    await holdLiveAccount(manager, memberId);
    // "Talk to a moderator now" asked again within the minute (a second tab, a button pressed over
    // and over, a script): the open item already says so and is already due, so nothing more is
    // written, and the moderators' consoles are not told again (each change reaches every moderator
    // live). A request for a counsellor asked again unchanged is caught before this, by the
    // request itself (EscalationService.requestOutreach): asked again, it may say something new.
    const [recent]: Array<{ flag_id: string; due_at: Date }> =
      reason === 'talk_to_moderator'
        ? await manager.query(
            // The item locked as it is read: one a moderator is resolving right now is waited for,
            // found resolved, and the request opens a new one (never lost to an item closing).
            `SELECT f.id AS flag_id, f.due_at FROM flags f
              WHERE f.content_type = 'member' AND f.content_id = $1 AND f.status <> 'resolved'
                AND EXISTS (SELECT 1 FROM flag_signals s WHERE s.flag_id = f.id AND s.source = 'support_request' AND s.reason = $2
                              AND s.created_at > now() - make_interval(secs => $3))
              FOR NO KEY UPDATE OF f`,
            [memberId, reason, ASKED_AGAIN_WITHIN_SECONDS],
          )
        : [];
    const due = recent ? recent.due_at : new Date(Date.now() + DUE_MINUTES.imminent * 60_000);
    // Someone may be hurting the member (one of their open notices says so): the item tells the moderator.
    const categories = !recent && (await memberInDanger(manager, memberId)) ? ['danger_from_other'] : [];
    const { flagId } = recent ? { flagId: recent.flag_id } : await openSupportRequest(manager, { memberId, reason, priority: SUPPORT_REQUEST_PRIORITY, due, categories });
    if (noticeId) {
      // The notice stays open: its panel keeps the lines and says a moderator has been asked, on every page.
      await manager.query(`UPDATE crisis_notices SET support_requested_at = COALESCE(support_requested_at, now()) WHERE id = $1 AND member_id = $2`, [
        noticeId,
        memberId,
      ]);
    }
    return { flagId, dueAt: due.toISOString() };
  }
}

/**
 * A moderator is on their way while the member's request to talk (from any notice, or asked again)
 * is open on the moderators' queue: every open notice says so, and none offers to ask again; once a
 * moderator resolved it, a panel offers it again. (`crisis_notices.support_requested_at` keeps which
 * notice it was asked from, for the member's export.)
 */
const NOTICE_SELECT = `SELECT n.id, n.member_id, n.content_type, n.content_id, n.for_other, n.danger, n.danger_beside, n.hidden_at IS NOT NULL AS hidden, n.created_at, m.region,
                              EXISTS (SELECT 1 FROM flags f JOIN flag_signals s ON s.flag_id = f.id
                                       WHERE f.content_type = 'member' AND f.content_id = n.member_id AND f.status <> 'resolved' AND s.reason = 'talk_to_moderator') AS support_requested
                         FROM crisis_notices n JOIN members m ON m.id = n.member_id`;
