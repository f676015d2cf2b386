// The baseline for the chat benchmark: a bare Socket.IO server that joins rooms and broadcasts,
// nothing else (no auth, no persistence, no moderation). Run as its own process, like the api.
// With REDIS_URL and ADAPTER_PREFIX it runs as one of several nodes through the same Redis streams
// adapter Lantern uses, the baseline for the two-node figure. With DATABASE_URL it stores each
// message first and broadcasts it with its id: the floor for a chat that keeps every message before
// anyone sees it. One INSERT is in flight at a time and messages that arrive meanwhile share the
// next (as Lantern's sends do): with one commit per message, on a machine whose disk stalls now
// and then, this floor's rounds ran as long as Lantern's (p99 15–318 ms against 15–203).
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Pool } from 'pg';
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
const pool = process.env.DATABASE_URL ? new Pool({ connectionString: process.env.DATABASE_URL, max: 10 }) : undefined;
pool?.on('error', () => undefined);

interface Waiting {
  payload: { room: string; body: string; clientMsgId: string };
  resolve: (id: string) => void;
  reject: (error: unknown) => void;
}
let waiting: Waiting[] = [];
let inFlight = false;
// One INSERT in flight; messages that arrive meanwhile share the next one.
function store(payload: Waiting['payload']): Promise<string> {
  return new Promise((resolve, reject) => {
    waiting.push({ payload, resolve, reject });
    if (!inFlight) flush();
  });
}
function flush(): void {
  if (!pool || waiting.length === 0) return;
  const batch = waiting;
  waiting = [];
  inFlight = true;
  pool
    .query<{ id: string; client_msg_id: string }>(
      `INSERT INTO bench_bare_messages (room, body, client_msg_id) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) RETURNING id, client_msg_id`,
      [batch.map((w) => w.payload.room), batch.map((w) => w.payload.body), batch.map((w) => w.payload.clientMsgId)],
    )
    .then(
      ({ rows }) => {
        // RETURNING promises no order: each message finds its row by its (per-run unique) client id.
        const ids = new Map(rows.map((row) => [row.client_msg_id, row.id]));
        batch.forEach((w) => w.resolve(ids.get(w.payload.clientMsgId) ?? ''));
      },
      (error: unknown) => batch.forEach((w) => w.reject(error)),
    )
    .finally(() => {
      inFlight = false;
      flush();
    });
}

io.on('connection', (socket) => {
  socket.on('room:join', (payload: { room: string }, ack?: (response: object) => void) => {
    void socket.join(`room:${payload.room}`);
    ack?.({ ok: true, messages: [] });
  });
  socket.on('message:send', (payload: { room: string; body: string; clientMsgId: string }, ack?: (response: object) => void) => {
    if (!pool) {
      io.to(`room:${payload.room}`).emit('message:new', { room: payload.room, body: payload.body, clientMsgId: payload.clientMsgId });
      ack?.({ ok: true, id: payload.clientMsgId });
      return;
    }
    store(payload).then(
      (id) => {
        io.to(`room:${payload.room}`).emit('message:new', { id, room: payload.room, body: payload.body, clientMsgId: payload.clientMsgId });
        ack?.({ ok: true, id });
      },
      () => ack?.({ ok: false, error: { code: 'SERVICE_UNAVAILABLE', message: 'not stored' } }),
    );
  });
});
// The storing baseline's table (in the bench's own database, dropped with it), before the port is told.
const ready = pool
  ? pool.query(`CREATE TABLE IF NOT EXISTS bench_bare_messages (id bigserial PRIMARY KEY, room text NOT NULL, body text NOT NULL, client_msg_id text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`)
  : Promise.resolve();
ready.then(
  () =>
    httpServer.listen(port, '127.0.0.1', () => {
      const address = httpServer.address();
      process.stdout.write(`${typeof address === 'object' && address ? address.port : port}\n`);
    }),
  (error: unknown) => {
    process.stderr.write(`bare chat server: cannot create its table: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
process.on('SIGTERM', () => {
  io.close();
  void (pool?.end() ?? Promise.resolve()).finally(() => process.exit(0));
});
