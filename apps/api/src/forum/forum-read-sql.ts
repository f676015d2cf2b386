import { FORUM_LIMITS } from '@lantern/contracts';
import { openingPostId, preparedRows } from '@lantern/db';
import type { DataSource } from 'typeorm';
import type { ReadReplica } from '../infra/read-replica.service';
import { hiddenByViewer } from '../hides/hidden-by-viewer';

const UNREAD_CAP = FORUM_LIMITS.unreadCap;

/** How an author who erased their account is shown. */
export const FORMER_MEMBER = 'former member';

export const AUTHOR_SELECT = (table: string) =>
  `${table}.author_id, ${table}.author_alias, m.pseudonym, (m.deleted_at IS NOT NULL) AS author_deleted, (m.role IN ('moderator', 'admin')) AS author_moderates`;

/**
 * Unread counts stop at UNREAD_CAP (shown as "99+"), so a follower returning to a huge thread
 * costs a bounded index range, not a count of everything since their last visit.
 */

/**
 * `$viewer` is the viewer's parameter (follow state and unread count). `withHidden` adds whether the
 * viewer hid the thread's opener (`hidden_by_you`): a thread read on its own may be one of theirs,
 * while the lists leave those out already.
 */
function threadSelect(viewer: number, withHidden = false): string {
  const hidden = withHidden ? `${hiddenByViewer(`$${viewer}`, { author: 't.author_id', alias: 't.author_alias', thread: 't.id' })} AS hidden_by_you,` : '';
  return `SELECT t.id, to_json(t.last_activity_at)#>>'{}' AS cursor_at, c.slug AS category_slug, c.name AS category_name, t.title,
                 t.content_warning, t.reply_count, t.created_at, t.last_activity_at,
                 -- Open to the viewer: shown to all, or held for a moderator's look and theirs (its writer is
                 -- told it is hidden, never that it does not exist).
                 (t.status = 'visible' OR (t.status = 'hidden' AND t.author_id = $${viewer}::uuid)) AS open_to_viewer, t.crisis_support,
                 ${AUTHOR_SELECT('t')}, ${hidden}
                 ${openingPostId('t.id')} AS first_post_id,
                 (f.member_id IS NOT NULL) AS following,
                 CASE WHEN f.member_id IS NULL THEN 0 ELSE
                   (SELECT count(*)::int FROM (SELECT 1 FROM posts up WHERE up.thread_id = t.id AND up.created_at > f.last_read_at AND up.status = 'visible'
                     AND up.author_id IS DISTINCT FROM $${viewer}::uuid
                     AND NOT ${hiddenByViewer(`$${viewer}`, { author: 'up.author_id', alias: 'up.author_alias', thread: 'up.thread_id' })}
                     ORDER BY up.created_at LIMIT ${UNREAD_CAP}) capped) END AS unread
            FROM threads t
            JOIN categories c ON c.id = t.category_id
            LEFT JOIN members m ON m.id = t.author_id
            LEFT JOIN thread_follows f ON f.thread_id = t.id AND f.member_id = $${viewer}::uuid`;
}

/** $1 is the viewer (their own reactions, and whether they hid the author). */
function postSelect(): string {
  return `SELECT p.id, to_json(p.created_at)#>>'{}' AS cursor_at, p.thread_id, p.body, p.status, p.version, p.created_at, p.edited_at, p.moderator_note,
                 ${AUTHOR_SELECT('p')},
                 p.quote_post_id, q.body AS quote_body, q.status AS quote_status,
                 CASE WHEN q.id IS NULL THEN NULL WHEN q.author_id IS NULL OR qm.deleted_at IS NOT NULL THEN '${FORMER_MEMBER}'
                      ELSE COALESCE(q.author_alias, qm.pseudonym) END AS quote_author_name,
                 (SELECT count(*)::int FROM post_reactions r WHERE r.post_id = p.id AND r.kind = 'hug') AS hug,
                 (SELECT count(*)::int FROM post_reactions r WHERE r.post_id = p.id AND r.kind = 'me_too') AS me_too,
                 (SELECT count(*)::int FROM post_reactions r WHERE r.post_id = p.id AND r.kind = 'thank_you') AS thank_you,
                 ARRAY(SELECT r.kind FROM post_reactions r WHERE r.post_id = p.id AND r.member_id = $1::uuid ORDER BY r.kind) AS my_reactions,
                 ${hiddenByViewer('$1', { author: 'p.author_id', alias: 'p.author_alias', thread: 'p.thread_id' })} AS hidden_by_you,
                 (q.id IS NOT NULL AND ${hiddenByViewer('$1', { author: 'q.author_id', alias: 'q.author_alias', thread: 'q.thread_id' })}) AS quote_hidden_by_you
            FROM posts p
            LEFT JOIN members m ON m.id = p.author_id
            LEFT JOIN posts q ON q.id = p.quote_post_id
            LEFT JOIN members qm ON qm.id = q.author_id`;
}

/**
 * The forum's hot reads, exported so `npm run bench` can time the very same SQL without the api
 * around it. Parameters: threadList ($1 slug|null, $2 staff, $3/$4 cursor, $5 viewer: leaves out threads opened by
 * an identity the viewer hid, $6 limit);
 * threadById ($1 viewer, $2 thread); postById ($1 viewer, $2 post: with its thread's status and writer); postPage ($1 viewer, $2 thread, $3/$4 cursor, $5 limit, $6 staff:
 * a hidden thread's posts come back empty for everyone but its writer);
 * categoryOpen ($1 slug).
 */
export const FORUM_READ_SQL = {
  threadList: `${threadSelect(5)}
        WHERE ($1::text IS NULL OR c.slug = $1)
          AND (t.status = 'visible' OR $2::boolean)
          AND NOT ${hiddenByViewer('$5', { author: 't.author_id', alias: 't.author_alias', thread: 't.id' })}
          AND ($3::timestamptz IS NULL OR (t.last_activity_at, t.id) < ($3::timestamptz, $4::uuid))
        ORDER BY t.last_activity_at DESC, t.id DESC
        LIMIT $6`,
  threadById: `${threadSelect(1, true)} WHERE t.id = $2::uuid`,
  postPage: `${postSelect()}
        WHERE p.thread_id = $2
          AND EXISTS (SELECT 1 FROM threads t WHERE t.id = $2 AND (t.status = 'visible' OR $6::boolean OR (t.status = 'hidden' AND t.author_id = $1)))
          AND ($3::timestamptz IS NULL OR (p.created_at, p.id) > ($3::timestamptz, $4::uuid))
        ORDER BY p.created_at, p.id
        LIMIT $5`,
  postById: `SELECT post.*, t.status AS thread_status, t.author_id AS thread_author_id FROM (${postSelect()} WHERE p.id = $2) post JOIN threads t ON t.id = post.thread_id`,
  categoryOpen: `SELECT 1 FROM categories WHERE slug = $1 AND archived_at IS NULL`,
} as const;

/**
 * Full-text search, newest match first. Parameters: $1 the words (`websearch_to_tsquery` takes
 * anything typed without an error), $2 staff, $3/$4 cursor, $5 limit, $6 viewer.
 *
 * A post matches by its own words, or as the opening post of a thread whose title matches. Both
 * are conditions on `posts` alone (the titles resolved to post ids first), so the GIN indexes on
 * posts and threads serve the match; a condition spanning both tables could only be checked
 * row by row, reading every post in the forum for every search.
 *
 * A thread opened under an identity the viewer hid is left out whoever wrote the hit, as the
 * thread lists leave it out: its title is that member's words.
 *
 * Not a prepared statement: a generic plan would not see the words, and the best plan for a rare
 * word (the indexes) is not the one for a word in every post.
 */
export const SEARCH_SQL = `SELECT p.id, to_json(p.created_at)#>>'{}' AS cursor_at, p.thread_id, t.title, c.slug AS category_slug,
                t.content_warning, c.content_warning AS category_warns, p.body, p.created_at, p.status, t.status AS thread_status
           FROM posts p JOIN threads t ON t.id = p.thread_id JOIN categories c ON c.id = t.category_id
          WHERE (p.search @@ websearch_to_tsquery('english', $1)
                 OR p.id = ANY (ARRAY(SELECT ${openingPostId('titled.id')} FROM threads titled WHERE titled.search @@ websearch_to_tsquery('english', $1))))
            AND ((p.status = 'visible' AND t.status = 'visible') OR $2::boolean)
            AND NOT ${hiddenByViewer('$6', { author: 'p.author_id', alias: 'p.author_alias', thread: 'p.thread_id' })}
            AND NOT ${hiddenByViewer('$6', { author: 't.author_id', alias: 't.author_alias', thread: 't.id' })}
            AND ($3::timestamptz IS NULL OR (p.created_at, p.id) < ($3::timestamptz, $4::uuid))
          ORDER BY p.created_at DESC, p.id DESC
          LIMIT $5`;

export type ForumRead = keyof typeof FORUM_READ_SQL;

/** Runs one of the forum's hot reads as a named prepared statement (planned once per connection). */
export function readForum<T>(dataSource: DataSource, read: ForumRead, values: unknown[]): Promise<T[]> {
  return preparedRows<T>(dataSource, `forum.${read}`, FORUM_READ_SQL[read], values);
}

/**
 * The same, on the read replica when there is one (reads that may lag the primary by a moment),
 * unless `reader` wrote lately: then the primary, so they see what they wrote.
 */
export function readForumFromReplica<T>(replica: ReadReplica, read: ForumRead, values: unknown[], reader: string): Promise<T[]> {
  return replica.prepared<T>(`forum.${read}`, FORUM_READ_SQL[read], values, reader);
}
