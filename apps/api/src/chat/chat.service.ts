import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CHAT_LIMITS, type ChatMessage, type ErrorCode, type Page, type SendMessageRequest } from '@lantern/contracts';
import { preparedRows, returnedRows } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertNotSanctioned, type SanctionState } from '../auth/sanctions';
import { decodeCursor, toPage } from '../forum/forum-cursor';
import type { Viewer } from '../forum/forum.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { OutboxService } from '../outbox/outbox.service';
import { WatchedWordsService } from '../watched-words/watched-words.service';

export interface RoomRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  locked: boolean;
  slow_mode_seconds: number;
  private: boolean;
}

interface MessageRow {
  id: string;
  cursor_at: string;
  room_slug: string;
  author_id: string | null;
  pseudonym: string | null;
  author_deleted: boolean | null;
  body: string;
  status: string;
  created_at: Date;
  client_msg_id: string;
}

const isStaff = (viewer: Viewer) => viewer.role === 'moderator' || viewer.role === 'admin';

/** A refusal the gateway turns into an error ack and REST into a 4xx. */
export class ChatRefusal extends ApiException {}

const refuse = (status: number, code: ErrorCode, message: string, details?: unknown) =>
  new ChatRefusal(status, code, message, details);

/**
 * Rooms and messages. Every message is persisted (with its outbox row, in one statement)
 * before anyone sees it, so nothing said in a room is lost when a node or Redis goes away.
 */
@Injectable()
export class ChatService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
    private readonly audit: AuditService,
    private readonly watched: WatchedWordsService,
  ) {}

  async rooms(viewer: Viewer): Promise<RoomRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.slug, r.name, r.description, r.locked, r.slow_mode_seconds, r.private FROM rooms r
        WHERE NOT r.private OR EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.member_id = $1)
        ORDER BY r.private, r.position, r.name`,
      [viewer.id],
    );
  }

  /** The room, if this viewer may be in it; locked rooms stay open to moderators. */
  async enterable(slug: string, viewer: Viewer): Promise<RoomRow> {
    const rows: Array<RoomRow & { is_member: boolean }> = await this.dataSource.query(
      `SELECT r.id, r.slug, r.name, r.description, r.locked, r.slow_mode_seconds, r.private,
              EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.member_id = $2) AS is_member
         FROM rooms r WHERE r.slug = $1`,
      [slug, viewer.id],
    );
    return this.assertEnterable(rows[0], slug, viewer);
  }

  private assertEnterable<Room extends RoomRow & { is_member: boolean }>(room: Room | undefined, slug: string, viewer: Viewer): Room {
    if (!room || (room.private && !room.is_member)) {
      // A private room a member is not part of is answered like one that does not exist.
      throw refuse(HttpStatus.NOT_FOUND, room ? 'ROOM_PRIVATE' : 'ROOM_NOT_FOUND', room ? 'That room is private.' : `There is no room "${slug}".`);
    }
    if (room.locked && !isStaff(viewer)) throw refuse(HttpStatus.FORBIDDEN, 'ROOM_LOCKED', `${room.name} is locked by the moderators for now.`);
    return room;
  }

  /** Newest messages first in pages going back in time; each page is returned oldest first. */
  async history(slug: string, cursor: string | undefined, viewer: Viewer, limit: number = CHAT_LIMITS.pageSize): Promise<Page<ChatMessage>> {
    const room = await this.enterable(slug, viewer);
    const before = decodeCursor(cursor);
    const rows: MessageRow[] = await this.dataSource.query(
      `${MESSAGE_SELECT}
        WHERE msg.room_id = $1 AND (msg.status = 'visible' OR $2::boolean)
          AND ($3::timestamptz IS NULL OR (msg.created_at, msg.id) < ($3::timestamptz, $4::uuid))
        ORDER BY msg.created_at DESC, msg.id DESC LIMIT $5`,
      [room.id, isStaff(viewer), before?.at ?? null, before?.id ?? null, limit + 1],
    );
    const page = toPage(rows, limit, (row) => toMessage(row, viewer));
    return { items: page.items.reverse(), nextCursor: page.nextCursor };
  }

  /**
   * Stores a message once per author and clientMsgId. A resend returns the stored message with
   * `duplicate: true`, and the caller does not broadcast it again.
   *
   * One statement reads everything that may refuse the message (the room, membership, the
   * sender's sanctions, slow mode) and stores it, with its outbox row, only if nothing does; when
   * nothing was stored, the same row says why, and `assertMaySend` words the refusal.
   */
  async send(raw: SendMessageRequest, viewer: Viewer): Promise<{ message: ChatMessage; duplicate: boolean }> {
    const input = { ...raw, body: await this.watched.screen(raw.body) };
    const id = randomUUID();
    const [topic, payload] = this.outbox.moderationRow({ contentType: 'message', contentId: id, version: 1 });
    const [row] = await preparedRows<SendRow>(
      this.dataSource,
      'chat.send',
      `WITH pre AS (
         SELECT r.id, r.slug, r.name, r.description, r.locked, r.slow_mode_seconds, r.private,
                EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.member_id = $2) AS is_member,
                me.pseudonym, me.muted_until, me.suspended_until,
                CASE WHEN r.slow_mode_seconds > 0 AND NOT $4::boolean THEN
                  (SELECT ceil(extract(epoch FROM (last.created_at + make_interval(secs => r.slow_mode_seconds)) - now()))::int
                     FROM messages last WHERE last.room_id = r.id AND last.author_id = $2 ORDER BY last.created_at DESC LIMIT 1) END AS slow_wait
           FROM rooms r LEFT JOIN members me ON me.id = $2 WHERE r.slug = $1),
       stored AS (
         INSERT INTO messages (id, room_id, author_id, client_msg_id, body)
         SELECT $3, pre.id, $2, $5, $6 FROM pre
          WHERE (NOT pre.private OR pre.is_member) AND (NOT pre.locked OR $4::boolean)
            AND (pre.suspended_until IS NULL OR pre.suspended_until <= now())
            AND (pre.muted_until IS NULL OR pre.muted_until <= now())
            AND coalesce(pre.slow_wait, 0) <= 0
         ON CONFLICT ON CONSTRAINT messages_client_msg_key DO NOTHING
         RETURNING id, to_json(created_at)#>>'{}' AS cursor_at, created_at),
       queued AS (INSERT INTO outbox_events (topic, payload) SELECT $7, $8::jsonb FROM stored)
       SELECT pre.*, stored.id AS stored_id, stored.cursor_at, stored.created_at FROM pre LEFT JOIN stored ON true`,
      [input.room, viewer.id, id, isStaff(viewer), input.clientMsgId, input.body, topic, payload],
    );
    if (row?.stored_id && row.cursor_at && row.created_at) {
      this.relay.kick();
      const message: MessageRow = {
        id,
        cursor_at: row.cursor_at,
        room_slug: row.slug,
        author_id: viewer.id,
        pseudonym: row.pseudonym,
        author_deleted: false,
        body: input.body,
        status: 'visible',
        created_at: row.created_at,
        client_msg_id: input.clientMsgId,
      };
      return { message: toMessage(message, viewer), duplicate: false };
    }
    // Not stored. A resend of a message already stored is answered with it, whatever holds now.
    const stored = await this.sent(viewer, input.clientMsgId);
    if (stored) return { message: stored, duplicate: true };
    this.assertMaySend(row, input.room, viewer);
    // Every rule let it through here, yet PostgreSQL did not store it (its clock disagreed).
    throw refuse(HttpStatus.CONFLICT, 'MESSAGE_NOT_STORED', 'That message could not be stored; please send it again.');
  }

  /** Words the refusal for a message the send statement did not store. */
  private assertMaySend(row: SendRow | undefined, slug: string, viewer: Viewer): void {
    const room = this.assertEnterable(row, slug, viewer);
    assertNotSanctioned(room, 'chat');
    if (room.slow_wait !== null && room.slow_wait > 0 && !isStaff(viewer)) {
      throw refuse(HttpStatus.TOO_MANY_REQUESTS, 'SLOW_MODE', `Slow mode is on in ${room.name}: you can send again in ${room.slow_wait} s.`, { retryAfterSeconds: room.slow_wait });
    }
  }

  /** The message this author already stored under this clientMsgId, if any. */
  async sent(viewer: Viewer, clientMsgId: string): Promise<ChatMessage | null> {
    const [row]: MessageRow[] = await this.dataSource.query(`${MESSAGE_SELECT} WHERE msg.author_id = $1 AND msg.client_msg_id = $2`, [viewer.id, clientMsgId]);
    return row ? toMessage(row, viewer) : null;
  }

  /** A moderator removes a message; returns the room it was in, for the live `message:removed`. */
  async remove(messageId: string, moderator: Viewer, reason?: string): Promise<{ room: string; id: string }> {
    return this.dataSource.transaction(async (manager) => {
      const rows: Array<{ status: string; slug: string }> = await manager.query(
        `SELECT msg.status, r.slug FROM messages msg JOIN rooms r ON r.id = msg.room_id WHERE msg.id = $1 FOR UPDATE OF msg`,
        [messageId],
      );
      if (!rows[0]) throw refuse(HttpStatus.NOT_FOUND, 'MESSAGE_NOT_FOUND', 'There is no such message.');
      await manager.query(`UPDATE messages SET status = 'removed' WHERE id = $1`, [messageId]);
      await this.audit.record(manager, moderator, { action: 'remove', targetType: 'message', targetId: messageId, reason, before: { status: rows[0].status }, after: { status: 'removed' } });
      return { room: rows[0].slug, id: messageId };
    });
  }

  async updateRoom(slug: string, change: { locked?: boolean; slowModeSeconds?: number }, moderator: Viewer): Promise<RoomRow> {
    return this.dataSource.transaction(async (manager) => {
      const [before]: RoomRow[] = await manager.query(`SELECT id, slug, name, description, locked, slow_mode_seconds, private FROM rooms WHERE slug = $1 FOR UPDATE`, [slug]);
      if (!before) throw refuse(HttpStatus.NOT_FOUND, 'ROOM_NOT_FOUND', `There is no room "${slug}".`);
      const [after] = returnedRows<RoomRow>(
        await manager.query(
          `UPDATE rooms SET locked = COALESCE($2, locked), slow_mode_seconds = COALESCE($3, slow_mode_seconds) WHERE id = $1
           RETURNING id, slug, name, description, locked, slow_mode_seconds, private`,
          [before.id, change.locked ?? null, change.slowModeSeconds ?? null],
        ),
      );
      await this.audit.record(manager, moderator, {
        action: 'room_settings',
        targetType: 'room',
        targetId: before.id,
        before: { locked: before.locked, slowModeSeconds: before.slow_mode_seconds },
        after: { locked: after.locked, slowModeSeconds: after.slow_mode_seconds },
      });
      return after;
    });
  }
}

/** What the send statement read (the room and the sender as the database has them) and stored. */
type SendRow = RoomRow &
  SanctionState & { is_member: boolean; pseudonym: string | null; slow_wait: number | null; stored_id: string | null; cursor_at: string | null; created_at: Date | null };

const MESSAGE_SELECT = `SELECT msg.id, to_json(msg.created_at)#>>'{}' AS cursor_at, r.slug AS room_slug, msg.author_id, m.pseudonym,
                               (m.deleted_at IS NOT NULL) AS author_deleted, msg.body, msg.status, msg.created_at, msg.client_msg_id
                          FROM messages msg JOIN rooms r ON r.id = msg.room_id LEFT JOIN members m ON m.id = msg.author_id`;

function toMessage(row: MessageRow, viewer: Viewer): ChatMessage {
  const gone = row.author_id === null || row.author_deleted === true || row.pseudonym === null;
  const isYou = row.author_id !== null && row.author_id === viewer.id;
  const message: ChatMessage = {
    id: row.id,
    room: row.room_slug,
    author: { displayName: gone ? 'former member' : (row.pseudonym ?? 'former member'), isYou },
    body: row.body,
    createdAt: row.created_at.toISOString(),
  };
  if (isYou) message.clientMsgId = row.client_msg_id;
  if (isStaff(viewer) && row.author_id) message.author.memberId = row.author_id;
  return message;
}
