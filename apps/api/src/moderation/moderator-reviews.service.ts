import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CLAIM_MINUTES, type OpenReviewRequest, type OpenReviewResult } from '@lantern/contracts';
import { holdNamedMembers, openFlagFor, returnedRows } from '@lantern/db';
import { DUE_MINUTES } from '@lantern/moderation';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { holdLiveAccount } from '../auth/sanctions';
import { roomOpenTo } from '../chat/room-access';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { REPORT_PRIORITY } from './report-flagger';

/**
 * The content, its writer, held FOR KEY SHARE, read only where the moderator may read it: a
 * message of a private room (a member's support room) only by the people in it, as every read of a
 * room keeps (`roomOpenTo`); its item would show the words and the conversation around them.
 */
const CONTENT = {
  post: {
    table: 'posts',
    read: `SELECT author_id FROM posts WHERE id = $1 FOR KEY SHARE`,
    code: 'POST_NOT_FOUND',
    missing: 'There is no such post.',
  },
  message: {
    table: 'messages',
    read: `SELECT msg.author_id FROM messages msg JOIN rooms r ON r.id = msg.room_id WHERE msg.id = $1 AND ${roomOpenTo('r', '$2::uuid', '$3::text')} FOR KEY SHARE OF msg`,
    code: 'MESSAGE_NOT_FOUND',
    missing: 'There is no such chat message in a room you can read.',
  },
} as const;

/**
 * A moderator opens the review item of something they came across: harassment in a live room
 * that nobody reported and the checks let through. Removing the message takes the words away;
 * the item is where its writer is warned, muted or given a new name, with the audit trail every
 * other item has. The item is the one review item of that content (an open one is found, not
 * doubled), and it is claimed for the moderator who asked unless someone else is already on it.
 */
@Injectable()
export class ModeratorReviewsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async open(input: OpenReviewRequest, moderator: AuditActor): Promise<OpenReviewResult> {
    const content = CONTENT[input.contentType];
    return this.dataSource.transaction(async (manager) => {
      // The order a report keeps: the asker's account, the writer's, the content, then the item.
      await holdLiveAccount(manager, moderator.id);
      const live = await holdNamedMembers(manager, { sql: `SELECT author_id FROM ${content.table} WHERE id = $1`, parameters: [input.contentId] });
      const [row]: Array<{ author_id: string | null }> = await manager.query(content.read, input.contentType === 'message' ? [input.contentId, moderator.id, moderator.role] : [input.contentId]);
      if (!row) throw new ApiException(HttpStatus.NOT_FOUND, content.code, content.missing);
      const authorId = row.author_id !== null && live.has(row.author_id) ? row.author_id : null;
      const due = new Date(Date.now() + DUE_MINUTES.standard * 60_000);
      // Opened already claimed, so the item is announced once, as the asker's. It reads as the
      // classifier last read the words (an earlier item may have been resolved): crisis stays
      // crisis on the moderator's screen, blurred and with its starting points, never a plain report.
      const { flagId, created } = await openFlagFor(
        manager,
        { type: input.contentType, id: input.contentId },
        {
          sql: `INSERT INTO flags (content_type, content_id, author_id, kind, priority, risk, categories, due_at, status, claimed_by, claim_expires_at)
                SELECT $1::text, $2::uuid, $3::uuid, CASE WHEN r.crisis THEN 'crisis' WHEN r.flagged THEN 'harm' ELSE 'report' END, $4::int,
                       COALESCE(r.risk, 'none'), COALESCE(r.categories, '{}'), $5::timestamptz, 'claimed', $6::uuid, now() + make_interval(mins => $7::int)
                  FROM (SELECT 1) AS one
                  LEFT JOIN LATERAL (SELECT crisis, flagged, risk, categories FROM moderation_results
                                      WHERE content_type = $1::text AND content_id = $2::uuid ORDER BY version DESC LIMIT 1) AS r ON true
                ON CONFLICT (content_type, content_id) WHERE status <> 'resolved' DO NOTHING RETURNING id`,
          parameters: [input.contentType, input.contentId, authorId, REPORT_PRIORITY, due, moderator.id, CLAIM_MINUTES],
        },
      );
      // An item found open is claimed for the asker too, unless another moderator's claim is live.
      const claimed =
        created ||
        returnedRows(
          await manager.query(
            `UPDATE flags SET status = 'claimed', claimed_by = $2, claim_expires_at = now() + make_interval(mins => $3), version = version + 1, updated_at = now()
              WHERE id = $1 AND NOT (status = 'claimed' AND claim_expires_at > now() AND claimed_by IS DISTINCT FROM $2) RETURNING id`,
            [flagId, moderator.id, CLAIM_MINUTES],
          ),
        ).length > 0;
      await manager.query(
        `INSERT INTO flag_signals (flag_id, source, reporter_id, note) VALUES ($1, 'moderator', $2, $3)
         ON CONFLICT (flag_id, reporter_id) WHERE source = 'moderator' DO UPDATE SET note = COALESCE(EXCLUDED.note, flag_signals.note)`,
        [flagId, moderator.id, input.note ?? null],
      );
      await this.audit.record(manager, moderator, {
        action: 'open_review',
        targetType: 'flag',
        targetId: flagId,
        reason: input.note ?? null,
        after: { contentType: input.contentType, contentId: input.contentId, opened: created, claimed },
      });
      return { itemId: flagId, opened: created, claimed };
    });
  }
}
