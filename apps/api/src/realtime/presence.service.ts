import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { withTimeout, type NodeRedisClient } from '@lantern/queue';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { REDIS_CLIENT } from '../infra/infra.tokens';

/** A socket that has not refreshed its presence for this long is counted as gone (a dead node). */
export const PRESENCE_TTL_MS = 60_000;
export const PRESENCE_REFRESH_MS = 20_000;
const TYPING_TTL_SECONDS = 5;
/** How long presence and typing wait for Redis; past it the caller goes on without (no count, a typing notice sent). */
export const PRESENCE_REDIS_BOUND_MS = 1_000;

/**
 * One socket of one member in a room. A member with the room open in two tabs, or on a phone and a
 * laptop, is one person online, not two: someone alone at 3 a.m. with two tabs open must not read
 * "2 online" and wait for an answer from nobody.
 */
export interface SocketPresence {
  memberId: string;
  socketId: string;
}

/** Refresh sends at most this many sockets per script call, so one call never holds Redis up for long. */
const REFRESH_BATCH = 500;

/*
 * The scripts keep, per room, a sorted set of members scored by the latest expiry of their sockets,
 * and per room and member a sorted set of that member's sockets scored by their expiry: a count is
 * the room set's size, and no call reads more than one member's sockets. Times come from Redis's
 * own clock, so api nodes whose clocks differ still agree on who has expired. Every write re-arms
 * the key's TTL to a full PRESENCE_TTL_MS past its newest score, so a room nobody refreshes
 * (every node holding it dead) disappears by itself.
 */
const NOW_MS = `local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
`;

/**
 * KEYS: room, member's sockets, room, member's sockets, ...; ARGV: ttl, member, socket, member,
 * socket, ... Returns, for each entry, the room's count and 1 when that entry changed it (the member
 * was not counted: a first tab, or an entry Redis lost in a restart; or members whose every socket
 * expired fell out), else 0.
 */
const ENTER = presenceScript(`${NOW_MS}local ttl = ARGV[1]
local expiry = now + tonumber(ttl)
local replies = {}
for i = 1, #KEYS, 2 do
  local room, sockets, member, socket = KEYS[i], KEYS[i + 1], ARGV[i + 1], ARGV[i + 2]
  redis.call('ZADD', sockets, expiry, socket)
  redis.call('ZREMRANGEBYSCORE', sockets, '-inf', now)
  redis.call('PEXPIRE', sockets, ttl)
  local added = redis.call('ZADD', room, 'GT', expiry, member)
  local expired = redis.call('ZREMRANGEBYSCORE', room, '-inf', now)
  redis.call('PEXPIRE', room, ttl)
  replies[#replies + 1] = redis.call('ZCARD', room)
  replies[#replies + 1] = (added + expired > 0) and 1 or 0
end
return replies`);

/**
 * KEYS: room, member's sockets; ARGV: ttl, member, socket. The member stays in the room while any
 * of their other sockets is live, scored by the latest of those. Returns the room's count.
 */
const LEAVE = presenceScript(`${NOW_MS}local room, sockets, member, socket = KEYS[1], KEYS[2], ARGV[2], ARGV[3]
redis.call('ZREM', sockets, socket)
redis.call('ZREMRANGEBYSCORE', sockets, '-inf', now)
local latest = redis.call('ZRANGE', sockets, -1, -1, 'WITHSCORES')
if latest[2] then
  redis.call('ZADD', room, latest[2], member)
  redis.call('PEXPIRE', room, ARGV[1])
else
  redis.call('ZREM', room, member)
  redis.call('DEL', sockets)
end
redis.call('ZREMRANGEBYSCORE', room, '-inf', now)
return redis.call('ZCARD', room)`);

/**
 * KEYS: rooms. Returns each room's count, leaving out members whose every socket expired. It only
 * reads: those members are taken out by a join, a leave or a refresh, whose callers tell the room
 * its new count. Were a count (the room list) to take them out, no one would tell the room, and
 * its members would read a dead node's people as online until someone came or went.
 */
const COUNT = presenceScript(`${NOW_MS}local counts = {}
for i, room in ipairs(KEYS) do
  counts[i] = redis.call('ZCOUNT', room, '(' .. now, '+inf')
end
return counts`);

/**
 * Who is in a room, kept in Redis so every api node counts the same, counted by member (see the
 * scripts above): a join, a leave, a refresh and a count are each one round trip, and cost the
 * logarithm of the room's size, not its size, so a room of thousands fills as cheaply as one of
 * twenty. A node that dies stops refreshing, and its sockets fall out of the count within a minute.
 * Typing is a short-lived key per member and room. Typing is asked for as members type, more often
 * than they send: like the rate limiter, these calls bound their own wait (the connection carries
 * no per-command timeout: InfraModule).
 */
@Injectable()
export class PresenceService {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: NodeRedisClient,
    @Inject(SERVER_ENV) env: ServerEnv,
  ) {
    this.prefix = `${env.QUEUE_PREFIX}:presence`;
  }

  /**
   * The room's count with this socket in it, and whether putting it there changed the count (a
   * second tab does not); null while Redis is away (not known, so never "0 online").
   */
  async enter(room: string, presence: SocketPresence): Promise<PresenceCount | null> {
    if (!this.redis.isReady) return null;
    const [entered = { online: 0, changed: false }] = await bounded(this.enterAll([{ room, ...presence }]));
    return entered;
  }

  /** The room's count without this socket; null while Redis is away. */
  async leave(room: string, presence: SocketPresence): Promise<number | null> {
    if (!this.redis.isReady) return null;
    const reply = await bounded(this.run(LEAVE, [this.roomKey(room), this.socketsKey(room, presence.memberId)], [String(PRESENCE_TTL_MS), presence.memberId, presence.socketId]));
    return Number(reply);
  }

  /**
   * Refreshes every (room, socket) this node holds; called on a timer and when Redis is back. Returns
   * the rooms whose count the refresh changed, each with its count: the members Redis had lost (a
   * restart keeps nothing) counted again, or those of a dead node gone.
   */
  async refresh(entries: ReadonlyArray<{ room: string } & SocketPresence>): Promise<Map<string, number>> {
    if (!this.redis.isReady || entries.length === 0) return new Map();
    const batches: Array<Promise<PresenceCount[]>> = [];
    for (let start = 0; start < entries.length; start += REFRESH_BATCH) batches.push(this.enterAll(entries.slice(start, start + REFRESH_BATCH)));
    // Sent together on the one connection: a single round trip however many batches there are,
    // run by Redis in the order sent, so a room's last reply is its count once all are in.
    const replies = (await bounded(Promise.all(batches))).flat();
    const latest = new Map<string, number>();
    const changed = new Set<string>();
    entries.forEach(({ room }, index) => {
      const reply = replies[index];
      if (!reply) return;
      latest.set(room, reply.online);
      if (reply.changed) changed.add(room);
    });
    return new Map([...changed].map((room) => [room, latest.get(room) ?? 0]));
  }

  async count(room: string): Promise<number | null> {
    const { [room]: online = null } = await this.counts([room]);
    return online;
  }

  /**
   * Every room's count in one round trip (the room list); null for all of them while Redis is away
   * or does not answer in time: not known, which a page shows as no count rather than "0 online"
   * beside a room full of people.
   */
  async counts(rooms: readonly string[]): Promise<Record<string, number | null>> {
    const online = !this.redis.isReady || rooms.length === 0 ? null : await bounded(this.run(COUNT, rooms.map((room) => this.roomKey(room)), [])).then(toCounts, () => null);
    return Object.fromEntries(rooms.map((room, index) => [room, online ? (online[index] ?? 0) : null]));
  }

  /** Records that a member is typing; false when they already were (no need to re-broadcast). */
  async typing(room: string, memberId: string): Promise<boolean> {
    if (!this.redis.isReady) return true;
    const set = await bounded(this.redis.set(this.typingKey(room, memberId), '1', { expiration: { type: 'EX', value: TYPING_TTL_SECONDS }, condition: 'NX' }));
    return set === 'OK';
  }

  /** Forgets a typing notice that was not sent on, so the next one is. */
  async stoppedTyping(room: string, memberId: string): Promise<void> {
    if (this.redis.isReady) await bounded(this.redis.del(this.typingKey(room, memberId)));
  }

  private typingKey(room: string, memberId: string): string {
    return `${this.prefix}:typing:${room}:${memberId}`;
  }

  private async enterAll(entries: ReadonlyArray<{ room: string } & SocketPresence>): Promise<PresenceCount[]> {
    const keys = entries.flatMap(({ room, memberId }) => [this.roomKey(room), this.socketsKey(room, memberId)]);
    const args = [String(PRESENCE_TTL_MS), ...entries.flatMap(({ memberId, socketId }) => [memberId, socketId])];
    const replies = toCounts(await this.run(ENTER, keys, args));
    return entries.map((_, index) => ({ online: replies[2 * index] ?? 0, changed: replies[2 * index + 1] === 1 }));
  }

  /** By its SHA1, which Redis keeps once it has seen the script; sent whole only when Redis asks (after a restart). */
  private async run(script: PresenceScript, keys: string[], args: string[]): Promise<unknown> {
    try {
      return await this.redis.evalSha(script.sha, { keys, arguments: args });
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return this.redis.eval(script.source, { keys, arguments: args });
    }
  }

  /** The room's members, each scored by when their last socket expires. */
  private roomKey(room: string): string {
    return `${this.prefix}:members:${room}`;
  }

  /** One member's sockets in the room, each scored by when it expires. */
  private socketsKey(room: string, memberId: string): string {
    return `${this.prefix}:sockets:${room}:${memberId}`;
  }
}

/** A room's count after a socket entered it, and whether the entry changed it. */
export interface PresenceCount {
  online: number;
  changed: boolean;
}

interface PresenceScript {
  source: string;
  sha: string;
}

function presenceScript(source: string): PresenceScript {
  return { source, sha: createHash('sha1').update(source).digest('hex') };
}

function toCounts(reply: unknown): number[] {
  return Array.isArray(reply) ? reply.map(Number) : [];
}

function bounded<T>(command: Promise<T>): Promise<T> {
  return withTimeout(command, PRESENCE_REDIS_BOUND_MS, 'presence: Redis did not answer in time');
}
