import { randomBytes } from 'node:crypto';
import { HttpStatus, Inject, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { type OnGatewayConnection, type OnGatewayInit, WebSocketGateway, WebSocketServer } from '@nestjs/websockets';
import { CHAT_LIMITS, mendSurrogates, roomRefSchema, sendMessageSchema, type ChatAck, type ChatMessage, type HandoffFailedAlert, type MessageHeldEvent, type MessageRemovedEvent, type HandoffFailedEvent, type MemberRestrictedEvent, type MemberRestrictionLiftedEvent, type PrivateRoomReadyEvent, type RepliesUnreadEvent, type RoomUpdatedEvent } from '@lantern/contracts';
import { databaseContended, databaseUnreachable } from '@lantern/db';
import type { NodeRedisClient } from '@lantern/queue';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import { ChatService } from '../chat/chat.service';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { CrisisService } from '../crisis/crisis.service';
import type { Viewer } from '../forum/forum.service';
import { ApiException } from '../http/api-exception';
import { refuseNul } from '../http/parse-input';
import { HiddenMembersService } from '../hides/hidden-members.service';
import { PgListenerService } from '../infra/pg-listener.service';
import { REDIS_CLIENT } from '../infra/infra.tokens';
import { RateLimitedException } from '../rate-limit/rate-limit.service';
import { ModerationService } from '../moderation/moderation.service';
import { MetricsService } from '../metrics/metrics.service';
import { ContentEvents } from '../moderation/content-events';
import { RepliesToYouService } from '../replies-to-you/replies-to-you.service';
import { PRESENCE_REFRESH_MS, PresenceService, type SocketPresence } from './presence.service';
import { ACCESS_TOKEN_VERIFIER, type AccessTokenVerifier, sessionEnded } from './access-token-verifier';
import { recoverWith } from './redis-streams-io.adapter';
import { pushCrisis, type CrisisSent } from './crisis-push';

/** Every client → server event, with the roles allowed to send it (the role-matrix test reads this). */
export const SOCKET_EVENTS = {
  'room:join': ['member', 'moderator', 'admin', 'partner'],
  'room:leave': ['member', 'moderator', 'admin', 'partner'],
  'message:send': ['member', 'moderator', 'admin', 'partner'],
  typing: ['member', 'moderator', 'admin', 'partner'],
} as const satisfies Record<string, readonly Viewer['role'][]>;

type Ack = (response: ChatAck<object>) => void;
/** What an event handler answers, and what it does once the answer is on its way. */
interface Answered {
  response: object;
  afterAck?: () => void;
}
interface SocketData {
  member: Viewer & { pseudonym: string; issuedAtMs?: number; expiresAtMs?: number };
  /** The ids of the members this member hid, read at the handshake. */
  hidden?: string[];
  /** How far each crisis notice this socket was sent had come, by id (see pushCrisis). */
  crisisSent?: CrisisSent;
}
type LanternSocket = Socket & { data: SocketData };

const roomChannel = (slug: string) => `room:${slug}`;
const memberChannel = (id: string) => `member:${id}`;
/** Every socket of every member who hid this member: their live messages and typing skip it. */
const HIDDEN_BY_PREFIX = 'hidden-by:';
const hiddenByChannel = (id: string) => `${HIDDEN_BY_PREFIX}${id}`;
const MODERATORS = 'moderators';
/** A moderator's or admin's sockets in a room, besides the room itself: what only staff in it are told. */
const STAFF_IN_PREFIX = 'staff-in:';
const staffInChannel = (slug: string) => `${STAFF_IN_PREFIX}${slug}`;
/** setTimeout's ceiling (about 24.8 days); a token lives minutes, so this only guards the arithmetic. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** How long a node's claim to announce a withdrawal stands (the other nodes heard the same NOTIFY by then). */
const WITHDRAWAL_CLAIM_SECONDS = 60;
/**
 * Every socket of everyone the peer rooms are open to (members, moderators, admins; not a crisis
 * line's counsellors): a peer room's lock or pace reaches their room lists, not only the room.
 */
const PEER_ROOM_READERS = 'peer-room-readers';
const ADMINS = 'admins';
/** The window of the per-member event budget (RATE_LIMIT_SOCKET_EVENTS_PER_10S). */
const EVENT_WINDOW_SECONDS = 10;
/** How many messages refused for a spent event budget are kept for the crisis check in one window (as many as may wait per member). */
const KEPT_PAST_THE_BUDGET = 5;

/**
 * Live chat, presence, crisis resources and the moderators' live queue over Socket.IO. The
 * handshake carries the access token; every event acknowledges with `{ok: true, ...}` or
 * `{ok: false, error: {code, message}}`, so a client never waits on a bad request.
 */
@WebSocketGateway()
export class RealtimeGateway implements OnGatewayInit, OnGatewayConnection, OnApplicationBootstrap, OnApplicationShutdown {
  @WebSocketServer() server!: Server;
  private readonly logger = new Logger(RealtimeGateway.name);
  private heartbeat: NodeJS.Timeout | undefined;
  private overdue: NodeJS.Timeout | undefined;
  /**
   * Events each member may send this node in a window, all their connections together, counted
   * in memory (a flood stays on the node it reached): a connection, a join, a leave or a typing
   * signal costs the database, Redis or the whole room something, so a client that loops on one is
   * refused before it costs anyone. Sends also have their own burst limit, across nodes, which the
   * send statement counts (ChatService).
   */
  private readonly eventBudget: RateLimiterMemory;

  constructor(
    @Inject(ACCESS_TOKEN_VERIFIER) private readonly tokens: AccessTokenVerifier,
    private readonly chat: ChatService,
    private readonly presence: PresenceService,
    private readonly crisis: CrisisService,
    private readonly moderation: ModerationService,
    private readonly contentEvents: ContentEvents,
    private readonly metrics: MetricsService,
    private readonly listener: PgListenerService,
    private readonly hides: HiddenMembersService,
    private readonly replies: RepliesToYouService,
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
    @Inject(REDIS_CLIENT) private readonly redis: NodeRedisClient,
  ) {
    this.eventBudget = new RateLimiterMemory({ keyPrefix: 'socket-events', points: env.RATE_LIMIT_SOCKET_EVENTS_PER_10S, duration: EVENT_WINDOW_SECONDS });
  }

  afterInit(server: Server): void {
    this.leaveHiddenOutOfRecovery(server);
    // Signed out everywhere (or a new passphrase, a recovery code, the account erased): this
    // node's connections made with an older token close now. Each node hears it and closes its own.
    this.tokens.onSessionsEnded((memberId, at) => void this.closeEndedSessions(memberId, at));
    this.contentEvents.messageRemoved.subscribe(({ room, id }) => this.announceRemoval(room, id));
    // Restored from its review item: back in the room for everyone, as a restore from the room is.
    this.contentEvents.messageRestored.subscribe(({ id }) => {
      this.chat
        .visibleMessage(id)
        .then((found) => found && this.announceRestored(found.message, found.authorId))
        .catch((error: unknown) => this.logger.warn(`a restored message was not announced (members see it on their next load): ${(error as Error).message}`));
    });
    // Across nodes: a counsellor whose case closed stops hearing its room at once, on every tab.
    this.contentEvents.privateRoomLeft.subscribe(({ memberIds, room }) => void this.takeOutOfPrivateRoom(memberIds, room));
    // Across nodes through the adapter: the member's sockets may be on any node.
    this.contentEvents.privateRoomReady.subscribe(({ memberId, room, by }) => {
      const event: PrivateRoomReadyEvent = { room, by };
      this.server.to(memberChannel(memberId)).emit('room:private-ready', event);
    });
    // Across nodes: the member's other sockets, wherever they are, stop or start hearing them.
    // Their replies from the hidden member stop (or start again) counting too.
    this.contentEvents.memberHidden.subscribe(({ memberId, hiddenId, hidden }) => {
      if (hidden) this.server.in(memberChannel(memberId)).socketsJoin(hiddenByChannel(hiddenId));
      else this.server.in(memberChannel(memberId)).socketsLeave(hiddenByChannel(hiddenId));
      this.replies.announce([memberId]);
    });
    // A member's unread replies, to their open tabs on every node: the count only, never the words.
    this.contentEvents.repliesUnread.subscribe(({ memberId, count }) => {
      const event: RepliesUnreadEvent = { count };
      this.server.to(memberChannel(memberId)).emit('replies:unread', event);
    });
    // A moderator's note reaches the member's open tabs at once, on whatever node they are.
    this.contentEvents.moderatorNote.subscribe(({ memberId, note }) => this.server.to(memberChannel(memberId)).emit('member:moderator-note', note));
    this.contentEvents.memberRestricted.subscribe(({ memberId, kind, until }) => {
      const event: MemberRestrictedEvent = { kind, until };
      this.server.to(memberChannel(memberId)).emit('member:restricted', event);
    });
    this.contentEvents.memberRestrictionLifted.subscribe(({ memberId, kind }) => {
      const event: MemberRestrictionLiftedEvent = { kind };
      this.server.to(memberChannel(memberId)).emit('member:restriction-lifted', event);
    });
    server.use((socket, accept) => {
      const next = (refusal?: Error & { data?: { code?: string } }) => {
        if (refusal && SESSION_KEPT_THROUGH.has(refusal.data?.code ?? '')) this.keepRefusedSession(socket);
        accept(refusal);
      };
      const token: unknown = socket.handshake.auth?.token;
      if (typeof token !== 'string' || token.length === 0) {
        next(Object.assign(new Error('Sign in first: the handshake needs auth.token.'), { data: { code: 'UNAUTHENTICATED' } }));
        return;
      }
      this.tokens
        .verify(token)
        .then(async (member) => {
          // A connection spends from the member's event budget too: one that reconnects in a loop
          // is refused here, before its connection reads anything from the database.
          await this.spend(member, undefined);
          // A session is recovered only by the member it was, in the role it was judged for (what
          // it missed was picked by that role's rooms): anyone else, holding its id, starts afresh.
          const was = (socket.data as Partial<SocketData> | undefined)?.member;
          if (socket.recovered && (was?.id !== member.id || was.role !== member.role)) await startAfresh(socket);
          (socket.data as SocketData).member = member;
          // Read here, before the connection's handlers exist: an await between them and the
          // client's first event would lose that event. Not read, the handshake is refused for a
          // moment (the client tries again): let in without them, a member would hear again, live,
          // someone they hid.
          if (member.role === 'member') {
            (socket.data as SocketData).hidden = await this.hides.hiddenMemberIds(member.id).catch(() => {
              throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'Lantern cannot reach its database right now; connecting again in a moment.', { retryAfterSeconds: 2 });
            });
          }
          // Sessions ended while the hides were read: refused here, before a recovered session is
          // handed what it missed (handleConnection's own check comes after that).
          if (this.tokens.ended(member.id, member.issuedAtMs ?? 0)) throw sessionEnded();
          next();
        })
        .catch((error: unknown) => {
          if (!(error instanceof ApiException)) {
            next(Object.assign(new Error('That sign-in is not valid.'), { data: { code: 'UNAUTHENTICATED' } }));
            return;
          }
          const { code, message, retryAfterSeconds } = toAckError(error);
          next(Object.assign(new Error(message), { data: { code, ...(retryAfterSeconds ? { retryAfterSeconds } : {}) } }));
        });
    });
  }

  /**
   * A session handed back to a handshake this node then refuses for a moment (its token ran out
   * while the line was down, too many at once, the database away: SESSION_KEPT_THROUGH) was taken
   * out of Redis to be handed back: it is put back, as it was, so the handshake that follows with
   * a fresh token recovers it and misses nothing. The client kept its offset (it was not given the
   * session), so the replay starts where it stopped. Refused for good (no token, one not valid, a
   * session ended: signed out everywhere, the account erased), it is gone.
   */
  private keepRefusedSession(socket: Socket): void {
    if (!socket.recovered) return;
    const { pid } = socket as unknown as { pid?: string };
    if (!pid) return;
    const adapter = socket.nsp.adapter as unknown as { persistSession(session: { sid: string; pid: string; rooms: string[]; data: unknown }): void | Promise<void> };
    Promise.resolve(adapter.persistSession({ sid: socket.id, pid, rooms: [...socket.rooms], data: socket.data })).catch((error: unknown) =>
      this.logger.warn(`a refused handshake's session was not kept (the client resyncs over REST): ${(error as Error).message}`),
    );
  }

  /**
   * A recovered session is handed what its rooms heard while it was away, by the rooms it had when
   * it dropped. A room closed to its member meanwhile (a care room whose consent was withdrawn or
   * whose case closed, a role lost) is taken out of the session before anything is handed back,
   * with everything it heard: the socket is not put back in it, and nothing said there after the
   * member left it reaches them. A member the reader hid meanwhile (from another device) is left
   * out too, as the handshake leaves them out of what comes next. Both are read fresh; when they
   * cannot be read the session is not recovered, and the page reads its rooms again over REST,
   * which applies the same rules.
   *
   * Nor is a message that is no longer the room's (removed by a moderator, held by the checks,
   * deleted by its writer) handed back to a member: the offset a client sends is its own word, and
   * an older one than it had (anything still in the stream) would replay what was said, and
   * withdrawn, before it came back, even before it joined a room it is in now. What is still
   * visible it may read over REST anyway; staff read withdrawn messages there too.
   */
  private leaveHiddenOutOfRecovery(server: Server): void {
    recoverWith(server, async (session) => {
      const member = (session.data as Partial<SocketData> | undefined)?.member;
      if (!member) return null;
      const closed = new Set(await this.roomsNoLongerOpen(chatRooms({ rooms: new Set(session.rooms) }), member));
      if (closed.size) {
        const leaving = new Set([...closed].flatMap((room) => [roomChannel(room), staffInChannel(room)]));
        session.rooms = session.rooms.filter((channel) => !leaving.has(channel));
      }
      const hidden = member.role === 'member' ? await this.hides.hiddenNameTest(member.id) : null;
      const replayed = new Set(session.missedPackets.map(newMessageId).filter((id): id is string => id !== undefined));
      const now = isStaffRole(member.role) ? null : await this.chat.stillVisible([...replayed]);
      // A message the stream held is handed back as the room reads it now, or not at all; its
      // writer's own copy stays theirs. One heard live while the session was read is the room's now.
      const asItIsNow = (packet: unknown[]): boolean => {
        const id = newMessageId(packet);
        if (now === null || id === undefined || !replayed.has(id)) return true;
        const current = now.get(id);
        if (!current) return false;
        const copy = roomCopy(current);
        const isYou = (packet[1] as Partial<ChatMessage>).author?.isYou === true;
        packet[1] = { ...copy, author: { ...copy.author, isYou } };
        return true;
      };
      // Nor who was typing while it was away: long stopped, and not worth keeping in view.
      return (packet) => packet[0] !== 'typing' && !inRoom(packet, closed) && asItIsNow(packet) && !(hidden && saidBy(packet, hidden));
    });
  }

  onApplicationBootstrap(): void {
    this.listener.listen('lantern_crisis', (id) => void this.deliverCrisis(id));
    this.listener.listen('lantern_flags', (id) => void this.announceFlag(id));
    // Every node hears the NOTIFY and tells its own admins (local), so nobody hears it twice.
    this.listener.listen('lantern_admin', (payload) => this.announceToAdmins(payload));
    this.heartbeat = setInterval(this.refreshOnReady, PRESENCE_REFRESH_MS);
    this.heartbeat.unref();
    // Redis back (a blip, or a restart that kept nothing): this node's sockets are counted again at
    // once, not up to a refresh later, so no room is listed "0 online" beside the people in it.
    this.redis.on('ready', this.refreshOnReady);
    this.overdue = setInterval(() => void this.alertOverdue(), this.env.OVERDUE_ALERT_SECONDS * 1000);
    this.overdue.unref();
  }

  private readonly refreshOnReady = (): void => void this.refreshPresence().catch(() => undefined);

  onApplicationShutdown(): void {
    this.redis.off('ready', this.refreshOnReady);
    clearInterval(this.heartbeat);
    clearInterval(this.overdue);
  }

  /**
   * Someone at imminent risk whom nobody has picked up in time: every moderator and admin online
   * is told again, on every tick, until somebody claims it. Each node tells its own sockets.
   */
  /** Whether this node's last overdue alert named any item (so the next, if none are left, says so). */
  private overdueAlerted = false;

  private async alertOverdue(): Promise<void> {
    try {
      if (this.localSockets(MODERATORS).length === 0) return;
      const items = await this.moderation.overdueImminent();
      // Once the last of them is claimed, told once with none: the consoles take the alert down.
      if (items.length || this.overdueAlerted) this.server.local.to(MODERATORS).emit('moderation:overdue', { items });
      this.overdueAlerted = items.length > 0;
    } catch (error) {
      this.logger.warn(`overdue check failed: ${(error as Error).message}`);
    }
  }

  /**
   * Closes this node's sockets of a member whose sessions ended, those opened with a token issued
   * before the end (the device that set a new passphrase reconnects with its new one). The client
   * asks for a new token: a device whose session ended is refused it and signed out.
   */
  private async closeEndedSessions(memberId: string, at: number): Promise<void> {
    try {
      for (const socket of this.localSockets(memberChannel(memberId))) {
        if (((socket.data as SocketData).member?.issuedAtMs ?? 0) < at) socket.disconnect(true);
      }
    } catch (error) {
      this.logger.warn(`could not close ended sessions' sockets: ${(error as Error).message}`);
    }
  }

  async handleConnection(client: Socket): Promise<void> {
    const socket = client as LanternSocket;
    const member = socket.data.member;
    if (!member) return;
    this.metrics.socketsConnected.inc();
    socket.once('disconnect', () => this.metrics.socketsConnected.dec());
    this.closeTransportAtExpiry(socket);

    // The events are listened for before anything below waits: a client sends the moment it is
    // connected (a recovered one at once, to rejoin or leave rooms), and an event that came while
    // this node was still reading the database would otherwise be dropped, its ack never sent.
    // Each waits until the socket is set up, then runs.
    let setUp!: () => void;
    const ready = new Promise<void>((resolve) => (setUp = resolve));
    // Joins and leaves of one socket run in the order they came: a leave sent while a join still
    // waits on the database would otherwise be undone by it, leaving the socket in the room.
    let roomChanges: Promise<unknown> = ready;
    const inTurn = <T>(change: () => Promise<T>): Promise<T> => {
      const next = roomChanges.then(change, change);
      roomChanges = next.catch(() => undefined);
      return next;
    };
    const handlers: Record<keyof typeof SOCKET_EVENTS, (payload: unknown) => Promise<Answered>> = {
      'room:join': async (payload) => ({ response: await inTurn(() => this.join(socket, payload)) }),
      'room:leave': async (payload) => ({ response: await inTurn(() => this.leave(socket, payload)) }),
      'message:send': async (payload) => {
        await ready;
        return this.send(socket, payload);
      },
      typing: async (payload) => {
        await ready;
        return { response: await this.typing(socket, payload) };
      },
    };
    for (const event of Object.keys(handlers) as Array<keyof typeof SOCKET_EVENTS>) {
      // The acknowledgement is the last argument, whatever comes before it: an event sent with no
      // payload (only a callback) or with extra arguments is still answered, never left waiting.
      socket.on(event, (...args: unknown[]) => {
        const { payload, ack } = payloadAndAck(args);
        void this.answer(event, socket, ack, payload, () => handlers[event](payload));
      });
    }
    // The parser takes a number as an event name too (`42[1,…]`). This listener runs outside
    // socket.io's own try/catch: anything it threw would end the process, every socket with it.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      try {
        // Heard first, for every event, known or not: a client that keeps sending while it reads
        // none of what it is sent (its answers, its rooms' messages) would have this node keep all
        // of it in memory. Past MAX_UNREAD_PACKETS it is let go, as a dropped line is.
        if (unreadPackets(socket) > MAX_UNREAD_PACKETS) {
          this.logger.warn(`a connection that reads nothing it is sent was closed (${unreadPackets(socket)} packets waiting)`);
          socket.disconnect(true);
          // Not a closing handshake with a peer that reads nothing (engine.io would wait for the
          // buffer to drain, ws for the peer's answer): the line itself goes, with what waits on it.
          (socket.conn.transport as unknown as { socket?: { terminate?: () => void } }).socket?.terminate?.();
          return;
        }
        if (typeof event === 'string' && Object.hasOwn(SOCKET_EVENTS, event)) return;
        const ack = args[args.length - 1];
        if (typeof ack === 'function') (ack as Ack)({ ok: false, error: { code: 'UNKNOWN_EVENT', message: `Lantern does not know the event "${String(event).slice(0, 40)}".` } });
      } catch (error) {
        this.logger.warn(`an unknown socket event could not be answered: ${(error as Error).message}`);
      }
    });
    socket.on('disconnecting', () => {
      // Only presence: the socket keeps its rooms, so a recovered session gets them back.
      for (const room of chatRooms(socket)) void this.announcePresence(room, this.presence.leave(room, { memberId: member.id, socketId: socket.id }));
    });

    try {
      await socket.join(memberChannel(member.id));
      // Sessions ended while this handshake was under way (its token checked, its hides being
      // read) closed the member's sockets then, and this one was not yet where they are found.
      if (this.tokens.ended(member.id, member.issuedAtMs ?? 0)) {
        socket.disconnect(true);
        return;
      }
      // Read fresh at every handshake; a recovered session brings back the rooms it had, which a hide
      // or un-hide made meanwhile (from another device) has since changed.
      const hiddenBy = new Set<string>((socket.data.hidden ?? []).map(hiddenByChannel));
      for (const room of [...socket.rooms]) if (room.startsWith(HIDDEN_BY_PREFIX) && !hiddenBy.has(room)) await socket.leave(room);
      if (hiddenBy.size) await socket.join([...hiddenBy]);
      // A recovered session brings back the rooms it had, staff rooms included: whoever lost a role
      // meanwhile (demoted while their connection was down) leaves what the role gave them.
      if (member.role === 'moderator' || member.role === 'admin') await socket.join(MODERATORS);
      else await socket.leave(MODERATORS);
      if (member.role === 'admin') await socket.join(ADMINS);
      else await socket.leave(ADMINS);
      if (member.role === 'partner') await socket.leave(PEER_ROOM_READERS);
      else await socket.join(PEER_ROOM_READERS);
      if (socket.recovered) await this.leaveRoomsNoLongerOpen(socket);
    } catch (error) {
      // The database or Redis failed while the socket was set up (a restore asks which of its rooms
      // are still open): nothing here may end the process (Nest drops this promise; a rejection would
      // take every socket on the node down with it). The transport is closed as a dropped line is,
      // so the client comes back, recovers the same session and is set up again.
      this.logger.warn(`could not set a socket up, closing its transport for the client to come back: ${(error as Error).message}`);
      socket.conn.close();
      return;
    } finally {
      setUp();
    }

    if (socket.recovered) {
      for (const room of chatRooms(socket)) void this.announcePresence(room, this.presence.enter(room, { memberId: member.id, socketId: socket.id }).then((entered) => (entered?.changed ? entered.online : null)));
    } else {
      // A member who was away sees the help that was waiting for them.
      const notices = await this.crisis.openNotices(member.id, socket.handshake.headers['accept-language']).catch(() => ({ items: [] }));
      for (const notice of notices.items) pushCrisis(socket, notice);
    }
  }

  /**
   * People taken out of a private room (a counsellor whose case closed): their sockets, on every
   * node, stop hearing it at once, stop being counted in it, and the member left in it is told the
   * new count, rather than reading "2 online" beside nobody until the entries expire.
   */
  private async takeOutOfPrivateRoom(memberIds: string[], room: string): Promise<void> {
    const people = this.server.in(memberIds.map(memberChannel));
    people.socketsLeave([roomChannel(room), staffInChannel(room)]);
    try {
      const sockets = (await people.fetchSockets()).filter((socket) => (socket.data as SocketData).member !== undefined);
      await Promise.all(sockets.map((socket) => this.presence.leave(room, { memberId: (socket.data as SocketData).member.id, socketId: socket.id })));
      await this.announcePresence(room, this.presence.count(room));
    } catch (error) {
      this.logger.warn(`a private room's count was not updated for those who left it (it corrects itself within a minute): ${(error as Error).message}`);
    }
  }

  /**
   * A socket counts as long as the token it showed: when that runs out, its transport is closed
   * (a recoverable close, as a dropped line is). The client comes back with the token it holds
   * now: a fresh one recovers the session and misses nothing; an old one is refused, and the client
   * trades its refresh token for a new one, or is signed out when its session is over. Without this
   * a socket opened with a token (a stolen one, say) would outlive it for as long as it stays open.
   */
  private closeTransportAtExpiry(socket: LanternSocket): void {
    const expiresAtMs = socket.data.member.expiresAtMs;
    if (expiresAtMs === undefined) return;
    const expiry = setTimeout(() => socket.conn.close(), Math.max(0, Math.min(expiresAtMs - Date.now(), MAX_TIMER_MS)));
    expiry.unref();
    socket.once('disconnect', () => clearTimeout(expiry));
  }

  /**
   * Alerts raised by the worker: a partner webhook that failed every attempt goes to admins (who
   * can deliver it again) and, when the member still waits for a counsellor, to every moderator
   * (the member is back on top of the queue).
   */
  private announceToAdmins(payload: string): void {
    try {
      const alert = JSON.parse(payload) as Partial<HandoffFailedAlert>;
      if (alert.kind !== 'delivery_failed' || typeof alert.escalationId !== 'string') return;
      this.server.local.to(ADMINS).emit('admin:delivery-failed', { escalationId: alert.escalationId });
      if (typeof alert.flagId === 'string') {
        const event: HandoffFailedEvent = { escalationId: alert.escalationId, flagId: alert.flagId, partner: alert.partner ?? null };
        this.server.local.to(MODERATORS).emit('moderation:handoff-failed', event);
      }
    } catch {
      this.logger.warn('ignored a malformed admin alert');
    }
  }

  /**
   * Tells everyone in a room, on every node, that its moderators changed how it runs, and everyone
   * who may open it (`privateTo`: a private room's people; otherwise every peer-room reader), so a
   * room list or a page turned away by the lock follows at once rather than at its next poll.
   */
  announceRoomSettings(event: RoomUpdatedEvent, privateTo: string[] | null): void {
    const mayOpen = privateTo ? privateTo.map(memberChannel) : [PEER_ROOM_READERS];
    this.server.to([roomChannel(event.room), ...mayOpen]).emit('room:updated', event);
  }

  /** Tells every node's sockets in a room that a message is gone (the adapter crosses nodes): removed, or deleted by its writer. */
  announceRemoval(room: string, id: string, deleted = false): void {
    const event: MessageRemovedEvent = deleted ? { room, id, deleted: true } : { room, id };
    this.server.to(roomChannel(room)).emit('message:removed', event);
  }

  /** Tells every node's sockets in the room of a message just sent; members who hid its author are not sent it. */
  private announceMessage(message: ChatMessage, authorId: string): void {
    this.server.to(roomChannel(message.room)).except(hiddenByChannel(authorId)).emit('message:new', roomCopy(message));
  }

  /**
   * Tells every node's sockets in the room of a message a moderator restored: clients keep messages
   * by id, so it takes its place by time. Its writer's own sockets hear it as theirs ("you": their
   * page has no pending copy to match it with); nothing anyone hears says who restored it.
   */
  announceRestored(message: ChatMessage, authorId: string | null): void {
    const forEveryone = roomCopy(message);
    if (!authorId) {
      this.server.to(roomChannel(message.room)).emit('message:new', forEveryone);
      return;
    }
    this.server.to(roomChannel(message.room)).except([hiddenByChannel(authorId), memberChannel(authorId)]).emit('message:new', forEveryone);
    this.server.to(memberChannel(authorId)).emit('message:new', { ...forEveryone, author: { ...forEveryone.author, isYou: true } });
  }

  private async join(socket: LanternSocket, payload: unknown): Promise<{ messages: ChatMessage[]; online: number | null }> {
    const { room } = parse(roomRefSchema, payload);
    const viewer = socket.data.member;
    await this.chat.enterable(room, viewer);
    // Gone while the room was read: joining now would count it online with nobody to leave.
    if (socket.disconnected) throw new ApiException(409, 'NOT_IN_ROOM', 'The connection closed before it joined the room.');
    // A join again of a room the socket is in (a resync, or a loop) is not told to the room unless it
    // changed the count (it counts a member Redis had lost in a restart): one member cannot send
    // every phone in the room an event per join. A first join is told even when the count stands
    // (a second tab): besides the count, that broadcast is the first the socket hears, and a socket
    // that has heard none has no offset to recover its session from if its line drops.
    const wasIn = socket.rooms.has(roomChannel(room));
    await socket.join(isStaffRole(viewer.role) ? [roomChannel(room), staffInChannel(room)] : roomChannel(room));
    const entered = await this.presence.enter(room, { memberId: viewer.id, socketId: socket.id }).catch(() => null);
    const online = entered?.online ?? null;
    if (entered && (!wasIn || entered.changed)) this.server.to(roomChannel(room)).emit('presence', { room, online: entered.online });
    try {
      const history = await this.chat.history(room, undefined, viewer, CHAT_LIMITS.historyOnJoin);
      return { messages: history.items, online };
    } catch (error) {
      // Not joined after all (the answer says so): out of the room and its count again, so it is
      // neither counted online nor sent the room's messages under a refusal; the client joins again.
      await this.leaveRoom(socket, room).catch(() => undefined);
      throw error;
    }
  }

  private async leave(socket: LanternSocket, payload: unknown): Promise<object> {
    const { room } = parse(roomRefSchema, payload);
    await this.leaveRoom(socket, room);
    return {};
  }

  /**
   * The chat rooms among `rooms` that are no longer open to this member: a private room they were
   * taken out of, a role that no longer admits them. A room locked meanwhile keeps the members who
   * were in it, as it does when it is locked around them.
   */
  private async roomsNoLongerOpen(rooms: string[], member: Viewer): Promise<string[]> {
    const closed: string[] = [];
    for (const room of rooms) {
      const refusal = await this.chat.enterable(room, member).then(
        () => null,
        (error: unknown) => {
          if (error instanceof ApiException) return toAckError(error).code;
          throw error;
        },
      );
      if (refusal !== null && refusal !== 'ROOM_LOCKED') closed.push(room);
    }
    return closed;
  }

  /** What a recovered session brought back that its member may no longer have (the recovery filter took most out already; this is what changed since). */
  private async leaveRoomsNoLongerOpen(socket: LanternSocket): Promise<void> {
    const member = socket.data.member;
    for (const room of await this.roomsNoLongerOpen(chatRooms(socket), member)) for (const channel of [roomChannel(room), staffInChannel(room)]) await socket.leave(channel);
    if (!isStaffRole(member.role)) for (const channel of [...socket.rooms]) if (channel.startsWith(STAFF_IN_PREFIX)) await socket.leave(channel);
  }

  private async leaveRoom(socket: LanternSocket, room: string): Promise<void> {
    // Only a socket that was in the room changes its count: a leave of any other (any name up to
    // 64 characters, sent over and over) would have every node say a count to nobody.
    const wasIn = socket.rooms.has(roomChannel(room));
    await socket.leave(roomChannel(room));
    await socket.leave(staffInChannel(room));
    const count = this.presence.leave(room, { memberId: socket.data.member.id, socketId: socket.id });
    if (wasIn) await this.announcePresence(room, count);
    else await count.catch(() => null);
  }

  /** Tells the room its count; while Redis is away the count is not known, and pages keep the one they have. */
  private async announcePresence(room: string, count: Promise<number | null>): Promise<void> {
    const online = await count.catch(() => null);
    if (online !== null) this.server.to(roomChannel(room)).emit('presence', { room, online });
  }

  /**
   * The room hears a new message once its sender has the ack: the sender's page matches the ack to
   * the copy it shows as pending (by clientMsgId, which only the sender is told), and then knows
   * the room's copy of it by id.
   */
  private async send(socket: LanternSocket, payload: unknown): Promise<Answered> {
    const input = parse(sendMessageSchema, payload);
    const viewer = socket.data.member;
    if (!socket.rooms.has(roomChannel(input.room))) throw new ApiException(403, 'NOT_IN_ROOM', `Join ${input.room} before sending to it.`);
    // One statement checks every rule, the burst limit included, and stores it (ChatService.send).
    const { message, duplicate, status, recent } = await this.chat.send(input, viewer);
    // A resend comes when the first answer was lost, and its broadcast may have been lost with it
    // (the node went down between the commit and the broadcast): while the message is up, and
    // recent enough for a page to have missed it live (a page back later reads its rooms over
    // REST), the room hears it again (pages know it by id, so a second copy changes nothing). An
    // old message resent is not said again: a muted member, or one in a locked room, cannot bring
    // back old words as if new. One held, removed or deleted since is not the room's, and its
    // writer is told which, so their page keeps it so.
    const response = { id: message.id, duplicate, ...(status === 'hidden' ? { held: true } : {}), ...(status === 'removed' || status === 'deleted' ? { gone: true } : {}) };
    return { response, afterAck: status === 'visible' && recent ? () => this.announceMessage(message, viewer.id) : undefined };
  }

  private async typing(socket: LanternSocket, payload: unknown): Promise<object> {
    const { room } = parse(roomRefSchema, payload);
    if (!socket.rooms.has(roomChannel(room))) throw new ApiException(403, 'NOT_IN_ROOM', `Join ${room} first.`);
    const member = socket.data.member;
    if (await this.presence.typing(room, member.id).catch(() => true)) {
      // Read once per notice that would be heard (the key above holds the rest back for a few seconds).
      // A refused one lets the key go, so a member unmuted a moment later is heard typing at once.
      await this.chat.assertMayType(room, member).catch(async (error: unknown) => {
        await this.presence.stoppedTyping(room, member.id).catch(() => undefined);
        throw error;
      });
      socket.to(roomChannel(room)).except(hiddenByChannel(member.id)).emit('typing', { room, displayName: member.pseudonym });
    }
    return {};
  }

  /**
   * Runs a handler and acknowledges: data on success, a coded error otherwise; never throws. What
   * the handler leaves for after the ack happens once the ack is on its way.
   */
  private async answer(event: keyof typeof SOCKET_EVENTS, socket: LanternSocket, ack: Ack | undefined, payload: unknown, handler: () => Promise<Answered>): Promise<void> {
    let response: ChatAck<object>;
    let afterAck: (() => void) | undefined;
    try {
      await this.spend(socket.data.member, event === 'message:send' ? payload : undefined);
      const answered = await handler();
      response = { ok: true, ...answered.response };
      afterAck = answered.afterAck;
      this.metrics.socketEvents.inc({ event, outcome: 'ok' });
    } catch (error) {
      response = { ok: false, error: toAckError(error, event) };
      this.metrics.socketEvents.inc({ event, outcome: response.error.code });
      if (response.error.code === 'INTERNAL_ERROR') this.logger.error({ err: error }, 'socket event failed');
    }
    if (typeof ack === 'function') ack(response);
    try {
      afterAck?.();
    } catch (error) {
      // The event itself succeeded and was acknowledged: only its announcement failed.
      this.logger.error({ err: error }, `socket event ${event}: its announcement failed`);
    }
  }

  /**
   * Takes one event from the member's budget, or refuses the event with how long to wait. A
   * message refused so is still read for crisis (someone in crisis may write many lines fast), the
   * first few of a window only: a flood past the budget costs the database nothing more.
   */
  private async spend(member: LanternSocket['data']['member'], message: unknown): Promise<void> {
    try {
      await this.eventBudget.consume(member.id);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      if (message !== undefined && refusal.consumedPoints <= this.env.RATE_LIMIT_SOCKET_EVENTS_PER_10S + KEPT_PAST_THE_BUDGET) {
        await this.chat.keepTooQuick(member, message);
      }
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      throw new RateLimitedException(`That is a lot at once. Try again in ${retryAfterSeconds} s.`, retryAfterSeconds, true);
    }
  }

  private async deliverCrisis(noticeId: string): Promise<void> {
    try {
      const notice = await this.crisis.openNotice(noticeId);
      if (!notice) return;
      const channel = memberChannel(notice.member_id);
      // Every node hears the NOTIFY; each one tells its own sockets, so nothing is sent twice.
      const local = this.localSockets(channel);
      if (local.length === 0) return;
      // Lines for where each of the member's tabs says it is, as the REST read of the same notice
      // does: their saved region, else that browser's languages (its handshake's Accept-Language,
      // read here and kept nowhere), else the deployment's default.
      for (const socket of local) {
        const language = socket.handshake.headers['accept-language'];
        pushCrisis(socket, this.crisis.toResources(notice, typeof language === 'string' ? language : null));
      }
      // Once per notice the member's open tabs have, whether this push or their connection's read
      // of open notices brought it to a tab first.
      this.metrics.crisisDelivered.inc();
      await this.crisis.markDelivered([noticeId]);
    } catch (error) {
      this.logger.warn(`crisis notice ${noticeId} not delivered live (it waits for the next visit): ${(error as Error).message}`);
    }
  }

  private async announceFlag(flagId: string): Promise<void> {
    await this.withdrawIfHidden(flagId).catch((error: unknown) => this.logger.warn(`review item ${flagId}: its hidden message not withdrawn live: ${(error as Error).message}`));
    await this.recountReplies(flagId).catch((error: unknown) => this.logger.warn(`review item ${flagId}: reply counts not sent live: ${(error as Error).message}`));
    try {
      const local = this.localSockets(MODERATORS);
      if (local.length === 0) return;
      const item = await this.moderation.get(flagId);
      this.server.local.to(MODERATORS).emit(item.version === 1 ? 'moderation:flag' : 'moderation:flag-updated', item);
    } catch (error) {
      this.logger.warn(`review item ${flagId} not announced live: ${(error as Error).message}`);
    }
  }

  /**
   * A chat message the worker hid (severe harm, a held watched word) was already on screens: it
   * leaves its room now, not on the next load. Its writer's screen keeps it, marked as held, as the
   * policy keeps hidden words for their author; moderators' screens keep it marked too, with its
   * review item to act from. Every node hears the flag's NOTIFY; the first to claim it announces it
   * through the adapter, so it reaches every node once and a session recovering later is handed it
   * too (a member who dropped before it was hidden would otherwise keep it on screen). Without
   * Redis to claim in, each node tells its own sockets.
   */
  private async withdrawIfHidden(flagId: string): Promise<void> {
    const withdrawn = await this.chat.withdrawnByFlag(flagId);
    if (!withdrawn) return;
    const claim = await this.claimWithdrawal(`${flagId}:${withdrawn.flagVersion}:${withdrawn.status}`);
    if (claim === 'elsewhere') return;
    const to = claim === 'here' ? this.server : this.server.local;
    const event = { room: withdrawn.room, id: withdrawn.id };
    if (withdrawn.status !== 'hidden') {
      // Removed by a moderator or deleted by its writer: announced when it happened; said again, as it was.
      const again: MessageRemovedEvent = withdrawn.status === 'deleted' ? { ...event, deleted: true } : event;
      to.to(roomChannel(withdrawn.room)).emit('message:removed', again);
      return;
    }
    const forStaff: MessageHeldEvent = { ...event, reviewItemId: flagId };
    const writer = withdrawn.authorId === null ? [] : [memberChannel(withdrawn.authorId)];
    to.to(roomChannel(withdrawn.room)).except([staffInChannel(withdrawn.room), ...writer]).emit('message:removed', event);
    to.to(staffInChannel(withdrawn.room)).emit('message:held', forStaff);
    if (writer.length) to.to(writer).except(staffInChannel(withdrawn.room)).emit('message:held', event satisfies MessageHeldEvent);
  }

  /** 'here' when this node is the one to announce, 'elsewhere' when another node claimed it, 'local' when Redis cannot say. */
  private async claimWithdrawal(key: string): Promise<'here' | 'elsewhere' | 'local'> {
    if (!this.redis.isReady) return 'local';
    try {
      const claimed = await this.redis.set(`${this.env.QUEUE_PREFIX}:withdrawn:${key}`, '1', { NX: true, EX: WITHDRAWAL_CLAIM_SECONDS });
      return claimed === 'OK' ? 'here' : 'elsewhere';
    } catch {
      return 'local';
    }
  }

  /**
   * A post the worker held or hid, or a moderator hid, removed or restored, may have been a reply
   * to someone: their count changes now, not on their next page. Every node hears the flag's
   * NOTIFY and tells its own sockets, so nobody hears it twice.
   */
  private async recountReplies(flagId: string): Promise<void> {
    for (const memberId of await this.replies.answeredByFlaggedPost(flagId)) {
      const channel = memberChannel(memberId);
      if (this.localSockets(channel).length === 0) continue;
      const event: RepliesUnreadEvent = { count: await this.replies.unreadCount(memberId) };
      this.server.local.to(channel).emit('replies:unread', event);
    }
  }

  /**
   * This node's sockets, or those in one of its rooms, read from memory. The adapter's fetchSockets
   * asks Redis how many nodes there are even when asked for this node's sockets alone, so it would
   * hold a crisis notice, a moderator's alert or the presence refresh until Redis answered, and
   * fail them once its connection had closed.
   */
  private localSockets(room?: string): Socket[] {
    const namespace = this.server.of('/');
    if (room === undefined) return [...namespace.sockets.values()];
    const ids = namespace.adapter.rooms.get(room) ?? new Set<string>();
    return [...ids].flatMap((id) => namespace.sockets.get(id) ?? []);
  }

  private async refreshPresence(): Promise<void> {
    const entries: Array<{ room: string } & SocketPresence> = [];
    for (const socket of this.localSockets()) {
      const member = (socket.data as SocketData).member;
      if (!member) continue;
      for (const room of chatRooms(socket)) entries.push({ room, memberId: member.id, socketId: socket.id });
    }
    const changed = await this.presence.refresh(entries).catch(() => new Map<string, number>());
    // Counts the refresh changed (Redis back empty after a restart, a dead node's sockets expired):
    // the room is told now, not at its next join or leave.
    for (const [room, online] of changed) this.server.to(roomChannel(room)).emit('presence', { room, online });
  }
}

/** A message as everyone in its room is sent it: not "you", and no member id (a moderator's page reads that over REST). */
function roomCopy(message: ChatMessage): ChatMessage {
  const { displayName, isModerator } = message.author;
  const copy: ChatMessage = { ...message, author: { displayName, isYou: false, ...(isModerator ? { isModerator } : {}) } };
  delete copy.removed;
  delete copy.held;
  delete copy.reviewItemId;
  delete copy.deleted;
  delete copy.clientMsgId;
  return copy;
}

/** A client event's payload (its first argument, unless that is the callback) and its callback (the last argument). */
/**
 * Packets waiting for a connection to read them before it is let go: a page in a room where
 * everyone writes at once, on a slow line, has tens waiting; one that sends without reading, all.
 */
const MAX_UNREAD_PACKETS = 2_000;

/** How many packets wait in the connection's own buffer for its line to take them. */
function unreadPackets(socket: Socket): number {
  return (socket.conn as unknown as { writeBuffer?: unknown[] }).writeBuffer?.length ?? 0;
}

/** Handshake refusals after which the same member comes back in a moment, and their session is kept for them. */
const SESSION_KEPT_THROUGH = new Set(['TOKEN_EXPIRED', 'RATE_LIMITED', 'SERVICE_UNAVAILABLE']);

/**
 * A handshake that brought a session back but may not have it: the socket leaves every room the
 * session had, forgets its data, and gets a new session id, so the client is told it was not
 * recovered (and reads its rooms again over REST), and nothing the session missed is sent to it.
 */
async function startAfresh(socket: Socket): Promise<void> {
  for (const room of [...socket.rooms]) if (room !== socket.id) await socket.leave(room);
  const fresh = socket as unknown as { data: unknown; recovered: boolean; pid: string };
  fresh.data = {};
  fresh.recovered = false;
  fresh.pid = randomBytes(15).toString('base64url');
}

function payloadAndAck(args: unknown[]): { payload: unknown; ack: Ack | undefined } {
  const last = args[args.length - 1];
  const ack = typeof last === 'function' ? (last as Ack) : undefined;
  return { payload: args.length > (ack ? 1 : 0) ? args[0] : undefined, ack };
}

/** Whether a replayed packet is a message or typing signal under a name the reader hid. */
function saidBy(packet: unknown[], hidden: (name: string) => boolean): boolean {
  const [event, payload] = packet as [string, { author?: { displayName?: string; isYou?: boolean }; displayName?: string } | undefined];
  if (event === 'message:new') return payload?.author?.isYou !== true && hidden(payload?.author?.displayName ?? '');
  if (event === 'typing') return hidden(payload?.displayName ?? '');
  return false;
}

/** The id of the message a replayed `message:new` carries, if it is one. */
function newMessageId(packet: unknown[]): string | undefined {
  const id = packet[0] === 'message:new' ? (packet[1] as { id?: unknown } | undefined)?.id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** Whether a replayed packet is about one of these chat rooms (every room event names its room). */
function inRoom(packet: unknown[], rooms: ReadonlySet<string>): boolean {
  const room = (packet[1] as { room?: unknown } | undefined)?.room;
  return typeof room === 'string' && rooms.has(room);
}

function isStaffRole(role: Viewer['role']): boolean {
  return role === 'moderator' || role === 'admin';
}

function chatRooms(socket: { rooms: Set<string> }): string[] {
  return [...socket.rooms].filter((channel) => channel.startsWith('room:')).map((channel) => channel.slice('room:'.length));
}

function parse<S extends z.ZodType>(schema: S, payload: unknown): z.output<S> {
  const result = schema.safeParse(payload);
  // A lone surrogate is stored as U+FFFD: everyone is sent what the room's history will say.
  if (result.success) return refuseNul(mendSurrogates(result.data) as z.output<S>);
  const first = result.error.issues[0];
  throw new ApiException(400, 'VALIDATION_FAILED', first?.message ?? 'That request is not valid.', result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
}

function toAckError(error: unknown, event?: keyof typeof SOCKET_EVENTS): { code: string; message: string; retryAfterSeconds?: number; details?: unknown } {
  if (error instanceof ApiException) {
    const body = error.getResponse() as { error: { code: string; message: string; details?: unknown } };
    const details = body.error.details as { retryAfterSeconds?: number } | undefined;
    return { ...body.error, ...(details?.retryAfterSeconds ? { retryAfterSeconds: details.retryAfterSeconds } : {}) };
  }
  const what = event === 'message:send' ? 'your message was not sent' : 'nothing was changed';
  if (databaseUnreachable(error)) return { code: 'SERVICE_UNAVAILABLE', message: `Lantern cannot reach its database right now; ${what}. Please try again.` };
  if (databaseContended(error)) return { code: 'SERVICE_UNAVAILABLE', message: `Lantern was busy with the same records; ${what}. Please try again.`, retryAfterSeconds: 1 };
  return { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side; please try again.' };
}
