import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CHAT_LIMITS, type ChatMessage, type ErrorCode, type Page, type SendMessageRequest } from '@lantern/contracts';
import { returnedRows } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertMaySpeak } from '../auth/sanctions';
import { decodeCursor, toPage } from '../forum/forum-cursor';
import type { Viewer } from '../forum/forum.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { OutboxService } from '../outbox/outbox.service';

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
 * Rooms and messages. Every message is persisted (with its outbox row, in one transaction)
 * before anyone sees it, so nothing said in a room is lost when a node or Redis goes away.
 */
@Injectable()
export class ChatService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
    private readonly audit: AuditService,
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
    const room = rows[0];
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
   */
  async send(input: SendMessageRequest, viewer: Viewer): Promise<{ message: ChatMessage; duplicate: boolean }> {
    const room = await this.enterable(input.room, viewer);
    return this.dataSource.transaction(async (manager) => {
      await assertMaySpeak(manager, viewer.id, 'chat');
      const existing: MessageRow[] = await manager.query(`${MESSAGE_SELECT} WHERE msg.author_id = $1 AND msg.client_msg_id = $2`, [viewer.id, input.clientMsgId]);
      if (existing[0]) return { message: toMessage(existing[0], viewer), duplicate: true };
      if (room.slow_mode_seconds > 0 && !isStaff(viewer)) {
        const [last]: Array<{ wait: number }> = await manager.query(
          `SELECT ceil(extract(epoch FROM (created_at + make_interval(secs => $3)) - now()))::int AS wait
             FROM messages WHERE room_id = $1 AND author_id = $2 ORDER BY created_at DESC LIMIT 1`,
          [room.id, viewer.id, room.slow_mode_seconds],
        );
        if (last && last.wait > 0) {
          throw refuse(HttpStatus.TOO_MANY_REQUESTS, 'SLOW_MODE', `Slow mode is on in ${room.name}: you can send again in ${last.wait} s.`, { retryAfterSeconds: last.wait });
        }
      }
      const [inserted]: Array<{ id: string }> = await manager.query(
        `INSERT INTO messages (room_id, author_id, client_msg_id, body) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT messages_client_msg_key DO NOTHING RETURNING id`,
        [room.id, viewer.id, input.clientMsgId, input.body],
      );
      if (!inserted) {
        // Two sockets of one member raced with the same clientMsgId; the other one stored it.
        const [row]: MessageRow[] = await manager.query(`${MESSAGE_SELECT} WHERE msg.author_id = $1 AND msg.client_msg_id = $2`, [viewer.id, input.clientMsgId]);
        return { message: toMessage(row, viewer), duplicate: true };
      }
      await this.outbox.recordModeration(manager, { contentType: 'message', contentId: inserted.id, version: 1 });
      const [row]: MessageRow[] = await manager.query(`${MESSAGE_SELECT} WHERE msg.id = $1`, [inserted.id]);
      return { message: toMessage(row, viewer), duplicate: false };
    }).finally(() => this.relay.kick());
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
