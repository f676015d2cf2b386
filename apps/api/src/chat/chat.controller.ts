import { Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import {
  chatMessageSchema,
  cursorQuerySchema,
  listSchema,
  messageReportReceiptSchema,
  pageSchema,
  removeMessageSchema,
  reportPostSchema,
  roomSummarySchema,
  takeBackResultSchema,
  takeBackSchema,
  updateRoomSchema,
  type ChatMessage,
  type MessageReportReceipt,
  type Page,
  type RoomSummary,
  type TakeBackResult,
} from '@lantern/contracts';
import { z } from 'zod';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { PresenceService } from '../realtime/presence.service';
import { RealtimeGateway } from '../realtime/realtime.gateway';
import { ChatService, type RoomRow } from './chat.service';
import { ValidBody, ValidParam, ValidQuery, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';
import { pathSlug } from '../forum/parse-id';

const messageId = z.uuid({ error: 'That is not a message id.' });
const ROOM_SLUG = pathSlug('room');
const toSummary = (room: RoomRow, online: number | null): RoomSummary => ({
  slug: room.slug,
  name: room.name,
  description: room.description,
  locked: room.locked,
  slowModeSeconds: room.slow_mode_seconds,
  online,
  private: room.private,
});

@Controller('v1/rooms')
export class ChatController {
  constructor(
    private readonly chat: ChatService,
    private readonly presence: PresenceService,
    private readonly gateway: RealtimeGateway,
  ) {}

  @Roles('member', 'moderator', 'admin', 'partner')
  @Get()
  @Responds(listSchema(roomSummarySchema))
  async rooms(@CurrentMember() member: AuthenticatedMember): Promise<{ items: RoomSummary[] }> {
    const rooms = await this.chat.rooms(member);
    const online = await this.presence.counts(rooms.map((room) => room.slug));
    return {
      items: rooms.map((room) => ({
        ...toSummary(room, online[room.slug] ?? null),
        latest: room.latest_id && room.latest_at ? { id: room.latest_id, createdAt: room.latest_at.toISOString() } : null,
      })),
    };
  }

  /** History by cursor, for clients that were away too long for connection state recovery. */
  @Roles('member', 'moderator', 'admin', 'partner')
  @Get(':slug/messages')
  @Responds(pageSchema(chatMessageSchema))
  messages(@ValidParam('slug', ROOM_SLUG) slug: string, @ValidQuery(cursorQuerySchema) query: Valid<typeof cursorQuerySchema>, @CurrentMember() member: AuthenticatedMember): Promise<Page<ChatMessage>> {
    return this.chat.history(slug, query.cursor, member);
  }

  /**
   * "Don't send" for a message of the reader's that may have reached the room (an attempt's answer
   * never came): answered with it when it did; otherwise no attempt of it is stored after.
   */
  @Roles('member', 'moderator', 'admin', 'partner')
  @Post(':slug/take-backs')
  @HttpCode(200)
  @Responds(takeBackResultSchema)
  takeBack(@ValidParam('slug', ROOM_SLUG) slug: string, @ValidBody(takeBackSchema) body: Valid<typeof takeBackSchema>, @CurrentMember() member: AuthenticatedMember): Promise<TakeBackResult> {
    return this.chat.takeBack(slug, body.clientMsgId, member);
  }

  /** A member's worry about a message: to the moderators, never to its writer. */
  @Roles('member', 'moderator', 'admin', 'partner')
  @Post(':slug/messages/:id/reports')
  @HttpCode(201)
  @Responds(messageReportReceiptSchema)
  report(@ValidParam('slug', ROOM_SLUG) slug: string, @ValidParam('id', messageId) id: string, @ValidBody(reportPostSchema) body: Valid<typeof reportPostSchema>, @CurrentMember() member: AuthenticatedMember): Promise<MessageReportReceipt> {
    return this.chat.report(slug, id, body, member);
  }

  @Roles('moderator', 'admin')
  @Patch(':slug')
  @Responds(roomSummarySchema)
  async update(@ValidParam('slug', ROOM_SLUG) slug: string, @ValidBody(updateRoomSchema) body: Valid<typeof updateRoomSchema>, @CurrentMember() member: AuthenticatedMember): Promise<RoomSummary> {
    const room = await this.chat.updateRoom(slug, body, member);
    this.gateway.announceRoomSettings({ room: room.slug, locked: room.locked, slowModeSeconds: room.slow_mode_seconds }, room.member_ids);
    return toSummary(room, await this.presence.count(room.slug).catch(() => null));
  }

  /**
   * Takes a message out of the room for everyone: its writer deleting their own, or a moderator
   * removing someone else's with an optional reason for the audit log (never told to its writer).
   */
  @Roles('member', 'moderator', 'admin', 'partner')
  @Delete(':slug/messages/:id')
  @HttpCode(204)
  async remove(@ValidParam('slug', ROOM_SLUG) slug: string, @ValidParam('id', messageId) id: string, @ValidBody(removeMessageSchema, { optional: true }) body: Valid<typeof removeMessageSchema>, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    const gone = await this.chat.deleteOrRemove(slug, id, member, body.reason);
    if (gone.changed) this.gateway.announceRemoval(gone.room, gone.id, gone.byWriter);
  }

  /** Undoes a removal: the message is back in the room, live, for everyone (never saying who did either). */
  @Roles('moderator', 'admin')
  @Post(':slug/messages/:id/restore')
  @HttpCode(200)
  @Responds(chatMessageSchema)
  async restore(@ValidParam('slug', ROOM_SLUG) slug: string, @ValidParam('id', messageId) id: string, @CurrentMember() member: AuthenticatedMember): Promise<ChatMessage> {
    const { message, authorId } = await this.chat.restore(slug, id, member);
    this.gateway.announceRestored(message, authorId);
    return message;
  }
}
