import { SAFETY_PLAN_SECTIONS } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';

interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** A cursor shaped like Lantern's (base64url of `[sort key, id]`) around a sort key of the caller's choosing. */
const forgedCursor = (at: string) => Buffer.from(JSON.stringify([at, '00000000-0000-4000-8000-000000000000'])).toString('base64url');

/**
 * Input a hostile or careless client can send that a schema check alone let through: each got a
 * 500 from the database before. Each now gets a 4xx with a stable code, or is stored as Unicode
 * allows it, and nothing else changes.
 */
describe('hostile input that reached the database (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let member: Session;
  let admin: Session;
  let threadId: string;

  beforeAll(async () => {
    api = await startApi('hostile');
    await seedDemoData(api.db.dataSource);
    member = await registerMember(api);
    admin = await withRole(api, await registerMember(api), 'admin');
    const thread = await rest<{ id: string }>(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'anxiety', title: 'A thread to page', body: 'Its first post.' } });
    expect(thread.status).toBe(201);
    threadId = thread.body.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Every list a cursor pages through. */
  const cursorLists = () => [
    '/api/v1/threads',
    '/api/v1/categories/anxiety/threads',
    `/api/v1/threads/${threadId}/posts`,
    '/api/v1/rooms/lounge/messages',
    '/api/v1/search?q=thread',
    '/api/v1/me/replies',
  ];

  it('refuses a forged page cursor on every list with 400 INVALID_CURSOR, and still pages with a real one', async () => {
    const lists = cursorLists();
    // Each of these Date.parse takes, and PostgreSQL does not take as a timestamp.
    for (const at of ['1', '0', '2020-02-30T00:00:00Z', '+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z', 'Tuesday']) {
      for (const path of lists) {
        const response = await rest<ErrorBody>(api, 'GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${forgedCursor(at)}`, { token: member.token });
        expect([path, at, response.status, response.body.error?.code]).toEqual([path, at, 400, 'INVALID_CURSOR']);
      }
    }
    // A well-formed sort key with an offset, as PostgreSQL writes one, is a cursor like any other.
    const fromTheFuture = await rest<{ items: Array<{ id: string }> }>(api, 'GET', `/api/v1/threads?cursor=${forgedCursor('2999-01-01T00:00:00.123456+00:00')}`, { token: member.token });
    expect(fromTheFuture.status).toBe(200);
    expect(fromTheFuture.body.items.map((item) => item.id)).toContain(threadId);
  });

  it('answers a category or room name that cannot be one (a NUL, capitals, a dot) with its 404, on every route that takes one', async () => {
    const cases: Array<[string, string, string, unknown?]> = [
      ['GET', '/api/v1/categories/anx%00iety/threads', 'CATEGORY_NOT_FOUND'],
      ['PATCH', '/api/v1/categories/anx%00iety', 'CATEGORY_NOT_FOUND', { name: 'Renamed' }],
      ['GET', '/api/v1/categories/Anxiety/threads', 'CATEGORY_NOT_FOUND'],
      ['GET', '/api/v1/rooms/lou%00nge/messages', 'ROOM_NOT_FOUND'],
      ['GET', '/api/v1/rooms/..%2Flounge/messages', 'ROOM_NOT_FOUND'],
      ['POST', '/api/v1/rooms/lou%00nge/messages/00000000-0000-4000-8000-000000000000/reports', 'ROOM_NOT_FOUND', { reason: 'unkind' }],
      ['PATCH', '/api/v1/rooms/lou%00nge', 'ROOM_NOT_FOUND', { locked: true }],
      ['DELETE', '/api/v1/rooms/lou%00nge/messages/00000000-0000-4000-8000-000000000000', 'ROOM_NOT_FOUND'],
    ];
    for (const [method, path, code, body] of cases) {
      const response = await rest<ErrorBody>(api, method, path, { token: admin.token, body });
      expect([method, path, response.status, response.body.error?.code]).toEqual([method, path, 404, code]);
    }
    // The real names still work.
    expect((await rest(api, 'GET', '/api/v1/categories/anxiety/threads', { token: member.token })).status).toBe(200);
    expect((await rest(api, 'GET', '/api/v1/rooms/lounge/messages', { token: member.token })).status).toBe(200);
  });

  it('refuses year 0000, valid ISO but no PostgreSQL timestamp, as a field error', async () => {
    const audit = await rest<ErrorBody>(api, 'GET', '/api/v1/moderation/audit?before=0000-01-01T00:00:00Z', { token: admin.token });
    expect([audit.status, audit.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(audit.body.error.details)).toContain('before');
    const sections = Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, [] as string[]]));
    const plan = await rest<ErrorBody>(api, 'PUT', '/api/v1/me/safety-plan', { token: member.token, body: { sections, baseUpdatedAt: '0000-06-01T12:00:00+00:00' } });
    expect([plan.status, plan.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(JSON.stringify(plan.body.error.details)).toContain('baseUpdatedAt');
    // Year 1 is a timestamp PostgreSQL keeps; the audit pages back from it (to nothing).
    const yearOne = await rest<{ items: unknown[] }>(api, 'GET', '/api/v1/moderation/audit?before=0001-01-01T00:00:00Z', { token: admin.token });
    expect([yearOne.status, yearOne.body.items]).toEqual([200, []]);
  });

  it('refuses an instant PostgreSQL cannot read (an offset past ±15:59, a fraction of 200 digits) as a bad cursor or field, and takes ±15:59', async () => {
    const lists = cursorLists();
    // ISO 8601 allows offsets up to ±23:59; PostgreSQL's end at ±15:59.
    const unreadable = ['2026-01-01T00:00:00+16:00', '2026-01-01T00:00:00-23:59', `2026-01-01T00:00:00.${'1'.repeat(200)}Z`];
    for (const at of unreadable) {
      for (const path of lists) {
        const response = await rest<ErrorBody>(api, 'GET', `${path}${path.includes('?') ? '&' : '?'}cursor=${forgedCursor(at)}`, { token: member.token });
        expect([path, at, response.status, response.body.error?.code]).toEqual([path, at, 400, 'INVALID_CURSOR']);
      }
      const audit = await rest<ErrorBody>(api, 'GET', `/api/v1/moderation/audit?before=${encodeURIComponent(at)}`, { token: admin.token });
      expect([at, audit.status, audit.body.error?.code, audit.body.error?.details]).toEqual([at, 400, 'VALIDATION_FAILED', [expect.objectContaining({ path: 'before' })]]);
    }
    // The same on a save, once there is a plan to compare with; the plan is left as it was.
    const sections = Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, [] as string[]]));
    const saved = await rest<{ updatedAt: string }>(api, 'PUT', '/api/v1/me/safety-plan', { token: member.token, body: { sections: { ...sections, people: ['Sam'] }, baseUpdatedAt: null } });
    expect(saved.status).toBe(200);
    for (const at of unreadable) {
      const plan = await rest<ErrorBody>(api, 'PUT', '/api/v1/me/safety-plan', { token: member.token, body: { sections, baseUpdatedAt: at } });
      expect([at, plan.status, plan.body.error?.code, plan.body.error?.details]).toEqual([at, 400, 'VALIDATION_FAILED', [expect.objectContaining({ path: 'baseUpdatedAt' })]]);
    }
    const kept = await rest<{ updatedAt: string; sections: Record<string, string[]> }>(api, 'GET', '/api/v1/me/safety-plan', { token: member.token });
    expect([kept.body.updatedAt, kept.body.sections.people]).toEqual([saved.body.updatedAt, ['Sam']]);
    // An offset PostgreSQL keeps is an instant like any other.
    for (const at of ['2999-01-01T00:00:00+15:59', '2999-01-01T00:00:00-15:59']) {
      const page = await rest<{ items: Array<{ id: string }> }>(api, 'GET', `/api/v1/threads?cursor=${forgedCursor(at)}`, { token: member.token });
      expect([at, page.status, page.body.items?.map((item) => item.id)]).toEqual([at, 200, expect.arrayContaining([threadId])]);
      expect((await rest(api, 'GET', `/api/v1/moderation/audit?before=${encodeURIComponent(at)}`, { token: admin.token })).status).toBe(200);
    }
  });

  it('stores a lone surrogate (half an emoji) as U+FFFD in settings and audit records instead of failing', async () => {
    const prefs = await rest<{ preferences: Record<string, unknown> }>(api, 'PATCH', '/api/v1/me', { token: member.token, body: { preferences: { theme: 'dark\ud800', ['k\udc00']: true } } });
    expect(prefs.status).toBe(200);
    expect(prefs.body.preferences).toMatchObject({ theme: 'dark\ufffd', ['k\ufffd']: true });
    const [stored] = await api.db.dataSource.query(`SELECT preferences FROM members WHERE id = $1`, [member.memberId]);
    expect(stored.preferences).toMatchObject({ theme: 'dark\ufffd', ['k\ufffd']: true });

    // A category's name is audited as JSON: the record is written, the name readable.
    const slug = `half-${Date.now()}`;
    const created = await rest<{ name: string }>(api, 'POST', '/api/v1/categories', { token: admin.token, body: { slug, name: 'Moon \ud83c', description: 'Half \udf19 a moon' } });
    expect([created.status, created.body.name]).toEqual([201, 'Moon \ufffd']);
    const [audited] = await api.db.dataSource.query(`SELECT after FROM audit_log WHERE action = 'category_create' AND after->>'slug' = $1`, [slug]);
    expect(audited?.after).toMatchObject({ name: 'Moon \ufffd', description: 'Half \ufffd a moon' });
  });

  it("refuses a NUL in a setting's name with a field error naming it, and keeps the settings as they were", async () => {
    const before = await rest<{ preferences: Record<string, unknown> }>(api, 'GET', '/api/v1/me', { token: member.token });
    for (const [key, path] of [
      ['x\u0000y', 'preferences.x\\u0000y'],
      ['\u0000', 'preferences.\\u0000'],
    ]) {
      const response = await rest<ErrorBody>(api, 'PATCH', '/api/v1/me', { token: member.token, body: { preferences: { theme: 'light', [key]: 'v' } } });
      expect([path, response.status, response.body.error?.code, response.body.error?.details]).toEqual([
        path,
        400,
        'VALIDATION_FAILED',
        [{ path, message: 'Text cannot contain the NUL character (\\u0000).' }],
      ]);
    }
    const after = await rest<{ preferences: Record<string, unknown> }>(api, 'GET', '/api/v1/me', { token: member.token });
    expect(after.body.preferences).toEqual(before.body.preferences);
  });

  it('reads a body sent as application/*+json, which it accepts, instead of ignoring it', async () => {
    const response = await fetch(`${api.baseUrl}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/vnd.lantern+json' },
      body: JSON.stringify({ pseudonym: 'QuietHarbour42' }),
    });
    expect(response.status).toBe(201);
    expect((await response.json()).member.pseudonym).toBe('QuietHarbour42');
    // Its schema applies as to any body: an unknown field is refused, not dropped.
    const unknown = await fetch(`${api.baseUrl}/api/v1/auth/register`, { method: 'POST', headers: { 'content-type': 'application/merge-patch+json' }, body: '{"email":"a@b.c"}' });
    expect([unknown.status, (await unknown.json()).error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('answers a JSON array where named fields belong with a sentence, and stores nothing', async () => {
    for (const body of ['["pseudonym"]', '[]']) {
      const response = await fetch(`${api.baseUrl}/api/v1/threads`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` }, body });
      const answer = (await response.json()) as ErrorBody;
      expect([body, response.status, answer.error.code, answer.error.message]).toEqual([body, 400, 'VALIDATION_FAILED', 'The body must be a JSON object of named fields.']);
    }
    const [{ count }] = await api.db.dataSource.query(`SELECT count(*)::int AS count FROM threads WHERE author_id = $1`, [member.memberId]);
    expect(count).toBe(1);
  });
});
