import { createServer, Socket as NetSocket, type Server, type Socket } from 'node:net';
import { openDataSource } from './open-data-source';
import { testServerUrl } from './testing';

/** The test server's address with another port (and optionally another database). */
function viaPort(port: number, database?: string): string {
  const url = new URL(testServerUrl());
  url.hostname = '127.0.0.1';
  url.port = String(port);
  if (database) url.pathname = `/${database}`;
  return url.toString();
}

function listen(server: Server, port = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

function close(server: Server, sockets: Set<Socket>): Promise<void> {
  for (const socket of sockets) socket.destroy();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** A TCP relay to the test server that, while `answering` is false, takes connections and says nothing. */
function relay(): { server: Server; sockets: Set<Socket>; answer(): void } {
  const target = new URL(testServerUrl());
  const sockets = new Set<Socket>();
  let answering = false;
  const server = createServer((client) => {
    sockets.add(client);
    client.on('error', () => undefined);
    client.on('close', () => sockets.delete(client));
    if (!answering) return;
    const upstream = new NetSocket();
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    upstream.connect(Number(target.port || 5432), target.hostname, () => {
      client.pipe(upstream);
      upstream.pipe(client);
    });
    client.on('close', () => upstream.destroy());
  });
  return { server, sockets, answer: () => (answering = true) };
}

describe('opening the database at start (real PostgreSQL)', () => {
  it('keeps trying while nothing listens yet, and opens once PostgreSQL is there', async () => {
    const probe = createServer();
    const port = await listen(probe);
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const late = relay();
    late.answer();
    const retries: string[] = [];
    const opening = openDataSource({
      url: viaPort(port),
      poolSize: 1,
      waitMs: 20_000,
      onRetry: (error) => {
        retries.push(error.message);
        // Nothing listened for the first try; the database "comes up" on the port after it.
        if (retries.length === 2) void listen(late.server, port);
      },
    });
    const dataSource = await opening;
    try {
      expect(await dataSource.query('SELECT 41 + 1 AS answer')).toEqual([{ answer: 42 }]);
      expect(retries.length).toBeGreaterThanOrEqual(2);
      expect(retries[0]).toMatch(/ECONNREFUSED/);
    } finally {
      await dataSource.destroy();
      await close(late.server, late.sockets);
    }
  });

  it('keeps trying past a connection that timed out (a loaded machine), then opens', async () => {
    const slow = relay();
    const port = await listen(slow.server);
    const retries: string[] = [];
    const dataSource = await openDataSource({
      url: viaPort(port),
      poolSize: 1,
      waitMs: 20_000,
      onRetry: (error) => {
        retries.push(error.message);
        slow.answer();
      },
    });
    try {
      expect(retries).toHaveLength(1);
      expect(retries[0]).toMatch(/timeout/i);
      expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await dataSource.destroy();
      await close(slow.server, slow.sockets);
    }
  });

  it('gives up after the wait with a sentence naming the host, not the password', async () => {
    const probe = createServer();
    const port = await listen(probe);
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const url = new URL(viaPort(port));
    url.password = 'secret-passphrase';
    const retries: string[] = [];
    const failure = await openDataSource({ url: url.toString(), poolSize: 1, waitMs: 1_000, onRetry: (error) => retries.push(error.message) }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(new RegExp(`^Cannot reach PostgreSQL at DATABASE_URL \\(127\\.0\\.0\\.1:${port}\\): .*ECONNREFUSED`));
    expect((failure as Error).message).not.toContain('secret-passphrase');
    // 0.25 + 0.5 s of waits fit in a second (fewer on a loaded machine, where each try takes longer); a third (1 s more) would not.
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries.length).toBeLessThanOrEqual(2);
  });

  it('fails at once on an answer that will not change (no such database)', async () => {
    const retries: string[] = [];
    const failure = await openDataSource({
      url: viaPort(Number(new URL(testServerUrl()).port || 5432), 'lantern_no_such_database_here'),
      poolSize: 1,
      waitMs: 20_000,
      onRetry: (error) => retries.push(error.message),
    }).catch((error: Error) => error);
    expect((failure as Error).message).toMatch(/^Cannot reach PostgreSQL at DATABASE_URL .*database "lantern_no_such_database_here" does not exist/);
    expect(retries).toEqual([]);
  });
});
