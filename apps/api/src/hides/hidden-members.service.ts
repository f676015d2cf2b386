import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { HIDE_LIMITS, type HiddenMember, type HideMemberRequest } from '@lantern/contracts';
import { holdNamedMembers, returnedRows } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import type { Viewer } from '../forum/forum.service';
import { FORMER_MEMBER } from '../forum/forum-read-sql';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { roomOpenTo } from '../chat/room-access';
import { formerNameHash } from '../auth/former-pseudonyms';
import { holdLiveAccount } from '../auth/sanctions';
import { ContentEvents } from '../moderation/content-events';

/** The identity a post or message was written under, and whether the viewer may see it. */
interface WrittenBy {
  author_id: string | null;
  /** The thread whose alias it was written under; NULL for the pseudonym. */
  alias_thread_id: string | null;
  author_role: string | null;
  author_deleted: boolean | null;
}

interface HiddenRow {
  id: string;
  thread_id: string | null;
  thread_title: string | null;
  pseudonym: string | null;
  alias: string | null;
  hidden_deleted: boolean;
  renamed_since: boolean;
  created_at: Date;
}

const STAFF_ROLES = new Set(['moderator', 'admin', 'partner']);

/**
 * A member hides another from their own view (threads, posts, search, chat). Nobody else is told:
 * the hidden member is not, and moderators see everything as before. Moderators, admins and
 * crisis counsellors cannot be hidden: they may be the ones reaching out to this member.
 */
@Injectable()
export class HiddenMembersService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly events: ContentEvents,
  ) {}

  async list(viewer: Viewer): Promise<{ items: HiddenMember[] }> {
    return { items: await this.read(viewer.id, null) };
  }

  /** The viewer's hides, as they saw each name; `id` narrows to one. */
  private async read(memberId: string, id: string | null, db: Pick<DataSource, 'query'> = this.dataSource): Promise<HiddenMember[]> {
    const rows: HiddenRow[] = await db.query(
      `SELECT h.id, h.thread_id, CASE WHEN t.author_id = $1 OR t.status = 'visible' THEN t.title END AS thread_title, m.pseudonym, a.alias, (m.deleted_at IS NOT NULL) AS hidden_deleted, h.created_at,
              (h.thread_id IS NULL AND EXISTS (SELECT 1 FROM former_pseudonyms f WHERE f.member_id = h.hidden_id AND f.replaced_at > h.created_at)) AS renamed_since
         FROM member_hides h
         JOIN members m ON m.id = h.hidden_id
         LEFT JOIN threads t ON t.id = h.thread_id
         LEFT JOIN thread_aliases a ON a.thread_id = h.thread_id AND a.member_id = h.hidden_id
        WHERE h.member_id = $1 AND ($2::uuid IS NULL OR h.id = $2::uuid)
        ORDER BY h.created_at DESC, h.id`,
      [memberId, id],
    );
    return rows.map(toHiddenMember);
  }

  /** Hides whoever wrote the post or message: 201 with the new hide, or the existing one again. */
  async hide(input: HideMemberRequest, viewer: Viewer): Promise<{ hidden: HiddenMember; created: boolean }> {
    const written = input.postId ? await this.postAuthor(input.postId) : await this.messageAuthor(input.messageId as string, viewer);
    if (!written.author_id || written.author_deleted) throw memberGone();
    if (written.author_id === viewer.id) throw new ApiException(HttpStatus.BAD_REQUEST, 'CANNOT_HIDE_SELF', 'That is your own post or message.');
    // Their own identity only: an alias of theirs in one thread may be hidden like anyone's, and
    // refusing it would tell the member the alias belongs to staff.
    if (written.alias_thread_id === null && written.author_role && STAFF_ROLES.has(written.author_role)) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'CANNOT_HIDE_STAFF',
        'Moderators and crisis counsellors cannot be hidden: they may be the ones reaching out to you. If one of them upset you, tell the moderators through Report.',
      );
    }
    const { inserted, existing } = await this.dataSource.transaction(async (manager) => {
      // The member's hides take turns (so the count below is the count, however many arrive at
      // once), and an erasure under way is waited for: a hide is never left for an erased account.
      await holdLiveAccount(manager, viewer.id, 'alone');
      // And the member hidden, whose erasure under way finishes first: no hide is kept of an erased account.
      const live = await holdNamedMembers(manager, { sql: `SELECT $1::uuid`, parameters: [written.author_id] });
      if (!live.has(written.author_id as string)) throw memberGone();
      const added: Array<{ id: string }> = await manager.query(
        `INSERT INTO member_hides (member_id, hidden_id, thread_id)
         SELECT $1, $2, $3 WHERE (SELECT count(*) FROM member_hides WHERE member_id = $1) < $4::int
         ON CONFLICT ON CONSTRAINT member_hides_once_key DO NOTHING RETURNING id`,
        [viewer.id, written.author_id, written.alias_thread_id, HIDE_LIMITS.max],
      );
      const [found]: Array<{ id: string } | undefined> = added.length
        ? added
        : await manager.query(`SELECT id FROM member_hides WHERE member_id = $1 AND hidden_id = $2 AND thread_id IS NOT DISTINCT FROM $3::uuid`, [
            viewer.id,
            written.author_id,
            written.alias_thread_id,
          ]);
      // Read in the transaction that holds the account: read after it, an erasure that came
      // meanwhile has deleted the hide, and the answer would be "you have not hidden that member".
      const [existing] = found ? await this.read(viewer.id, found.id, manager) : [];
      return { inserted: added, existing };
    });
    if (!existing) {
      throw new ApiException(
        HttpStatus.CONFLICT,
        'HIDE_LIMIT_REACHED',
        `You have hidden ${HIDE_LIMITS.max} members, the most Lantern keeps. Show someone again to hide another, or report what troubles you to the moderators.`,
      );
    }
    if (inserted.length && written.alias_thread_id === null) this.events.memberHidden.next({ memberId: viewer.id, hiddenId: written.author_id, hidden: true });
    return { hidden: existing, created: inserted.length > 0 };
  }

  /** Shows the member again. */
  async unhide(id: string, viewer: Viewer): Promise<void> {
    if (!z.uuid().safeParse(id).success) throw notFound();
    const rows = returnedRows<{ hidden_id: string; thread_id: string | null }>(
      await this.dataSource.query(`DELETE FROM member_hides WHERE id = $1 AND member_id = $2 RETURNING hidden_id, thread_id`, [id, viewer.id]),
    );
    if (rows.length === 0) throw notFound();
    if (rows[0].thread_id === null) this.events.memberHidden.next({ memberId: viewer.id, hiddenId: rows[0].hidden_id, hidden: false });
  }

  /** The ids of the members the member hid (not per thread): the realtime gateway leaves their live messages out. */
  async hiddenMemberIds(memberId: string): Promise<string[]> {
    const rows: Array<{ hidden_id: string }> = await this.dataSource.query(`SELECT hidden_id FROM member_hides WHERE member_id = $1 AND thread_id IS NULL`, [memberId]);
    return rows.map((row) => row.hidden_id);
  }

  /**
   * Whether a name a room showed is one of a member this member hid, or null when they hid nobody
   * in chat. A recovered session's replayed messages carry the writer's name only (the room's copy
   * leaves the member id out), so they are matched by it; a name changed since (by them, or
   * replaced by a moderator) counts too, as the lines were sent under it (found by its hash, which
   * is all that is kept).
   */
  async hiddenNameTest(memberId: string): Promise<((name: string) => boolean) | null> {
    const rows: Array<{ pseudonym: string; former: string[] }> = await this.dataSource.query(
      `SELECT m.pseudonym, ARRAY(SELECT f.name_hash FROM former_pseudonyms f WHERE f.member_id = m.id) AS former
         FROM member_hides h JOIN members m ON m.id = h.hidden_id WHERE h.member_id = $1 AND h.thread_id IS NULL AND m.pseudonym IS NOT NULL`,
      [memberId],
    );
    if (rows.length === 0) return null;
    const names = new Set(rows.map((row) => row.pseudonym));
    const former = new Set(rows.flatMap((row) => row.former));
    return (name) => names.has(name) || (former.size > 0 && former.has(formerNameHash(name)));
  }

  /** A post the viewer can read: shown, in a thread that is shown. */
  private async postAuthor(postId: string): Promise<WrittenBy> {
    const [row]: WrittenBy[] = await this.dataSource.query(
      `SELECT p.author_id, CASE WHEN p.author_alias IS NULL THEN NULL ELSE p.thread_id END AS alias_thread_id,
              m.role AS author_role, (m.deleted_at IS NOT NULL) AS author_deleted
         FROM posts p JOIN threads t ON t.id = p.thread_id LEFT JOIN members m ON m.id = p.author_id
        WHERE p.id = $1 AND p.status = 'visible' AND t.status = 'visible'`,
      [postId],
    );
    if (!row) throw new ApiException(HttpStatus.NOT_FOUND, 'POST_NOT_FOUND', 'That post does not exist, or is no longer visible.');
    return row;
  }

  /** A message the viewer can read: shown, in a room open to them. */
  private async messageAuthor(messageId: string, viewer: Viewer): Promise<WrittenBy> {
    const [row]: WrittenBy[] = await this.dataSource.query(
      `SELECT msg.author_id, NULL::uuid AS alias_thread_id, m.role AS author_role, (m.deleted_at IS NOT NULL) AS author_deleted
         FROM messages msg JOIN rooms r ON r.id = msg.room_id LEFT JOIN members m ON m.id = msg.author_id
        WHERE msg.id = $1 AND msg.status = 'visible'
          AND ${roomOpenTo('r', '$2', '$3')}`,
      [messageId, viewer.id, viewer.role],
    );
    if (!row) throw new ApiException(HttpStatus.NOT_FOUND, 'MESSAGE_NOT_FOUND', 'That message does not exist, or is no longer visible.');
    return row;
  }
}

function memberGone(): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, 'MEMBER_NOT_FOUND', 'That member has left Lantern; there is nobody to hide.');
}

function notFound(): ApiException {
  return new ApiException(HttpStatus.NOT_FOUND, 'HIDE_NOT_FOUND', 'You have not hidden that member (or you showed them again already).');
}

function toHiddenMember(row: HiddenRow): HiddenMember {
  const name = row.hidden_deleted ? FORMER_MEMBER : row.thread_id ? (row.alias ?? FORMER_MEMBER) : (row.pseudonym ?? FORMER_MEMBER);
  return {
    id: row.id,
    displayName: name,
    thread: row.thread_id ? { id: row.thread_id, title: row.thread_title ?? '' } : null,
    createdAt: row.created_at.toISOString(),
    // An alias is what was hidden in its thread, and it does not change with the name.
    renamedSince: !row.hidden_deleted && row.renamed_since,
  };
}
