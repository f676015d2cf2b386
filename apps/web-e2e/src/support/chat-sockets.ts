import { expect } from '@playwright/test';
import { Redis } from 'ioredis';
import { io } from 'socket.io-client';
import type { Grant } from './operators';

/** Sends over a socket of the member's own, as another tab or phone would. */
export async function sendAs(baseURL: string, grant: Grant, room: string, bodies: string[]): Promise<void> {
  const socket = io(baseURL, { path: '/socket.io', auth: { token: grant.accessToken }, transports: ['websocket'] });
  try {
    expect(await socket.timeout(5_000).emitWithAck('room:join', { room })).toMatchObject({ ok: true });
    for (const body of bodies) {
      const ack = (await socket.timeout(5_000).emitWithAck('message:send', { room, body, clientMsgId: crypto.randomUUID() })) as { ok: boolean };
      expect(ack.ok, JSON.stringify(ack)).toBe(true);
    }
  } finally {
    socket.close();
  }
}

/**
 * Makes this run's dropped sessions unrecoverable, as when the node that held them went away: the
 * Redis stream Socket.IO recovers from, found by `marker` (words just said in one of its rooms; other
 * runs on this machine have streams of their own, left alone), is deleted, so the offset a
 * returning client holds is unknown.
 */
export async function forgetRecoverableSessionsHolding(marker: string): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { lazyConnect: true });
  await redis.connect();
  try {
    const holding = async () => {
      const keys: string[] = [];
      for (const key of await redis.keys('lantern-e2e-*:socket.io')) {
        const entries = await redis.xrevrange(key, '+', '-', 'COUNT', 200);
        if (entries.some(([, fields]) => fields.some((field) => field.includes(marker)))) keys.push(key);
      }
      return keys;
    };
    // The room hears a message once its sender has the ack (sendAs returns then): the words reach
    // the stream a moment after, so look until they are there.
    await expect.poll(async () => (await holding()).length, { message: 'the stream of this run', timeout: 5_000 }).toBe(1);
    await redis.del(...(await holding()));
  } finally {
    redis.disconnect();
  }
}
