import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { REPLIES_LIMITS, REPLIES_TO_YOU_PREFERENCE, type RepliesToYouPage, type ReplyKind, type ReplyToYou } from '@lantern/contracts';
import { returnedRows } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { decodeCursor, toPage } from '../forum/forum-cursor';
import { AUTHOR_SELECT } from '../forum/forum-read-sql';
import { toAuthor, type AuthorColumns } from '../forum/forum-author';
import type { Viewer } from '../forum/forum.service';
import { plainExcerpt } from '../forum/render-markdown';
import { hiddenByViewer } from '../hides/hidden-by-viewer';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { ContentEvents } from '../moderation/content-events';
import { RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';

interface ReplyRow extends AuthorColumns {
  id: string;
  cursor_at: string;
  thread_id: string;
  title: string;
  content_warning: string | null;
  category_warns: boolean;
  body: string;
  kind: ReplyKind;
  created_at: Date;
  read: boolean;
}

/** The member has not switched replies to you off (absent is on). `member` is the members row's alias. */
const switchedOn = (member: string) => `${member}.preferences->'${REPLIES_TO_YOU_PREFERENCE}' IS DISTINCT FROM 'false'::jsonb`;

/**
 * Which of a member's rows are shown, decided now rather than when the reply was written: the post
 * and its thread still visible to everyone (not held, hidden, removed or deleted since), its writer
 * not someone the member hid, and replies to you switched on. `$1` is the member. Rows that fail
 * stay stored and come back if a moderator restores the post or the member shows the writer again.
 * `joins` adds what a read needs beside (the category, the writer).
 */
const shown = (joins = '') => `
       FROM reply_notices n
       JOIN members me ON me.id = n.member_id
       JOIN posts p ON p.id = n.post_id
       JOIN threads t ON t.id = n.thread_id
       ${joins}
      WHERE n.member_id = $1::uuid
        AND ${switchedOn('me')}
        AND p.status = 'visible' AND t.status = 'visible'
        AND NOT ${hiddenByViewer('$1', { author: 'p.author_id', alias: 'p.author_alias', thread: 'p.thread_id' })}`;

const UNREAD_SQL = `SELECT count(*)::int AS unread FROM (SELECT 1 ${shown()} AND n.read_at IS NULL LIMIT ${REPLIES_LIMITS.unreadCap}) capped`;

/**
 * Replies to you: a member is told when someone else answers a thread they started, or quotes one
 * of their posts (never of their own posts). The forum records a row for each member a new post
 * answers, in the post's own transaction; what is listed and counted is decided at read time (`shown`).
 *
 * Read state is a `read_at` on each row, set in two ways, both "up to a point the member was
 * actually shown", never "up to now":
 * - "Mark all as read" names the newest reply the member's list showed (`upTo`): every row at or
 *   before it in the list's order is read; one that arrived after the list was loaded stays unread.
 * - Reading a thread page marks that thread's rows read up to the newest post on the page.
 * Both are one UPDATE of rows still unread, so two tabs marking at once cannot undo each other,
 * and marking again changes nothing. The one window left: a reply whose transaction began before
 * the point but committed after the member's list was read carries an earlier time and is marked
 * with it; that is a post being written in those same milliseconds, and it is still in the list
 * and the thread, only without its unread mark.
 *
 * Live: whenever a member's count may have changed (a reply for them, a post of theirs read in
 * another tab, a reply deleted), the new count goes to their sockets on every node as
 * `replies:unread` (the count only; the words are read over REST, under `shown`'s rules). A post the
 * worker or a moderator hides is recounted by every node for its own sockets (RealtimeGateway).
 */
@Injectable()
export class RepliesToYouService {
  private readonly logger = new Logger(RepliesToYouService.name);
  /** The nav asks for the count on every page; generous for a person, a bound on a loop. */
  private readonly policy: RatePolicy;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly events: ContentEvents,
    private readonly limits: RateLimitService,
    @Inject(SERVER_ENV) env: ServerEnv,
  ) {
    this.policy = {
      name: 'replies',
      points: env.RATE_LIMIT_REPLIES_PER_MINUTE,
      durationSeconds: 60,
      message: "You've checked your replies very often in a short while, so we've paused for a moment. Nothing is lost.",
      bySource: true,
    };
  }

  async list(viewer: Viewer, cursor: string | undefined): Promise<RepliesToYouPage> {
    await this.limits.consume(this.policy, `member:${viewer.id}`);
    const after = decodeCursor(cursor);
    // The page and its count from one snapshot: a reply committed between two separate reads
    // would be counted but not listed, and the page, trusting the count it came with, would not
    // ask again when the live count says the same.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const rows: ReplyRow[] = await manager.query(
        `SELECT n.post_id AS id, to_json(n.created_at)#>>'{}' AS cursor_at, n.thread_id, t.title, t.content_warning, c.content_warning AS category_warns,
                p.body, n.kind, n.created_at, (n.read_at IS NOT NULL) AS read, ${AUTHOR_SELECT('p')}
          ${shown('JOIN categories c ON c.id = t.category_id LEFT JOIN members m ON m.id = p.author_id')}
            AND ($2::timestamptz IS NULL OR (n.created_at, n.post_id) < ($2::timestamptz, $3::uuid))
          ORDER BY n.created_at DESC, n.post_id DESC
          LIMIT $4`,
        [viewer.id, after?.at ?? null, after?.id ?? null, REPLIES_LIMITS.pageSize + 1],
      );
      const page = toPage(rows, REPLIES_LIMITS.pageSize, (row) => toReply(row, viewer));
      const [count]: Array<{ unread: number }> = await manager.query(UNREAD_SQL, [viewer.id]);
      return { ...page, unread: count?.unread ?? 0 };
    });
  }

  async unread(viewer: Viewer): Promise<{ unread: number }> {
    await this.limits.consume(this.policy, `member:${viewer.id}`);
    return { unread: await this.unreadCount(viewer.id) };
  }

  /** Unread replies the member would be shown now, up to REPLIES_LIMITS.unreadCap. */
  async unreadCount(memberId: string): Promise<number> {
    const [row]: Array<{ unread: number }> = await this.dataSource.query(UNREAD_SQL, [memberId]);
    return row?.unread ?? 0;
  }

  /** "Mark all as read" up to the reply `upTo` (see the class comment); another member's or no reply is 404. */
  async markAllRead(viewer: Viewer, upTo: string): Promise<{ unread: number }> {
    await this.limits.consume(this.policy, `member:${viewer.id}`);
    // Found whether or not it is still shown: a list loaded before it was hidden may name it.
    const point: Array<{ created_at: string }> = await this.dataSource.query(
      `SELECT to_json(created_at)#>>'{}' AS created_at FROM reply_notices WHERE member_id = $1 AND post_id = $2`,
      [viewer.id, upTo],
    );
    if (point.length === 0) throw new ApiException(HttpStatus.NOT_FOUND, 'REPLY_NOT_FOUND', 'That is not a reply to you; load your replies again and mark them from there.');
    const marked = returnedRows(
      await this.dataSource.query(
        `UPDATE reply_notices SET read_at = now()
          WHERE member_id = $1 AND read_at IS NULL AND (created_at, post_id) <= ($2::timestamptz, $3::uuid) RETURNING post_id`,
        [viewer.id, point[0].created_at, upTo],
      ),
    );
    const unread = await this.unreadCount(viewer.id);
    if (marked.length > 0) this.events.repliesUnread.next({ memberId: viewer.id, count: unread });
    return { unread };
  }

  /**
   * The member read a page of this thread whose newest post was written at `upTo` (PostgreSQL's own
   * text, microseconds intact): their replies in it up to there are read. Writes only when there
   * is something to mark, so reading a thread stays a read; their other tabs hear the new count.
   */
  async markThreadRead(memberId: string, threadId: string, upTo: string): Promise<void> {
    const marked = returnedRows(
      await this.dataSource.query(
        `UPDATE reply_notices SET read_at = now() WHERE member_id = $1 AND thread_id = $2 AND read_at IS NULL AND created_at <= $3::timestamptz RETURNING post_id`,
        [memberId, threadId, upTo],
      ),
    );
    if (marked.length > 0) this.announce([memberId]);
  }

  /**
   * In the new post's own transaction: a row for the thread's starter and for the writer of the
   * quoted post, unless that is the writer themself, an erased account, or a member who switched
   * replies to you off (nothing is collected while off, so switching on again brings no backlog).
   * Returns the members to tell once the post is committed.
   */
  async record(manager: EntityManager, postId: string): Promise<string[]> {
    const rows: Array<{ member_id: string }> = await manager.query(
      `INSERT INTO reply_notices (member_id, post_id, thread_id, kind, created_at)
       SELECT DISTINCT ON (r.member_id) r.member_id, p.id, p.thread_id, r.kind, p.created_at
         FROM posts p
         CROSS JOIN LATERAL (SELECT t.author_id AS member_id, 'reply' AS kind FROM threads t WHERE t.id = p.thread_id
                             UNION ALL
                             SELECT q.author_id, 'quote' FROM posts q WHERE q.id = p.quote_post_id) r
         JOIN members me ON me.id = r.member_id AND me.deleted_at IS NULL
        WHERE p.id = $1 AND r.member_id IS DISTINCT FROM p.author_id AND ${switchedOn('me')}
        ORDER BY r.member_id, (r.kind = 'quote') DESC
       RETURNING member_id`,
      [postId],
    );
    return rows.map((row) => row.member_id);
  }

  /** The members a post answers (read when the post's visibility changes). */
  async answered(postId: string): Promise<string[]> {
    const rows: Array<{ member_id: string }> = await this.dataSource.query(`SELECT member_id FROM reply_notices WHERE post_id = $1`, [postId]);
    return rows.map((row) => row.member_id);
  }

  /** The members answered by the post a review item is about (none for chat messages and members). */
  async answeredByFlaggedPost(flagId: string): Promise<string[]> {
    const rows: Array<{ member_id: string }> = await this.dataSource.query(
      `SELECT n.member_id FROM flags f JOIN reply_notices n ON n.post_id = f.content_id WHERE f.id = $1 AND f.content_type = 'post'`,
      [flagId],
    );
    return rows.map((row) => row.member_id);
  }

  /**
   * Tells each member's open tabs, on every node, their count as it is now. Never fails the
   * request that caused it: a tab that misses it reads the count on its next page.
   */
  announce(memberIds: string[]): void {
    for (const memberId of new Set(memberIds)) {
      this.unreadCount(memberId)
        .then((count) => this.events.repliesUnread.next({ memberId, count }))
        .catch((error: unknown) => this.logger.warn(`a reply count was not sent live (the next page reads it): ${(error as Error).message}`));
    }
  }
}

function toReply(row: ReplyRow, viewer: Viewer): ReplyToYou {
  const { displayName, isAlias, isModerator } = toAuthor(row, viewer);
  return {
    postId: row.id,
    threadId: row.thread_id,
    threadTitle: row.title,
    contentWarning: row.content_warning,
    categoryContentWarning: row.category_warns,
    author: { displayName, isAlias, isModerator: isModerator === true },
    excerpt: plainExcerpt(row.body, REPLIES_LIMITS.excerptLength),
    createdAt: row.created_at.toISOString(),
    kind: row.kind,
    read: row.read,
  };
}
