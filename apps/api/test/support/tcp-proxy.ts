import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

/**
 * A loopback TCP proxy in front of a real PostgreSQL or Redis, so a test can cut the service
 * off (every connection dropped, new ones refused) and bring it back, as an outage or a restart
 * looks to Lantern, without stopping the shared server other tests use. In front of api nodes it
 * plays the load balancer.
 */
export class TcpProxy {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private frozen = false;
  port = 0;
  /** What the service has sent back through the proxy: its replies' bytes and the reads they arrived in. */
  readonly fromTarget = { bytes: 0, reads: 0 };

  constructor(
    private readonly targetHost: string,
    private targetPort: number,
  ) {}

  /** New connections go to another port from now on, as a load balancer does after a health check fails. */
  retarget(port: number): void {
    this.targetPort = port;
  }

  async start(port = 0): Promise<number> {
    this.server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        if (this.frozen) socket.pause();
      }
      upstream.on('data', (chunk: Buffer) => {
        this.fromTarget.bytes += chunk.length;
        this.fromTarget.reads += 1;
      });
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, '127.0.0.1', () => resolve());
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  /** The outage: every open connection is reset and the port stops answering. */
  async cut(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    const server = this.server;
    this.server = undefined;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  /**
   * A hung service: every connection stays open, but nothing passes either way (a Redis busy in a
   * long script, a network that drops packets without resetting anything) until `thaw`.
   */
  freeze(): void {
    this.frozen = true;
    for (const socket of this.sockets) socket.pause();
  }

  thaw(): void {
    this.frozen = false;
    for (const socket of this.sockets) socket.resume();
  }

  /** The recovery: the same port answers again. */
  async restore(): Promise<void> {
    await this.start(this.port);
  }

  async stop(): Promise<void> {
    await this.cut();
  }

  /** The URL of the proxied service, keeping the user, password and path of the original. */
  urlFor(original: string): string {
    const url = new URL(original);
    url.hostname = '127.0.0.1';
    url.port = String(this.port);
    return url.toString();
  }
}

/** A loopback port nothing listens on at the moment of asking, for a process a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = (server.address() as AddressInfo);
      server.close(() => resolve(port));
    });
  });
}
