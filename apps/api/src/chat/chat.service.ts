import { randomUUID } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CHAT_LIMITS, mendSurrogates, sendMessageSchema, type ChatMessage, type ErrorCode, type MessageReportReceipt, type Page, type PostStatus, type ReportPostRequest, type SendMessageRequest, type TakeBackResult } from '@lantern/contracts';
import { holdNamedMembers, preparedRows, returnedRows } from '@lantern/db';
import type { Pool } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { assertNotSanctioned, holdLiveAccount, type SanctionState } from '../auth/sanctions';
import { decodeCursor, toPage } from '../forum/forum-cursor';
import type { Viewer } from '../forum/forum.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { MetricsService } from '../metrics/metrics.service';
import { ReportFlagger } from '../moderation/report-flagger';
import { RateLimitedException, RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { OutboxService } from '../outbox/outbox.service';
import { messageHiddenByViewer } from '../hides/hidden-by-viewer';
import { WatchedWordsService } from '../watched-words/watched-words.service';
import { WithheldWordsService } from '../withheld-words/withheld-words.service';
import { RECOVERY_WINDOW_MS } from '../realtime/redis-streams-io.adapter';
import { roomOpenTo } from './room-access';
import { SendBatcher } from './send-batcher';

export interface RoomRow {
  id: string;
  slug: string;
  name: string;
  description: string;
  locked: boolean;
  slow_mode_seconds: number;
  private: boolean;
}

/** A message's status: held, removed and deleted as a post is (the messages table's check allows the same). */
type MessageStatus = PostStatus;

interface MessageRow {
  id: string;
  cursor_at: string;
  room_slug: string;
  author_id: string | null;
  pseudonym: string | null;
  author_deleted: boolean | null;
  author_moderates: boolean | null;
  body: string;
  status: MessageStatus;
  created_at: Date;
  client_msg_id: string;
  review_item_id: string | null;
}

const isStaff = (viewer: Viewer) => viewer.role === 'moderator' || viewer.role === 'admin';

/** How a private room reads from the helper's side (each is stored in its member's words). */
export const PRIVATE_ROOM_HELPER_SIDE = {
  counsellor: 'Just you and the member who asked for a counsellor.',
  moderator: 'Just you and the member who asked to talk to a moderator (and any other moderator who answers them).',
} as const;

/**
 * A room's description as its reader should read it (`id` and `role`: the placeholders holding the
 * reader's). A private room is stored as its member reads it ("Just you and a crisis counsellor.",
 * "Just you and a Lantern moderator."); the counsellor in it (partners join only their cases'
 * rooms) and the moderators who answered a member's "Talk to a moderator now" (every one but the
 * member who asked: the room's slug holds their review item's id) read who the room is for instead.
 */
/** A constant as an SQL string literal (the wording above may one day hold an apostrophe). */
const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;
const describedFor = (id: string, role: string) => `CASE
    WHEN NOT r.private THEN r.description
    WHEN ${role} = 'partner' THEN ${sqlText(PRIVATE_ROOM_HELPER_SIDE.counsellor)}
    WHEN r.slug ~ '^support-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      CASE WHEN EXISTS (SELECT 1 FROM flags f WHERE f.id = substring(r.slug from 9)::uuid AND f.author_id = ${id}) THEN r.description
           ELSE ${sqlText(PRIVATE_ROOM_HELPER_SIDE.moderator)} END
    ELSE r.description END`;
/** Whom a message sent to a whole room is worded for: a member who wrote none of it. */
const ROOM_READER: Viewer = { id: '', role: 'member' };

/** The pool the send statement runs on: its own, with generic plans (ChatModule makes it). */
export const CHAT_SEND_POOL = Symbol('CHAT_SEND_POOL');

/** A refusal the gateway turns into an error ack and REST into a 4xx. */
export class ChatRefusal extends ApiException {}

const refuse = (status: number, code: ErrorCode, message: string, details?: unknown) =>
  new ChatRefusal(status, code, message, details);

/** A locked room takes nothing from its members (joins, messages, typing); its moderators go on. */
function assertNotLockedFor(room: { name: string; locked: boolean }, viewer: Viewer): void {
  if (room.locked && !isStaff(viewer)) throw refuse(HttpStatus.FORBIDDEN, 'ROOM_LOCKED', `${room.name} is locked by the moderators for now.`);
}

/**
 * Rooms and messages. Every message is persisted (with its outbox row, in one statement)
 * before anyone sees it, so nothing said in a room is lost when a node or Redis goes away.
 */
@Injectable()
export class ChatService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CHAT_SEND_POOL) private readonly sendPool: Pool,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
    private readonly audit: AuditService,
    private readonly watched: WatchedWordsService,
    private readonly withheld: WithheldWordsService,
    private readonly metrics: MetricsService,
    private readonly reports: ReportFlagger,
    private readonly limits: RateLimitService,
  ) {}

  /** "Don't send" asked of the server: a bound on a loop, never met by a person. */
  private readonly takeBackPolicy: RatePolicy = {
    name: 'chat-take-back',
    points: CHAT_LIMITS.takeBacksPerMinute,
    durationSeconds: 60,
    message: 'You have taken back a lot of messages in a short while, so Lantern paused for a moment. Nothing was sent meanwhile.',
    bySource: true,
  };

  private readonly sends = new SendBatcher<PendingSend, SendRow | undefined>((batch) => this.storeSends(batch), SEND_BATCHING);

  /** The rooms this viewer may open, each with the newest message in it someone else said that they may see. */
  async rooms(viewer: Viewer): Promise<Array<RoomRow & { latest_id: string | null; latest_at: Date | null }>> {
    return this.dataSource.query(
      `SELECT r.id, r.slug, r.name, ${describedFor('$1', '$2')} AS description, r.locked, r.slow_mode_seconds, r.private,
              latest.id AS latest_id, latest.created_at AS latest_at
         FROM rooms r
         LEFT JOIN LATERAL (
           SELECT msg.id, msg.created_at FROM messages msg
            WHERE msg.room_id = r.id AND msg.status = 'visible' AND msg.author_id IS DISTINCT FROM $1::uuid
              AND NOT ${messageHiddenByViewer('$1', 'msg.author_id')}
            ORDER BY msg.created_at DESC, msg.id DESC LIMIT 1) latest ON true
        WHERE ${roomOpenTo('r', '$1', '$2')}
        ORDER BY r.private DESC, r.position, r.name`,
      [viewer.id, viewer.role],
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

  /**
   * Refuses a typing notice that no message could follow: the room locked since the member came
   * in, or their chat paused (muted, suspended). Otherwise the room reads "… is typing" from
   * someone it will never hear, which is a way to hover in a room a moderator just quieted.
   */
  async assertMayType(slug: string, viewer: Viewer): Promise<void> {
    const [row]: Array<SanctionState & { name: string; locked: boolean; private: boolean }> = await this.dataSource.query(
      `SELECT r.name, r.locked, r.private, m.muted_until, m.suspended_until FROM rooms r CROSS JOIN members m WHERE r.slug = $1 AND m.id = $2`,
      [slug, viewer.id],
    );
    if (!row) throw refuse(HttpStatus.NOT_FOUND, 'ROOM_NOT_FOUND', `There is no room "${slug}".`);
    assertNotLockedFor(row, viewer);
    // A paused member still talks with the moderator or counsellor in their own private room.
    if (!row.private) assertNotSanctioned(row, 'chat');
  }

  private assertEnterable<Room extends RoomRow & { is_member: boolean }>(room: Room | undefined, slug: string, viewer: Viewer): Room {
    if (!room || (room.private && !room.is_member)) {
      // A private room a member is not part of is answered like one that does not exist, word for
      // word: whether a care room of that name exists is not for them to learn.
      throw refuse(HttpStatus.NOT_FOUND, 'ROOM_NOT_FOUND', `There is no room "${slug}".`);
    }
    if (!room.private && viewer.role === 'partner') {
      throw refuse(HttpStatus.FORBIDDEN, 'ROOM_MEMBERS_ONLY', `${room.name} is for members; a crisis-line counsellor sees the private rooms of their cases.`);
    }
    assertNotLockedFor(room, viewer);
    return room;
  }

  /**
   * A member's worry about a message (someone may be in crisis, harassment, …): kept once per
   * reporter (a second report updates the reason and note), and the first one becomes a signal on
   * the message's review item, as a post's report does. Only a message the reporter can see: in a
   * room open to them and still shown; anything else is answered as not found.
   */
  async report(slug: string, messageId: string, input: ReportPostRequest, viewer: Viewer): Promise<MessageReportReceipt> {
    await this.reports.admit(viewer.id);
    const receipt = await this.dataSource.transaction(async (manager) => {
      // The reporter's account held while the report is stored: one racing their erasure is unlinked by it or never made.
      await holdLiveAccount(manager, viewer.id);
      // And the writer's, before the message: the report's row holds the message, which a writer's
      // erasure under way (holding the writer) must update; held the other way round, each waited
      // on the other and PostgreSQL ended the report as a deadlock.
      await holdNamedMembers(manager, { sql: `SELECT author_id FROM messages WHERE id = $1`, parameters: [messageId] });
      const [message]: Array<{ author_id: string | null }> = await manager.query(
        `SELECT msg.author_id FROM messages msg JOIN rooms r ON r.id = msg.room_id
          WHERE msg.id = $1 AND r.slug = $2 AND msg.status = 'visible' AND ${roomOpenTo('r', '$3', '$4')}`,
        [messageId, slug, viewer.id, viewer.role],
      );
      if (!message) throw refuse(HttpStatus.NOT_FOUND, 'MESSAGE_NOT_FOUND', 'There is no such message in this room (it may have been removed).');
      // A new note is read afresh by the worker (note_checked_at cleared); the same words again are not.
      const [{ id: reportId, note_unread: noteUnread, ...row }]: Array<MessageReportReceipt & { id: string; note_unread: boolean }> = await manager.query(
        `INSERT INTO message_reports (message_id, reporter_id, reason, note) VALUES ($1, $2, $3, $4)
         ON CONFLICT ON CONSTRAINT message_reports_once_key DO UPDATE SET reason = EXCLUDED.reason, note = COALESCE(EXCLUDED.note, message_reports.note),
           note_checked_at = CASE WHEN EXCLUDED.note IS DISTINCT FROM message_reports.note AND EXCLUDED.note IS NOT NULL THEN NULL ELSE message_reports.note_checked_at END
         RETURNING id, reason, (xmax = 0) AS created, (note IS NOT NULL AND note_checked_at IS NULL) AS note_unread`,
        [messageId, viewer.id, input.reason, input.note ?? null],
      );
      if (row.created) await this.reports.record(manager, { contentType: 'message', contentId: messageId, authorId: message.author_id, reporterId: viewer.id, reason: input.reason });
      // The note may say the reporter is in crisis themself: the worker reads it, never this request.
      if (noteUnread && input.note) await this.outbox.recordReportNote(manager, { reportKind: 'message', reportId });
      return { receipt: row, noteUnread };
    });
    if (receipt.noteUnread && input.note) this.relay.kick();
    return receipt.receipt;
  }

  /**
   * Newest messages first in pages going back in time; each page is returned oldest first. Messages
   * of members the viewer hid are left out (live ones skip the viewer too: RealtimeGateway). Their
   * own message the checks hid stays in a writer's history, marked, as it stayed on their screen.
   */
  async history(slug: string, cursor: string | undefined, viewer: Viewer, limit: number = CHAT_LIMITS.pageSize): Promise<Page<ChatMessage>> {
    const room = await this.enterable(slug, viewer);
    const before = decodeCursor(cursor);
    const rows: MessageRow[] = await this.dataSource.query(
      `${MESSAGE_SELECT}
        WHERE msg.room_id = $1 AND (msg.status = 'visible' OR $2::boolean OR (msg.status = 'hidden' AND msg.author_id = $6))
          AND ($3::timestamptz IS NULL OR (msg.created_at, msg.id) < ($3::timestamptz, $4::uuid))
          AND NOT ${messageHiddenByViewer('$6', 'msg.author_id')}
        ORDER BY msg.created_at DESC, msg.id DESC LIMIT $5`,
      [room.id, isStaff(viewer), before?.at ?? null, before?.id ?? null, limit + 1, viewer.id],
    );
    const page = toPage(rows, limit, (row) => toMessage(row, viewer));
    return { items: page.items.reverse(), nextCursor: page.nextCursor };
  }

  /**
   * Stores a message once per author and clientMsgId. A resend returns the stored message with
   * `duplicate: true` and its status now (held, removed or deleted since, it is not the room's).
   *
   * One statement reads everything that may refuse the message (the room, membership, the
   * sender's sanctions, slow mode, the burst limit) and stores it, with its outbox row, only if
   * nothing does; when nothing was stored, the same row says why, and `assertMaySend` words the
   * refusal. Sends that arrive together share the statement (`SendBatcher`).
   */
  async send(raw: SendMessageRequest, viewer: Viewer): Promise<Sent> {
    // Refused for a blocked word, a pause or its pace, the words still go to the worker's crisis check.
    return this.withheld.unlessRefused(viewer.id, 'chat', raw.body, () => this.store(raw, viewer));
  }

  /**
   * A message refused before it was read (the socket's event budget spent): its words, when they
   * are a message at all, still go to the worker's crisis check, as any too-quick message's do.
   */
  async keepTooQuick(viewer: Viewer, payload: unknown): Promise<void> {
    const parsed = sendMessageSchema.safeParse(payload);
    // Made storable as a sent message's are (a lone surrogate mended; a NUL, which PostgreSQL
    // refuses in text, left out: the words are only read for crisis, never shown).
    if (parsed.success) await this.withheld.keepRefused(viewer.id, 'chat', 'RATE_LIMITED', (mendSurrogates(parsed.data.body) as string).replaceAll('\u0000', ''));
  }

  private async store(raw: SendMessageRequest, viewer: Viewer): Promise<Sent> {
    let screened: string;
    try {
      screened = await this.watched.screen(raw.body);
    } catch (error) {
      // A resend of a message stored before an admin blocked one of its words is answered with
      // it (it was said, and is up or not as the moderators left it), not refused as new words;
      // one whose stored words read otherwise now (a rule changed) is refused as the id's, which
      // the client settles from the room's history. Words under the clientMsgId of a message in
      // another room (a client's bug) are new words: refused for the word, and so kept for the
      // crisis check.
      const stored = await this.storedUnder(raw, viewer);
      if (stored && stored.message.room === raw.room) return resentAs(stored, raw, [raw.body]);
      throw error;
    }
    const input = { ...raw, body: screened };
    const id = randomUUID();
    const row = await this.sends.submit(viewer.id, { input, viewer, id, queuedAt: performance.now() });
    if (row?.stored_id && row.cursor_at && row.created_at) {
      const message: MessageRow = {
        id,
        cursor_at: row.cursor_at,
        room_slug: row.slug,
        author_id: viewer.id,
        pseudonym: row.pseudonym,
        author_deleted: false,
        author_moderates: row.moderates,
        body: input.body,
        status: 'visible',
        created_at: row.created_at,
        client_msg_id: input.clientMsgId,
        review_item_id: null,
      };
      return { message: toMessage(message, viewer), duplicate: false, status: 'visible', recent: true };
    }
    // Not stored. A resend of a message already stored is answered with it, whatever holds now
    // (stored as written, or as a replacement rule made since would make it now).
    const resent = await this.resent(raw, viewer, [raw.body, input.body]);
    if (resent) return resent;
    if (row && !row.member_exists) throw refuse(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'That account has been deleted; nothing more can be sent from it.');
    // An attempt that reached the database after its writer asked not to send it (its answer was
    // slow to come, and they took it back meanwhile): it stays unsent, as they were told.
    if (row?.taken_back) throw refuse(HttpStatus.CONFLICT, 'MESSAGE_TAKEN_BACK', 'You asked not to send this message, so Lantern did not send it. To say it after all, send it as a new message.');
    this.assertMaySend(row, input.room, viewer);
    // Every rule let it through here, yet PostgreSQL did not store it (its clock disagreed).
    throw refuse(HttpStatus.CONFLICT, 'MESSAGE_NOT_STORED', 'That message could not be stored; please send it again.');
  }

  /**
   * The message a send with this clientMsgId already stored, when it is this one sent again (the
   * same room, and words stored as one of `bodies`), or null when there is none; the same
   * clientMsgId on other words or in another room is no resend, and is refused.
   */
  private async resent(raw: SendMessageRequest, viewer: Viewer, bodies: string[]): Promise<Sent | null> {
    const stored = await this.storedUnder(raw, viewer);
    return stored ? resentAs(stored, raw, bodies) : null;
  }

  /** The message this member already stored under the send's clientMsgId, as a duplicate's answer, or null. */
  private async storedUnder(raw: SendMessageRequest, viewer: Viewer): Promise<Sent | null> {
    const [earlier]: Array<MessageRow & { recent: boolean }> = await this.dataSource.query(
      // Recent by the database's clock, which wrote created_at: a node's may drift from it.
      `SELECT sent.*, sent.created_at > now() - make_interval(secs => $3) AS recent FROM (${STORED_UNDER_SQL}) sent`,
      [viewer.id, raw.clientMsgId, RECENT_RESEND_SECONDS],
    );
    return earlier ? { message: toMessage(earlier, viewer), duplicate: true, status: earlier.status, recent: earlier.recent } : null;
  }

  /**
   * "Don't send" for a message of the viewer's whose attempt got no answer, so the room may have
   * it: answered with the message when an attempt stored it first, otherwise marked so that no
   * attempt with its clientMsgId is stored after (the send statement reads the mark, kept a day).
   * The lock the send statement holds on (sender, clientMsgId) until it commits is taken first, so
   * a send in flight has either committed (found here) or not yet looked for the mark (and will
   * find it). Asked again, it answers the same. Whether the room is open to them is not asked: the
   * mark is theirs to leave, and the message is shown only where they may read it.
   */
  async takeBack(slug: string, clientMsgId: string, viewer: Viewer): Promise<TakeBackResult> {
    await this.limits.consume(this.takeBackPolicy, `member:${viewer.id}`);
    // Read committed, whatever the server's default: each statement below must see what committed
    // before it, the send that held the lock included.
    return this.dataSource.transaction('READ COMMITTED', async (manager) => {
      // Takes the lock; whether a mark exists already does not matter (leaving it again is a no-op).
      await manager.query(`SELECT chat_send_may_store($1, $2)`, [viewer.id, clientMsgId]);
      const [stored]: Array<MessageRow & { open: boolean }> = await manager.query(
        `SELECT sent.*, (sent.room_slug = $3 AND ${roomOpenTo('r', '$1', '$4')}) AS open FROM (${STORED_UNDER_SQL}) sent JOIN rooms r ON r.slug = sent.room_slug`,
        [viewer.id, clientMsgId, slug, viewer.role],
      );
      if (stored) {
        // As the room's history gives it to them: their own held message too; one taken out since
        // (removed, or deleted in another tab) only to staff.
        const shown = stored.open && (stored.status === 'visible' || stored.status === 'hidden' || isStaff(viewer));
        return { sent: true, message: shown ? toMessage(stored, viewer) : null };
      }
      // Not for an account erased meanwhile (its marks went with it; its sessions are over). Read,
      // not held: an erasure committing at this very moment may leave the mark (a random id), which
      // the worker's purge takes within the day.
      await manager.query(
        `INSERT INTO chat_take_backs (member_id, client_msg_id) SELECT $1, $2 WHERE EXISTS (SELECT 1 FROM members WHERE id = $1 AND deleted_at IS NULL) ON CONFLICT DO NOTHING`,
        [viewer.id, clientMsgId],
      );
      return { sent: false };
    });
  }

  /** Stores a batch of sends with one statement; one row per send, in order (no row: no such room). */
  private async storeSends(sends: PendingSend[]): Promise<Array<SendRow | undefined>> {
    const started = performance.now();
    for (const send of sends) {
      // Once per message: a batch retried item by item (SendBatcher) passes its items here again.
      if (send.queuedAt === undefined) continue;
      this.metrics.chatSendStage.observe({ stage: 'queue' }, (started - send.queuedAt) / 1000);
      send.queuedAt = undefined;
    }
    const payloads = sends.map(({ id }) => this.outbox.moderationRow({ contentType: 'message', contentId: id, version: 1 }));
    const rows = await preparedRows<SendRow & { n: string }>(this.sendPool, 'chat.send', SEND_SQL, [
      sends.map(({ input }) => input.room),
      sends.map(({ viewer }) => viewer.id),
      sends.map(({ id }) => id),
      sends.map(({ viewer }) => isStaff(viewer)),
      sends.map(({ input }) => input.clientMsgId),
      sends.map(({ input }) => input.body),
      payloads.map(([topic]) => topic),
      payloads.map(([, payload]) => payload),
      CHAT_LIMITS.burst,
      CHAT_LIMITS.burstWindowSeconds,
    ]);
    // Per message, like the other stages (a failed statement is not timed: it stored nothing; its
    // items, retried one by one, are timed in their own statements).
    const took = (performance.now() - started) / 1000;
    for (let i = 0; i < sends.length; i++) this.metrics.chatSendStage.observe({ stage: 'statement' }, took);
    if (rows.some((row) => row.stored_id)) this.relay.kick();
    const byPosition = new Map(rows.map((row) => [Number(row.n), row]));
    return sends.map((_, i) => {
      const row = byPosition.get(i + 1);
      return row && row.id !== null ? row : undefined;
    });
  }

  /** Words the refusal for a message the send statement did not store. */
  private assertMaySend(row: SendRow | undefined, slug: string, viewer: Viewer): void {
    const room = this.assertEnterable(row, slug, viewer);
    // Judged by the clock the statement judged it by: by this node's, a mute ending within its
    // drift of the database's would word no refusal, and the words skip the crisis check.
    if (!room.private) assertNotSanctioned(room, 'chat', row?.db_now.getTime());
    if (room.slow_wait !== null && room.slow_wait > 0 && !isStaff(viewer)) {
      throw refuse(HttpStatus.TOO_MANY_REQUESTS, 'SLOW_MODE', `Slow mode is on in ${room.name}: you can send again in ${room.slow_wait} s.`, { retryAfterSeconds: room.slow_wait });
    }
    if (room.burst_wait !== null) {
      throw new RateLimitedException(`You are sending messages quickly. Try again in ${room.burst_wait} s.`, room.burst_wait, false);
    }
  }

  /**
   * DELETE on a message. Its writer takes it back: `deleted`, gone from the room for everyone, and
   * kept for moderators' reviews, as a deleted post is (a crisis it spoke of is still followed up).
   * A moderator removes someone else's, with an optional reason for the audit log (never told to its
   * writer). Anyone else is refused. `changed` is false when it was gone already: nothing is written
   * or announced again, so a second click or a retried request is harmless.
   */
  async deleteOrRemove(slug: string, messageId: string, viewer: Viewer, reason?: string): Promise<{ room: string; id: string; changed: boolean; byWriter: boolean }> {
    return this.dataSource.transaction(async (manager) => {
      const { status, author_id } = await this.lockMessage(manager, slug, messageId, viewer);
      const outcome = (changed: boolean, byWriter: boolean) => ({ room: slug, id: messageId, changed, byWriter });
      if (author_id !== null && author_id === viewer.id) {
        if (status === 'deleted') return outcome(false, true);
        await manager.query(`UPDATE messages SET status = 'deleted' WHERE id = $1`, [messageId]);
        return outcome(true, true);
      }
      if (!isStaff(viewer)) {
        if (status !== 'visible') throw refuse(HttpStatus.NOT_FOUND, 'MESSAGE_NOT_FOUND', 'There is no such message in this room.');
        throw refuse(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Only its writer can delete a message. If it worries you, report it and a moderator will look.');
      }
      // Already out of the room. A message the checks hid waits on its review item: removed here, it
      // could then be restored here too, past the signals that hid it, so it stays as it is.
      if (status === 'removed' || status === 'deleted' || status === 'hidden') return outcome(false, status === 'deleted');
      await manager.query(`UPDATE messages SET status = 'removed' WHERE id = $1`, [messageId]);
      await this.audit.record(manager, viewer, { action: 'remove', targetType: 'message', targetId: messageId, reason: reason || null, before: { status }, after: { status: 'removed' } });
      return outcome(true, false);
    });
  }

  /**
   * Undoes a moderator's removal: the message is visible again, in its place in the room. Only a
   * removed one: a message the moderation pipeline hid waits on its review item, and is restored
   * there, with the signals that hid it in view. Returns the message as the moderator reads it, and
   * its author (members who hid them are not sent it live).
   */
  async restore(slug: string, messageId: string, moderator: Viewer): Promise<{ message: ChatMessage; authorId: string | null }> {
    return this.dataSource.transaction(async (manager) => {
      const { status } = await this.lockMessage(manager, slug, messageId, moderator);
      if (status !== 'removed') {
        const why =
          status === 'hidden'
            ? 'That message was hidden by the moderation checks, not removed; restore it from its item in the moderation queue.'
            : status === 'deleted'
              ? 'Its writer deleted that message; only they could bring those words back, by writing them again.'
              : 'That message is not removed: everyone in the room can already read it.';
        throw refuse(HttpStatus.CONFLICT, 'MESSAGE_NOT_REMOVED', why, { status });
      }
      await manager.query(`UPDATE messages SET status = 'visible' WHERE id = $1`, [messageId]);
      await this.audit.record(manager, moderator, { action: 'restore', targetType: 'message', targetId: messageId, before: { status }, after: { status: 'visible' } });
      const [row]: MessageRow[] = await manager.query(`${MESSAGE_SELECT} WHERE msg.id = $1`, [messageId]);
      return { message: toMessage(row, moderator), authorId: row.author_id };
    });
  }

  /**
   * Of these messages, those still visible to the room (not held, removed or deleted since, nor
   * gone), as the room reads them now: under their writer's name now (a name replaced, an account
   * erased), by id.
   */
  async stillVisible(messageIds: readonly string[]): Promise<Map<string, ChatMessage>> {
    if (messageIds.length === 0) return new Map();
    const rows: MessageRow[] = await this.dataSource.query(`${MESSAGE_SELECT} WHERE msg.id = ANY($1::uuid[]) AND msg.status = 'visible'`, [messageIds]);
    return new Map(rows.map((row) => [row.id, toMessage(row, ROOM_READER)]));
  }

  /** A visible message as its room reads it (nobody's "you"), and its author: for a live announcement. */
  async visibleMessage(messageId: string): Promise<{ message: ChatMessage; authorId: string | null } | null> {
    const [row]: MessageRow[] = await this.dataSource.query(`${MESSAGE_SELECT} WHERE msg.id = $1 AND msg.status = 'visible'`, [messageId]);
    return row ? { message: toMessage(row, ROOM_READER), authorId: row.author_id } : null;
  }

  /**
   * The chat message a review item is about, when nobody but staff may read it now (hidden by the
   * checks, removed, or deleted by its writer): its id, room, author and status; null for a post's
   * item or a visible message.
   */
  async withdrawnByFlag(flagId: string): Promise<{ id: string; room: string; authorId: string | null; status: Exclude<MessageStatus, 'visible'>; flagVersion: number } | null> {
    const [row]: Array<{ id: string; slug: string; author_id: string | null; status: Exclude<MessageStatus, 'visible'>; version: number }> = await this.dataSource.query(
      `SELECT msg.id, r.slug, msg.author_id, msg.status, f.version FROM flags f
         JOIN messages msg ON f.content_type = 'message' AND msg.id = f.content_id
         JOIN rooms r ON r.id = msg.room_id
        WHERE f.id = $1 AND msg.status <> 'visible'`,
      [flagId],
    );
    return row ? { id: row.id, room: row.slug, authorId: row.author_id, status: row.status, flagVersion: row.version } : null;
  }

  /** Locks a message of this room for a change and reads its status and writer; another room's is not found. */
  /**
   * Locks a message for a change. In a room the viewer may not read (a private room they are not
   * part of; a members' room, for a crisis-line counsellor) every message is answered as missing,
   * as a report of one is: whether an id exists there is not for them to learn.
   */
  private async lockMessage(manager: EntityManager, slug: string, messageId: string, viewer: Viewer): Promise<{ status: string; author_id: string | null }> {
    const [row]: Array<{ status: string; author_id: string | null }> = await manager.query(
      `SELECT msg.status, msg.author_id FROM messages msg JOIN rooms r ON r.id = msg.room_id
        WHERE msg.id = $1 AND r.slug = $2
          AND ${roomOpenTo('r', '$3', '$4')}
          FOR UPDATE OF msg`,
      [messageId, slug, viewer.id, viewer.role],
    );
    if (!row) throw refuse(HttpStatus.NOT_FOUND, 'MESSAGE_NOT_FOUND', 'There is no such message in this room.');
    return row;
  }

  /** `member_ids`: a private room's people (who hear of the change wherever they are); null for a peer room. */
  async updateRoom(slug: string, change: { locked?: boolean; slowModeSeconds?: number }, moderator: Viewer): Promise<RoomRow & { member_ids: string[] | null }> {
    return this.dataSource.transaction(async (manager) => {
      // A private room is its people's: a moderator outside it can neither lock it (cutting a member
      // off from their counsellor) nor learn that it exists.
      const [before]: RoomRow[] = await manager.query(
        `SELECT r.id, r.slug, r.name, r.description, r.locked, r.slow_mode_seconds, r.private FROM rooms r
          WHERE r.slug = $1 AND ${roomOpenTo('r', '$2', '$3')}
            FOR UPDATE OF r`,
        [slug, moderator.id, moderator.role],
      );
      if (!before) throw refuse(HttpStatus.NOT_FOUND, 'ROOM_NOT_FOUND', `There is no room "${slug}".`);
      const [after] = returnedRows<RoomRow & { member_ids: string[] | null }>(
        await manager.query(
          `UPDATE rooms r SET locked = COALESCE($2, r.locked), slow_mode_seconds = COALESCE($3, r.slow_mode_seconds) WHERE r.id = $1
           RETURNING r.id, r.slug, r.name, ${describedFor('$4', '$5')} AS description, r.locked, r.slow_mode_seconds, r.private,
             CASE WHEN r.private THEN ARRAY(SELECT rm.member_id FROM room_members rm WHERE rm.room_id = r.id) END AS member_ids`,
          [before.id, change.locked ?? null, change.slowModeSeconds ?? null, moderator.id, moderator.role],
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

/**
 * A send's answer: the message, whether it was stored before (a resend), its status now, and
 * whether it is recent enough (RECENT_RESEND_SECONDS) for a page to have missed it live.
 */
export interface Sent {
  message: ChatMessage;
  duplicate: boolean;
  status: MessageStatus;
  recent: boolean;
}

/** `stored` as the answer to this send, when it is this one sent again (the same room, words stored as one of `bodies`); refused otherwise. */
function resentAs(stored: Sent, raw: SendMessageRequest, bodies: string[]): Sent {
  if (stored.message.room === raw.room && bodies.includes(stored.message.body)) return stored;
  throw refuse(HttpStatus.CONFLICT, 'CLIENT_MSG_ID_REUSED', 'That clientMsgId already belongs to another of your messages; send this one with a new clientMsgId.');
}

/** How long after it was stored a resent message may be said to the room again: the recovery window. */
const RECENT_RESEND_SECONDS = RECOVERY_WINDOW_MS / 1000;

/** What the send statement read (the room and the sender as the database has them) and stored. */
type SendRow = RoomRow &
  SanctionState & {
    is_member: boolean;
    member_exists: boolean;
    pseudonym: string | null;
    /** The sender is a moderator or admin as the database has them now (their token may be older). */
    moderates: boolean | null;
    slow_wait: number | null;
    /** Seconds until the member's burst window ends, when this send found it spent. */
    burst_wait: number | null;
    stored_id: string | null;
    cursor_at: string | null;
    created_at: Date | null;
    /** The statement's own clock, by which it judged a mute or pause. */
    db_now: Date;
    /** Its writer took it back ("Don't send") before this attempt could store it. */
    taken_back: boolean;
  };

interface PendingSend {
  input: SendMessageRequest;
  viewer: Viewer;
  id: string;
  /** When it was handed to the batcher (performance.now()), until its queue wait is recorded. */
  queuedAt?: number;
}

/**
 * One statement of sends in flight per node, with up to 50 messages: sends arriving meanwhile
 * share the next commit. At the bench's default load batches average about two messages; at twice
 * that load they grow, and the send path keeps up where one statement per message fell behind.
 */
export const SEND_BATCHING = {
  maxBatch: 50,
  concurrency: 1,
  // Data exceptions and integrity violations belong to one message; anything else to the database.
  isItemError: (error: unknown) => /^2[23]/.test(String((error as { code?: unknown } | null)?.code ?? '')),
};

/**
 * The sends of one batch, one row each (n: its position): the room, the sender and their sanctions
 * as the database has them, slow mode, the burst limit, and the stored message when nothing
 * refused it. A room that does not exist gives a row with a null id; an erased account stores
 * nothing (its socket may outlive it); an author never appears twice. Each message takes the clock
 * as it is stored, so a batch keeps the order its messages arrived in.
 *
 * The burst limit ($9 sends in $10 seconds per member, across rooms) is counted here, in
 * `chat_send_windows`, by the sends every other rule lets through; a resend of a stored message
 * costs nothing. The upsert waits for a concurrent one of the same member (another node's
 * statement) and counts on from its result, so the limit holds exactly across nodes; members are
 * upserted in id order, and their sends' take-back locks taken in it, so two statements never wait
 * for each other in a circle.
 */
const SEND_SQL = `WITH input AS (
   SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::boolean[], $5::text[], $6::text[], $7::text[], $8::text[])
            WITH ORDINALITY AS i(room_slug, member_id, new_id, staff, client_msg_id, body, topic, payload, n)),
 pre AS (
   SELECT i.*, r.id, r.slug, r.name, r.description, r.locked, r.slow_mode_seconds, r.private,
          EXISTS (SELECT 1 FROM room_members rm WHERE rm.room_id = r.id AND rm.member_id = i.member_id) AS is_member,
          (me.id IS NOT NULL AND me.deleted_at IS NULL) AS member_exists, me.pseudonym, me.role IN ('moderator', 'admin') AS moderates, me.muted_until, me.suspended_until,
          CASE WHEN r.slow_mode_seconds > 0 AND NOT i.staff THEN
            (SELECT ceil(extract(epoch FROM (last.created_at + make_interval(secs => r.slow_mode_seconds)) - now()))::int
               FROM messages last WHERE last.room_id = r.id AND last.author_id = i.member_id
                AND last.created_at > now() - make_interval(secs => r.slow_mode_seconds)
              ORDER BY last.created_at DESC LIMIT 1) END AS slow_wait,
          (sent.id IS NOT NULL) AS resend, guard.may_store
     -- In member order, as the send windows below are upserted: the (sender, clientMsgId) locks
     -- taken here (guard) are then taken in the same order by every statement, on every node.
     FROM (SELECT * FROM input ORDER BY member_id) i
     -- One index lookup per send (room, sender, a resend): as plain joins, the generic plan (which
     -- cannot see how many sends a batch holds) hashed the whole members table on every statement.
     LEFT JOIN LATERAL (SELECT id, slug, name, description, locked, slow_mode_seconds, private FROM rooms WHERE slug = i.room_slug LIMIT 1) r ON true
     -- The sender's row held (FOR KEY SHARE, as the message's foreign key would hold it anyway),
     -- before their send window is touched: an erasure under way (which holds the account, then
     -- deletes the window) finishes first and this send sees the account gone; held only by the
     -- foreign key, after the window, each waited on the other and PostgreSQL ended one.
     LEFT JOIN LATERAL (SELECT id, pseudonym, role, muted_until, suspended_until, deleted_at FROM members WHERE id = i.member_id LIMIT 1 FOR KEY SHARE) me ON true
     LEFT JOIN LATERAL (SELECT id FROM messages WHERE author_id = i.member_id AND client_msg_id = i.client_msg_id LIMIT 1) sent ON true
     -- Taken back ("Don't send") under this clientMsgId: never stored after. Takes the (sender,
     -- clientMsgId) lock the take-back takes, held until this statement commits, and reads its mark
     -- afresh (migration 1764870000000); after the sender's row is held (it reads me), and only for
     -- a live account (null for one that is gone, which stores nothing anyway).
     LEFT JOIN LATERAL (SELECT chat_send_may_store(i.member_id, i.client_msg_id) AS may_store WHERE me.id IS NOT NULL AND me.deleted_at IS NULL OFFSET 0) guard ON true),
 allowed AS (
   SELECT pre.* FROM pre
    WHERE pre.id IS NOT NULL AND pre.member_exists AND NOT pre.resend AND pre.may_store
      AND (NOT pre.private OR pre.is_member) AND (NOT pre.locked OR pre.staff)
      -- A pause is for the peer rooms: in their own private room (a moderator or a counsellor with
      -- them, after they asked for a person) a paused member can still answer.
      AND (pre.private OR ((pre.suspended_until IS NULL OR pre.suspended_until <= now())
                           AND (pre.muted_until IS NULL OR pre.muted_until <= now())))
      AND coalesce(pre.slow_wait, 0) <= 0),
 budget AS (
   INSERT INTO chat_send_windows AS w (member_id, started_at, used)
   SELECT allowed.member_id, now(), 1 FROM allowed ORDER BY allowed.member_id
   ON CONFLICT (member_id) DO UPDATE SET
     started_at = CASE WHEN w.started_at <= now() - make_interval(secs => $10::int) THEN now() ELSE w.started_at END,
     used = CASE WHEN w.started_at <= now() - make_interval(secs => $10::int) THEN 1 ELSE least(w.used + 1, 1000000) END
   RETURNING w.member_id, w.used, w.started_at),
 stored AS (
   INSERT INTO messages (id, room_id, author_id, client_msg_id, body, created_at)
   SELECT allowed.new_id, allowed.id, allowed.member_id, allowed.client_msg_id, allowed.body, clock_timestamp()
     FROM allowed JOIN budget ON budget.member_id = allowed.member_id
    WHERE budget.used <= $9::int
    ORDER BY allowed.n
   ON CONFLICT ON CONSTRAINT messages_client_msg_key DO NOTHING
   RETURNING id, to_json(created_at)#>>'{}' AS cursor_at, created_at),
 queued AS (INSERT INTO outbox_events (topic, payload) SELECT pre.topic, pre.payload::jsonb FROM pre JOIN stored ON stored.id = pre.new_id)
SELECT pre.n, pre.id, pre.slug, pre.name, pre.description, pre.locked, pre.slow_mode_seconds, pre.private, pre.is_member,
       pre.member_exists, pre.pseudonym, pre.moderates, pre.muted_until, pre.suspended_until, pre.slow_wait, coalesce(NOT pre.may_store, false) AS taken_back,
       CASE WHEN budget.used > $9::int
         THEN greatest(1, ceil(extract(epoch FROM budget.started_at + make_interval(secs => $10::int) - now())))::int END AS burst_wait,
       stored.id AS stored_id, stored.cursor_at, stored.created_at, now() AS db_now
  FROM pre LEFT JOIN budget ON budget.member_id = pre.member_id LEFT JOIN stored ON stored.id = pre.new_id ORDER BY pre.n`;

const MESSAGE_SELECT = `SELECT msg.id, to_json(msg.created_at)#>>'{}' AS cursor_at, r.slug AS room_slug, msg.author_id, m.pseudonym,
                               (m.deleted_at IS NOT NULL) AS author_deleted,
                               (m.role IN ('moderator', 'admin')) AS author_moderates, msg.body, msg.status, msg.created_at, msg.client_msg_id,
                               CASE WHEN msg.status = 'hidden' THEN (SELECT f.id FROM flags f WHERE f.content_type = 'message' AND f.content_id = msg.id
                                                                      ORDER BY f.created_at DESC LIMIT 1) END AS review_item_id
                          FROM messages msg JOIN rooms r ON r.id = msg.room_id LEFT JOIN members m ON m.id = msg.author_id`;

/** The message a member ($1) stored under a clientMsgId ($2), if any, as MESSAGE_SELECT reads it. */
const STORED_UNDER_SQL = `${MESSAGE_SELECT} WHERE msg.author_id = $1 AND msg.client_msg_id = $2`;

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
  if (!gone && row.author_moderates === true) message.author.isModerator = true;
  if (isYou) message.clientMsgId = row.client_msg_id;
  if (isStaff(viewer) && row.author_id) message.author.memberId = row.author_id;
  // Members are never given a removed message (history leaves them out); staff see it marked.
  if (row.status === 'removed' && isStaff(viewer)) message.removed = true;
  // Deleted by its writer: kept for moderators' reviews only, as a deleted post is.
  if (row.status === 'deleted' && isStaff(viewer)) message.deleted = true;
  if (row.status === 'hidden' && (isStaff(viewer) || isYou)) {
    message.held = true;
    if (isStaff(viewer) && row.review_item_id) message.reviewItemId = row.review_item_id;
  }
  return message;
}
