import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io } from 'socket.io-client';
import { seedDemoData, tellCasesOfDanger } from '@lantern/db';
import { dropQueueKeys } from '@lantern/db/testing';
import { closeQueue, createBullConnection, createNodeRedisClient, createPartnerQueue, createPartnerWorker } from '@lantern/queue';
import type { AccountExport, AdminEscalation, ChatMessage, CrisisResources, Escalation, EscalationContactUpdatedWebhook, EscalationWebhook, EscalationWithdrawnWebhook, HandoffFailedEvent, OutreachReceipt, OutreachStatus, PrivateRoomReadyEvent, QueueItem, QueueItemDetail, RoomSummary, Thread } from '@lantern/contracts';
import { partnerDeliveryJobId } from '@lantern/contracts';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { holdLocks, untilLockWaiters } from '../../test/support/db-locks';
import { changeBehindTokens, registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';
// The sweep's own call, made here on a failed job as the worker reads it back from Redis.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { WebhookProcessor } from '../../../worker/src/partners/webhook.processor';

interface ErrorResponse {
  error: { code: string; message: string };
}

type Behaviour = 'ok' | 'fail' | 'hang' | 'flood';

/** The partner's endpoint, outside our walls: a local HTTP server told how to answer. */
class PartnerEndpoint {
  readonly received: Array<{ headers: IncomingHttpHeaders; body: string; answered: Behaviour; at: number; closedAt?: number }> = [];
  /** How many bytes each 'flood' answer got to send before Lantern hung up. */
  readonly flooded: number[] = [];
  behaviours: Behaviour[] = [];
  fallback: Behaviour = 'ok';
  /** When set, answers each request by what it carries (after `behaviours` run out), instead of `fallback`. */
  decide: ((body: string) => Behaviour) | undefined;
  private server: Server | undefined;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        const answered = this.behaviours.shift() ?? this.decide?.(body) ?? this.fallback;
        const entry: (typeof this.received)[number] = { headers: request.headers, body, answered, at: Date.now() };
        this.received.push(entry);
        if (answered === 'hang') {
          // Never answers: the sender's timeout must fire (it hangs up: when, is kept).
          response.on('close', () => (entry.closedAt = Date.now()));
          return;
        }
        if (answered === 'flood') {
          // Accepted, then a body that never ends, as fast as the connection takes it.
          response.writeHead(202, { 'Content-Type': 'application/json' });
          const chunk = Buffer.alloc(64 * 1024, 0x20);
          let sent = 0;
          const pour = () => {
            while (!response.destroyed && response.write(chunk)) sent += chunk.length;
          };
          response.on('drain', pour);
          response.on('close', () => this.flooded.push(sent));
          pour();
          return;
        }
        response.writeHead(answered === 'ok' ? 202 : 500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ ok: answered === 'ok' }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/lantern-hook`;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

describe('hotline partner escalation (real PostgreSQL, Redis, worker; the partner is a local HTTP server)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let endpoint: PartnerEndpoint;
  let partnerId: string;
  let secret: string;
  let otherPartnerUser: Session;
  let counsellor: Session;
  let moderator: Session;
  let admin: Session;

  const env = { WEBHOOK_TIMEOUT_MS: '400', WEBHOOK_RETRY_BASE_MS: '100' };
  const workerEnv = () => ({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, JWT_SECRET: api.env.JWT_SECRET ?? '', ...env });

  beforeAll(async () => {
    endpoint = new PartnerEndpoint();
    await endpoint.start();
    api = await startApi('partners', env);
    await seedDemoData(api.db.dataSource);
    worker = startWorker(workerEnv());
    secret = randomBytes(32).toString('hex');
    const [partner] = await api.db.dataSource.query(
      `INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Hope Line', '{US}', $1, $2) RETURNING id`,
      [endpoint.url, secret],
    );
    partnerId = partner.id;
    counsellor = await asPartnerOf(await registerMember(api, 'Rowan Hope'), partnerId);
    otherPartnerUser = await withRole(api, await registerMember(api, 'Other Line Rook'), 'partner');
    moderator = await withRole(api, await registerMember(api, 'Mod Birch'), 'moderator');
    admin = await withRole(api, await registerMember(api, 'Ash Willow'), 'admin');
  });

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await api.close();
    await endpoint.stop();
  });

  /** A partner organisation's staff account, as `npm run cli -- user:create --role partner` makes it. */
  const asPartnerOf = async (session: Session, organisation: string): Promise<Session> => {
    await api.db.dataSource.query(`UPDATE members SET role = 'partner', partner_id = $2 WHERE id = $1`, [session.memberId, organisation]);
    const refreshed = await rest<{ accessToken: string; refreshToken: string }>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
    return { ...session, token: refreshed.body.accessToken, refreshToken: refreshed.body.refreshToken };
  };

  const crisisItem = async (who: Session) => {
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'depression', title: 'tonight', body: 'I want to end my life tonight.' } })).body;
    return waitFor(
      async () => (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((item) => item.contentId === thread.firstPost.id || item.authorId === who.memberId),
      15_000,
      'the crisis item',
    );
  };
  const escalate = (item: QueueItem, extra: Record<string, unknown> = {}) =>
    rest<QueueItem & ErrorResponse>(api, 'POST', `/api/v1/moderation/flags/${item.id}/resolve`, { token: moderator.token, body: { action: 'escalate', partnerId, ...extra } });
  const outreachOf = async (who: Session) => (await rest<{ request: OutreachStatus | null }>(api, 'GET', '/api/v1/me/outreach', { token: who.token })).body.request;
  /** The first delivery of a hand-off once BullMQ has failed it for good, as the worker's sweep reads it back. */
  const failedDelivery = async (escalationId: string) => {
    const queue = createPartnerQueue(createBullConnection(api.env.REDIS_URL, 'producer', 'partners-spec-failed'), api.env.QUEUE_PREFIX);
    try {
      return await waitFor(
        async () => {
          const job = await queue.getJob(`${escalationId}-d1`);
          return job && (await job.getState()) === 'failed' ? job : undefined;
        },
        20_000,
        'the delivery to fail every attempt',
      );
    } finally {
      await closeQueue(queue);
    }
  };
  /** How often a hand-off's failed delivery is on its timeline and in the audit log. */
  const failureRecords = async (escalationId: string) =>
    (
      await api.db.dataSource.query(
        `SELECT (SELECT count(*)::int FROM escalation_events WHERE escalation_id = $1 AND status = 'delivery_failed') AS steps,
                (SELECT count(*)::int FROM audit_log WHERE target_id = $1 AND action = 'partner_delivery_failed') AS audits`,
        [escalationId],
      )
    )[0];
  const escalationFor = async (flagId: string) => (await api.db.dataSource.query(`SELECT id, status, phone_ciphertext, room_slug FROM escalations WHERE flag_id = $1`, [flagId]))[0];

  it('refuses to escalate without the member’s consent, unless imminent risk is recorded with a reason; that path is audited and shown to admins', async () => {
    const member = await registerMember(api, 'Quiet Fern');
    const item = await crisisItem(member);
    const refused = await escalate(item, { body: 'wants to end their life tonight' });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'CONSENT_REQUIRED']);
    const noReason = await escalate(item, { basis: 'imminent_risk' });
    expect([noReason.status, noReason.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE flag_id = $1`, [item.id])).toHaveLength(0);

    endpoint.behaviours = ['ok'];
    const done = await escalate(item, { basis: 'imminent_risk', note: 'Plan and means tonight; not answering moderators.', body: 'I want to end my life tonight.' });
    expect(done.status).toBe(200);
    const escalation = await escalationFor(item.id);
    // The delivery worker audits its own attempts on this escalation whenever they land (actor 'system'): only people's actions are asked about here.
    const audit = await api.db.dataSource.query(`SELECT action, reason FROM audit_log WHERE target_id = $1 AND actor_role <> 'system'`, [escalation.id]);
    expect(audit).toEqual([{ action: 'escalate_without_consent', reason: 'Plan and means tonight; not answering moderators.' }]);
    const listed = await rest<{ items: AdminEscalation[] }>(api, 'GET', '/api/v1/admin/escalations', { token: admin.token });
    expect(listed.body.items.find((entry) => entry.id === escalation.id)).toMatchObject({ basis: 'imminent_risk', reason: 'Plan and means tonight; not answering moderators.', partnerName: 'Hope Line' });
    expect((await rest(api, 'GET', '/api/v1/admin/escalations', { token: moderator.token })).status).toBe(403);
    const partners = await rest<{ items: Array<Record<string, unknown>> }>(api, 'GET', '/api/v1/moderation/partners', { token: moderator.token });
    expect(partners.body.items.find((entry) => entry.id === partnerId)).toEqual({ id: partnerId, name: 'Hope Line', regions: ['US'], hours: '24/7' });
    // Its webhook lands before the next test counts what the partner received.
    await waitFor(async () => (await escalationFor(item.id)).status === 'delivered', 10_000, 'delivery');
  });

  it('hands a case only to a crisis line that serves the member’s region (or every region), and says so', async () => {
    const abroad = await rest<{ accessToken: string; refreshToken: string; member: { id: string; pseudonym: string } }>(api, 'POST', '/api/v1/auth/register', {
      body: { pseudonym: 'Far Heron', region: 'FR' },
    });
    expect(abroad.status).toBe(201);
    const member: Session = { token: abroad.body.accessToken, refreshToken: abroad.body.refreshToken, memberId: abroad.body.member.id, pseudonym: abroad.body.member.pseudonym };
    const item = await crisisItem(member);
    const imminent = { basis: 'imminent_risk', note: 'Says tonight, has means.' };
    const refused = await escalate(item, imminent);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'PARTNER_OUT_OF_REGION']);
    expect(refused.body.error.message).toContain('FR');
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE flag_id = $1`, [item.id])).toHaveLength(0);
    // The item is still the moderator's to act on, as it was.
    const [{ status }] = await api.db.dataSource.query(`SELECT status FROM flags WHERE id = $1`, [item.id]);
    expect(status).not.toBe('resolved');
    // A line listing no regions serves every region.
    const [everywhere] = await api.db.dataSource.query(`INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('World Line', '{}', $1, $2) RETURNING id`, [
      endpoint.url,
      randomBytes(32).toString('hex'),
    ]);
    endpoint.behaviours = ['ok'];
    const handed = await escalate(item, { ...imminent, partnerId: everywhere.id });
    expect(handed.status).toBe(200);
    // Its webhook lands before the next test counts what the partner received.
    await waitFor(async () => (await escalationFor(item.id))?.status === 'delivered', 10_000, 'delivery');
  });

  it('reads "UK" as GB for members and lines alike, and passes a line a language tag, never free text', async () => {
    const british = await rest<{ accessToken: string; refreshToken: string; member: { id: string; pseudonym: string; region: string | null } }>(api, 'POST', '/api/v1/auth/register', {
      body: { pseudonym: 'Moor Heather', region: 'uk' },
    });
    expect([british.status, british.body.member.region]).toEqual([201, 'GB']);
    const member: Session = { token: british.body.accessToken, refreshToken: british.body.refreshToken, memberId: british.body.member.id, pseudonym: british.body.member.pseudonym };
    // A language preference is a tag: what a member types there would reach the line.
    const typed = await rest<ErrorResponse>(api, 'PATCH', '/api/v1/me', { token: member.token, body: { preferences: { language: 'call me at +1 555 0100' } } });
    expect([typed.status, typed.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const tagged = await rest<ErrorResponse>(api, 'PATCH', '/api/v1/me', { token: member.token, body: { preferences: { language: 'en-Samantha-Leeds-07700900' } } });
    expect([tagged.status, tagged.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await rest(api, 'PATCH', '/api/v1/me', { token: member.token, body: { preferences: { language: 'en-GB' } } })).status).toBe(200);
    const line = await rest<{ id: string; regions: string[] }>(api, 'POST', '/api/v1/admin/partners', {
      token: admin.token,
      body: { name: 'Moorland Line', regions: ['UK', 'GB'], webhookUrl: endpoint.url },
    });
    expect([line.status, line.body.regions]).toEqual([201, ['GB']]);
    endpoint.behaviours = ['ok'];
    const item = await crisisItem(member);
    const handed = await escalate(item, { basis: 'imminent_risk', note: 'Says tonight, has means.', partnerId: line.body.id });
    expect(handed.status).toBe(200);
    const escalation = await escalationFor(item.id);
    await waitFor(async () => (await escalationFor(item.id))?.status === 'delivered', 10_000, 'delivery');
    const delivered = JSON.parse(endpoint.received.filter((request) => request.body.includes(escalation.id)).at(-1)!.body) as EscalationWebhook;
    expect(delivered.payload).toMatchObject({ region: 'GB', language: 'en-GB' });
    // A region saved as typed before regions were stored as GB, and a language saved unchecked, are read so too.
    const older = await registerMember(api, 'Old Moor');
    await api.db.dataSource.query(`UPDATE members SET region = 'UK', preferences = preferences || '{"language": "<b>call me</b>"}'::jsonb WHERE id = $1`, [older.memberId]);
    const olderItem = await crisisItem(older);
    expect((await escalate(olderItem, { basis: 'imminent_risk', note: 'Says tonight, has means.', partnerId: line.body.id })).status).toBe(200);
    const olderCase = await escalationFor(olderItem.id);
    await waitFor(async () => (await escalationFor(olderItem.id))?.status === 'delivered', 10_000, 'delivery');
    const olderDelivered = JSON.parse(endpoint.received.filter((request) => request.body.includes(olderCase.id)).at(-1)!.body) as EscalationWebhook;
    expect(olderDelivered.payload).toMatchObject({ region: 'GB', language: 'en' });
  });

  it('calls no phone of a member whose words tell of someone hurting them: the member and the moderator are refused with a code, the private chat stays open', async () => {
    const noticeFor = (who: Session, postId: string) =>
      waitFor(async () => (await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: who.token })).body.items.find((each) => each.contentId === postId), 15_000, 'the crisis notice');
    // Their own crisis first, someone hurting them beside it.
    const member = await registerMember(api, 'Still Harbour');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'depression', title: 'home', body: 'My husband hits me when he drinks and I want to die.' } })).body;
    const notice = await noticeFor(member, thread.firstPost.id);
    expect([notice.concern, notice.alsoInDanger]).toEqual(['self', true]);
    const phone = await rest<ErrorResponse>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0199' } });
    expect([phone.status, phone.body.error.code]).toEqual([409, 'PHONE_NOT_OFFERED_IN_DANGER']);
    expect(phone.body.error.message).toContain('someone else could answer it');
    expect(await outreachOf(member)).toBeNull();
    expect((await rest(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } })).status).toBe(201);
    // Back to the phone from a case in the private chat: refused the same way.
    const back = await rest<ErrorResponse>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0199' } });
    expect([back.status, back.body.error.code]).toEqual([409, 'PHONE_NOT_OFFERED_IN_DANGER']);
    expect((await outreachOf(member))?.channel).toBe('in_app');

    // A number given before the danger was told: the moderator's hand-off would call it, and is refused until the notice is closed.
    const earlier = await registerMember(api, 'Still Lantern');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: earlier.token, body: { channel: 'phone', phone: '+1 555 010 0188' } });
    expect(consent.status).toBe(201);
    const told = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: earlier.token, body: { categorySlug: 'depression', title: 'at home', body: 'He told me if I leave he will kill me.' } })).body;
    const danger = await noticeFor(earlier, told.firstPost.id);
    expect([danger.concern, danger.alsoInDanger]).toEqual(['danger', false]);
    const item = (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((entry) => entry.id === consent.body.flagId)!;
    const before = endpoint.received.length;
    const refused = await escalate(item, { body: 'Asked for a call.' });
    expect([refused.status, refused.body.error.code]).toEqual([409, 'PHONE_NOT_OFFERED_IN_DANGER']);
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE flag_id = $1`, [item.id])).toHaveLength(0);
    expect(endpoint.received.length).toBe(before);
    expect((await rest(api, 'POST', `/api/v1/me/crisis-notices/${danger.noticeId}/close`, { token: earlier.token, body: { how: 'safe_now' } })).status).toBe(204);
    endpoint.behaviours = ['ok'];
    expect((await escalate(item, { body: 'Asked for a call.' })).status).toBe(200);
    const handed = await waitFor(async () => ((await escalationFor(item.id))?.status === 'delivered' ? escalationFor(item.id) : undefined), 10_000, 'delivery');
    // Danger told again after the hand-off: an admin sending the case (and its number) again is refused too.
    await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk, danger) VALUES ($1, 'post', $2, 'high', true)`, [earlier.memberId, randomUUID()]);
    const again = await rest<ErrorResponse>(api, 'POST', `/api/v1/admin/escalations/${handed.id}/redeliver`, { token: admin.token });
    expect([again.status, again.body.error.code]).toEqual([409, 'PHONE_NOT_OFFERED_IN_DANGER']);
    // Closed, so no sweep tells this line of the danger while later tests count what lines are sent.
    await rest(api, 'POST', `/api/v1/partner/escalations/${handed.id}/outcome`, { token: counsellor.token, body: { outcome: 'Closed by the test.' } });
  });

  it('delivers a consented case as a signed webhook with the minimum payload, the phone once, and an idempotency key', async () => {
    const member = await registerMember(api, 'Quiet Moss');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0199' } });
    expect(consent.status).toBe(201);
    const [stored] = await api.db.dataSource.query(`SELECT phone_ciphertext FROM outreach_requests WHERE member_id = $1`, [member.memberId]);
    expect(stored.phone_ciphertext).not.toContain('555');
    const item = (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.find((entry) => entry.id === consent.body.flagId)!;
    expect(item.priority).toBeGreaterThanOrEqual(100);
    // Moderators read what was asked for, and how: not "talk to a moderator".
    expect(item.excerpt).toBe('Asked for a crisis counsellor to contact them by phone.');

    const before = endpoint.received.length;
    endpoint.behaviours = ['ok'];
    expect((await escalate(item, { body: 'Asked for a call.' })).status).toBe(200);
    await waitFor(async () => endpoint.received.length > before, 10_000, 'the webhook');
    const delivery = endpoint.received[before];
    const webhook = JSON.parse(delivery.body) as EscalationWebhook;
    expect(webhook).toMatchObject({ event: 'escalation.created', basis: 'member_consent', phone: '+1 555 010 0199', dangerFromOther: false, payload: { channel: 'phone', excerpt: 'Asked for a call.', region: 'US' } });
    expect(Object.keys(webhook.payload).sort()).toEqual(['channel', 'excerpt', 'language', 'region', 'risk']);
    expect(delivery.body).not.toContain(member.pseudonym);
    expect(delivery.body).not.toContain(member.memberId);
    // The signature partners verify: HMAC-SHA256 over "<timestamp>.<body>" with their secret.
    const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(delivery.headers['x-lantern-signature'])) ?? [];
    expect(signature).toBe(createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex'));
    expect(Math.abs(Date.now() / 1000 - Number(timestamp))).toBeLessThan(30);
    expect(delivery.headers['x-lantern-idempotency-key']).toBe(webhook.escalationId);
    await waitFor(async () => (await escalationFor(item.id)).status === 'delivered', 5_000, 'delivered status');
  });

  it('answers "talk to a moderator now" with a private room for the member and the moderator, and nobody else', async () => {
    const member = await registerMember(api, 'Quiet Bracken');
    const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} });
    const path = `/api/v1/moderation/flags/${asked.body.flagId}/support-room`;
    expect((await rest<ErrorResponse>(api, 'POST', path, { token: member.token })).status).toBe(403);
    // The member, wherever they are in Lantern, hears at once that the room is open.
    const listening = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    const told: PrivateRoomReadyEvent[] = [];
    listening.on('room:private-ready', (event: PrivateRoomReadyEvent) => told.push(event));
    await new Promise<void>((resolve) => listening.once('connect', () => resolve()));
    const opened = await rest<{ room: string }>(api, 'POST', path, { token: moderator.token });
    expect(opened.status).toBe(200);
    const room = opened.body.room;
    expect(room).toBe(`support-${asked.body.flagId}`);
    await waitFor(async () => told.length > 0, 5_000, 'the member told of the room');
    listening.disconnect();
    expect(told).toEqual([{ room, by: 'moderator' }]);
    // Asked again (another moderator, a double click): the same room.
    expect((await rest<{ room: string }>(api, 'POST', path, { token: moderator.token })).body.room).toBe(room);
    const listed = await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: member.token });
    expect(listed.body.items[0]).toMatchObject({ slug: room, private: true, description: 'Just you and a Lantern moderator.' });
    // The moderators read it from their side, in the list and in what a change of its settings answers.
    const theirs = (await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: moderator.token })).body.items.find((entry) => entry.slug === room);
    expect(theirs?.description).toBe('Just you and the member who asked to talk to a moderator (and any other moderator who answers them).');
    const slowed = await rest<RoomSummary>(api, 'PATCH', `/api/v1/rooms/${room}`, { token: moderator.token, body: { slowModeSeconds: 0 } });
    expect([slowed.status, slowed.body.description]).toEqual([200, theirs?.description]);
    // One line in the log: the moderator came into the room once, however often they opened it.
    const [{ n }] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'open_support_room' AND target_id = $1`, [asked.body.flagId]);
    expect(n).toBe(1);

    const stranger = await registerMember(api, 'Curious Bracken');
    const sockets = [member, moderator, stranger].map((who) => io(api.baseUrl, { path: '/socket.io', auth: { token: who.token }, transports: ['websocket'] }));
    try {
      const joins = (await Promise.all(sockets.map((socket) => socket.timeout(5000).emitWithAck('room:join', { room })))) as Array<{ ok: boolean; error?: { code: string; message: string } }>;
      expect(joins.map((join) => join.ok)).toEqual([true, true, false]);
      // Answered word for word as a room that does not exist: a stranger cannot learn it is there.
      const madeUp = `${room.slice(0, -4)}zzzz`;
      const none = (await sockets[2].timeout(5000).emitWithAck('room:join', { room: madeUp })) as { error?: { code: string; message: string } };
      expect(joins[2].error).toEqual({ code: 'ROOM_NOT_FOUND', message: none.error?.message.replace(madeUp, room) });
      const [overRest, noneOverRest] = await Promise.all([room, madeUp].map((slug) => rest<ErrorResponse>(api, 'GET', `/api/v1/rooms/${slug}/messages`, { token: stranger.token })));
      expect([overRest.status, overRest.body.error]).toEqual([noneOverRest.status, { ...noneOverRest.body.error, message: noneOverRest.body.error.message.replace(madeUp, room) }]);
    } finally {
      for (const socket of sockets) socket.disconnect();
    }

    // Only a support request can be answered this way; an unknown item is not found.
    const post = await crisisItem(await registerMember(api, 'Heavy Nightfall'));
    const refused = await rest<ErrorResponse>(api, 'POST', `/api/v1/moderation/flags/${post.id}/support-room`, { token: moderator.token });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'NOT_A_SUPPORT_REQUEST']);
    const missing = await rest<ErrorResponse>(api, 'POST', `/api/v1/moderation/flags/${crypto.randomUUID()}/support-room`, { token: moderator.token });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'FLAG_NOT_FOUND']);
  });

  it('retries after a 500 and a timeout, then delivers; every attempt carries the same idempotency key', async () => {
    const member = await registerMember(api, 'Quiet Reed');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    const item = { id: consent.body.flagId } as QueueItem;
    // Asked to talk now as well: one item, saying both.
    expect((await rest(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} })).status).toBeLessThan(300);
    const queued = (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items.filter((entry) => entry.contentId === member.memberId);
    expect(queued.map((entry) => [entry.excerpt, entry.handoffFailed])).toEqual([['Asked to talk to a moderator now, and for a crisis counsellor to contact them in a private chat here.', false]]);
    const before = endpoint.received.length;
    endpoint.behaviours = ['fail', 'hang', 'ok'];
    expect((await escalate(item)).status).toBe(200);
    await waitFor(async () => (await escalationFor(item.id)).status === 'delivered', 20_000, 'delivery after retries');
    const attempts = endpoint.received.slice(before);
    expect(attempts.map((attempt) => attempt.answered)).toEqual(['fail', 'hang', 'ok']);
    expect(new Set(attempts.map((attempt) => attempt.headers['x-lantern-idempotency-key'])).size).toBe(1);
  });

  it('records a delivery the partner accepted with an endless answer, and reads none of that answer', async () => {
    const member = await registerMember(api, 'Quiet Tansy');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    const floods = endpoint.flooded.length;
    endpoint.behaviours = ['flood'];
    expect((await escalate({ id: consent.body.flagId } as QueueItem)).status).toBe(200);
    await waitFor(async () => (await escalationFor(consent.body.flagId)).status === 'delivered', 10_000, 'delivery');
    const [sent] = await waitFor(async () => (endpoint.flooded.length > floods ? [endpoint.flooded[floods]] : undefined), 5_000, 'the partner hung up on');
    // Hung up as soon as the answer's status was read: what got through is what the sockets'
    // buffers held, not the hundreds of megabytes a reader taking the body to its timeout holds.
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('puts a delivery that fails every attempt on the dead-letter list for admins, who can deliver it again', async () => {
    const member = await registerMember(api, 'Quiet Sedge');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    const admins = io(api.baseUrl, { path: '/socket.io', auth: { token: admin.token }, transports: ['websocket'] });
    const alerts: Array<{ escalationId: string }> = [];
    admins.on('admin:delivery-failed', (alert: { escalationId: string }) => alerts.push(alert));
    try {
      endpoint.fallback = 'fail';
      expect((await escalate({ id: consent.body.flagId } as QueueItem)).status).toBe(200);
      const escalation = await escalationFor(consent.body.flagId);
      const failed = await waitFor(
        async () => (await rest<{ items: Array<Escalation & { deliveryFailed: boolean }> }>(api, 'GET', '/api/v1/admin/escalations', { token: admin.token })).body.items.find((entry) => entry.id === escalation.id && entry.deliveryFailed),
        30_000,
        'the dead-letter entry',
      );
      expect(failed.status).toBe('created');
      expect(endpoint.received.filter((attempt) => attempt.headers['x-lantern-idempotency-key'] === escalation.id)).toHaveLength(5);
      await waitFor(async () => alerts.some((alert) => alert.escalationId === escalation.id), 5_000, 'the admins’ alert');
      const [failure] = await api.db.dataSource.query(`SELECT actor_role, reason FROM audit_log WHERE target_id = $1 AND action = 'partner_delivery_failed'`, [escalation.id]);
      expect(failure).toMatchObject({ actor_role: 'system', reason: expect.stringMatching(/^after 5 attempts: the partner answered 500/) });
      // The worker's sweep of failed jobs, reading this one back from Redis, finds it recorded: nothing is recorded or told twice.
      const failedJob = await failedDelivery(escalation.id);
      const sweep = new WebhookProcessor(api.db.dataSource, api.env);
      expect(await sweep.recordedWithoutKey(failedJob)).toBe(false);
      await sweep.deadLetter(failedJob, failedJob.failedReason);
      expect(await failureRecords(escalation.id)).toEqual({ steps: 1, audits: 1 });
      // A failure recorded before failures were named (an older worker) is left alone by the sweep too.
      await api.db.dataSource.query(`UPDATE escalation_events SET failure_key = NULL WHERE escalation_id = $1 AND status = 'delivery_failed'`, [escalation.id]);
      expect(await sweep.recordedWithoutKey(failedJob)).toBe(true);

      endpoint.fallback = 'ok';
      expect((await rest(api, 'POST', `/api/v1/admin/escalations/${escalation.id}/redeliver`, { token: admin.token })).status).toBe(202);
      await waitFor(async () => (await escalationFor(consent.body.flagId)).status === 'delivered', 10_000, 'the re-delivery');
      expect(endpoint.received.filter((attempt) => attempt.headers['x-lantern-idempotency-key'] === escalation.id)).toHaveLength(6);
    } finally {
      endpoint.fallback = 'ok';
      admins.disconnect();
    }
  });

  it('holds a new number or a danger told for a case the line never got (its delivery failed every attempt) for its re-delivery, which carries them, rather than failing them and alerting the admins again', async () => {
    const member = await registerMember(api, 'Stranded Yarrow');
    const asked = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0155' } });
    expect(asked.status).toBe(201);
    const admins = io(api.baseUrl, { path: '/socket.io', auth: { token: admin.token }, transports: ['websocket'] });
    const alerts: Array<{ escalationId: string }> = [];
    admins.on('admin:delivery-failed', (alert: { escalationId: string }) => alerts.push(alert));
    const queue = createPartnerQueue(createBullConnection(api.env.REDIS_URL, 'producer', 'partners-spec-held'), api.env.QUEUE_PREFIX);
    try {
      endpoint.fallback = 'fail';
      expect((await escalate({ id: asked.body.flagId } as QueueItem, { body: 'Please call.' })).status).toBe(200);
      const { id } = await escalationFor(asked.body.flagId);
      await failedDelivery(id);
      await waitFor(async () => alerts.some((alert) => alert.escalationId === id), 10_000, 'the admins’ alert');
      const before = endpoint.received.length;

      // Then a new number, and words telling of someone hurting them.
      const changed = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0156' } });
      expect([changed.status, changed.body.phoneUpdated]).toEqual([200, true]);
      // The worker writes the danger notice and tells the member's cases in one transaction.
      const told = await api.db.dataSource.transaction(async (manager) => {
        await manager.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk, danger) VALUES ($1, 'post', $2, 'high', true)`, [member.memberId, randomUUID()]);
        return tellCasesOfDanger(manager, member.memberId);
      });
      expect(told).toEqual([id]);
      // Each change's job ends at once, held: nothing sent, no failure on the timeline, no second alert.
      for (const n of [1, 2]) {
        const held = await waitFor(
          async () => {
            // Read once it has settled: a job read before, whose state is asked after, would show
            // the state it reached beside the return value and attempts it had not yet.
            const jobId = partnerDeliveryJobId({ escalationId: id, delivery: n, event: 'escalation.contact_updated' });
            const state = await queue.getJobState(jobId);
            return state === 'completed' || state === 'failed' ? queue.getJob(jobId) : undefined;
          },
          15_000,
          `contact change ${n} settled`,
        );
        expect([n, await held.getState(), held.returnvalue, held.attemptsMade]).toEqual([n, 'completed', 'held-for-redelivery', 1]);
      }
      expect(eventsSince(before, 'escalation.contact_updated')).toEqual([]);
      const steps = (await api.db.dataSource.query(`SELECT status FROM escalation_events WHERE escalation_id = $1 ORDER BY id`, [id])).map((row: { status: string }) => row.status);
      expect(steps).toEqual(['created', 'delivery_failed', 'contact_updated', 'danger_told']);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(alerts.filter((alert) => alert.escalationId === id)).toHaveLength(1);

      // While the notice is open, the case is not sent again with a number to call; once it is
      // closed, an admin's re-delivery brings the line the new number and the caution.
      endpoint.fallback = 'ok';
      const refused = await rest<ErrorResponse>(api, 'POST', `/api/v1/admin/escalations/${id}/redeliver`, { token: admin.token });
      expect([refused.status, refused.body.error.code]).toEqual([409, 'PHONE_NOT_OFFERED_IN_DANGER']);
      await api.db.dataSource.query(`UPDATE crisis_notices SET closed_at = now() WHERE member_id = $1`, [member.memberId]);
      expect((await rest(api, 'POST', `/api/v1/admin/escalations/${id}/redeliver`, { token: admin.token })).status).toBe(202);
      const redelivered = await waitFor(async () => eventsSince(before, 'escalation.created').find((request) => request.headers['x-lantern-idempotency-key'] === id && request.answered === 'ok'), 10_000, 'the re-delivery');
      expect(JSON.parse(redelivered.body)).toMatchObject({ event: 'escalation.created', escalationId: id, phone: '+1 555 010 0156', dangerFromOther: true });
      await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Called safely.' } });
    } finally {
      endpoint.fallback = 'ok';
      admins.disconnect();
      await closeQueue(queue);
    }
  });

  it('records a delivery that failed with no worker left to record it (killed as it failed, or a job failed for stalling) once a worker is back, and tells moderators', async () => {
    const member = await registerMember(api, 'Unrecorded Sorrel');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    // The worker is gone. A bare BullMQ worker of the test's own fails the delivery at every
    // attempt and records nothing, which is what a worker killed the moment its job failed leaves.
    worker.child.kill('SIGKILL');
    await worker.exited;
    const bare = createPartnerWorker(
      async () => {
        throw new Error('the partner answered 503');
      },
      { connection: createBullConnection(api.env.REDIS_URL, 'worker', 'partners-spec-bare-worker'), prefix: api.env.QUEUE_PREFIX, concurrency: 1 },
    );
    void bare.run();
    let escalationId: string;
    try {
      expect((await escalate({ id: consent.body.flagId } as QueueItem)).status).toBe(200);
      escalationId = (await escalationFor(consent.body.flagId)).id;
      await failedDelivery(escalationId);
    } finally {
      await closeQueue(bare);
    }
    expect(await failureRecords(escalationId)).toEqual({ steps: 0, audits: 0 });
    const moderators = io(api.baseUrl, { path: '/socket.io', auth: { token: moderator.token }, transports: ['websocket'] });
    const alerts: HandoffFailedEvent[] = [];
    moderators.on('moderation:handoff-failed', (alert: HandoffFailedEvent) => alerts.push(alert));
    try {
      await new Promise<void>((resolve) => moderators.once('connect', () => resolve()));
      // Back: its first sweep records the failure, puts the member back on top of the queue and says so.
      worker = startWorker(workerEnv());
      const alert = await waitFor(async () => alerts.find((entry) => entry.escalationId === escalationId), 30_000, `the sweep (worker output: ${worker.output().slice(-400)})`);
      expect(await failureRecords(escalationId)).toEqual({ steps: 1, audits: 1 });
      const queue = (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items;
      expect(queue.find((entry) => entry.id === alert.flagId)).toMatchObject({ contentType: 'member', contentId: member.memberId, handoffFailed: true });
      expect((await outreachOf(member))?.progress).toBe('delayed');
    } finally {
      moderators.disconnect();
    }
  });

  it('delivers a hand-off, a new way to reach the member and their withdrawal, whose jobs Redis lost (back without its data), once a worker looks', async () => {
    const member = await registerMember(api, 'Lost Delivery Fern');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    endpoint.fallback = 'ok';
    /** With no worker running, `act` is relayed to Redis (its outbox row goes), Redis loses it, and a worker starts that looks a second back. */
    const lostInRedis = async (what: string, act: () => Promise<void>) => {
      worker.child.kill('SIGKILL');
      await worker.exited;
      await act();
      await waitFor(async () => (await api.db.dataSource.query(`SELECT 1 FROM outbox_events`)).length === 0, 10_000, `${what} relayed`);
      await dropQueueKeys(api.env.QUEUE_PREFIX, api.env.REDIS_URL);
    };
    const lookAgain = () => (worker = startWorker({ ...workerEnv(), LOST_JOBS_AFTER_SECONDS: '1' }));
    let escalationId = '';
    const sentToLine = (event: string) => endpoint.received.filter((request) => request.body.includes(escalationId) && request.body.includes(event));
    const onTimeline = (status: string, what: string) =>
      waitFor(async () => (await api.db.dataSource.query(`SELECT 1 FROM escalation_events WHERE escalation_id = $1 AND status = $2`, [escalationId, status])).length === 1, 10_000, what);

    await lostInRedis('the delivery', async () => {
      expect((await escalate({ id: consent.body.flagId } as QueueItem)).status).toBe(200);
      escalationId = (await escalationFor(consent.body.flagId)).id;
    });
    expect(sentToLine('escalation.created')).toEqual([]);
    lookAgain();
    await waitFor(async () => (await escalationFor(consent.body.flagId)).status === 'delivered', 20_000, `the delivery (worker output: ${worker.output().slice(-400)})`);
    expect(sentToLine('escalation.created')).toHaveLength(1);
    expect(worker.output()).toMatch(/queued again \d+ hand-off\(s\), withdrawal\(s\) or contact update\(s\) to crisis lines/);
    // Queued again, it retries as the api's deliveries do (WEBHOOK_RETRY_BASE_MS), not at the library's pace.
    const inspector = createPartnerQueue(createBullConnection(api.env.REDIS_URL, 'producer', 'partners-spec-requeued'), api.env.QUEUE_PREFIX);
    try {
      const requeued = (await inspector.getJobs(['completed'])).filter((job) => job.data.escalationId === escalationId);
      expect(requeued.map((job) => job.opts.backoff)).toEqual([{ type: 'exponential', delay: Number(env.WEBHOOK_RETRY_BASE_MS) }]);
    } finally {
      await closeQueue(inspector);
    }
    expect((await outreachOf(member))?.progress).toBe('sent');

    // The member would rather be called, and Redis loses that too: the line still gets the number, once.
    await lostInRedis('the new contact', async () => {
      expect((await rest(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0377' } })).status).toBe(200);
    });
    expect(sentToLine('escalation.contact_updated')).toEqual([]);
    lookAgain();
    const [update] = await waitFor(
      async () => (sentToLine('escalation.contact_updated').length > 0 ? sentToLine('escalation.contact_updated') : undefined),
      20_000,
      `the new contact (worker output: ${worker.output().slice(-400)})`,
    );
    expect(JSON.parse(update.body) as EscalationContactUpdatedWebhook).toMatchObject({ escalationId, channel: 'phone', phone: '+1 555 010 0377' });
    await onTimeline('contact_update_delivered', 'the new contact on the timeline');
    expect(sentToLine('escalation.contact_updated')).toHaveLength(1);

    // The member withdraws, and Redis loses that too: the line still hears it.
    await lostInRedis('the withdrawal', async () => {
      expect((await rest(api, 'DELETE', '/api/v1/me/outreach', { token: member.token })).status).toBe(200);
    });
    expect(sentToLine('escalation.withdrawn')).toEqual([]);
    lookAgain();
    await waitFor(async () => sentToLine('escalation.withdrawn').length > 0, 20_000, `the withdrawal (worker output: ${worker.output().slice(-400)})`);
    await onTimeline('withdrawal_delivered', 'the withdrawal on the timeline');
    expect(sentToLine('escalation.withdrawn')).toHaveLength(1);
    // The worker the other tests expect, looking an hour back.
    worker.child.kill('SIGTERM');
    await worker.exited;
    worker = startWorker(workerEnv());
  });

  it('puts a member whose hand-off failed every attempt back on top of the queue, tells moderators live, and hands them to another partner with their consent and room', async () => {
    const member = await registerMember(api, 'Quiet Lichen');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    const other = new PartnerEndpoint();
    await other.start();
    const moderators = io(api.baseUrl, { path: '/socket.io', auth: { token: moderator.token }, transports: ['websocket'] });
    const alerts: HandoffFailedEvent[] = [];
    moderators.on('moderation:handoff-failed', (alert: HandoffFailedEvent) => alerts.push(alert));
    try {
      const [dawn] = await api.db.dataSource.query(`INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Dawn Line', '{US}', $1, 'dawn-secret') RETURNING id`, [other.url]);
      // The member's panel reads where the request stands, honestly, at every step.
      expect(await outreachOf(member)).toMatchObject({ channel: 'in_app', progress: 'received', room: null });
      endpoint.fallback = 'fail';
      expect((await escalate({ id: consent.body.flagId } as QueueItem, { body: 'Would like to talk tonight.' })).status).toBe(200);
      const failed = await escalationFor(consent.body.flagId);
      expect(await outreachOf(member)).toMatchObject({ progress: 'sent', room: failed.room_slug });
      const alert = await waitFor(async () => alerts.find((entry) => entry.escalationId === failed.id), 30_000, 'the moderators’ alert');
      expect(alert).toMatchObject({ partner: 'Hope Line', flagId: expect.any(String) });
      expect(alert.flagId).not.toBe(consent.body.flagId);
      expect((await outreachOf(member))?.progress).toBe('delayed');
      // The line's own portal says the case never reached its system.
      expect((await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${failed.id}`, { token: counsellor.token })).body.deliveryFailed).toBe(true);

      // Back on top: above every classifier finding, saying what happened.
      const queue = (await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token })).body.items;
      const back = queue.find((entry) => entry.id === alert.flagId)!;
      expect(back).toMatchObject({ kind: 'crisis', risk: 'imminent', contentType: 'member', contentId: member.memberId, status: 'open', handoffFailed: true });
      expect(back.excerpt).toBe('The hand-off to Hope Line (in a private chat here) could not be delivered; no counsellor has the case.');
      expect(queue.filter((entry) => entry.kind !== 'crisis' || entry.contentType !== 'member').every((entry) => entry.priority < back.priority)).toBe(true);
      const detail = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${back.id}`, { token: moderator.token });
      expect(detail.body.handoffs).toHaveLength(1);
      expect(detail.body.handoffs[0]).toMatchObject({ id: failed.id, partner: { name: 'Hope Line' }, status: 'created', deliveryFailed: true, channel: 'in_app', basis: 'member_consent' });
      expect(detail.body.handoffs[0].timeline.map((event) => event.status)).toEqual(['created', 'delivery_failed']);
      // The member's data export: they asked for a counsellor, and Lantern told the moderators when the hand-off failed.
      const exported = (await rest<AccountExport>(api, 'GET', '/api/v1/me/export', { token: member.token })).body.crisisSupport;
      expect([exported.requests.map((request) => request.askedFor), exported.moderatorsTold.map((told) => told.because)]).toEqual([['counsellor'], ['partner_delivery_failed']]);

      // Another partner, on the consent the member gave: no imminent-risk reason needed.
      endpoint.fallback = 'ok';
      const handedOn = await rest<QueueItem>(api, 'POST', `/api/v1/moderation/flags/${back.id}/resolve`, { token: moderator.token, body: { action: 'escalate', partnerId: dawn.id } });
      expect(handedOn.status).toBe(200);
      const replacement = await escalationFor(back.id);
      expect(replacement.room_slug).toBe(failed.room_slug);
      expect(await outreachOf(member)).toMatchObject({ progress: 'sent', room: failed.room_slug });
      await waitFor(async () => other.received.length === 1, 10_000, 'the other partner’s webhook');
      // Received is not yet recorded: the worker marks it delivered once it has read the answer.
      await waitFor(async () => (await escalationFor(back.id)).status === 'delivered', 10_000, 'the other partner’s delivery recorded');
      expect(JSON.parse(other.received[0].body)).toMatchObject({ escalationId: replacement.id, basis: 'member_consent', payload: { channel: 'in_app' } });
      const [closed] = await api.db.dataSource.query(`SELECT status, outcome, room_slug FROM escalations WHERE id = $1`, [failed.id]);
      expect(closed).toEqual({ status: 'closed', outcome: 'Not delivered; replaced by a new hand-off.', room_slug: null });
      const [used] = await api.db.dataSource.query(`SELECT escalation_id FROM outreach_requests WHERE member_id = $1`, [member.memberId]);
      expect(used.escalation_id).toBe(replacement.id);
      const audit = await api.db.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [failed.id]);
      expect(audit.map((row: { action: string }) => row.action)).toEqual(['escalate_with_consent', 'partner_delivery_failed', 'escalation_handed_on']);
      // The first partner sees the case closed in its portal, without the member's words.
      const seen = await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${failed.id}`, { token: counsellor.token });
      expect(seen.body).toMatchObject({ status: 'closed', outcome: 'Not delivered; replaced by a new hand-off.', room: null, payload: { excerpt: null, channel: 'in_app' } });
      // The first partner never gets it now: a closed hand-off cannot be delivered again.
      expect((await rest<ErrorResponse>(api, 'POST', `/api/v1/admin/escalations/${failed.id}/redeliver`, { token: admin.token })).status).toBe(404);
      // One private conversation for the member, as before.
      const rooms = (await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: member.token })).body.items.filter((room) => room.private);
      expect(rooms.map((room) => room.slug)).toEqual([failed.room_slug]);
      const after = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${back.id}`, { token: moderator.token });
      expect(after.body.handoffs.map((handoff) => [handoff.partner.name, handoff.status, handoff.deliveryFailed])).toEqual([
        ['Dawn Line', 'delivered', false],
        ['Hope Line', 'closed', false],
      ]);
    } finally {
      endpoint.fallback = 'ok';
      moderators.disconnect();
      await other.stop();
    }
  });

  it('keeps a support room its people’s: another moderator can neither lock it nor read it in member context, and a demoted moderator leaves it and the moderators’ feed, their kept session not recovered in the new role', async () => {
    const member = await registerMember(api, 'Private Sorrel');
    const opener = await withRole(api, await registerMember(api, 'Mod Opener'), 'moderator');
    const outsider = await withRole(api, await registerMember(api, 'Mod Outsider'), 'moderator');
    const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: member.token, body: {} });
    const room = (await rest<{ room: string }>(api, 'POST', `/api/v1/moderation/flags/${asked.body.flagId}/support-room`, { token: opener.token })).body.room;
    const memberSocket = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    try {
      expect(((await memberSocket.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean }).ok).toBe(true);
      expect(((await memberSocket.timeout(5000).emitWithAck('message:send', { room, body: 'my address is 12 Elm St', clientMsgId: 'private-words' })) as { ok: boolean }).ok).toBe(true);
    } finally {
      memberSocket.disconnect();
    }

    // A moderator outside the room: not theirs to lock (cutting the member off), nor to know of.
    const locked = await rest<ErrorResponse>(api, 'PATCH', `/api/v1/rooms/${room}`, { token: outsider.token, body: { locked: true } });
    expect([locked.status, locked.body.error.code]).toEqual([404, 'ROOM_NOT_FOUND']);
    expect((await api.db.dataSource.query(`SELECT locked FROM rooms WHERE slug = $1`, [room]))[0].locked).toBe(false);
    const recentFor = async (who: Session) =>
      (await rest<{ recent: Array<{ excerpt: string }> }>(api, 'GET', `/api/v1/moderation/members/${member.memberId}/context`, { token: who.token })).body.recent.map((entry) => entry.excerpt);
    expect(await recentFor(outsider)).not.toContain('my address is 12 Elm St');
    expect(await recentFor(opener)).toContain('my address is 12 Elm St');

    // The opener's connection drops; meanwhile they stop being a moderator.
    const feed = io(api.baseUrl, { path: '/socket.io', auth: { token: opener.token }, transports: ['websocket'], reconnection: false });
    await new Promise<void>((resolve) => feed.once('connect', () => resolve()));
    const heard: QueueItem[] = [];
    feed.on('moderation:flag', (item: QueueItem) => heard.push(item));
    const control = io(api.baseUrl, { path: '/socket.io', auth: { token: outsider.token }, transports: ['websocket'] });
    const controlHeard: QueueItem[] = [];
    control.on('moderation:flag', (item: QueueItem) => controlHeard.push(item));
    await new Promise<void>((resolve) => control.once('connect', () => resolve()));
    try {
      // Still a moderator: they hear a member ask for help (and their connection knows its place in the feed).
      const before = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: (await registerMember(api, 'Earlier Asker')).token, body: {} });
      await waitFor(async () => heard.some((item) => item.id === before.body.flagId), 5_000, 'the moderator told');
      heard.length = 0;
      // A room's broadcast gives the connection its place in the stream, which recovery resumes from.
      let placed = false;
      feed.once('presence', () => (placed = true));
      expect(((await feed.timeout(5000).emitWithAck('room:join', { room: 'lounge' })) as { ok: boolean }).ok).toBe(true);
      await waitFor(async () => placed, 5_000, 'the room broadcast');
      // The drop, and the server keeping the session for it: a drop the server has not seen yet
      // when the demotion below ends the opener's sessions is closed by the server instead, which
      // is never recovered (the client then reads everything again over REST).
      const redis = createNodeRedisClient(api.env.REDIS_URL, 'partners-spec-sessions');
      await redis.connect();
      try {
        const kept = () => redis.keys(`${api.env.QUEUE_PREFIX}:socket.io:session:*`);
        const keptBefore = new Set(await kept());
        feed.io.engine.close();
        await waitFor(async () => !feed.connected, 5_000, 'the drop');
        await waitFor(async () => (await kept()).some((key) => !keptBefore.has(key)), 5_000, 'the session kept for recovery');
      } finally {
        await redis.quit();
      }
      await api.db.dataSource.query(`UPDATE members SET role = 'member' WHERE id = $1`, [opener.memberId]);
      // Said to the moderators while the line was down: kept in the stream for their sessions.
      const whileAway = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: (await registerMember(api, 'Asker While Away')).token, body: {} });
      await waitFor(async () => controlHeard.some((item) => item.id === whileAway.body.flagId), 5_000, 'the moderators told');
      const refreshed = await rest<{ accessToken: string }>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: opener.refreshToken } });
      feed.auth = { token: refreshed.body.accessToken };
      feed.connect();
      await waitFor(async () => feed.connected, 5_000, 'the reconnect');
      // What the session missed was picked for a moderator's rooms: in another role it is not
      // recovered (the client reads everything again over REST), and nothing of it is sent.
      expect(feed.recovered).toBe(false);
      // Someone else asks for help: the moderators hear it, the former moderator does not.
      const other = await registerMember(api, 'Another Asker');
      const next = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/support-requests', { token: other.token, body: {} });
      await waitFor(async () => controlHeard.some((item) => item.id === next.body.flagId), 5_000, 'the moderators told');
      await feed.timeout(5000).emitWithAck('typing', { room: 'lounge' });
      expect(heard).toEqual([]);
      // Nor is the member's room theirs any more, listed or read.
      const theirs = await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: refreshed.body.accessToken });
      expect(theirs.body.items.map((entry) => entry.slug)).not.toContain(room);
      const read = await rest<ErrorResponse>(api, 'GET', `/api/v1/rooms/${room}/messages`, { token: refreshed.body.accessToken });
      expect(read.status).toBe(404);
      // The member keeps it.
      expect((await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: member.token })).body.items[0].slug).toBe(room);
    } finally {
      feed.disconnect();
      control.disconnect();
    }
  });

  it('lets the partner acknowledge, record contact and close with an outcome, opens the private room, deletes the number on close, and keeps other partners out', async () => {
    const member = await registerMember(api, 'Quiet Thyme');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect((await escalate({ id: consent.body.flagId } as QueueItem, { body: 'Would like to talk.' })).status).toBe(200);
    const { id, room_slug: room } = await escalationFor(consent.body.flagId);
    await waitFor(async () => (await escalationFor(consent.body.flagId)).status === 'delivered', 10_000, 'delivery');

    const mine = await rest<{ items: Escalation[] }>(api, 'GET', '/api/v1/partner/escalations', { token: counsellor.token });
    expect(mine.body.items.map((entry) => entry.id)).toContain(id);
    const theirs = await rest<{ items: Escalation[] }>(api, 'GET', '/api/v1/partner/escalations', { token: otherPartnerUser.token });
    expect(theirs.body.items.map((entry) => entry.id)).not.toContain(id);
    const peek = await rest<ErrorResponse>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: otherPartnerUser.token });
    expect([peek.status, peek.body.error.code]).toEqual([404, 'ESCALATION_NOT_FOUND']);
    expect((await rest<ErrorResponse>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: otherPartnerUser.token, body: { status: 'acknowledged' } })).status).toBe(404);
    expect((await rest(api, 'GET', '/api/v1/partner/escalations', { token: moderator.token })).status).toBe(403);

    // The member is told the moment the counsellor takes the case and joins their room, once.
    const listening = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    const told: PrivateRoomReadyEvent[] = [];
    listening.on('room:private-ready', (event: PrivateRoomReadyEvent) => told.push(event));
    await new Promise<void>((resolve) => listening.once('connect', () => resolve()));
    const acknowledged = await rest<Escalation>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'acknowledged' } });
    expect(acknowledged.body.status).toBe('acknowledged');
    expect(acknowledged.body.room).toBe(room);
    await waitFor(async () => told.length > 0, 5_000, 'the member told of the counsellor');
    expect(await outreachOf(member)).toMatchObject({ channel: 'in_app', progress: 'with_counsellor', room });
    // Only their own: another member has none, and it takes a member's session.
    expect(await outreachOf(await registerMember(api, 'Quiet Nobody'))).toBeNull();
    expect((await rest(api, 'GET', '/api/v1/me/outreach', {})).status).toBe(401);

    // The member finds it first in their room list, marked private; nobody else sees it listed.
    const listed = await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: member.token });
    expect(listed.body.items[0]).toMatchObject({ slug: room, private: true, description: 'Just you and a crisis counsellor.' });
    expect(listed.body.items.slice(1).every((entry) => !entry.private)).toBe(true);
    // The counsellor reads the same room from their side.
    const counsellorsList = await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: counsellor.token });
    expect(counsellorsList.body.items[0]).toMatchObject({ slug: room, private: true, description: 'Just you and the member who asked for a counsellor.' });
    // Only that: members' peer rooms are not a crisis line's to read, over REST or live.
    expect(counsellorsList.body.items.map((entry) => entry.slug)).toEqual([room]);
    const lounge = await rest<ErrorResponse>(api, 'GET', '/api/v1/rooms/lounge/messages', { token: counsellor.token });
    expect([lounge.status, lounge.body.error.code]).toEqual([403, 'ROOM_MEMBERS_ONLY']);
    // The warm hand-off: the counsellor and the member talk in a room nobody else can join.
    const counsellorSocket = io(api.baseUrl, { path: '/socket.io', auth: { token: counsellor.token }, transports: ['websocket'] });
    const memberSocket = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    const stranger = await registerMember(api, 'Curious Stranger');
    const strangerSocket = io(api.baseUrl, { path: '/socket.io', auth: { token: stranger.token }, transports: ['websocket'] });
    try {
      expect(((await counsellorSocket.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean }).ok).toBe(true);
      expect(((await memberSocket.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean }).ok).toBe(true);
      const refused = (await strangerSocket.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean; error?: { code: string } };
      expect(refused).toMatchObject({ ok: false, error: { code: 'ROOM_NOT_FOUND' } });
      expect(await counsellorSocket.timeout(5000).emitWithAck('room:join', { room: 'lounge' })).toMatchObject({ ok: false, error: { code: 'ROOM_MEMBERS_ONLY' } });
      expect(((await memberSocket.timeout(5000).emitWithAck('room:join', { room: 'lounge' })) as { ok: boolean }).ok).toBe(true);
      const said = (await memberSocket.timeout(5000).emitWithAck('message:send', { room: 'lounge', body: 'Evening, lounge.', clientMsgId: 'lounge-1' })) as { id: string };
      const reported = await rest<ErrorResponse>(api, 'POST', `/api/v1/rooms/lounge/messages/${said.id}/reports`, { token: counsellor.token, body: { reason: 'spam' } });
      expect([reported.status, reported.body.error.code]).toEqual([404, 'MESSAGE_NOT_FOUND']);
      // Nor whether a message id exists there: a real one is answered as a made-up one.
      for (const target of [said.id, crypto.randomUUID()]) {
        const deleted = await rest<ErrorResponse>(api, 'DELETE', `/api/v1/rooms/lounge/messages/${target}`, { token: counsellor.token });
        expect([deleted.status, deleted.body.error.code]).toEqual([404, 'MESSAGE_NOT_FOUND']);
      }
      const heard = new Promise<ChatMessage>((resolve) => memberSocket.on('message:new', (message: ChatMessage) => message.room === room && resolve(message)));
      await counsellorSocket.timeout(5000).emitWithAck('message:send', { room, body: "Hi, I'm Rowan from Hope Line. I'm here with you.", clientMsgId: 'hello-1' });
      expect((await heard).body).toBe("Hi, I'm Rowan from Hope Line. I'm here with you.");
    } finally {
      for (const socket of [counsellorSocket, memberSocket, strangerSocket]) socket.disconnect();
    }

    expect((await rest<Escalation>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'in_contact' } })).body.status).toBe('in_contact');
    // A fresh socket event round trip, so a second announcement would have arrived by now.
    await listening.timeout(5000).emitWithAck('room:join', { room });
    listening.disconnect();
    expect(told).toEqual([{ room, by: 'counsellor' }]);
    const noOutcome = await rest<ErrorResponse>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'closed' } });
    expect(noOutcome.status).toBe(400);
    // The counsellor's tab is still in the room when the case closes.
    const stillOpen = io(api.baseUrl, { path: '/socket.io', auth: { token: counsellor.token }, transports: ['websocket'] });
    const overheard: ChatMessage[] = [];
    stillOpen.on('message:new', (message: ChatMessage) => overheard.push(message));
    expect(((await stillOpen.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean }).ok).toBe(true);
    // And another tab of theirs drops just before the close (a train, a tunnel) and comes back after it.
    const away = io(api.baseUrl, { path: '/socket.io', auth: { token: counsellor.token }, transports: ['websocket'], reconnection: false });
    const overheardAway: ChatMessage[] = [];
    away.on('message:new', (message: ChatMessage) => overheardAway.push(message));
    expect(((await away.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean }).ok).toBe(true);
    away.io.engine.close();
    await waitFor(async () => !away.connected, 5_000, 'the tab to drop');
    const closed = await rest<Escalation>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'closed', outcome: 'Talked for an hour; safety plan made.' } });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'Talked for an hour; safety plan made.' });
    // A closed case's room is the member's alone: the counsellor neither hears nor reads nor writes there.
    const afterwards = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    try {
      expect(((await afterwards.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean }).ok).toBe(true);
      const own: ChatMessage[] = [];
      afterwards.on('message:new', (message: ChatMessage) => own.push(message));
      expect(((await afterwards.timeout(5000).emitWithAck('message:send', { room, body: 'after the close', clientMsgId: 'after-close' })) as { ok: boolean }).ok).toBe(true);
      await waitFor(async () => own.some((message) => message.body === 'after the close'), 5_000, 'the room copy of the member’s message');
      await stillOpen.timeout(5000).emitWithAck('typing', { room: 'lounge' });
      expect(overheard.map((message) => message.body)).not.toContain('after the close');
      const write = (await stillOpen.timeout(5000).emitWithAck('message:send', { room, body: 'still here?', clientMsgId: 'after-close-c' })) as { ok: boolean; error?: { code: string } };
      expect(write.ok).toBe(false);
      // The tab that was away gets its session back, but not the room, nor what was said there since.
      away.connect();
      await waitFor(async () => away.connected, 10_000, 'the away tab to come back');
      expect(away.recovered).toBe(true);
      await away.timeout(5000).emitWithAck('typing', { room: 'lounge' });
      expect(overheardAway.map((message) => message.body)).not.toContain('after the close');
      const fromAway = (await away.timeout(5000).emitWithAck('message:send', { room, body: 'back again', clientMsgId: 'after-close-away' })) as { ok: boolean; error?: { code: string } };
      expect(fromAway).toMatchObject({ ok: false, error: { code: 'NOT_IN_ROOM' } });
    } finally {
      stillOpen.disconnect();
      afterwards.disconnect();
      away.disconnect();
    }
    const read = await rest<ErrorResponse>(api, 'GET', `/api/v1/rooms/${room}/messages`, { token: counsellor.token });
    expect([read.status, read.body.error.code]).toEqual([404, 'ROOM_NOT_FOUND']);
    expect((await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: member.token })).body.items[0].slug).toBe(room);
    expect(closed.body.timeline.map((event) => event.status)).toEqual(['created', 'delivered', 'acknowledged', 'in_contact', 'closed']);
    expect(await outreachOf(member)).toMatchObject({ progress: 'closed', room: null });
    const backwards = await rest<ErrorResponse>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'acknowledged' } });
    expect([backwards.status, backwards.body.error.code]).toEqual([409, 'ESCALATION_CLOSED']);
    const audit = await api.db.dataSource.query(`SELECT action FROM audit_log WHERE target_id = $1 ORDER BY id`, [id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['escalate_with_consent', 'partner_delivered', 'partner_acknowledged', 'partner_in_contact', 'partner_closed']);
  });

  it('takes the stable contract’s routes: a moderator’s POST /escalations, a partner’s /ack (idempotent; a colleague’s brings them into the room) and /outcome', async () => {
    const post = <T>(path: string, token: string, body?: unknown) => rest<T & ErrorResponse>(api, 'POST', path, { token, body });
    const member = await registerMember(api, 'Quiet Sorrel');
    const consent = await post<{ flagId: string }>('/api/v1/me/outreach', member.token, { channel: 'in_app' });

    // Bad input is a 400 that names the field; only moderators and admins may escalate.
    const invalid: Array<[unknown, string]> = [
      [{ partnerId, basis: 'member_consent' }, 'flagId'],
      [{ flagId: consent.body.flagId, partnerId: 'nope', basis: 'member_consent' }, 'partnerId'],
      [{ flagId: consent.body.flagId, partnerId, basis: 'because' }, 'basis'],
      [{ flagId: consent.body.flagId, partnerId, basis: 'imminent_risk' }, 'note'],
      [{ flagId: consent.body.flagId, partnerId, basis: 'member_consent', excerpt: 'x'.repeat(501) }, 'excerpt'],
      [{ flagId: consent.body.flagId, partnerId, basis: 'member_consent', action: 'hide' }, 'action'],
    ];
    for (const [body, field] of invalid) {
      const answer = await post('/api/v1/escalations', moderator.token, body);
      expect([answer.status, answer.body.error.code, JSON.stringify(answer.body.error)]).toEqual([400, 'VALIDATION_FAILED', expect.stringContaining(field)]);
    }
    expect((await post('/api/v1/escalations', member.token, { flagId: consent.body.flagId, partnerId, basis: 'member_consent' })).status).toBe(403);
    expect((await post('/api/v1/escalations', counsellor.token, { flagId: consent.body.flagId, partnerId, basis: 'member_consent' })).status).toBe(403);
    const unknownItem = await post('/api/v1/escalations', moderator.token, { flagId: crypto.randomUUID(), partnerId, basis: 'member_consent' });
    expect([unknownItem.status, unknownItem.body.error.code]).toEqual([404, 'FLAG_NOT_FOUND']);
    const unknownPartner = await post('/api/v1/escalations', moderator.token, { flagId: consent.body.flagId, partnerId: crypto.randomUUID(), basis: 'member_consent' });
    expect([unknownPartner.status, unknownPartner.body.error.code]).toEqual([404, 'PARTNER_NOT_FOUND']);
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE flag_id = $1`, [consent.body.flagId])).toHaveLength(0);

    // The hand-off itself: 201 with what the item's page shows, the item resolved as "escalate".
    const made = await post<{ id: string; partner: { id: string; name: string }; basis: string; channel: string; status: string }>('/api/v1/escalations', moderator.token, {
      flagId: consent.body.flagId,
      partnerId,
      basis: 'member_consent',
      excerpt: 'Would like to talk tonight.',
    });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ partner: { id: partnerId, name: 'Hope Line' }, basis: 'member_consent', channel: 'in_app' });
    const { id } = await escalationFor(consent.body.flagId);
    expect(made.body.id).toBe(id);
    const [flag] = await api.db.dataSource.query(`SELECT status, resolution FROM flags WHERE id = $1`, [consent.body.flagId]);
    expect(flag).toEqual({ status: 'resolved', resolution: 'escalate' });
    const again = await post('/api/v1/escalations', moderator.token, { flagId: consent.body.flagId, partnerId, basis: 'member_consent' });
    expect([again.status, again.body.error.code]).toEqual([409, 'ALREADY_RESOLVED']);
    await waitFor(async () => (await escalationFor(consent.body.flagId)).status === 'delivered', 10_000, 'delivery');
    const delivered = JSON.parse(endpoint.received.filter((request) => request.body.includes(id)).at(-1)!.body) as EscalationWebhook;
    expect(delivered.payload.excerpt).toBe('Would like to talk tonight.');

    // The partner acknowledges; sending it again changes nothing, and another line cannot.
    expect((await post('/api/v1/partner/escalations/' + id + '/ack', otherPartnerUser.token)).status).toBe(404);
    expect((await post('/api/v1/partner/escalations/' + id + '/ack', moderator.token)).status).toBe(403);
    const ack = await post<Escalation>(`/api/v1/partner/escalations/${id}/ack`, counsellor.token);
    expect([ack.status, ack.body.status]).toEqual([200, 'acknowledged']);
    const ackAgain = await post<Escalation>(`/api/v1/partner/escalations/${id}/ack`, counsellor.token);
    expect([ackAgain.status, ackAgain.body.status, ackAgain.body.timeline.map((step) => step.status)]).toEqual([200, 'acknowledged', ['created', 'delivered', 'acknowledged']]);
    expect((await rest<Escalation>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'in_contact' } })).body.status).toBe('in_contact');
    // A step back is refused as a step already passed, not as a closed case: the case is open.
    const back = await rest<ErrorResponse>(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'acknowledged' } });
    expect([back.status, back.body.error.code]).toEqual([409, 'ESCALATION_STEP_PASSED']);
    expect((await post<Escalation>(`/api/v1/partner/escalations/${id}/ack`, counsellor.token)).body.status).toBe('in_contact');
    // A colleague on the same line taking over (a shift ending) acknowledges too: the case does not
    // move, but they join the member's room, once, and that is on the record.
    const colleague = await asPartnerOf(await registerMember(api, 'Rowan Colleague'), partnerId);
    const [{ room_slug: room }] = await api.db.dataSource.query(`SELECT room_slug FROM escalations WHERE id = $1`, [id]);
    for (let time = 0; time < 2; time++) {
      const taken = await post<Escalation>(`/api/v1/partner/escalations/${id}/ack`, colleague.token);
      expect([taken.status, taken.body.status, taken.body.timeline.map((step) => step.status)]).toEqual([200, 'in_contact', ['created', 'delivered', 'acknowledged', 'in_contact']]);
    }
    const colleagueRooms = await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: colleague.token });
    expect(colleagueRooms.body.items.map((entry) => entry.slug)).toEqual([room]);
    expect((await rest(api, 'GET', `/api/v1/rooms/${room}/messages`, { token: colleague.token })).status).toBe(200);

    // The outcome closes it, with the note on its timeline; after that both routes say it is closed.
    for (const [body, field] of [[{}, 'outcome'], [{ outcome: ' ' }, 'outcome'], [{ outcome: 'fine', note: 'y'.repeat(1_001) }, 'note'], [{ outcome: 'fine', status: 'closed' }, 'status']] as const) {
      const answer = await post(`/api/v1/partner/escalations/${id}/outcome`, counsellor.token, body);
      expect([answer.status, answer.body.error.code, JSON.stringify(answer.body.error)]).toEqual([400, 'VALIDATION_FAILED', expect.stringContaining(field)]);
    }
    const closed = await post<Escalation>(`/api/v1/partner/escalations/${id}/outcome`, counsellor.token, { outcome: 'Safety plan made', note: 'Talked for forty minutes; will call again tomorrow.' });
    expect([closed.status, closed.body.status, closed.body.outcome, closed.body.timeline.at(-1)]).toEqual([
      200,
      'closed',
      'Safety plan made',
      expect.objectContaining({ status: 'closed', note: 'Talked for forty minutes; will call again tomorrow.' }),
    ]);
    for (const path of [`/api/v1/partner/escalations/${id}/ack`, `/api/v1/partner/escalations/${id}/outcome`]) {
      const late = await post(path, counsellor.token, { outcome: 'again' });
      expect([late.status, late.body.error.code]).toEqual([409, 'ESCALATION_CLOSED']);
    }
    // Closed: both counsellors are out of the member's room.
    expect((await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: colleague.token })).body.items.map((entry) => entry.slug)).not.toContain(room);
    expect(await api.db.dataSource.query(`SELECT 1 FROM room_members rm JOIN rooms r ON r.id = rm.room_id WHERE r.slug = $1 AND rm.member_id = ANY($2::uuid[])`, [room, [counsellor.memberId, colleague.memberId]])).toEqual([]);
    const audit = await api.db.dataSource.query(`SELECT action, reason FROM audit_log WHERE target_id = $1 ORDER BY id`, [id]);
    expect(audit).toEqual([
      { action: 'escalate_with_consent', reason: null },
      { action: 'partner_delivered', reason: 'delivery 1, attempt 1: HTTP 202' },
      { action: 'partner_acknowledged', reason: null },
      { action: 'partner_in_contact', reason: null },
      { action: 'partner_joined_room', reason: null },
      { action: 'partner_closed', reason: 'Safety plan made' },
    ]);
  });

  it('answers a second request for a counsellor with the open case, so the member keeps their counsellor and private room', async () => {
    const member = await registerMember(api, 'Quiet Burdock');
    const first = await rest<{ outreachId: string; flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect(first.status).toBe(201);
    expect((await escalate({ id: first.body.flagId } as QueueItem)).status).toBe(200);
    const { id, room_slug: room } = await escalationFor(first.body.flagId);
    await waitFor(async () => (await escalationFor(first.body.flagId)).status === 'delivered', 10_000, 'delivery');
    expect((await rest(api, 'POST', `/api/v1/partner/escalations/${id}/ack`, { token: counsellor.token })).status).toBe(200);
    expect(await outreachOf(member)).toMatchObject({ progress: 'with_counsellor', room });

    // Asked again while the counsellor has the case (a second tab, a worried moment), the same way.
    const again = await rest<{ outreachId: string; flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    // Their panel still reads the live case and the way into its room (it read "received", with no room, before).
    expect(await outreachOf(member)).toMatchObject({ channel: 'in_app', progress: 'with_counsellor', room });
    expect([again.status, again.body]).toEqual([200, first.body]);
    // No second request, no number kept, and no new item on the moderators' queue.
    const requests = await api.db.dataSource.query(`SELECT escalation_id, phone_ciphertext FROM outreach_requests WHERE member_id = $1`, [member.memberId]);
    expect(requests).toEqual([{ escalation_id: id, phone_ciphertext: null }]);
    expect(await api.db.dataSource.query(`SELECT id FROM flags WHERE content_type = 'member' AND content_id = $1 AND status <> 'resolved'`, [member.memberId])).toEqual([]);

    // Once the line closes the case, asking again is a new request.
    await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Talked it through.' } });
    const later = await rest<{ outreachId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect(later.status).toBe(201);
    expect(later.body.outreachId).not.toBe(first.body.outreachId);
    expect(await outreachOf(member)).toMatchObject({ progress: 'received', room: null });
  });

  /** The signed webhooks of one event the partner received since `from`, oldest first. */
  const eventsSince = (from: number, event: string) => endpoint.received.slice(from).filter((request) => request.headers['x-lantern-event'] === event);
  const signedBy = (delivery: { headers: IncomingHttpHeaders; body: string }) => {
    const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(delivery.headers['x-lantern-signature'])) ?? [];
    return signature === createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex');
  };

  /** A member's phone case, handed to the line by a moderator and delivered: the member, their request's receipt and the case's id. */
  const phoneCaseDelivered = async (pseudonym: string, phone: string, note = 'Please call tonight.') => {
    const member = await registerMember(api, pseudonym);
    const asked = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone } });
    expect(asked.status).toBe(201);
    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: asked.body.flagId } as QueueItem, { body: note })).status).toBe(200);
    const { id } = await escalationFor(asked.body.flagId);
    await waitFor(async () => (await escalationFor(asked.body.flagId)).status === 'delivered', 10_000, 'delivery');
    return { member, receipt: asked.body, id: id as string };
  };

  it('tells a crisis line that has a member\'s case when their words later tell of someone hurting them, once: a signed escalation.contact_updated with dangerFromOther, on the portal too; a hand-off made in danger carries it from the first webhook', async () => {
    const { member, id } = await phoneCaseDelivered('Hushed Tansy', '+1 555 010 0177');
    const created = JSON.parse(eventsSince(0, 'escalation.created').find((request) => request.headers['x-lantern-idempotency-key'] === id)!.body) as EscalationWebhook;
    expect(created.dangerFromOther).toBe(false);
    const before = endpoint.received.length;

    // Later, in the forum: someone at home threatens them. The line, which may call that phone, is told.
    const post = async (body: string) => (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'depression', title: 'at home', body } })).body;
    const first = await post('He told me if I leave he will kill me.');
    const told = await waitFor(async () => {
      const sent = eventsSince(before, 'escalation.contact_updated');
      return sent.length > 0 ? sent : undefined;
    }, 15_000, 'the crisis line told of the danger');
    expect(JSON.parse(told[0].body) as EscalationContactUpdatedWebhook).toEqual({ event: 'escalation.contact_updated', escalationId: id, channel: 'phone', phone: '+1 555 010 0177', dangerFromOther: true, updatedAt: expect.any(String) });
    expect(told[0].headers['x-lantern-idempotency-key']).toBe(`${id}:contact:1`);
    expect(signedBy(told[0])).toBe(true);
    // Nothing of their words goes with it (the body above is all of it), nor who they are.
    expect(told[0].body).not.toContain(member.memberId);
    const [notice] = await api.db.dataSource.query(`SELECT danger FROM crisis_notices WHERE member_id = $1 AND content_id = $2`, [member.memberId, first.firstPost.id]);
    expect(notice).toEqual({ danger: true });

    // The portal says it on the case, and the timeline says when.
    const portal = await waitFor(async () => {
      const seen = (await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body;
      return seen.timeline.some((step) => step.status === 'contact_update_delivered') ? seen : undefined;
    }, 5_000, 'the telling recorded as delivered');
    expect(portal.dangerFromOther).toBe(true);
    expect(portal.phone).toBe('+1 555 010 0177');
    expect(portal.timeline.map((step) => step.status)).toEqual(['created', 'delivered', 'danger_told', 'contact_update_delivered']);
    expect(portal.timeline[2].note).toContain('ask first whether it is safe to talk');
    expect(portal.timeline[3].note).toMatch(/^someone may be hurting the member 1, attempt 1: HTTP 202$/);

    // Told again, in other words: the line already knows, and is not sent it twice (the telling
    // commits with the notice, so once the notice is there, no second step or delivery is).
    const contactSteps = async (escalationId: string) =>
      (await api.db.dataSource.query(`SELECT status FROM escalation_events WHERE escalation_id = $1 AND status IN ('contact_updated', 'channel_updated', 'danger_told') ORDER BY id`, [escalationId])).map(
        (row: { status: string }) => row.status,
      );
    const second = await post('My husband said he will hurt me if I tell anyone.');
    await waitFor(async () => (await api.db.dataSource.query(`SELECT 1 FROM crisis_notices WHERE content_id = $1`, [second.firstPost.id])).length > 0, 15_000, 'the second notice');
    expect(await contactSteps(id)).toEqual(['danger_told']);
    expect(await api.db.dataSource.query(`SELECT 1 FROM outbox_events WHERE payload->>'escalationId' = $1`, [id])).toEqual([]);
    expect(eventsSince(before, 'escalation.contact_updated')).toHaveLength(1);
    // Their next change of number is sent with the caution still on: a notice closing does not make the phone safe.
    await api.db.dataSource.query(`UPDATE crisis_notices SET closed_at = now() WHERE member_id = $1`, [member.memberId]);
    const changed = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0178' } });
    expect([changed.status, changed.body.phoneUpdated]).toEqual([200, true]);
    const next = await waitFor(async () => {
      const sent = eventsSince(before, 'escalation.contact_updated');
      return sent.length > 1 ? sent[1] : undefined;
    }, 10_000, 'the new number');
    expect(JSON.parse(next.body)).toMatchObject({ phone: '+1 555 010 0178', dangerFromOther: true });
    expect(next.headers['x-lantern-idempotency-key']).toBe(`${id}:contact:2`);
    await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Talked safely.' } });

    // A member already in danger, handed to a line in their private chat: the first webhook says it.
    const other = await registerMember(api, 'Hushed Vetch');
    const threat = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: other.token, body: { categorySlug: 'depression', title: 'home', body: 'My boyfriend hits me and says he will kill me if I tell anyone.' } })).body;
    await waitFor(async () => (await api.db.dataSource.query(`SELECT 1 FROM crisis_notices WHERE content_id = $1 AND danger`, [threat.firstPost.id])).length > 0, 15_000, 'the danger notice');
    const chat = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: other.token, body: { channel: 'in_app' } });
    expect(chat.status).toBe(201);
    const beforeHandoff = endpoint.received.length;
    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: chat.body.flagId } as QueueItem, { body: 'Asked to talk.' })).status).toBe(200);
    const handed = await escalationFor(chat.body.flagId);
    const sent = await waitFor(async () => eventsSince(beforeHandoff, 'escalation.created').find((request) => request.headers['x-lantern-idempotency-key'] === handed.id), 10_000, 'the hand-off');
    expect(JSON.parse(sent.body)).toMatchObject({ event: 'escalation.created', phone: null, dangerFromOther: true, payload: { channel: 'in_app' } });
    // Already told at the hand-off: no change follows it.
    expect(await contactSteps(handed.id)).toEqual([]);
    expect(eventsSince(beforeHandoff, 'escalation.contact_updated')).toEqual([]);
    await rest(api, 'POST', `/api/v1/partner/escalations/${handed.id}/outcome`, { token: counsellor.token, body: { outcome: 'Talked in the chat.' } });

    // A case whose line was never told though an open notice says so (a hand-off made as the
    // worker wrote the notice, or a case older than the telling): a worker's sweep tells it.
    const { member: late, id: lateCaseId } = await phoneCaseDelivered('Hushed Clover', '+1 555 010 0166', 'Please call.');
    await api.db.dataSource.query(`INSERT INTO crisis_notices (member_id, content_type, content_id, risk, danger) VALUES ($1, 'post', $2, 'high', true)`, [late.memberId, randomUUID()]);
    const beforeSweep = endpoint.received.length;
    worker.child.kill('SIGKILL');
    await worker.exited;
    worker = startWorker(workerEnv());
    const swept = await waitFor(async () => eventsSince(beforeSweep, 'escalation.contact_updated').find((request) => request.headers['x-lantern-idempotency-key'] === `${lateCaseId}:contact:1`), 20_000, `the sweep's telling (worker: ${worker.output().slice(-300)})`);
    expect(JSON.parse(swept.body)).toMatchObject({ phone: '+1 555 010 0166', dangerFromOther: true });
    expect(await contactSteps(lateCaseId)).toEqual(['danger_told']);
    await rest(api, 'POST', `/api/v1/partner/escalations/${lateCaseId}/outcome`, { token: counsellor.token, body: { outcome: 'Called safely.' } });
  });

  it('passes a new number for a phone case a crisis line already has on to the line: a signed escalation.contact_updated, retried under its own key, and the portal shows it', async () => {
    const { member, receipt: firstReceipt, id } = await phoneCaseDelivered('Quiet Speedwell', '+1 555 010 0111');
    const before = endpoint.received.length;

    // The same number, typed another way: nothing changes and the line is told nothing.
    const same = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+15550100111' } });
    expect([same.status, same.body]).toEqual([200, { ...firstReceipt, phoneUpdated: false }]);

    // Their phone died; they borrowed one. The line's endpoint fails the first try.
    endpoint.behaviours = ['fail', 'ok'];
    const changed = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0122' } });
    expect([changed.status, changed.body]).toEqual([200, { ...firstReceipt, phoneUpdated: true }]);
    const told = await waitFor(async () => {
      const attempts = eventsSince(before, 'escalation.contact_updated');
      return attempts.length === 2 ? attempts : undefined;
    }, 10_000, 'the new number, retried');
    expect(told.map((attempt) => [attempt.answered, attempt.headers['x-lantern-idempotency-key']])).toEqual([
      ['fail', `${id}:contact:1`],
      ['ok', `${id}:contact:1`],
    ]);
    expect(JSON.parse(told[1].body) as EscalationContactUpdatedWebhook).toEqual({ event: 'escalation.contact_updated', escalationId: id, channel: 'phone', phone: '+1 555 010 0122', dangerFromOther: false, updatedAt: expect.any(String) });
    expect(signedBy(told[1])).toBe(true);
    expect(told[1].body).not.toContain(member.memberId);
    expect(eventsSince(before, 'escalation.created')).toEqual([]);

    // The portal shows the number to call now, and when it changed; admins never read it.
    const portal = await waitFor(async () => {
      const seen = await rest<{ items: Escalation[] }>(api, 'GET', '/api/v1/partner/escalations', { token: counsellor.token });
      const mine = seen.body.items.find((entry) => entry.id === id);
      return mine?.timeline.some((step) => step.status === 'contact_update_delivered') ? mine : undefined;
    }, 5_000, 'the new number recorded as delivered');
    expect(portal.phone).toBe('+1 555 010 0122');
    expect(portal.timeline.map((step) => step.status)).toEqual(['created', 'delivered', 'contact_updated', 'contact_update_delivered']);
    const listed = await rest<{ items: Array<Record<string, unknown>> }>(api, 'GET', '/api/v1/admin/escalations', { token: admin.token });
    expect(JSON.stringify(listed.body)).not.toContain('010 0122');
    expect(listed.body.items.find((entry) => entry.id === id)).not.toHaveProperty('phone');

    // Stored sealed, one request still, audited as the member's change, and the number nowhere in clear.
    expect((await escalationFor(firstReceipt.flagId)).phone_ciphertext).not.toContain('555');
    expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM outreach_requests WHERE member_id = $1`, [member.memberId])).toEqual([{ n: 1 }]);
    const audit = await api.db.dataSource.query(`SELECT actor_id, actor_role, target_type, before, after FROM audit_log WHERE action = 'outreach_contact_updated' AND target_id = $1`, [id]);
    expect(audit).toEqual([{ actor_id: member.memberId, actor_role: 'member', target_type: 'escalation', before: { progress: 'delivered', channel: 'phone' }, after: { phoneChanged: true, partnerTold: true } }]);
    const anywhere = await api.db.dataSource.query(
      `SELECT 1 FROM audit_log WHERE target_id = $1 AND (before::text || after::text || COALESCE(reason, '')) LIKE '%0122%'
       UNION ALL SELECT 1 FROM escalation_events WHERE escalation_id = $1 AND note LIKE '%0122%'`,
      [id],
    );
    expect(anywhere).toEqual([]);
    // Who was shown the member's number is on record: once for the hour, however often the portal asked.
    for (let i = 0; i < 3; i++) expect((await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body.phone).toBe('+1 555 010 0122');
    const shown = await api.db.dataSource.query(`SELECT actor_id, actor_role, target_type, before, after FROM audit_log WHERE action = 'escalation_phone_read' AND target_id = $1`, [id]);
    expect(shown).toEqual([{ actor_id: counsellor.memberId, actor_role: 'partner', target_type: 'escalation', before: null, after: null }]);

    // Once the line closes the case, asking again is a new request, as before, and the line is told nothing.
    await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Reached them on the new number.' } });
    const closedPortal = (await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body;
    expect(closedPortal.phone).toBeNull();
    const afterClose = endpoint.received.length;
    const later = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0133' } });
    expect([later.status, later.body.phoneUpdated]).toEqual([201, false]);
    expect(later.body.outreachId).not.toBe(firstReceipt.outreachId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(eventsSince(afterClose, 'escalation.contact_updated')).toEqual([]);
  });

  it('sends a crisis line ten changes of how to reach a member in an hour, then says plainly the next was not passed on; asking again unchanged still answers', async () => {
    const member = await registerMember(api, 'Restless Sorrel');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0200' } });
    expect(first.status).toBe(201);
    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: first.body.flagId } as QueueItem, { body: 'Please call.' })).status).toBe(200);
    const { id } = await escalationFor(first.body.flagId);
    await waitFor(async () => (await escalationFor(first.body.flagId)).status === 'delivered', 10_000, 'delivery');
    for (let i = 1; i <= 10; i++) {
      const changed = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: `+1 555 010 02${String(i).padStart(2, '0')}` } });
      expect([i, changed.status, changed.body.phoneUpdated]).toEqual([i, 200, true]);
    }
    const refused = await rest<ErrorResponse>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0299' } });
    expect([refused.status, refused.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(refused.body.error.message).toMatch(/^This change was not passed on: .* keeps the one you gave before\. If you need to talk now, the lines above are open\. Try again in /);
    // Nothing of the refused change was kept or sent: the case has the tenth number, and ten updates are on their way.
    const steps = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM escalation_events WHERE escalation_id = $1 AND status = 'contact_updated'`, [id]);
    expect(steps).toEqual([{ n: 10 }]);
    // The same number again is no change, and is answered as before.
    const same = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0210' } });
    expect([same.status, same.body.phoneUpdated]).toEqual([200, false]);
  });

  it('in production sends nothing to a crisis line whose webhook is plain http (one stored before the rule, or by hand), and fails the delivery instead', async () => {
    const member = await registerMember(api, 'Plain Http Aster');
    const consent = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0300' } });
    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: consent.body.flagId } as QueueItem)).status).toBe(200);
    const { id } = await escalationFor(consent.body.flagId);
    await waitFor(async () => (await escalationFor(consent.body.flagId)).status === 'delivered', 10_000, 'delivery');
    const before = endpoint.received.length;
    // The same case sent again (a retry, a re-delivery) by a worker running in production: the
    // line's webhook here is http, so the phone number would cross the network in clear.
    const production = new WebhookProcessor(api.db.dataSource, { ...api.env, NODE_ENV: 'production' });
    const outcome = await production.process({ name: 'deliver', data: { event: 'escalation.created', escalationId: id, delivery: 2 }, attemptsMade: 0 } as never).then(
      (done) => `done: ${String(done)}`,
      (error: Error) => `failed: ${error.message}`,
    );
    expect(outcome).toMatch(/^failed: .*https/);
    expect(endpoint.received.length).toBe(before);
  });

  it('sends a new number only once the crisis line has the case: a case still being delivered gets it in its own webhook, then the update follows', async () => {
    const member = await registerMember(api, 'Quiet Toadflax');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0131' } });
    expect(first.status).toBe(201);
    const before = endpoint.received.length;
    // The line's endpoint fails every try that still carries the first number, so the case is still
    // on its way when the number changes, however slow the change is to come (its retries are 100 ms apart here).
    endpoint.decide = (body) => (body.includes('+1 555 010 0131') ? 'fail' : 'ok');
    try {
      expect((await escalate({ id: first.body.flagId } as QueueItem)).status).toBe(200);
      await waitFor(async () => eventsSince(before, 'escalation.created')[0], 10_000, 'the case first tried');
      const changed = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0132' } });
      expect([changed.status, changed.body]).toEqual([200, { ...first.body, phoneUpdated: true }]);
      await waitFor(async () => eventsSince(before, 'escalation.contact_updated').find((request) => request.answered === 'ok'), 20_000, 'the new number sent');
    } finally {
      endpoint.decide = undefined;
    }
    // In the order the line can use: the case (already with the new number), then the update.
    const accepted = endpoint.received.slice(before).filter((request) => request.answered === 'ok');
    expect(accepted.map((request) => [request.headers['x-lantern-event'], (JSON.parse(request.body) as { phone: string }).phone])).toEqual([
      ['escalation.created', '+1 555 010 0132'],
      ['escalation.contact_updated', '+1 555 010 0132'],
    ]);
  });

  it('gives a request no moderator acted on yet the new number, audits the change without the number, says so on the moderators item, and the hand-off carries it', async () => {
    const member = await registerMember(api, 'Quiet Mallow');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0144' } });
    expect([first.status, first.body.phoneUpdated]).toEqual([201, false]);
    // The same number written another way is the same request, asked again.
    const same = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 (555) 010-0144' } });
    expect([same.status, same.body.phoneUpdated, same.body.flagId, same.body.outreachId]).toEqual([200, false, first.body.flagId, first.body.outreachId]);
    const changed = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0155' } });
    expect([changed.status, changed.body.phoneUpdated, changed.body.flagId]).toEqual([201, true, first.body.flagId]);
    const requests = await api.db.dataSource.query(`SELECT id, phone_ciphertext FROM outreach_requests WHERE member_id = $1`, [member.memberId]);
    expect(requests).toEqual([{ id: changed.body.outreachId, phone_ciphertext: expect.any(String) }]);
    expect(requests[0].phone_ciphertext).not.toContain('555');
    const audit = await api.db.dataSource.query(`SELECT actor_role, target_type, target_id, before, after FROM audit_log WHERE action = 'outreach_contact_updated' AND actor_id = $1`, [member.memberId]);
    expect(audit).toEqual([{ actor_role: 'member', target_type: 'outreach_request', target_id: changed.body.outreachId, before: { progress: 'received', channel: 'phone' }, after: { phoneChanged: true } }]);
    expect(JSON.stringify(audit)).not.toContain('0155');
    const item = (await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${first.body.flagId}`, { token: moderator.token })).body;
    expect(item.excerpt).toBe('Asked for a crisis counsellor to contact them by phone. They have since changed the number to call; a hand-off sends the new one.');
    expect(JSON.stringify(item)).not.toContain('0155');

    const before = endpoint.received.length;
    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: first.body.flagId } as QueueItem)).status).toBe(200);
    const [created] = await waitFor(async () => {
      const sent = eventsSince(before, 'escalation.created');
      return sent.length > 0 ? sent : undefined;
    }, 10_000, 'the hand-off');
    expect((JSON.parse(created.body) as EscalationWebhook).phone).toBe('+1 555 010 0155');
  });

  it('hears a request for a counsellor asked again unchanged within the minute once: the same request, no second signal, no second live alert; a change, a withdrawal or a resolved item is heard', async () => {
    const member = await registerMember(api, 'Quiet Woodruff');
    const ask = (body: { channel: 'in_app' } | { channel: 'phone'; phone: string }) => rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body });
    const itemNow = async (flagId: string) =>
      (
        await api.db.dataSource.query(
          `SELECT f.status, f.version, (SELECT count(*)::int FROM flag_signals s WHERE s.flag_id = f.id AND s.reason = 'outreach_requested') AS signals FROM flags f WHERE f.id = $1`,
          [flagId],
        )
      )[0] as { status: string; version: number; signals: number };
    const moderators = io(api.baseUrl, { path: '/socket.io', auth: { token: moderator.token }, transports: ['websocket'] });
    const heard: QueueItem[] = [];
    // A new item, and every change of one, reaches every moderator live.
    moderators.on('moderation:flag', (item: QueueItem) => heard.push(item));
    moderators.on('moderation:flag-updated', (item: QueueItem) => heard.push(item));
    await new Promise<void>((resolve) => moderators.once('connect', () => resolve()));
    try {
      const first = await ask({ channel: 'in_app' });
      expect(first.status).toBe(201);
      const { flagId } = first.body;
      await waitFor(async () => (heard.some((item) => item.id === flagId) ? true : undefined), 5_000, 'the request reaching the moderators live');
      const asItWas = await itemNow(flagId);
      expect(asItWas.signals).toBe(1);

      // A second tab, a button pressed again and again, a script: one request, the item untouched.
      const again = await Promise.all(Array.from({ length: 4 }, () => ask({ channel: 'in_app' })));
      expect(again.map((answer) => [answer.status, answer.body.outreachId, answer.body.flagId, answer.body.channelUpdated])).toEqual(
        Array.from({ length: 4 }, () => [200, first.body.outreachId, flagId, false]),
      );
      expect(await itemNow(flagId)).toEqual(asItWas);
      expect(await api.db.dataSource.query(`SELECT id FROM outreach_requests WHERE member_id = $1`, [member.memberId])).toEqual([{ id: first.body.outreachId }]);
      const liveBefore = heard.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(heard.length).toBe(liveBefore);

      // Something new is always heard: a call instead, then the same call again is not.
      const toPhone = await ask({ channel: 'phone', phone: '+1 555 010 0266' });
      expect([toPhone.status, toPhone.body.flagId, toPhone.body.channelUpdated]).toEqual([201, flagId, true]);
      expect((await itemNow(flagId)).signals).toBe(2);
      const phoneAgain = await ask({ channel: 'phone', phone: '+1 555 010 0266' });
      expect([phoneAgain.status, phoneAgain.body.outreachId]).toEqual([200, toPhone.body.outreachId]);
      expect((await itemNow(flagId)).signals).toBe(2);

      // Withdrawn, then asked again: heard, as a new request.
      expect((await rest(api, 'DELETE', '/api/v1/me/outreach', { token: member.token })).status).toBe(200);
      const afterWithdrawal = await ask({ channel: 'phone', phone: '+1 555 010 0266' });
      expect(afterWithdrawal.status).toBe(201);
      expect(afterWithdrawal.body.outreachId).not.toBe(toPhone.body.outreachId);

      // The item resolved by a moderator, then asked again: a new item on top of the queue.
      const openItem = afterWithdrawal.body.flagId;
      expect((await rest(api, 'POST', `/api/v1/moderation/flags/${openItem}/resolve`, { token: moderator.token, body: { action: 'dismiss', note: 'Talked it through.' } })).status).toBe(200);
      const afterResolved = await ask({ channel: 'phone', phone: '+1 555 010 0266' });
      expect(afterResolved.status).toBe(201);
      expect(afterResolved.body.flagId).not.toBe(openItem);
      expect(await itemNow(afterResolved.body.flagId)).toMatchObject({ status: 'open', signals: 1 });
    } finally {
      moderators.close();
    }
  });

  it('a new number racing a moderator escalating the same request: both answered, no deadlock, and the crisis line gets the new number', async () => {
    const member = await registerMember(api, 'Quiet Agrimony');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0166' } });
    expect(first.status).toBe(201);
    const before = endpoint.received.length;
    // A third connection holds the audit log, so the escalation stops just before it commits,
    // holding the item and the request, while the member's new number arrives and waits on it.
    const holder = await holdLocks(api, (client) => client.query('LOCK TABLE audit_log IN SHARE MODE'));
    try {
      const escalation = escalate({ id: first.body.flagId } as QueueItem);
      await untilLockWaiters(api, 1, 'the escalation to wait at the audit log');
      const change = rest<OutreachReceipt & ErrorResponse>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0177' } });
      await untilLockWaiters(api, 2, 'the new number to wait on the escalation');
      await holder.release();
      const [escalated, changed] = await Promise.all([escalation, change]);
      expect([escalated.status, changed.status, changed.body]).toEqual([200, 200, { ...first.body, phoneUpdated: true }]);
    } finally {
      await holder.release();
    }
    // One request, handed off; the line hears the number the member gave last.
    const { id } = await escalationFor(first.body.flagId);
    expect(await api.db.dataSource.query(`SELECT escalation_id FROM outreach_requests WHERE member_id = $1`, [member.memberId])).toEqual([{ escalation_id: id }]);
    const portal = (await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body;
    expect(portal.phone).toBe('+1 555 010 0177');
    const update = await waitFor(async () => eventsSince(before, 'escalation.contact_updated')[0], 10_000, 'the new number sent');
    expect((JSON.parse(update.body) as EscalationContactUpdatedWebhook).phone).toBe('+1 555 010 0177');
    // Erasing the account deletes the new number as it did the old one: the portal has none left.
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: member.token })).status).toBe(204);
    expect((await escalationFor(first.body.flagId)).phone_ciphertext).toBeNull();
    expect((await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body.phone).toBeNull();
  });

  /** Where a member's number could be kept or written: in clear, it must be in none of them. */
  const numberAnywhere = (memberId: string, escalationId: string | null, digits: string) =>
    api.db.dataSource.query(
      `SELECT 1 FROM audit_log WHERE (target_id = $2 OR actor_id = $1) AND (COALESCE(before::text, '') || COALESCE(after::text, '') || COALESCE(reason, '')) LIKE '%' || $3 || '%'
       UNION ALL SELECT 1 FROM escalation_events WHERE escalation_id = $2 AND note LIKE '%' || $3 || '%'
       UNION ALL SELECT 1 FROM escalations WHERE id = $2 AND (payload::text || COALESCE(phone_ciphertext, '')) LIKE '%' || $3 || '%'`,
      [memberId, escalationId, digits],
    );

  it('switches a case a crisis line has from messages to a call and back: each change reaches the line as a signed escalation.contact_updated, the portal shows how to reach the member, and the number is erased on the way back', async () => {
    const member = await registerMember(api, 'Quiet Wintercress');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect([first.status, first.body.channelUpdated]).toEqual([201, false]);
    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: first.body.flagId } as QueueItem)).status).toBe(200);
    const { id, room_slug: room } = await escalationFor(first.body.flagId);
    await waitFor(async () => (await escalationFor(first.body.flagId)).status === 'delivered', 10_000, 'delivery');
    expect((await rest(api, 'POST', `/api/v1/partner/escalations/${id}/ack`, { token: counsellor.token })).status).toBe(200);
    const before = endpoint.received.length;

    // A call without a number is refused, as for a first request, and changes nothing.
    const noNumber = await rest<ErrorResponse>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone' } });
    expect([noNumber.status, noNumber.body.error.code, noNumber.body.error.message]).toEqual([400, 'VALIDATION_FAILED', expect.stringMatching(/number/)]);
    expect(await outreachOf(member)).toMatchObject({ channel: 'in_app', progress: 'with_counsellor' });

    // An hour later they would rather be called.
    const toPhone = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0211' } });
    expect([toPhone.status, toPhone.body]).toEqual([200, { ...first.body, phoneUpdated: false, channelUpdated: true }]);
    const [called] = await waitFor(async () => {
      const sent = eventsSince(before, 'escalation.contact_updated');
      return sent.length === 1 ? sent : undefined;
    }, 10_000, 'the switch to a call sent');
    expect(JSON.parse(called.body) as EscalationContactUpdatedWebhook).toEqual({ event: 'escalation.contact_updated', escalationId: id, channel: 'phone', phone: '+1 555 010 0211', dangerFromOther: false, updatedAt: expect.any(String) });
    expect(called.headers['x-lantern-idempotency-key']).toBe(`${id}:contact:1`);
    expect(signedBy(called)).toBe(true);
    expect(await outreachOf(member)).toMatchObject({ channel: 'phone', progress: 'with_counsellor' });
    const asPhone = (await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body;
    expect([asPhone.payload.channel, asPhone.phone]).toEqual(['phone', '+1 555 010 0211']);
    const listed = (await rest<{ items: Escalation[] }>(api, 'GET', '/api/v1/partner/escalations', { token: counsellor.token })).body.items.find((entry) => entry.id === id);
    expect([listed?.payload.channel, listed?.phone]).toEqual(['phone', '+1 555 010 0211']);
    expect(await numberAnywhere(member.memberId, id, '0211')).toEqual([]);

    // Then someone came home: messages here instead. The line is told, and the number is gone.
    const toChat = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect([toChat.status, toChat.body]).toEqual([200, { ...first.body, phoneUpdated: false, channelUpdated: true }]);
    const messaged = await waitFor(async () => eventsSince(before, 'escalation.contact_updated')[1], 10_000, 'the switch to messages sent');
    expect(JSON.parse(messaged.body) as EscalationContactUpdatedWebhook).toEqual({ event: 'escalation.contact_updated', escalationId: id, channel: 'in_app', phone: null, dangerFromOther: false, updatedAt: expect.any(String) });
    expect(messaged.headers['x-lantern-idempotency-key']).toBe(`${id}:contact:2`);
    expect(signedBy(messaged)).toBe(true);
    expect(await api.db.dataSource.query(`SELECT phone_ciphertext, room_slug, payload->>'channel' AS channel FROM escalations WHERE id = $1`, [id])).toEqual([{ phone_ciphertext: null, room_slug: room, channel: 'in_app' }]);
    expect(await api.db.dataSource.query(`SELECT channel, phone_ciphertext FROM outreach_requests WHERE member_id = $1`, [member.memberId])).toEqual([{ channel: 'in_app', phone_ciphertext: null }]);
    expect(await outreachOf(member)).toMatchObject({ channel: 'in_app', progress: 'with_counsellor', room });
    const asChat = (await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body;
    expect([asChat.payload.channel, asChat.phone, asChat.room]).toEqual(['in_app', null, room]);
    expect(asChat.timeline.filter((step) => step.status === 'channel_updated')).toHaveLength(2);

    // Audited as the member's changes, without the number.
    const audit = await api.db.dataSource.query(`SELECT actor_id, target_type, before, after FROM audit_log WHERE action = 'outreach_channel_updated' AND target_id = $1 ORDER BY created_at, id`, [id]);
    expect(audit).toEqual([
      { actor_id: member.memberId, target_type: 'escalation', before: { progress: 'acknowledged', channel: 'in_app' }, after: { channel: 'phone', partnerTold: true } },
      { actor_id: member.memberId, target_type: 'escalation', before: { progress: 'acknowledged', channel: 'phone' }, after: { channel: 'in_app', partnerTold: true } },
    ]);
    expect(await numberAnywhere(member.memberId, id, '0211')).toEqual([]);
    await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Talked it through in the chat.' } });
  });

  it('switches a phone case a crisis line took to messages: the number is erased, the case gets a private room the counsellor who took it is in, and the member is told live', async () => {
    const member = await registerMember(api, 'Quiet Hawkbit');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0222' } });
    expect(first.status).toBe(201);
    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: first.body.flagId } as QueueItem)).status).toBe(200);
    const { id } = await escalationFor(first.body.flagId);
    await waitFor(async () => (await escalationFor(first.body.flagId)).status === 'delivered', 10_000, 'delivery');
    expect((await rest(api, 'POST', `/api/v1/partner/escalations/${id}/ack`, { token: counsellor.token })).status).toBe(200);
    expect((await escalationFor(first.body.flagId)).room_slug).toBeNull();
    const before = endpoint.received.length;
    const listening = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    const told: PrivateRoomReadyEvent[] = [];
    listening.on('room:private-ready', (event: PrivateRoomReadyEvent) => told.push(event));
    await new Promise<void>((resolve) => listening.once('connect', () => resolve()));
    // Another case's room whose id began as this one's does: no meeting it (it failed the switch with a 500).
    await api.db.dataSource.query(`INSERT INTO rooms (slug, name, description, position, private) VALUES ($1, 'A private conversation', 'Another case.', 1000, true)`, [`care-${id.slice(0, 8)}`]);
    try {
      const switched = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
      expect([switched.status, switched.body]).toEqual([200, { ...first.body, phoneUpdated: false, channelUpdated: true }]);
      const room = (await escalationFor(first.body.flagId)).room_slug;
      expect(room).toBe(`care-${id}`);
      await waitFor(async () => told.length > 0, 5_000, 'the member told of the room');
      expect(told).toEqual([{ room, by: 'counsellor' }]);
      const people = await api.db.dataSource.query(`SELECT rm.member_id FROM room_members rm JOIN rooms r ON r.id = rm.room_id WHERE r.slug = $1 ORDER BY rm.member_id`, [room]);
      expect(people.map((row: { member_id: string }) => row.member_id)).toEqual([member.memberId, counsellor.memberId].sort());
      expect(await outreachOf(member)).toMatchObject({ channel: 'in_app', progress: 'with_counsellor', room });
      const update = await waitFor(async () => eventsSince(before, 'escalation.contact_updated')[0], 10_000, 'the switch sent');
      expect(JSON.parse(update.body) as EscalationContactUpdatedWebhook).toMatchObject({ escalationId: id, channel: 'in_app', phone: null });
      expect(update.body).not.toContain('0222');
      // The number is gone from the case and the request, not hidden.
      expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE id = $1 AND phone_ciphertext IS NOT NULL`, [id])).toEqual([]);
      expect(await api.db.dataSource.query(`SELECT 1 FROM outreach_requests WHERE member_id = $1 AND phone_ciphertext IS NOT NULL`, [member.memberId])).toEqual([]);
      const portal = (await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${id}`, { token: counsellor.token })).body;
      expect([portal.payload.channel, portal.phone, portal.room]).toEqual(['in_app', null, room]);
    } finally {
      listening.disconnect();
      await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Talked it through in the chat.' } });
    }
  });

  it('switches a request no moderator acted on yet between messages and a call: the request takes it, the number is gone after switching back, nothing reaches a line, and the hand-off carries the last choice', async () => {
    const member = await registerMember(api, 'Quiet Teasel');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect(first.status).toBe(201);
    const before = endpoint.received.length;
    const toPhone = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0233' } });
    expect([toPhone.status, toPhone.body.flagId, toPhone.body.phoneUpdated, toPhone.body.channelUpdated]).toEqual([201, first.body.flagId, false, true]);
    const sealed = await api.db.dataSource.query(`SELECT channel, phone_ciphertext FROM outreach_requests WHERE member_id = $1`, [member.memberId]);
    expect(sealed).toEqual([{ channel: 'phone', phone_ciphertext: expect.any(String) }]);
    expect(sealed[0].phone_ciphertext).not.toContain('0233');
    expect(await outreachOf(member)).toMatchObject({ channel: 'phone', progress: 'received' });

    const toChat = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect([toChat.status, toChat.body.flagId, toChat.body.phoneUpdated, toChat.body.channelUpdated]).toEqual([201, first.body.flagId, false, true]);
    // Not hidden: no row of the member's holds a number any more.
    expect(await api.db.dataSource.query(`SELECT channel, phone_ciphertext FROM outreach_requests WHERE member_id = $1`, [member.memberId])).toEqual([{ channel: 'in_app', phone_ciphertext: null }]);
    const audit = await api.db.dataSource.query(`SELECT target_type, before, after FROM audit_log WHERE action = 'outreach_channel_updated' AND actor_id = $1 ORDER BY created_at, id`, [member.memberId]);
    expect(audit).toEqual([
      { target_type: 'outreach_request', before: { progress: 'received', channel: 'in_app' }, after: { channel: 'phone' } },
      { target_type: 'outreach_request', before: { progress: 'received', channel: 'phone' }, after: { channel: 'in_app' } },
    ]);
    expect(await numberAnywhere(member.memberId, null, '0233')).toEqual([]);
    // No case yet, so nothing went to a crisis line.
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE member_id = $1`, [member.memberId])).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(endpoint.received.length).toBe(before);

    endpoint.behaviours = ['ok'];
    expect((await escalate({ id: first.body.flagId } as QueueItem)).status).toBe(200);
    const { id } = await escalationFor(first.body.flagId);
    const [created] = await waitFor(async () => {
      const sent = eventsSince(before, 'escalation.created');
      return sent.length > 0 ? sent : undefined;
    }, 10_000, 'the hand-off');
    expect(JSON.parse(created.body) as EscalationWebhook).toMatchObject({ escalationId: id, phone: null, payload: { channel: 'in_app' } });
    expect(eventsSince(before, 'escalation.contact_updated')).toEqual([]);
    await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Talked it through in the chat.' } });
  });

  it('sends a switch to a call only once the crisis line has the case: a case still being delivered carries the number in its own webhook, then the update follows', async () => {
    const member = await registerMember(api, 'Quiet Valerian');
    const first = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    const before = endpoint.received.length;
    // The line's endpoint fails the case's tries until the channel has changed, so the case is
    // still on its way then (two fixed failures could both be spent before the change, under load).
    endpoint.behaviours = [];
    endpoint.fallback = 'fail';
    let id: string;
    try {
      expect((await escalate({ id: first.body.flagId } as QueueItem)).status).toBe(200);
      ({ id } = await escalationFor(first.body.flagId));
      await waitFor(async () => eventsSince(before, 'escalation.created')[0], 10_000, 'the case first tried');
      const switched = await rest<OutreachReceipt>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0244' } });
      expect([switched.status, switched.body.channelUpdated]).toEqual([200, true]);
    } finally {
      endpoint.fallback = 'ok';
    }
    await waitFor(async () => eventsSince(before, 'escalation.contact_updated').find((request) => request.answered === 'ok'), 20_000, 'the switch sent');
    // Nothing about the change before the line accepted the case; then the case (already a call), then the update.
    const sent = endpoint.received.slice(before).map((request) => [request.headers['x-lantern-event'], request.answered, (JSON.parse(request.body) as { phone: string | null }).phone]);
    expect(sent.filter(([, answered]) => answered === 'ok')).toEqual([
      ['escalation.created', 'ok', '+1 555 010 0244'],
      ['escalation.contact_updated', 'ok', '+1 555 010 0244'],
    ]);
    expect(sent.filter(([event]) => event === 'escalation.contact_updated')).toHaveLength(1);
    await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Called them.' } });
  });

  it('lets a member withdraw a request no moderator acted on: the number is deleted, moderators hear it live, consent escalation is refused, and an imminent-risk hand-off stands', async () => {
    const member = await registerMember(api, 'Quiet Campion');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+1 555 010 0177' } });
    const moderators = io(api.baseUrl, { path: '/socket.io', auth: { token: moderator.token }, transports: ['websocket'] });
    const heard: QueueItem[] = [];
    moderators.on('moderation:flag-updated', (item: QueueItem) => heard.push(item));
    await new Promise<void>((resolve) => moderators.once('connect', () => resolve()));
    try {
      const withdrawn = await rest<{ request: OutreachStatus }>(api, 'DELETE', '/api/v1/me/outreach', { token: member.token });
      expect([withdrawn.status, withdrawn.body.request]).toEqual([200, { channel: 'phone', progress: 'withdrawn', room: null, askedAt: expect.any(String), handoffStands: false }]);
      expect(await api.db.dataSource.query(`SELECT phone_ciphertext, withdrawn_at IS NOT NULL AS withdrawn FROM outreach_requests WHERE member_id = $1`, [member.memberId])).toEqual([
        { phone_ciphertext: null, withdrawn: true },
      ]);
      const words = 'Asked for a crisis counsellor to contact them by phone. They have since withdrawn their request for a counsellor; any number they gave is deleted.';
      const live = await waitFor(async () => heard.find((item) => item.id === consent.body.flagId), 5_000, 'the moderators told');
      expect([live.status, live.excerpt]).toEqual(['open', words]);
      const detail = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${consent.body.flagId}`, { token: moderator.token });
      expect(detail.body.excerpt).toBe(words);
    } finally {
      moderators.disconnect();
    }
    const [audit] = await api.db.dataSource.query(`SELECT actor_id, actor_role, target_type, after FROM audit_log WHERE action = 'outreach_withdrawn' AND actor_id = $1`, [member.memberId]);
    expect(audit).toMatchObject({ actor_role: 'member', target_type: 'outreach_request', after: { escalation: null } });
    // Nothing left to withdraw; and the consent is gone, so no hand-off on it.
    const twice = await rest<ErrorResponse>(api, 'DELETE', '/api/v1/me/outreach', { token: member.token });
    expect([twice.status, twice.body.error.code]).toEqual([404, 'OUTREACH_NOT_FOUND']);
    const refused = await escalate({ id: consent.body.flagId } as QueueItem);
    expect([refused.status, refused.body.error.code]).toEqual([409, 'CONSENT_REQUIRED']);
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE member_id = $1`, [member.memberId])).toHaveLength(0);

    // A moderator judges the risk imminent and escalates with their reason: still possible.
    endpoint.behaviours = ['ok'];
    const judged = await escalate({ id: consent.body.flagId } as QueueItem, { basis: 'imminent_risk', note: 'Said goodbye to everyone; not answering.' });
    expect(judged.status).toBe(200);
    const handoff = await escalationFor(consent.body.flagId);
    await waitFor(async () => (await escalationFor(consent.body.flagId)).status === 'delivered', 10_000, 'delivery');
    // The member asks for a counsellor, then withdraws: their request goes, the moderator's hand-off stands, and they are told so.
    expect((await rest(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } })).status).toBe(201);
    const sentBefore = endpoint.received.length;
    const standing = await rest<{ request: OutreachStatus }>(api, 'DELETE', '/api/v1/me/outreach', { token: member.token });
    expect([standing.status, standing.body.request.progress, standing.body.request.handoffStands]).toEqual([200, 'withdrawn', true]);
    expect(await outreachOf(member)).toMatchObject({ progress: 'withdrawn', handoffStands: true });
    expect(await escalationFor(consent.body.flagId)).toMatchObject({ id: handoff.id, status: 'delivered' });
    const seen = await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${handoff.id}`, { token: counsellor.token });
    expect([seen.body.status, seen.body.withdrawnAt]).toEqual(['delivered', null]);
    expect(endpoint.received.slice(sentBefore).filter((request) => request.headers['x-lantern-event'] === 'escalation.withdrawn')).toEqual([]);
  });

  it('a member withdrawing while a moderator escalates the same request: both answered, no deadlock, and no hand-off without the consent', async () => {
    const member = await registerMember(api, 'Quiet Betony');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect(consent.status).toBe(201);
    // A third connection holds the audit log, so the withdrawal stops halfway, holding what it took
    // so far, while the moderator's escalation starts and waits on it.
    const holder = await holdLocks(api, (client) => client.query('LOCK TABLE audit_log IN SHARE MODE'));
    try {
      const withdrawal = rest<ErrorResponse>(api, 'DELETE', '/api/v1/me/outreach', { token: member.token });
      await untilLockWaiters(api, 1, 'the withdrawal to wait at the audit log');
      const escalation = escalate({ id: consent.body.flagId } as QueueItem);
      await untilLockWaiters(api, 2, 'the escalation to wait on the withdrawal');
      await holder.release();
      const [withdrawn, escalated] = await Promise.all([withdrawal, escalation]);
      expect([withdrawn.status, escalated.status, escalated.body.error?.code]).toEqual([200, 409, 'CONSENT_REQUIRED']);
    } finally {
      await holder.release();
    }
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE member_id = $1`, [member.memberId])).toHaveLength(0);
  });

  it('closes a hand-off the member withdraws: the partner gets a signed escalation.withdrawn, the number is deleted, the counsellor leaves the room, and the portal shows it withdrawn without the member words', async () => {
    // By phone: the number goes.
    const caller = await registerMember(api, 'Quiet Dock');
    const byPhone = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: caller.token, body: { channel: 'phone', phone: '+1 555 010 0166' } });
    expect((await escalate({ id: byPhone.body.flagId } as QueueItem, { body: 'Please call tonight.' })).status).toBe(200);
    const phoned = await escalationFor(byPhone.body.flagId);
    await waitFor(async () => (await escalationFor(byPhone.body.flagId)).status === 'delivered', 10_000, 'delivery');
    expect(phoned.phone_ciphertext).not.toBeNull();
    // The partner's endpoint fails the first try: the withdrawal is retried with the same key.
    const before = endpoint.received.length;
    endpoint.behaviours = ['fail', 'ok'];
    const withdrawn = await rest<{ request: OutreachStatus }>(api, 'DELETE', '/api/v1/me/outreach', { token: caller.token });
    expect([withdrawn.status, withdrawn.body.request]).toEqual([200, { channel: 'phone', progress: 'withdrawn', room: null, askedAt: expect.any(String), handoffStands: false }]);
    expect(await api.db.dataSource.query(`SELECT 1 FROM escalations WHERE id = $1 AND phone_ciphertext IS NULL AND status = 'closed'`, [phoned.id])).toHaveLength(1);
    expect(await api.db.dataSource.query(`SELECT 1 FROM outreach_requests WHERE member_id = $1 AND phone_ciphertext IS NOT NULL`, [caller.memberId])).toHaveLength(0);
    const told = await waitFor(
      async () => {
        const attempts = endpoint.received.slice(before).filter((request) => request.headers['x-lantern-event'] === 'escalation.withdrawn');
        return attempts.length === 2 ? attempts : undefined;
      },
      10_000,
      'the withdrawal webhook, retried',
    );
    expect(told.map((attempt) => [attempt.answered, attempt.headers['x-lantern-idempotency-key']])).toEqual([
      ['fail', `${phoned.id}:withdrawn`],
      ['ok', `${phoned.id}:withdrawn`],
    ]);
    const event = JSON.parse(told[1].body) as EscalationWithdrawnWebhook;
    expect(event).toEqual({ event: 'escalation.withdrawn', escalationId: phoned.id, withdrawnAt: expect.any(String) });
    expect(told[1].body).not.toContain('555');
    const [, timestamp, signature] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(String(told[1].headers['x-lantern-signature'])) ?? [];
    expect(signature).toBe(createHmac('sha256', secret).update(`${timestamp}.${told[1].body}`).digest('hex'));
    const portal = await waitFor(
      async () => {
        const seen = (await rest<Escalation>(api, 'GET', `/api/v1/partner/escalations/${phoned.id}`, { token: counsellor.token })).body;
        return seen.timeline.some((step) => step.status === 'withdrawal_delivered') ? seen : undefined;
      },
      5_000,
      'the withdrawal recorded as delivered',
    );
    expect(portal).toMatchObject({ status: 'closed', outcome: 'Withdrawn by the member.', withdrawnAt: event.withdrawnAt, payload: { excerpt: null, channel: 'phone' } });
    expect(portal.timeline.map((step) => step.status)).toEqual(['created', 'delivered', 'withdrawn', 'withdrawal_delivered']);
    const audit = await api.db.dataSource.query(`SELECT action, actor_role FROM audit_log WHERE target_id = $1 AND action LIKE '%withdraw%' ORDER BY id`, [phoned.id]);
    expect(audit).toEqual([
      { action: 'outreach_withdrawn', actor_role: 'member' },
      { action: 'partner_withdrawal_delivered', actor_role: 'system' },
    ]);
    const late = await rest<ErrorResponse>(api, 'POST', `/api/v1/partner/escalations/${phoned.id}/ack`, { token: counsellor.token });
    expect([late.status, late.body.error.code]).toEqual([409, 'ESCALATION_CLOSED']);

    // In a private chat the counsellor already joined: they leave it at once; the member keeps it.
    const chatter = await registerMember(api, 'Quiet Eyebright');
    const inApp = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: chatter.token, body: { channel: 'in_app' } });
    expect((await escalate({ id: inApp.body.flagId } as QueueItem)).status).toBe(200);
    const { id, room_slug: room } = await escalationFor(inApp.body.flagId);
    await waitFor(async () => (await escalationFor(inApp.body.flagId)).status === 'delivered', 10_000, 'delivery');
    expect((await rest(api, 'POST', `/api/v1/partner/escalations/${id}/ack`, { token: counsellor.token })).status).toBe(200);
    const counsellorSocket = io(api.baseUrl, { path: '/socket.io', auth: { token: counsellor.token }, transports: ['websocket'] });
    const memberSocket = io(api.baseUrl, { path: '/socket.io', auth: { token: chatter.token }, transports: ['websocket'] });
    try {
      expect(((await memberSocket.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean }).ok).toBe(true);
      expect(((await counsellorSocket.timeout(5000).emitWithAck('room:join', { room })) as { ok: boolean; online: number }).online).toBe(2);
      const counts: number[] = [];
      memberSocket.on('presence', (event: { room: string; online: number }) => event.room === room && counts.push(event.online));
      const gone = await rest<{ request: OutreachStatus }>(api, 'DELETE', '/api/v1/me/outreach', { token: chatter.token });
      expect([gone.status, gone.body.request.progress, gone.body.request.room]).toEqual([200, 'withdrawn', null]);
      const write = (await counsellorSocket.timeout(5000).emitWithAck('message:send', { room, body: 'still there?', clientMsgId: 'after-withdrawal' })) as { ok: boolean };
      expect(write.ok).toBe(false);
      // The member, left in the room, is told at once that they are the only one in it now.
      await waitFor(async () => counts.at(-1) === 1, 5_000, `the new count (heard ${JSON.stringify(counts)})`);
    } finally {
      counsellorSocket.disconnect();
      memberSocket.disconnect();
    }
    expect(await api.db.dataSource.query(`SELECT 1 FROM room_members rm JOIN rooms r ON r.id = rm.room_id WHERE r.slug = $1 AND rm.member_id = $2`, [room, counsellor.memberId])).toEqual([]);
    expect((await rest<{ items: RoomSummary[] }>(api, 'GET', '/api/v1/rooms', { token: chatter.token })).body.items[0].slug).toBe(room);
    await waitFor(async () => endpoint.received.some((request) => request.headers['x-lantern-idempotency-key'] === `${id}:withdrawn`), 10_000, 'the second withdrawal webhook');
  });

  it('never sends a withdrawal while the case itself is still on its way to the line: it waits for that delivery, which then is not sent again', async () => {
    const member = await registerMember(api, 'Turning Tide');
    const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    const before = endpoint.received.length;
    // The line takes its time over the case (no answer until Lantern's timeout), and the member withdraws meanwhile.
    endpoint.decide = (body) => (body.includes('"event":"escalation.created"') ? 'hang' : 'ok');
    try {
      expect((await escalate({ id: asked.body.flagId } as QueueItem)).status).toBe(200);
      const { id } = await escalationFor(asked.body.flagId);
      const forCase = (event: string) => endpoint.received.slice(before).filter((request) => request.headers['x-lantern-event'] === event && request.body.includes(id));
      await waitFor(async () => forCase('escalation.created').length === 1, 10_000, 'the case on its way');
      const withdrawn = await rest(api, 'DELETE', '/api/v1/me/outreach', { token: member.token });
      expect(withdrawn.status).toBe(200);
      const [told] = await waitFor(async () => (forCase('escalation.withdrawn').length ? forCase('escalation.withdrawn') : undefined), 10_000, 'the withdrawal');
      const [theCase] = forCase('escalation.created');
      // Lantern had hung up on the case's delivery before the withdrawal went.
      expect(theCase.closedAt).toBeDefined();
      expect(told.at).toBeGreaterThanOrEqual(theCase.closedAt!);
      // The case's retry finds it closed: the line is not sent the case again after the "no".
      await waitFor(async () => (await api.db.dataSource.query(`SELECT 1 FROM escalation_events WHERE escalation_id = $1 AND status = 'withdrawal_delivered'`, [id])).length === 1, 10_000, 'the withdrawal recorded');
      await new Promise((resolve) => setTimeout(resolve, 600));
      expect(forCase('escalation.created')).toHaveLength(1);
    } finally {
      endpoint.decide = undefined;
    }
  });

  it('answers a partner token whose account is no longer tied to a partner organisation 403 on every portal route, whatever it sends', async () => {
    // A counsellor who left their line: the account is a member's again, and their access token
    // still says partner (one sent as the change commits, before the sessions' end reaches the node).
    const loose = await withRole(api, await registerMember(api, 'Loose Line Wren'), 'partner');
    await changeBehindTokens(api, `UPDATE members SET role = 'member', partner_id = NULL WHERE id = $1`, [loose.memberId]);
    const id = crypto.randomUUID();
    const cases: Array<[string, string, unknown]> = [
      ['GET', '/api/v1/partner/escalations', undefined],
      ['GET', `/api/v1/partner/escalations/${id}`, undefined],
      ['GET', '/api/v1/partner/escalations/not-an-id', undefined],
      ['PATCH', `/api/v1/partner/escalations/${id}`, { status: 'acknowledged' }],
      // A bad body or id is not read before the account is known to have a partner.
      ['PATCH', `/api/v1/partner/escalations/${id}`, { status: 'nonsense', extra: true }],
      ['PATCH', '/api/v1/partner/escalations/not-an-id', { status: 'acknowledged' }],
      ['POST', `/api/v1/partner/escalations/${id}/ack`, undefined],
      ['POST', `/api/v1/partner/escalations/${id}/outcome`, { outcome: 'Called.' }],
      ['POST', `/api/v1/partner/escalations/${id}/outcome`, { nonsense: true }],
    ];
    for (const [method, path, body] of cases) {
      const answer = await rest<ErrorResponse>(api, method, path, { token: loose.token, body });
      expect([method, path, answer.status, answer.body.error.code, answer.body.error.message]).toEqual([method, path, 403, 'FORBIDDEN', 'This account is not tied to a partner organisation.']);
    }
    // A partner with a partner still gets the 400 for a bad body and a bad id.
    expect((await rest(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'nonsense' } })).status).toBe(400);
    expect((await rest(api, 'GET', '/api/v1/partner/escalations/not-an-id', { token: counsellor.token })).status).toBe(400);
  });

  it('deletes the phone number when the escalation closes', async () => {
    const member = await registerMember(api, 'Quiet Yarrow');
    const consent = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: '+44 7700 900123' } });
    await escalate({ id: consent.body.flagId } as QueueItem);
    const { id } = await escalationFor(consent.body.flagId);
    expect((await escalationFor(consent.body.flagId)).phone_ciphertext).not.toBeNull();
    await rest(api, 'PATCH', `/api/v1/partner/escalations/${id}`, { token: counsellor.token, body: { status: 'closed', outcome: 'Called; they are with family now.' } });
    expect((await escalationFor(consent.body.flagId)).phone_ciphertext).toBeNull();
    expect(await api.db.dataSource.query(`SELECT phone_ciphertext FROM outreach_requests WHERE member_id = $1 AND phone_ciphertext IS NOT NULL`, [member.memberId])).toHaveLength(0);
  });

  it('lets admins add a partner over REST, showing the webhook secret once', async () => {
    const created = await rest<{ id: string; name: string; secret: string; webhookUrl: string }>(api, 'POST', '/api/v1/admin/partners', {
      token: admin.token,
      body: { name: 'Night Line', regions: ['GB', 'IE'], webhookUrl: 'https://partner.example/lantern' },
    });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^[0-9a-f]{64}$/);
    const listed = await rest<{ items: Array<Record<string, unknown>> }>(api, 'GET', '/api/v1/admin/partners', { token: admin.token });
    const entry = listed.body.items.find((partner) => partner.id === created.body.id);
    expect(entry).toMatchObject({ name: 'Night Line', regions: ['GB', 'IE'], hours: '24/7', webhookUrl: 'https://partner.example/lantern' });
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
    const bad = await rest<ErrorResponse>(api, 'POST', '/api/v1/admin/partners', { token: admin.token, body: { name: 'X Line', webhookUrl: 'javascript:alert(1)' } });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await rest(api, 'POST', '/api/v1/admin/partners', { token: moderator.token, body: { name: 'Y Line', webhookUrl: 'https://y.example' } })).status).toBe(403);
  });

  it('in production refuses a crisis line whose webhook is plain http over REST (400 WEBHOOK_NOT_HTTPS, nothing stored) and takes an https one', async () => {
    // A second api node on the same database and Redis, running as in production.
    const production = await startApiNode(api.db, { ...api.env, NODE_ENV: 'production' });
    try {
      const plain = await rest<ErrorResponse>(production, 'POST', '/api/v1/admin/partners', {
        token: admin.token,
        body: { name: 'Plain Http Line', webhookUrl: 'http://partner.example/lantern' },
      });
      expect([plain.status, plain.body.error.code]).toEqual([400, 'WEBHOOK_NOT_HTTPS']);
      expect(plain.body.error.message).toMatch(/https/);
      expect(await api.db.dataSource.query(`SELECT 1 FROM partners WHERE name = 'Plain Http Line'`)).toEqual([]);
      const secure = await rest<{ webhookUrl: string }>(production, 'POST', '/api/v1/admin/partners', {
        token: admin.token,
        body: { name: 'Https Line', webhookUrl: 'https://partner.example/lantern' },
      });
      expect([secure.status, secure.body.webhookUrl]).toEqual([201, 'https://partner.example/lantern']);
    } finally {
      await production.close();
    }
  });

  it('checks outreach input', async () => {
    const member = await registerMember(api, 'Quiet Vetch');
    const missing = await rest<ErrorResponse>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone' } });
    expect([missing.status, missing.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const odd = await rest<ErrorResponse>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'phone', phone: 'call me maybe' } });
    expect(odd.status).toBe(400);
    expect((await rest(api, 'POST', '/api/v1/me/outreach', { body: { channel: 'in_app' } })).status).toBe(401);
    // Withdrawing: only a member's own open request, with a session.
    const none = await rest<ErrorResponse>(api, 'DELETE', '/api/v1/me/outreach', { token: member.token });
    expect([none.status, none.body.error.code]).toEqual([404, 'OUTREACH_NOT_FOUND']);
    expect((await rest(api, 'DELETE', '/api/v1/me/outreach', {})).status).toBe(401);
    expect((await rest(api, 'DELETE', '/api/v1/me/outreach', { token: moderator.token })).status).toBe(403);
    // A case its line closed is not open any more: nothing to withdraw.
    const asked = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: member.token, body: { channel: 'in_app' } });
    expect((await escalate({ id: asked.body.flagId } as QueueItem)).status).toBe(200);
    const { id } = await escalationFor(asked.body.flagId);
    await rest(api, 'POST', `/api/v1/partner/escalations/${id}/outcome`, { token: counsellor.token, body: { outcome: 'Talked it through.' } });
    const closed = await rest<ErrorResponse>(api, 'DELETE', '/api/v1/me/outreach', { token: member.token });
    expect([closed.status, closed.body.error.code]).toEqual([404, 'OUTREACH_NOT_FOUND']);
    expect(await outreachOf(member)).toMatchObject({ progress: 'closed', handoffStands: false });
  });
});
