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
   * `duplicate: true`, and the caller does not broadcast it again. `checked` is the result of
   * `check()` when the caller started it earlier (beside its rate limit, to save a round trip).
   */
  async send(raw: SendMessageRequest, viewer: Viewer, checked?: Promise<SendCheck>): Promise<{ message: ChatMessage; duplicate: boolean }> {
    const { input, pre } = await (checked ?? this.check(raw, viewer));
    const room = this.assertEnterable(pre, input.room, viewer);
    assertNotSanctioned(room, 'chat');
    if (room.slow_wait !== null && room.slow_wait > 0 && !isStaff(viewer)) {
      const stored = await this.sent(viewer, input.clientMsgId);
      if (stored) return { message: stored, duplicate: true };
      throw refuse(HttpStatus.TOO_MANY_REQUESTS, 'SLOW_MODE', `Slow mode is on in ${room.name}: you can send again in ${room.slow_wait} s.`, { retryAfterSeconds: room.slow_wait });
    }
    return this.store(input, viewer, room, room.pseudonym);
  }

  /**
   * Everything that may refuse a message, read at once: watched words, then one query for the
   * room, membership, the sender's sanctions and, in slow mode, how long they must still wait.
   */
  async check(raw: SendMessageRequest, viewer: Viewer): Promise<SendCheck> {
    const input = { ...raw, body: await this.watched.screen(raw.body) };
    const [pre] = await preparedRows<NonNullable<SendCheck['pre']>>(
      this.dataSource,
      'chat.sendCheck',
      `SELECT r.id, r.slug, r.name, r.description, r.locked, r.slow_mode_seconds, r.private,
              EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.member_id = $2) AS is_member,
              me.pseudonym, me.muted_until, me.suspended_until,
              CASE WHEN r.slow_mode_seconds > 0 THEN
                (SELECT ceil(extract(epoch FROM (last.created_at + make_interval(secs => r.slow_mode_seconds)) - now()))::int
                   FROM messages last WHERE last.room_id = r.id AND last.author_id = $2 ORDER BY last.created_at DESC LIMIT 1) END AS slow_wait
         FROM rooms r LEFT JOIN members me ON me.id = $2 WHERE r.slug = $1`,
      [input.room, viewer.id],
    );
    return { input, pre };
  }

  private async store(input: SendMessageRequest, viewer: Viewer, room: RoomRow, pseudonym: string | null): Promise<{ message: ChatMessage; duplicate: boolean }> {
    // The message and its outbox row in one statement: both are stored or neither is. A resend
    // (same author and clientMsgId) inserts nothing and gets the stored message back.
    const id = randomUUID();
    const [topic, payload] = this.outbox.moderationRow({ contentType: 'message', contentId: id, version: 1 });
    const inserted = await preparedRows<{ id: string; cursor_at: string; created_at: Date }>(
      this.dataSource,
      'chat.store',
      `WITH stored AS (
         INSERT INTO messages (id, room_id, author_id, client_msg_id, body) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT ON CONSTRAINT messages_client_msg_key DO NOTHING
         RETURNING id, to_json(created_at)#>>'{}' AS cursor_at, created_at),
       queued AS (INSERT INTO outbox_events (topic, payload) SELECT $6, $7::jsonb FROM stored)
       SELECT id, cursor_at, created_at FROM stored`,
      [id, room.id, viewer.id, input.clientMsgId, input.body, topic, payload],
    );
    if (!inserted[0]) {
      const stored = await this.sent(viewer, input.clientMsgId);
      if (!stored) throw refuse(HttpStatus.CONFLICT, 'MESSAGE_NOT_STORED', 'That message could not be stored; please send it again.');
      return { message: stored, duplicate: true };
    }
    this.relay.kick();
    const row: MessageRow = {
      id,
      cursor_at: inserted[0].cursor_at,
      room_slug: room.slug,
      author_id: viewer.id,
      pseudonym,
      author_deleted: false,
      body: input.body,
      status: 'visible',
      created_at: inserted[0].created_at,
      client_msg_id: input.clientMsgId,
    };
    return { message: toMessage(row, viewer), duplicate: false };
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

/** What `check()` read: the screened input, and the room and sender as the database has them (undefined: no such room). */
export interface SendCheck {
  input: SendMessageRequest;
  pre: (RoomRow & SanctionState & { is_member: boolean; pseudonym: string | null; slow_wait: number | null }) | undefined;
}

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
