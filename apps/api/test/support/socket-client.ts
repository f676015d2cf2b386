import { io, type Socket } from 'socket.io-client';
import type { ChatMessage } from '@lantern/contracts';
import type { ApiHarness } from './api-harness';

/** What the gateway acknowledges with, every field any test reads. */
export interface SocketAck {
  ok: boolean;
  id?: string;
  duplicate?: boolean;
  messages?: ChatMessage[];
  online?: number;
  error?: { code: string; message: string; retryAfterSeconds?: number };
}

/**
 * Real socket.io-client connections for a spec, each kept so `closeAll` ends them after a test.
 * They reconnect quickly, as a phone on a flaky network would.
 */
export class TestSockets {
  private readonly open: Socket[] = [];

  /** `headers`: sent with the handshake, as a browser sends its Accept-Language. */
  connect(api: ApiHarness, token: string | undefined, headers?: Record<string, string>): Socket {
    const socket = io(api.baseUrl, { path: '/socket.io', auth: token ? { token } : {}, transports: ['websocket'], reconnectionDelay: 100, reconnectionDelayMax: 300, extraHeaders: headers });
    this.open.push(socket);
    return socket;
  }

  /** Connects and waits for the handshake; rejects with the server's connect_error. */
  async connected(api: ApiHarness, token: string | undefined, headers?: Record<string, string>): Promise<Socket> {
    return connected(this.connect(api, token, headers));
  }

  closeAll(): void {
    for (const socket of this.open.splice(0)) socket.disconnect();
  }
}

export async function connected(socket: Socket): Promise<Socket> {
  if (socket.connected) return socket;
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

export const emitAck = (socket: Socket, event: string, payload: unknown): Promise<SocketAck> => socket.timeout(5000).emitWithAck(event, payload) as Promise<SocketAck>;

/** Collects every event of one name a socket receives. */
export function collect<T>(socket: Socket, event: string): T[] {
  const seen: T[] = [];
  socket.on(event, (payload: T) => seen.push(payload));
  return seen;
}
