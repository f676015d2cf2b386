import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
// A real Socket.IO server stands in for the api in this test; the app itself never imports it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { Server } from 'socket.io';
import type { Socket } from 'socket.io-client';
import { openRealtimeSocket, renewRetryDelay } from './realtime-socket';

/**
 * A real Socket.IO server whose handshake takes only the one access token it calls valid, and
 * refuses any other as Lantern's api does (connect_error with data.code TOKEN_EXPIRED).
 */
async function tokenServer() {
  const http: HttpServer = createServer();
  const server = new Server(http, { path: '/socket.io' });
  const state = { valid: 'token-1', handshakes: [] as unknown[], busy: 0, unavailable: 0 };
  server.use((socket, next) => {
    const token: unknown = socket.handshake.auth.token;
    state.handshakes.push(token);
    // The next `busy` handshakes are refused as too many at once, as the api refuses a looping member.
    if (state.busy > 0) {
      state.busy--;
      next(Object.assign(new Error('That is a lot at once. Try again in 1 s.'), { data: { code: 'RATE_LIMITED', retryAfterSeconds: 1 } }));
    } else if (state.unavailable > 0) {
      // As the api refuses a handshake for a moment when it cannot read whom the member hid.
      state.unavailable--;
      next(Object.assign(new Error('Lantern cannot reach its database right now; connecting again in a moment.'), { data: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 } }));
    } else if (token === state.valid) next();
    else next(Object.assign(new Error('Your session expired; sign in again.'), { data: { code: 'TOKEN_EXPIRED' } }));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  return { server, state, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const waitFor = async (check: () => boolean, ms = 10_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the realtime socket', () => {
  let harness: Awaited<ReturnType<typeof tokenServer>>;
  let socket: Socket | undefined;
  // Let go after each test, so a renewal still scheduled does nothing.
  let wanted = true;
  beforeEach(async () => {
    wanted = true;
    harness = await tokenServer();
  });
  afterEach(async () => {
    wanted = false;
    socket?.disconnect();
    await harness.close();
  });
  const open = (token: () => string, renew: () => Promise<string | null>, stillWanted = () => wanted, retryDelay?: (failures: number) => number): Socket =>
    (socket = openRealtimeSocket({ url: harness.url, token, renew, wanted: stillWanted, retryDelay }));

  it('renews an access token that ran out while connected, and connects again after a drop', async () => {
    let current = 'token-1';
    const renewals: string[] = [];
    const socket = open(
      () => current,
      async () => {
        current = harness.state.valid;
        renewals.push(current);
        return current;
      },
    );
    await waitFor(() => socket.connected);

    // Fifteen minutes later the token has run out, and then the connection drops.
    harness.state.valid = 'token-2';
    socket.io.engine.close();
    await waitFor(() => renewals.length === 1 && socket.connected);
    expect(harness.state.handshakes).toEqual(['token-1', 'token-1', 'token-2']);
  });

  it('connects again when the first handshake carried a stale token', async () => {
    let current = 'stale';
    const socket = open(
      () => current,
      async () => (current = 'token-1'),
    );
    await waitFor(() => socket.connected);
    expect(harness.state.handshakes).toEqual(['stale', 'token-1']);
  });

  it('stays away when there is no session any more, and asks once, not in a loop, while the server keeps refusing', async () => {
    let renewals = 0;
    const socket = open(
      () => 'never-valid',
      async () => {
        renewals++;
        return renewals === 1 ? 'still-not-valid' : null;
      },
    );
    await waitFor(() => harness.state.handshakes.length === 2);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(renewals).toBe(1);
    expect(harness.state.handshakes).toHaveLength(2);
    expect(socket.connected).toBe(false);
  });

  it('keeps asking for a new token while Lantern cannot be reached, waiting longer after each failure, and connects once it answers', async () => {
    let current = 'stale';
    let attempts = 0;
    const waits: number[] = [];
    const socket = open(
      () => current,
      async () => {
        attempts++;
        if (attempts <= 3) throw new TypeError('Failed to fetch');
        return (current = 'token-1');
      },
      () => wanted,
      (failures) => {
        waits.push(failures);
        return 20;
      },
    );
    await waitFor(() => socket.connected);
    expect(attempts).toBe(4);
    // The wait is asked for with the count of failures in a row, which it grows with.
    expect(waits).toEqual([1, 2, 3]);
    expect(harness.state.handshakes).toEqual(['stale', 'token-1']);
  });

  it('waits 5 s after a failed renewal, doubling to at most a minute, spread between half and all of it', () => {
    expect([1, 2, 3, 4, 5, 6, 20].map((failures) => renewRetryDelay(failures, () => 1))).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
    expect([1, 2, 5, 20].map((failures) => renewRetryDelay(failures, () => 0))).toEqual([2_500, 5_000, 30_000, 30_000]);
    expect(renewRetryDelay(3, () => 0.5)).toBe(15_000);
  });

  it('drops a renewal still waiting when the connection is let go', async () => {
    const RETRY_MS = 43_210;
    const setSpy = jest.spyOn(global, 'setTimeout');
    const clearSpy = jest.spyOn(global, 'clearTimeout');
    try {
      let attempts = 0;
      let letGo = false;
      const socket = open(
        () => 'stale',
        async () => {
          attempts++;
          throw new TypeError('Failed to fetch');
        },
        () => !letGo,
        () => RETRY_MS,
      );
      // The renewal failed and the next one waits its turn.
      await waitFor(() => attempts === 1 && setSpy.mock.calls.some(([, ms]) => ms === RETRY_MS));
      const at = setSpy.mock.calls.findIndex(([, ms]) => ms === RETRY_MS);
      const scheduled = setSpy.mock.results[at].value as ReturnType<typeof setTimeout>;
      expect(clearSpy).not.toHaveBeenCalledWith(scheduled);
      letGo = true;
      socket.disconnect();
      expect(clearSpy).toHaveBeenCalledWith(scheduled);
    } finally {
      setSpy.mockRestore();
      clearSpy.mockRestore();
    }
  });

  // As the api refuses a looping member (RATE_LIMITED), or a handshake while it cannot read whom
  // the member hid (SERVICE_UNAVAILABLE): each with the wait before trying again.
  it.each([
    ['as too many at once', 'busy', 1],
    ['while the database was away', 'unavailable', 2],
  ] as const)('connects again by itself after the wait a handshake refused %s gives, without renewing', async (_why, refusal, times) => {
    harness.state[refusal] = times;
    let renewals = 0;
    const started = Date.now();
    const socket = open(
      () => 'token-1',
      async () => {
        renewals++;
        return 'token-1';
      },
    );
    await waitFor(() => socket.connected, 8_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(times * 1_000 - 100);
    expect(harness.state.handshakes).toEqual(Array.from({ length: times + 1 }, () => 'token-1'));
    expect(renewals).toBe(0);
  });

  it('renews nothing for a connection that was let go', async () => {
    let renewals = 0;
    const socket = open(
      () => 'stale',
      async () => {
        renewals++;
        return 'token-1';
      },
      () => false,
    );
    await waitFor(() => harness.state.handshakes.length === 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(renewals).toBe(0);
    expect(socket.connected).toBe(false);
  });

  it('connects again a moment after the server closes the connection (sessions ended): with the new token if this device has one, else refused and asking once', async () => {
    let current = 'token-1';
    let renewals = 0;
    const socket = open(
      () => current,
      async () => {
        renewals++;
        return null;
      },
    );
    await waitFor(() => socket.connected);

    // A new passphrase on this device: its new token is in hand when the server closes the old connection.
    harness.state.valid = 'token-2';
    current = 'token-2';
    harness.server.disconnectSockets(true);
    await waitFor(() => !socket.connected);
    await waitFor(() => socket.connected);
    expect(harness.state.handshakes).toEqual(['token-1', 'token-2']);
    expect(renewals).toBe(0);

    // Signed out everywhere from another device: this token is refused, no new one is given, nothing loops.
    harness.state.valid = 'token-3';
    harness.server.disconnectSockets(true);
    await waitFor(() => renewals === 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(socket.connected).toBe(false);
    expect(harness.state.handshakes).toEqual(['token-1', 'token-2', 'token-2']);
  });
});
