import { Client } from 'pg';
import { parseServerEnv } from '@lantern/contracts';
import { testServerUrl } from '@lantern/db/testing';
import { PgListenerService } from './pg-listener.service';

describe('PgListenerService against the real PostgreSQL', () => {
  const listeners: PgListenerService[] = [];
  afterAll(async () => {
    for (const listener of listeners) await listener.onApplicationShutdown();
  });

  it('subscribes channels asked for in the same tick one statement at a time, and hears each of them', async () => {
    const listener = new PgListenerService(parseServerEnv({ NODE_ENV: 'test', DATABASE_URL: testServerUrl() }));
    listeners.push(listener);
    const ready = (channel: string, heard: string[]) => new Promise<void>((resolve) => listener.listen(channel, (payload) => heard.push(payload), resolve));
    const heard: Record<string, string[]> = { spec_first: [], spec_a: [], spec_b: [], spec_c: [] };
    await ready('spec_first', heard.spec_first);

    // The connection is up: three features subscribe at once, as the gateway does at start.
    const queryOf = Client.prototype.query;
    let running = 0;
    let mostAtOnce = 0;
    const spy = jest.spyOn(Client.prototype, 'query').mockImplementation(function (this: Client, ...args: unknown[]) {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      const result = (queryOf as (...rest: unknown[]) => Promise<unknown>).apply(this, args);
      return result.finally(() => (running -= 1)) as never;
    });
    try {
      await Promise.all(['spec_a', 'spec_b', 'spec_c'].map((channel) => ready(channel, heard[channel])));
    } finally {
      spy.mockRestore();
    }
    expect(mostAtOnce).toBe(1);

    const notifier = new Client({ connectionString: testServerUrl() });
    await notifier.connect();
    try {
      for (const channel of Object.keys(heard)) await notifier.query(`SELECT pg_notify($1, $2)`, [channel, `to ${channel}`]);
      const deadline = Date.now() + 5_000;
      while (Object.values(heard).some((payloads) => payloads.length === 0) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    } finally {
      await notifier.end();
    }
    expect(heard).toEqual({ spec_first: ['to spec_first'], spec_a: ['to spec_a'], spec_b: ['to spec_b'], spec_c: ['to spec_c'] });
  });
});
