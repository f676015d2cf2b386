import { createNodeRedisClient, type NodeRedisClient } from '@lantern/queue';
import { io } from 'socket.io-client';
import { startApi, TEST_REDIS_URL } from '../../test/support/api-harness';
import { registerMember } from '../../test/support/rest-client';
import { waitFor } from '../../test/support/worker-process';

/** Connections to Redis that Socket.IO's adapter holds (its own and the ones it opened from it). */
async function adapterConnections(probe: NodeRedisClient): Promise<number> {
  const list = String(await probe.sendCommand(['CLIENT', 'LIST']));
  return list.split('\n').filter((line) => / name=lantern-socketio /.test(line)).length;
}

describe('Socket.IO Redis streams adapter (real Redis)', () => {
  it('closes every Redis connection it opened when the api shuts down, the ones for its subscriptions included', async () => {
    const probe = createNodeRedisClient(TEST_REDIS_URL, 'lantern-adapter-probe');
    await probe.connect();
    try {
      const before = await adapterConnections(probe);
      const api = await startApi('adapterclose');
      const member = await registerMember(api, 'Quiet Heron');
      const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', () => resolve());
        socket.once('connect_error', reject);
      });
      // The adapter's own connection and at least one it duplicated for its subscriptions.
      await waitFor(async () => (await adapterConnections(probe)) >= before + 2, 5_000, 'the adapter to subscribe');
      socket.close();
      await api.close();
      // At once, not when the adapter's blocking XREAD next times out (which kept test runs alive).
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await adapterConnections(probe)).toBe(before);
    } finally {
      await probe.quit();
    }
  });
});
