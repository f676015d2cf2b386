import { io, type Socket } from 'socket.io-client';
import { getAccessToken } from './access-token';

let shared: Socket | null = null;
let holders = 0;

/**
 * One Socket.IO connection per tab, shared by every feature that listens (crisis resources, the
 * moderators' live queue, chat). The token is read at every (re)connect, so a rotated access
 * token is used after a drop. Each `acquireSocket` is paired with a `releaseSocket`; the last
 * release closes the connection (on sign-out every holder lets go).
 */
export function acquireSocket(): Socket {
  shared ??= io({ path: '/socket.io', auth: (callback) => callback({ token: getAccessToken() }), transports: ['websocket'] });
  holders++;
  return shared;
}

export function releaseSocket(): void {
  holders = Math.max(0, holders - 1);
  if (holders === 0 && shared) {
    shared.disconnect();
    shared = null;
  }
}
