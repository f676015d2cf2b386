// The baseline for the chat benchmark: a bare Socket.IO server that joins rooms and broadcasts,
// nothing else (no auth, no persistence, no moderation). Run as its own process, like the api.
// With REDIS_URL and ADAPTER_PREFIX it runs as one of several nodes through the same Redis streams
// adapter Lantern uses, the baseline for the two-node figure.
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const httpServer = createServer();
const io = new Server(httpServer, { path: '/socket.io' });
if (process.env.REDIS_URL && process.env.ADAPTER_PREFIX) {
  // Without node-redis's per-command timeout, as Lantern's adapter connection runs: the baseline
  // must not carry a cost Lantern has shed.
  const redis = createClient({ url: process.env.REDIS_URL, commandOptions: { timeout: 0 } });
  redis.on('error', () => undefined);
  void redis.connect();
  const prefix = process.env.ADAPTER_PREFIX;
  io.adapter(createAdapter(redis, { streamName: prefix, channelPrefix: prefix, sessionKeyPrefix: `${prefix}:session:` }));
}
io.on('connection', (socket) => {
  socket.on('room:join', (payload: { room: string }, ack?: (response: object) => void) => {
    void socket.join(`room:${payload.room}`);
    ack?.({ ok: true, messages: [] });
  });
  socket.on('message:send', (payload: { room: string; body: string; clientMsgId: string }, ack?: (response: object) => void) => {
    io.to(`room:${payload.room}`).emit('message:new', { room: payload.room, body: payload.body, clientMsgId: payload.clientMsgId });
    ack?.({ ok: true, id: payload.clientMsgId });
  });
});
httpServer.listen(port, '127.0.0.1', () => {
  const address = httpServer.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : port}\n`);
});
process.on('SIGTERM', () => {
  io.close();
  process.exit(0);
});
