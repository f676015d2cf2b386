import fc from 'fast-check';
import { io, type Socket } from 'socket.io-client';
import { seedDemoData } from '@lantern/db';
import type { MemberRole } from '@lantern/contracts';
import { RealtimeGateway, SOCKET_EVENTS } from '../../src/realtime/realtime.gateway';
import { startApi, type ApiHarness } from '../support/api-harness';
import { routeCatalog, type RouteRule } from '../../src/http/route-catalog';
import { registerMember, withRole } from '../support/rest-client';
import { waitFor } from '../support/worker-process';

/** Strings attackers and accidents send: injections, traversal, odd Unicode, control bytes. */
const HOSTILE_STRINGS = [
  "' OR 1=1 --",
  "'; DROP TABLE members; --",
  '{"$gt": ""}',
  '../../../../etc/passwd',
  '%00',
  '\u0000',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '\u202e\u202dreversed',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦 \u200b\u200b',
  'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ',
  '\ud800',
  'x'.repeat(100_000),
  '-1',
  '1e309',
  'NaN',
  'null',
  '[]',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.anything({ maxDepth: 4, maxKeys: 6, withNullPrototype: true, withBigInt: false, withDate: false, withMap: false, withSet: false, withTypedArray: false, withSparseArray: false }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
/** JSON bodies shaped like ours (the fields our schemas read), with values of every wrong kind. */
const FIELD_NAMES = ['pseudonym', 'passphrase', 'refreshToken', 'recoveryCode', 'title', 'body', 'categorySlug', 'contentWarning', 'postAs', 'quotePostId', 'reason', 'note', 'kind', 'action', 'durationMinutes', 'version', 'region', 'locked', 'slowModeSeconds', 'pattern', 'replacement', 'how', 'noticeId', 'room', 'clientMsgId', 'name', 'slug', 'q', 'cursor', '__proto__', 'constructor'];
const shapedBody = fc.dictionary(fc.constantFrom(...FIELD_NAMES), hostileValue, { maxKeys: 6 });

type RawRequest = { body?: string | Blob; contentType?: string; query?: string; param?: string };

/** Raw bodies no JSON serializer would produce. */
const RAW_BODIES: RawRequest[] = [
  { body: '{"title": "unterminated', contentType: 'application/json' },
  { body: `${'['.repeat(5_000)}${']'.repeat(5_000)}`, contentType: 'application/json' },
  { body: `{"a":${'{"a":'.repeat(2_000)}1${'}'.repeat(2_001)}`, contentType: 'application/json' },
  { body: new Blob([new Uint8Array([0x7b, 0x22, 0x62, 0x6f, 0x64, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d])]), contentType: 'application/json' },
  { body: JSON.stringify({ body: 'x'.repeat(2 * 1024 * 1024) }), contentType: 'application/json' },
  { body: 'title=hello&body=world', contentType: 'application/x-www-form-urlencoded' },
  { body: '<xml>hello</xml>', contentType: 'application/xml' },
  { body: 'just text', contentType: 'text/plain' },
  { body: '', contentType: 'application/json' },
  { query: '?cursor[$gt]=&limit=-1&q[]=a&q[]=b&status=__proto__' },
  { query: `?q=${encodeURIComponent("'); SELECT pg_sleep(10); --")}&cursor=${'A'.repeat(5_000)}` },
  // What a probe found past the schemas once: a cursor whose sort key Date.parse takes and
  // PostgreSQL does not, year 0000, lone surrogates bound for jsonb, NUL and bad escapes in a path.
  { query: `?cursor=${Buffer.from(JSON.stringify(['1', '00000000-0000-4000-8000-000000000000'])).toString('base64url')}&before=0000-01-01T00:00:00Z` },
  { body: '{"preferences":{"theme":"\\ud800","\\udc00":true},"name":"Moon \\ud83c","description":"\\udfff","excerpt":"\\ud800","reason":"\\udc00"}', contentType: 'application/json' },
  { body: '{"baseUpdatedAt":"0000-01-01T00:00:00Z","before":"0000-12-31T23:59:59+00:00"}', contentType: 'application/merge-patch+json' },
  { param: '%00' },
  { param: '%FF' },
  { param: encodeURIComponent("1' OR '1'='1") },
  { param: '%E0%A4%A' },
  { param: encodeURIComponent('../../admin') },
  { param: 'x'.repeat(3_000) },
];

interface Finding {
  request: string;
  status: number;
  body: string;
}

describe('fuzzing every route and socket event with hostile input (real api)', () => {
  let api: ApiHarness;
  const tokens = {} as Record<MemberRole, string>;

  beforeAll(async () => {
    api = await startApi('fuzz');
    await seedDemoData(api.db.dataSource);
    tokens.member = (await registerMember(api, 'Fuzz Member')).token;
    const names = { moderator: 'Fuzz Keeper', admin: 'Fuzz Chief', partner: 'Fuzz Helper' } as const;
    for (const role of ['moderator', 'admin', 'partner'] as const) tokens[role] = (await withRole(api, await registerMember(api, names[role]), role)).token;
  });

  afterAll(async () => {
    await api.close();
  });

  /** The token that gets furthest into the route: the most privileged role it admits. */
  const tokenFor = (route: RouteRule) => {
    if (route.isPublic) return tokens.member;
    const role = (['admin', 'moderator', 'partner', 'member'] as const).find((candidate) => route.roles?.includes(candidate));
    return role ? tokens[role] : undefined;
  };
  const statuses = new Map<number, number>();
  const send = async (route: RouteRule, request: RawRequest): Promise<Finding | null> => {
    const path = route.path.replace(/:[a-zA-Z]+/g, request.param ?? '00000000-0000-4000-8000-000000000000') + (request.query ?? '');
    const headers: Record<string, string> = {};
    const token = tokenFor(route);
    if (token) headers.Authorization = `Bearer ${token}`;
    if (request.contentType) headers['Content-Type'] = request.contentType;
    const withBody = route.method !== 'GET' && request.body !== undefined;
    const response = await fetch(`${api.baseUrl}${path}`, { method: route.method, headers, body: withBody ? request.body : undefined });
    const text = await response.text();
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status < 500 && (response.status < 400 || hasErrorShape(text))) return null;
    return { request: `${route.method} ${path.slice(0, 120)} ${typeof request.body === 'string' ? request.body.slice(0, 80) : 'bytes'}`, status: response.status, body: text.slice(0, 200) };
  };

  it('answers every malformed, oversized, nested, mistyped or injected request with a coded 4xx (or success), never a 5xx', async () => {
    // Sign-outs, account erasure and a new passphrase last: they end the sessions (access tokens
    // included, at once) that the rest of the walk uses.
    const ending = (route: RouteRule) =>
      (route.method === 'DELETE' && (route.path === '/api/v1/me' || route.path === '/api/v1/me/sessions')) ||
      (route.method === 'PUT' && route.path === '/api/v1/me/passphrase') ||
      route.path.endsWith('/logout');
    const routes = routeCatalog(api.app).sort((a, b) => Number(ending(a)) - Number(ending(b)));
    expect(routes.length).toBeGreaterThan(30);
    const findings: Finding[] = [];
    let sent = 0;
    for (const route of routes) {
      const generated = fc.sample(shapedBody, { numRuns: 12, seed: 20261122 + sent }).map((body): RawRequest => ({ body: JSON.stringify(body), contentType: 'application/json' }));
      const values = fc.sample(hostileValue, { numRuns: 4, seed: 7 + sent }).map((value): RawRequest => ({ body: JSON.stringify(value ?? null), contentType: 'application/json' }));
      for (const request of [...RAW_BODIES, ...generated, ...values]) {
        const finding = await send(route, request);
        sent++;
        if (finding) findings.push(finding);
      }
    }
    expect(sent).toBeGreaterThan(routes.length * 25);
    expect(findings).toEqual([]);
    process.stdout.write(`fuzz: ${sent} requests over ${routes.length} routes; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}\n`);
    // The walk got past the guards: most answers are validation refusals, not 401/403.
    const refusedAtTheDoor = (statuses.get(401) ?? 0) + (statuses.get(403) ?? 0);
    expect(refusedAtTheDoor / sent).toBeLessThan(0.1);
    expect(statuses.get(400)).toBeGreaterThan(sent / 4);
    expect(statuses.get(413)).toBeGreaterThan(0);
    expect(statuses.get(415)).toBeGreaterThan(0);
    const health = await fetch(`${api.baseUrl}/api/health`);
    expect(health.status).toBe(200);
    // Some 3,000 requests one after another: about 20 s alone, past a minute on two cores shared
    // with the browser tests (as in npm test). A walk that takes long is not what this test judges.
  }, 240_000);

  it('acknowledges hostile socket payloads with a coded error, keeps the socket open and the server up', async () => {
    const member = (await registerMember(api, 'Fuzz Socket')).token;
    const socket: Socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member }, transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const internal: string[] = [];
    try {
      // A number is an event name to the parser too (`42[1,…]`): once, it ended the process.
      const events = [...Object.keys(SOCKET_EVENTS), 'constructor', '__proto__', 'message:new', 'x'.repeat(500), 1 as unknown as string, 0 as unknown as string];
      // Frames over the transport's 64 KB cap close the connection by design (last test below).
      const fits = (payload: unknown) => (JSON.stringify(payload) ?? '').length < 60_000;
      const payloads = [
        ...fc.sample(fc.oneof(shapedBody, hostileValue), { numRuns: 40, seed: 42 }).filter(fits),
        { room: 'lounge', body: 'x'.repeat(50_000), clientMsgId: 'big' },
        { room: { $ne: null } },
      ];
      for (const event of events) {
        for (const payload of payloads) {
          const ack = (await socket
            .timeout(5_000)
            .emitWithAck(event, payload)
            .catch((error: Error) => {
              throw new Error(`${error.message} on ${String(event).slice(0, 30)} ${JSON.stringify(payload)?.slice(0, 300)}`);
            })) as { ok: boolean; error?: { code: string } };
          if (typeof ack?.ok !== 'boolean' || (!ack.ok && (!ack.error?.code || ack.error.code === 'INTERNAL_ERROR'))) internal.push(`${String(event).slice(0, 30)}: ${JSON.stringify(ack).slice(0, 120)}`);
        }
      }
      expect(internal).toEqual([]);
      expect(socket.connected).toBe(true);
      const joined = (await socket.timeout(5_000).emitWithAck('room:join', { room: 'lounge' })) as { ok: boolean };
      expect(joined.ok).toBe(true);
    } finally {
      socket.disconnect();
    }
    expect((await fetch(`${api.baseUrl}/api/health`)).status).toBe(200);
  });

  it('lets go of a connection that keeps sending while it reads nothing it is sent, before its answers pile up in memory; the server stays up', async () => {
    const member = (await registerMember(api, 'Fuzz Deaf')).token;
    const deaf: Socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member }, transports: ['websocket'], reconnection: false });
    const bystander: Socket = io(api.baseUrl, { path: '/socket.io', auth: { token: tokens.member }, transports: ['websocket'], reconnection: false });
    try {
      await Promise.all([deaf, bystander].map((socket) => new Promise<void>((resolve) => socket.once('connect', () => resolve()))));
      const onServer = api.app.get(RealtimeGateway).server.sockets.sockets.get(deaf.id!)!;
      expect(onServer.connected).toBe(true);
      // The client stops reading its line (it still writes): every answer waits on the server.
      (deaf.io.engine.transport as unknown as { ws: { _socket: { pause(): void } } }).ws._socket.pause();
      const name = `unknown-${'x'.repeat(32)}`;
      const waiting = () => (onServer.conn as unknown as { writeBuffer: unknown[] }).writeBuffer.length;
      let sent = 0;
      let most = 0;
      while (onServer.connected && sent < 400_000) {
        for (let i = 0; i < 1_000; i++) deaf.emit(name, { n: sent + i }, () => undefined);
        sent += 1_000;
        await new Promise((resolve) => setTimeout(resolve, 5));
        most = Math.max(most, waiting());
      }
      await waitFor(async () => (onServer.connected ? undefined : true), 20_000, `the server letting go (sent ${sent}, ${waiting()} answers waiting)`);
      // Let go with a few thousand answers waiting at most, not one per event it sent, and the
      // line itself closed (not left waiting for a peer that reads nothing to answer its close).
      expect(most).toBeLessThan(10_000);
      await waitFor(async () => (onServer.conn.readyState === 'closed' ? true : undefined), 3_000, `the line closed (${onServer.conn.readyState})`);
      expect(bystander.connected).toBe(true);
      expect(((await bystander.timeout(5000).emitWithAck('room:join', { room: 'lounge' })) as { ok: boolean }).ok).toBe(true);
      expect((await fetch(`${api.baseUrl}/api/health`)).status).toBe(200);
    } finally {
      deaf.disconnect();
      bystander.disconnect();
    }
  });

  it('closes only the socket that sends a frame over 64 KB; the server stays up and the member reconnects', async () => {
    const member = (await registerMember(api, 'Fuzz Flood')).token;
    const flooder: Socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member }, transports: ['websocket'], reconnection: false });
    const bystander: Socket = io(api.baseUrl, { path: '/socket.io', auth: { token: tokens.member }, transports: ['websocket'], reconnection: false });
    try {
      await Promise.all([flooder, bystander].map((socket) => new Promise<void>((resolve) => socket.once('connect', () => resolve()))));
      const closed = new Promise<string>((resolve) => flooder.once('disconnect', (reason) => resolve(reason)));
      flooder.emit('message:send', { room: 'lounge', body: 'x'.repeat(200_000), clientMsgId: 'flood' });
      expect(await closed).toBe('transport close');
      expect(bystander.connected).toBe(true);
      expect(((await bystander.timeout(5_000).emitWithAck('room:join', { room: 'lounge' })) as { ok: boolean }).ok).toBe(true);
      flooder.connect();
      await new Promise<void>((resolve) => flooder.once('connect', () => resolve()));
      expect(((await flooder.timeout(5_000).emitWithAck('room:join', { room: 'lounge' })) as { ok: boolean }).ok).toBe(true);
      expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM messages WHERE client_msg_id = 'flood'`))[0].n).toBe(0);
    } finally {
      flooder.disconnect();
      bystander.disconnect();
    }
  });
});

function hasErrorShape(text: string): boolean {
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    return typeof parsed.error?.code === 'string' && typeof parsed.error.message === 'string';
  } catch {
    return false;
  }
}
