import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  BREAK_AFTER_CRISIS_ITEMS,
  BREAK_WINDOW_MINUTES,
  clipText,
  SHIFT_HOURS,
  type FlagContext,
  type FlagSignal,
  type MemberContext,
  type MemberMatch,
  type ModerationHistoryEntry,
  type QueueItem,
  type ShiftSummary,
} from '@lantern/contracts';
import type { DataSource } from 'typeorm';
import { contentTable } from '@lantern/db';
import type { AuditActor } from '../audit/audit.service';
import { roomOpenTo } from '../chat/room-access';
import { plainExcerpt } from '../forum/render-markdown';
import { ApiException } from '../http/api-exception';
import { formerNameHashes, nameAsStored } from '../auth/former-pseudonyms';
import { shownPseudonym } from '../auth/pseudonyms';
import { DATA_SOURCE } from '../infra/infra.tokens';

/** Where a post's or a message's neighbours live, and how many to show on each side. */
const NEIGHBOURS = {
  post: { table: 'posts', container: 'thread_id', author: "COALESCE(x.author_alias, m.pseudonym, 'former member')", side: 3 },
  message: { table: 'messages', container: 'room_id', author: "COALESCE(m.pseudonym, 'former member')", side: 6 },
} as const;

const GONE: FlagContext = { kind: 'none', title: 'The content no longer exists', contentWarning: null, href: null, entries: [] };
const RECENT_CONTENT = 20;
const HISTORY_LIMIT = 100;
/** Actions that finish an item (claim and note do not). */
const HANDLING_ACTIONS = ['dismiss', 'keep', 'hide', 'restore', 'remove', 'edit', 'warn', 'mute', 'suspend', 'escalate'];

interface HistoryRow {
  id: string;
  action: string;
  actor_id: string | null;
  actor_pseudonym: string | null;
  reason: string | null;
  target_type: string;
  target_id: string | null;
  created_at: Date;
}

interface EvidenceRow {
  start: number;
  end: number;
  signal: string;
  category: string;
}

const HISTORY_SELECT = `SELECT a.id::text AS id, a.action, a.actor_id, ${shownPseudonym('m')} AS actor_pseudonym, a.reason, a.target_type, a.target_id, a.created_at
                          FROM audit_log a LEFT JOIN members m ON m.id = a.actor_id`;

function toHistory(row: HistoryRow): ModerationHistoryEntry {
  return {
    id: row.id,
    action: row.action,
    actor: row.actor_id ? { id: row.actor_id, pseudonym: row.actor_pseudonym ?? 'former moderator' } : null,
    reason: row.reason,
    targetType: row.target_type,
    targetId: row.target_id,
    createdAt: row.created_at.toISOString(),
  };
}

/**
 * What a moderator reads before deciding: the whole content with the spans that fired, every
 * signal, the item's audited history, the thread or chat around it, the author's recent record,
 * and (for the moderator's own wellbeing) how much crisis work they have carried this shift.
 */
@Injectable()
export class ModerationContextService {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** The content's current text (Markdown source for posts, as the classifier read it) and version. */
  async content(item: Pick<QueueItem, 'contentType' | 'contentId'>): Promise<{ body: string; version: number } | null> {
    const table = contentTable(item.contentType);
    if (!table) return null;
    const rows: Array<{ body: string; version: number }> = await this.dataSource.query(`SELECT body, version FROM ${table} WHERE id = $1`, [item.contentId]);
    return rows[0] ?? null;
  }

  async signals(flagId: string, item: Pick<QueueItem, 'contentType' | 'contentId'>, current: { body: string; version: number } | null): Promise<FlagSignal[]> {
    const rows: Array<{
      source: FlagSignal['source'];
      risk: string | null;
      categories: string[];
      reason: string | null;
      evidence: EvidenceRow[];
      content_version: number | null;
      created_at: Date;
      note: string | null;
    }> = await this.dataSource.query(
      // A report's note is the reporter's words for the moderators (kept with the report, by reporter
      // and content); a moderator who opened the item keeps theirs on the signal.
      `SELECT s.source, s.risk, s.categories, s.reason, s.evidence, s.content_version, s.created_at,
              CASE WHEN s.source = 'report' THEN COALESCE(
                (SELECT pr.note FROM post_reports pr WHERE f.content_type = 'post' AND pr.post_id = f.content_id AND pr.reporter_id = s.reporter_id),
                (SELECT mr.note FROM message_reports mr WHERE f.content_type = 'message' AND mr.message_id = f.content_id AND mr.reporter_id = s.reporter_id))
                   ELSE s.note END AS note
         FROM flag_signals s JOIN flags f ON f.id = s.flag_id WHERE s.flag_id = $1 ORDER BY s.created_at, s.id`,
      [flagId],
    );
    // Evidence offsets point into the version the classifier read; older versions live in post_revisions.
    const bodies = new Map<number, string>();
    if (current) bodies.set(current.version, current.body);
    const older = rows.map((row) => row.content_version).filter((version): version is number => version !== null && !bodies.has(version));
    if (older.length && item.contentType === 'post') {
      const revisions: Array<{ version: number; body: string }> = await this.dataSource.query(
        `SELECT version, body FROM post_revisions WHERE post_id = $1 AND version = ANY($2::int[])`,
        [item.contentId, older],
      );
      for (const revision of revisions) bodies.set(revision.version, revision.body);
    }
    return rows.map((row) => {
      const body = row.content_version === null ? undefined : bodies.get(row.content_version);
      return {
        source: row.source,
        risk: row.risk,
        categories: row.categories,
        reason: row.reason,
        evidence: (Array.isArray(row.evidence) ? row.evidence : []).map((span) => ({
          start: span.start,
          end: span.end,
          text: body === undefined ? '' : body.slice(span.start, span.end),
          signal: span.signal,
          category: span.category,
        })),
        note: row.note,
        createdAt: row.created_at.toISOString(),
      };
    });
  }

  /** The item's own audit trail and everything done to its content, oldest first. */
  async history(flagId: string, contentId: string): Promise<ModerationHistoryEntry[]> {
    const rows: HistoryRow[] = await this.dataSource.query(
      `${HISTORY_SELECT} WHERE (a.target_type = 'flag' AND a.target_id = $1) OR (a.target_type IN ('post','message') AND a.target_id = $2)
        ORDER BY a.created_at, a.id LIMIT ${HISTORY_LIMIT}`,
      [flagId, contentId],
    );
    return rows.map(toHistory);
  }

  async context(item: Pick<QueueItem, 'contentType' | 'contentId'>, reader: Pick<AuditActor, 'id' | 'role'>): Promise<FlagContext> {
    if (item.contentType === 'post') return this.threadContext(item.contentId);
    if (item.contentType === 'message') return this.roomContext(item.contentId, reader);
    return { kind: 'none', title: item.contentType === 'member' ? 'A member asked to talk to a moderator' : '', contentWarning: null, href: null, entries: [] };
  }

  private async threadContext(postId: string): Promise<FlagContext> {
    const [thread]: Array<{ id: string; title: string; content_warning: string | null; created_at: Date }> = await this.dataSource.query(
      `SELECT t.id, t.title, t.content_warning, p.created_at FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.id = $1`,
      [postId],
    );
    if (!thread) return GONE;
    const entries = await this.around(NEIGHBOURS.post, thread.id, thread.created_at, postId);
    return {
      kind: 'thread',
      title: thread.title,
      contentWarning: thread.content_warning,
      href: `/t/${thread.id}`,
      entries: entries.map((entry) => ({ ...entry, body: plainExcerpt(entry.body, 1_000) })),
    };
  }

  /**
   * The chat around a message, for a reader the room is open to (`roomOpenTo`). A private room's
   * item (a member's words to the moderator or counsellor who came when they asked for a person)
   * shows any other moderator the flagged message alone: the conversation around it is between the
   * people in that room, as its history and a moderator's own review are.
   */
  private async roomContext(messageId: string, reader: Pick<AuditActor, 'id' | 'role'>): Promise<FlagContext> {
    const [room]: Array<{ id: string; slug: string; name: string; created_at: Date; open: boolean }> = await this.dataSource.query(
      `SELECT r.id, r.slug, r.name, msg.created_at, ${roomOpenTo('r', '$2::uuid', '$3::text')} AS open FROM messages msg JOIN rooms r ON r.id = msg.room_id WHERE msg.id = $1`,
      [messageId, reader.id, reader.role],
    );
    if (!room) return GONE;
    if (!room.open) {
      // The message alone: none of its neighbours is even read.
      const entries = await this.around(NEIGHBOURS.message, room.id, room.created_at, messageId, 0);
      return { kind: 'room', title: `${room.name} (private: only the people in it read the conversation)`, contentWarning: null, href: null, entries };
    }
    return { kind: 'room', title: room.name, contentWarning: null, href: `/chat/${room.slug}`, entries: await this.around(NEIGHBOURS.message, room.id, room.created_at, messageId) };
  }

  /** The entries just before and after one post or message in its thread or room (`side` on each side), oldest first. */
  private async around(source: (typeof NEIGHBOURS)[keyof typeof NEIGHBOURS], containerId: string, at: Date, currentId: string, side: number = source.side): Promise<FlagContext['entries']> {
    const select = `SELECT x.id, ${source.author} AS author, x.body, x.created_at, x.status
                      FROM ${source.table} x LEFT JOIN members m ON m.id = x.author_id WHERE x.${source.container} = $1`;
    const rows: Array<{ id: string; author: string; body: string; created_at: Date; status: string }> = await this.dataSource.query(
      `(${select} AND (x.created_at, x.id) < ($2, $3) ORDER BY x.created_at DESC, x.id DESC LIMIT ${side})
       UNION ALL
       (${select} AND (x.created_at, x.id) >= ($2, $3) ORDER BY x.created_at, x.id LIMIT ${side + 1})
       ORDER BY created_at, id`,
      [containerId, at, currentId],
    );
    return rows.map((row) => ({ id: row.id, author: row.author, body: row.body, createdAt: row.created_at.toISOString(), current: row.id === currentId, status: row.status }));
  }

  /**
   * The member who goes by the name typed (in any case, its spaces as names are stored), or went by
   * it before: a former name is found by its hash, as it signs them in. Nobody when the account was
   * erased. A moderator reaches a member's record from a name a member mentions, not only from an item.
   */
  async findMember(typed: string): Promise<MemberMatch[]> {
    const rows: Array<{ id: string; pseudonym: string; role: string; former: boolean }> = await this.dataSource.query(
      `(SELECT id, pseudonym, role, false AS former FROM members WHERE lower(pseudonym) = lower($1) AND deleted_at IS NULL)
       UNION ALL
       (SELECT m.id, m.pseudonym, m.role, true FROM former_pseudonyms f JOIN members m ON m.id = f.member_id
         WHERE f.name_hash = ANY($2::text[]) AND m.deleted_at IS NULL)
       ORDER BY former LIMIT 1`,
      [nameAsStored(typed), formerNameHashes(typed)],
    );
    return rows.map((row) => ({ id: row.id, pseudonym: row.pseudonym, role: row.role, formerName: row.former }));
  }

  /**
   * A member's recent words and what moderators did about them. Lantern holds nothing that
   * identifies them. Words in a private room (with a counsellor, with another moderator) are left
   * out unless the moderator reading is in that room: a review item brings a flagged one to them.
   */
  async member(memberId: string, moderatorId: string): Promise<MemberContext> {
    const [member]: Array<{ id: string; pseudonym: string; role: string; created_at: Date; suspended_until: Date | null; muted_until: Date | null; deleted_at: Date | null; warnings: number; hidden_by: number; former_names: number }> =
      await this.dataSource.query(
        `SELECT id, pseudonym, role, created_at, suspended_until, muted_until, deleted_at,
                (SELECT count(*)::int FROM member_warnings w WHERE w.member_id = members.id AND w.kind = 'warning') AS warnings,
                (SELECT count(DISTINCT h.member_id)::int FROM member_hides h WHERE h.hidden_id = members.id) AS hidden_by,
                (SELECT count(*)::int FROM former_pseudonyms f WHERE f.member_id = members.id) AS former_names
           FROM members WHERE id = $1`,
        [memberId],
      );
    if (!member) throw new ApiException(HttpStatus.NOT_FOUND, 'MEMBER_NOT_FOUND', 'There is no such member.');
    const recent: Array<{ content_type: 'post' | 'message'; id: string; body: string; place: string; status: string; created_at: Date }> = await this.dataSource.query(
      `(SELECT 'post' AS content_type, p.id, p.body, t.title AS place, p.status, p.created_at
          FROM posts p JOIN threads t ON t.id = p.thread_id WHERE p.author_id = $1 ORDER BY p.created_at DESC LIMIT ${RECENT_CONTENT})
       UNION ALL
       (SELECT 'message', g.id, g.body, r.name, g.status, g.created_at
          FROM messages g JOIN rooms r ON r.id = g.room_id
         WHERE g.author_id = $1 AND ${roomOpenTo('r', '$2', `'moderator'`)}
         ORDER BY g.created_at DESC LIMIT ${RECENT_CONTENT})
       ORDER BY created_at DESC LIMIT ${RECENT_CONTENT}`,
      [memberId, moderatorId],
    );
    const actions: HistoryRow[] = await this.dataSource.query(
      `${HISTORY_SELECT}
        WHERE a.action <> 'claim'
          AND ((a.target_type = 'member' AND a.target_id = $1)
            OR (a.target_type = 'flag' AND a.target_id IN (SELECT id FROM flags WHERE author_id = $1)))
        ORDER BY a.created_at DESC, a.id DESC LIMIT ${HISTORY_LIMIT}`,
      [memberId],
    );
    const now = Date.now();
    const stillRunning = (until: Date | null) => (until && until.getTime() > now ? until.toISOString() : null);
    return {
      member: {
        id: member.id,
        pseudonym: member.deleted_at ? 'former member' : member.pseudonym,
        role: member.role,
        joinedAt: member.created_at.toISOString(),
        suspendedUntil: stillRunning(member.suspended_until),
        mutedUntil: stillRunning(member.muted_until),
        warnings: member.warnings,
        hiddenBy: member.hidden_by,
        formerNames: member.former_names,
      },
      recent: recent.map((row) => ({
        contentType: row.content_type,
        id: row.id,
        excerpt: row.content_type === 'post' ? plainExcerpt(row.body, 280) : clipText(row.body, 280),
        where: row.place,
        status: row.status,
        createdAt: row.created_at.toISOString(),
      })),
      actions: actions.map(toHistory),
    };
  }

  async partners(): Promise<{ items: Array<{ id: string; name: string; regions: string[]; hours: string }> }> {
    const rows: Array<{ id: string; name: string; regions: string[]; hours: string }> = await this.dataSource.query(`SELECT id, name, regions, hours FROM partners ORDER BY name`);
    return { items: rows };
  }

  /** This moderator's own shift: items handled in the last SHIFT_HOURS, and how many were crises lately. */
  async shift(moderator: AuditActor): Promise<ShiftSummary> {
    const [row]: Array<{ since: Date; handled: number; crisis_handled: number; recent_crisis: number }> = await this.dataSource.query(
      `SELECT now() - make_interval(hours => $2) AS since,
              count(*)::int AS handled,
              count(*) FILTER (WHERE f.kind = 'crisis')::int AS crisis_handled,
              count(*) FILTER (WHERE f.kind = 'crisis' AND a.created_at > now() - make_interval(mins => $3))::int AS recent_crisis
         FROM audit_log a JOIN flags f ON a.target_type = 'flag' AND f.id = a.target_id
        WHERE a.actor_id = $1 AND a.action = ANY($4::text[]) AND a.created_at > now() - make_interval(hours => $2)`,
      [moderator.id, SHIFT_HOURS, BREAK_WINDOW_MINUTES, HANDLING_ACTIONS],
    );
    return {
      since: row.since.toISOString(),
      handled: row.handled,
      crisisHandled: row.crisis_handled,
      recentCrisis: row.recent_crisis,
      suggestBreak: row.recent_crisis >= BREAK_AFTER_CRISIS_ITEMS,
    };
  }
}
