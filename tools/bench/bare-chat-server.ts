// The baseline for the chat benchmark: a bare Socket.IO server that joins rooms and broadcasts,
// nothing else (no auth, no persistence, no moderation). Run as its own process, like the api.
import { createServer } from 'node:http';
import { Server } from 'socket.io';

const port = Number(process.env.PORT ?? 0);
const httpServer = createServer();
const io = new Server(httpServer, { path: '/socket.io' });
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
