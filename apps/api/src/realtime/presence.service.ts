import { Inject, Injectable } from '@nestjs/common';
import { withTimeout, type NodeRedisClient } from '@lantern/queue';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { REDIS_CLIENT } from '../infra/infra.tokens';

/** A socket that has not refreshed its presence for this long is counted as gone (a dead node). */
export const PRESENCE_TTL_MS = 60_000;
export const PRESENCE_REFRESH_MS = 20_000;
const TYPING_TTL_SECONDS = 5;
/** How long presence and typing wait for Redis; past it the caller goes on without (a count of 0, a typing notice sent). */
export const PRESENCE_REDIS_BOUND_MS = 1_000;

/**
 * A socket's entry in a room's presence: its member and the socket. A member with the room open in
 * two tabs, or on a phone and a laptop, is one person online, not two: someone alone at 3 a.m.
 * with two tabs open must not read "2 online" and wait for an answer from nobody.
 */
export function presenceId(memberId: string, socketId: string): string {
  return `${memberId}/${socketId}`;
}

/**
 * Who is in a room, kept in Redis so every api node counts the same: one sorted set per room of
 * sockets (`presenceId`: member and socket) scored by when their presence expires, counted by
 * member. A node that dies stops refreshing, and its sockets fall out of the count within a minute. Typing is a short-lived key per member and room.
 * Typing is asked for as members type, more often than they send: like the rate limiter, these
 * calls bound their own wait (the connection carries no per-command timeout: InfraModule).
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

  async enter(room: string, presence: string): Promise<number> {
    if (!this.redis.isReady) return 0;
    await bounded(this.redis.zAdd(this.key(room), { score: Date.now() + PRESENCE_TTL_MS, value: presence }));
    return this.count(room);
  }

  async leave(room: string, presence: string): Promise<number> {
    if (!this.redis.isReady) return 0;
    await bounded(this.redis.zRem(this.key(room), presence));
    return this.count(room);
  }

  /** Refreshes every (room, socket) this node holds; called on a timer. */
  async refresh(entries: ReadonlyArray<{ room: string; presence: string }>): Promise<void> {
    if (!this.redis.isReady || entries.length === 0) return;
    const score = Date.now() + PRESENCE_TTL_MS;
    const multi = this.redis.multi();
    for (const { room, presence } of entries) multi.zAdd(this.key(room), { score, value: presence });
    await bounded(multi.exec());
  }

  async count(room: string): Promise<number> {
    if (!this.redis.isReady) return 0;
    await bounded(this.redis.zRemRangeByScore(this.key(room), '-inf', Date.now()));
    // People, not sockets: a member's tabs and devices count once.
    const present = await bounded(this.redis.zRange(this.key(room), 0, -1));
    return new Set(present.map((entry) => String(entry).split('/')[0])).size;
  }

  async counts(rooms: readonly string[]): Promise<Record<string, number>> {
    const entries = await Promise.all(rooms.map(async (room) => [room, await this.count(room).catch(() => 0)] as const));
    return Object.fromEntries(entries);
  }

  /** Records that a member is typing; false when they already were (no need to re-broadcast). */
  async typing(room: string, memberId: string): Promise<boolean> {
    if (!this.redis.isReady) return true;
    const set = await bounded(this.redis.set(`${this.prefix}:typing:${room}:${memberId}`, '1', { expiration: { type: 'EX', value: TYPING_TTL_SECONDS }, condition: 'NX' }));
    return set === 'OK';
  }

  private key(room: string): string {
    return `${this.prefix}:room:${room}`;
  }
}

function bounded<T>(command: Promise<T>): Promise<T> {
  return withTimeout(command, PRESENCE_REDIS_BOUND_MS, 'presence: Redis did not answer in time');
}
