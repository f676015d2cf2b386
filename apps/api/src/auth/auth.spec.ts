import { SignJWT } from 'jose';
import type { MemberView, RegistrationGrant, SessionGrant, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { rest } from '../../test/support/rest-client';
import { holdLocks, lockWaiters, untilLockWaiters } from '../../test/support/db-locks';
import type { NodeRedisClient } from '@lantern/queue';
import { REDIS_CLIENT } from '../infra/infra.tokens';
import { request as httpRequest } from 'node:http';

/** A sign-in on a fresh connection (no pooling that could send requests one after another); its status. */
function loginOnItsOwnConnection(api: ApiHarness, pseudonym: string, passphrase: string): Promise<number> {
  return postOnItsOwnConnection(api, '/api/v1/auth/login', { pseudonym, passphrase });
}

/** A POST on a fresh connection; its status. */
function postOnItsOwnConnection(api: ApiHarness, path: string, payload: Record<string, unknown>): Promise<number> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const sent = httpRequest(`${api.baseUrl}${path}`, { method: 'POST', agent: false, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    sent.on('error', reject);
    sent.end(body);
  });
}

interface ErrorResponse {
  error: { code: string; message: string; details?: Array<{ path: string; message: string }> & { retryAfterSeconds?: number } };
}

const SECRET = 'integration-tests-only-secret-0123456789abcdef';

describe('pseudonymous identity (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('auth', { RATE_LIMIT_LOGIN_FAILURES: '3' });
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  const register = (body: Record<string, unknown> = {}) => rest<RegistrationGrant & ErrorResponse>(api, 'POST', '/api/v1/auth/register', { body });

  it('registers in one step without a pseudonym, generating a friendly one', async () => {
    const response = await register();
    expect(response.status).toBe(201);
    expect(response.body.member.pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$/);
    expect(response.body.member.role).toBe('member');
    expect(response.body.recoveryCode).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
    expect(response.body.accessToken.split('.')).toHaveLength(3);
    const me = await rest<MemberView>(api, 'GET', '/api/v1/me', { token: response.body.accessToken });
    expect(me.body).toMatchObject({ id: response.body.member.id, pseudonym: response.body.member.pseudonym });
    const [row] = await api.db.dataSource.query(`SELECT passphrase_hash, recovery_code_hash FROM members WHERE id = $1`, [response.body.member.id]);
    expect(row.passphrase_hash).toBeNull();
    expect(row.recovery_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.recovery_code_hash).not.toContain(response.body.recoveryCode);
  });

  it('keeps pseudonyms unique ignoring case, 3–32 characters, and refuses slurs and impersonation', async () => {
    expect((await register({ pseudonym: 'Harbour Light' })).status).toBe(201);
    const taken = await register({ pseudonym: 'harbour light' });
    expect([taken.status, taken.body.error.code]).toEqual([409, 'PSEUDONYM_TAKEN']);
    const short = await register({ pseudonym: 'ab' });
    expect([short.status, short.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(short.body.error.details).toEqual([{ path: 'pseudonym', message: 'A pseudonym needs at least 3 characters.' }]);
    expect((await register({ pseudonym: 'x'.repeat(33) })).body.error.code).toBe('VALIDATION_FAILED');
    const several = await register({ pseudonym: 'ok name', passphrase: 'short', region: 'USA' });
    expect(several.body.error.details?.map((problem) => problem.path).sort()).toEqual(['passphrase', 'region']);
    // Nor one a reader would mistake for someone else: a thread alias, or the stand-in for an erased account.
    for (const refused of ['f a g g o t', 'Lantern Moderator', 'kys loser', 'Soft Meadow 16', 'quiet  heron 42', 'Former Member', 'former member']) {
      const response = await register({ pseudonym: refused });
      expect([refused, response.status, response.body.error.code]).toEqual([refused, 422, 'PSEUDONYM_REFUSED']);
    }
    expect((await register({ pseudonym: 'Quiet', role: 'admin' })).body.error.code).toBe('VALIDATION_FAILED');
    // A generated pseudonym's shape (an adjective and an animal) is a fine choice, and a meadow without a number too.
    expect((await register({ pseudonym: 'Quiet Otter 42' })).status).toBe(201);
    expect((await register({ pseudonym: 'Soft Meadow' })).status).toBe(201);
  });

  it('refuses a role name however it is spelled, a name in look-alike alphabets, and a doubled space that copies another name', async () => {
    // Each of these would read as "Moderator", "Admin", "Staff" or Lantern's own voice beside a post or chat message.
    const roles = ['Lantern_Moderator', 'Moderator2', 'Moderators', 'TheModerator', 'M0derator', 'Admin1', 'Admin_Jo', 'StaffJo', 'Official_Lantern', 'ModTeam', 'LanternTeam', 'Lantern Support',
      // A crisis line's counsellor (shown to members as one), and the roles in other languages.
      'Crisis Counsellor', 'Counselor Jo', 'CrisisCounsellor', 'Crisis Line', 'Samaritans', 'Lantern Bot', '\u041c\u043e\u0434\u0435\u0440\u0430\u0442\u043e\u0440', 'Moderadora Ana'];
    for (const refused of roles) {
      const response = await register({ pseudonym: refused });
      expect([refused, response.status, response.body.error?.code, response.body.error?.message]).toEqual([
        refused,
        422,
        'PSEUDONYM_REFUSED',
        'Pseudonyms cannot suggest a role such as moderator, staff or crisis counsellor.',
      ]);
    }
    // The stand-in for an erased account, however it is joined up.
    for (const refused of ['Former_Member', 'FormerMember', 'Deleted-User']) {
      const response = await register({ pseudonym: refused });
      expect([refused, response.status, response.body.error?.code]).toEqual([refused, 422, 'PSEUDONYM_REFUSED']);
    }
    // A Cyrillic letter among Latin ones looks the same on the page: "Мoderator" and a copy of a member's name.
    expect((await register({ pseudonym: 'Still Harbour' })).status).toBe(201);
    for (const refused of ['\u041coderator', 'Still H\u0430rbour', 'F\u043ermer Member']) {
      const response = await register({ pseudonym: refused });
      expect([refused, response.status, response.body.error?.code]).toEqual([refused, 422, 'PSEUDONYM_REFUSED']);
      expect(response.body.error.message).toContain('alphabets that look alike');
    }
    // A page shows a run of spaces as one: "Still  Harbour" is the same name to a reader, so it is taken,
    // and a new name with a doubled space is kept with one.
    const doubled = await register({ pseudonym: 'Still  Harbour' });
    expect([doubled.status, doubled.body.error?.code]).toEqual([409, 'PSEUDONYM_TAKEN']);
    const spaced = await register({ pseudonym: 'Lamp   Keeper', passphrase: 'a lamp kept lit at night' });
    expect([spaced.status, spaced.body.member?.pseudonym]).toEqual([201, 'Lamp Keeper']);
    // Its member signs in with the name as they typed it, and as it is stored.
    for (const typed of ['Lamp   Keeper', 'lamp keeper']) {
      const signedIn = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: typed, passphrase: 'a lamp kept lit at night' } });
      expect([typed, signedIn.status, signedIn.body.member?.pseudonym]).toEqual([typed, 200, 'Lamp Keeper']);
    }
    // A name written in other letters that look the same, or in wide or bold forms, is taken too:
    // all-Cyrillic "Норе Сосо" passes no mixed-alphabet rule, but reads as "Hope Coco".
    expect((await register({ pseudonym: 'Hope Coco' })).status).toBe(201);
    for (const copy of ['\u041d\u043e\u0440\u0435 \u0421\u043e\u0441\u043e', '\uff28\uff4f\uff50\uff45 \uff23\uff4f\uff43\uff4f', '\u{1d407}\u{1d428}\u{1d429}\u{1d41e} Coco', '\u041d\u041e\u0420\u0415 \u0421\u041e\u0421\u041e']) {
      const response = await register({ pseudonym: copy });
      expect([copy, response.status, response.body.error?.code]).toEqual([copy, 409, 'PSEUDONYM_TAKEN']);
    }
    const renaming = await register({ pseudonym: 'Plain Heather', passphrase: 'heather on the hill' });
    const renamed = await rest<ErrorResponse>(api, 'PUT', '/api/v1/me/pseudonym', {
      token: renaming.body.accessToken,
      body: { pseudonym: '\u041d\u043e\u0440\u0435 \u0421\u043e\u0441\u043e', currentPassphrase: 'heather on the hill' },
    });
    expect([renamed.status, renamed.body.error?.code]).toEqual([409, 'PSEUDONYM_TAKEN']);
    // Nor by changing only the case: lower-case Cyrillic "норе сосо" does not look like it, capitals do.
    const lower = await register({ pseudonym: '\u043d\u043e\u0440\u0435 \u0441\u043e\u0441\u043e', passphrase: 'a lower case name' });
    expect(lower.status).toBe(201);
    const recased = await rest<ErrorResponse>(api, 'PUT', '/api/v1/me/pseudonym', {
      token: lower.body.accessToken,
      body: { pseudonym: '\u041d\u043e\u0440\u0435 \u0421\u043e\u0441\u043e', currentPassphrase: 'a lower case name' },
    });
    expect([recased.status, recased.body.error?.code]).toEqual([409, 'PSEUDONYM_TAKEN']);
    // Words that only contain a role's letters, one alphabet other than Latin, and accents stay welcome.
    for (const welcome of ['Staffordshire Lass', 'Badminton Fan', 'Moderate Sky', 'Mod Helper', '\u0422\u0438\u0445\u0430\u044f \u0412\u044b\u0434\u0440\u0430', 'Zo\u00eb Caf\u00e9']) {
      const response = await register({ pseudonym: welcome });
      expect([welcome, response.status, response.body.member?.pseudonym]).toEqual([welcome, 201, welcome]);
    }
  });

  it('gives one of two look-alike names chosen at the same moment, and refuses the other', async () => {
    // Both registrations are held, each after looking for a look-alike, at the unique index of
    // names (a transaction of the test's writes each name and rolls back): neither could see the
    // other's row when it looked, and the skeletons' index is not unique.
    const copy = '\u041c\u0430\u0440\u0441\u0435 \u0421\u0430\u0441\u0443'; // Cyrillic "Марсе Сасу", as "Mapce Cacy"
    const holder = await holdLocks(api, (client) => client.query(`INSERT INTO members (pseudonym) VALUES ($1), ($2)`, ['Mapce Cacy', copy]));
    let statuses: Array<Promise<number>> = [];
    try {
      statuses = ['Mapce Cacy', copy].map((pseudonym) => postOnItsOwnConnection(api, '/api/v1/auth/register', { pseudonym }));
      await untilLockWaiters(api, 2, 'both registrations at the database');
    } finally {
      await holder.release();
    }
    expect((await Promise.all(statuses)).sort()).toEqual([201, 409]);
    const given: Array<{ pseudonym: string }> = await api.db.dataSource.query(`SELECT pseudonym FROM members WHERE pseudonym IN ($1, $2)`, ['Mapce Cacy', copy]);
    expect(given).toHaveLength(1);
    // Names that do not look alike are both given.
    const apart = await Promise.all(['Quiet Lantern', 'Quiet Lanterns'].map((pseudonym) => postOnItsOwnConnection(api, '/api/v1/auth/register', { pseudonym })));
    expect(apart).toEqual([201, 201]);
  });

  it('signs in with the passphrase, hashed with argon2id', async () => {
    const created = await register({ pseudonym: 'Fern Walker', passphrase: 'a quiet walk by the river' });
    const [row] = await api.db.dataSource.query(`SELECT passphrase_hash FROM members WHERE id = $1`, [created.body.member.id]);
    expect(row.passphrase_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    const login = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'fern walker', passphrase: 'a quiet walk by the river' } });
    expect(login.status).toBe(200);
    expect(login.body.member.id).toBe(created.body.member.id);
    const wrong = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Fern Walker', passphrase: 'not it at all' } });
    expect([wrong.status, wrong.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const nobody = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Nobody Here', passphrase: 'whatever it is' } });
    expect(nobody.body.error.message).toBe(wrong.body.error.message);
  });

  it('backs off repeated failed sign-ins with a 429 and a retry-after', async () => {
    await register({ pseudonym: 'Target Moth', passphrase: 'correct horse battery' });
    for (let i = 0; i < 3; i++) await rest(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Target Moth', passphrase: `guess ${i} wrong` } });
    const blocked = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Target Moth', passphrase: 'correct horse battery' } });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('RATE_LIMITED');
    expect(blocked.headers.get('content-type')).toContain('application/json');
    // The back-off is the policy's 15-minute block, said both in the header and in the body.
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(blocked.body.error.details?.retryAfterSeconds).toBe(retryAfter);
    // Another pseudonym is not blocked by Target Moth's failures.
    expect((await rest(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Fern Walker', passphrase: 'a quiet walk by the river' } })).status).toBe(200);
  });

  it('counts failed guesses at a name however its spaces are typed; a recovery code still opens the account', async () => {
    // Each spelling signs in as the one name, so each spends the one budget of guesses (three here).
    await register({ pseudonym: 'Tidal Wren', passphrase: 'the tide comes in slowly' });
    for (const typed of ['Tidal  Wren', 'tidal\twren', 'TIDAL \t WREN']) {
      const miss = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: typed, passphrase: 'a wrong guess' } });
      expect([typed, miss.status, miss.body.error?.code]).toEqual([typed, 401, 'INVALID_CREDENTIALS']);
    }
    for (const typed of ['Tidal   Wren', 'Tidal Wren']) {
      const blocked = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: typed, passphrase: 'the tide comes in slowly' } });
      expect([typed, blocked.status, blocked.body.error?.code]).toEqual([typed, 429, 'RATE_LIMITED']);
    }
    // A recovery code is 100 random bits, beyond guessing: it spends no name's budget, so whoever
    // spent a member's (failing to sign in as them, on purpose or not) cannot keep them out.
    const created = await register({ pseudonym: 'Amber Lark 7', passphrase: 'amber light at dusk' });
    for (const typed of ['Amber  Lark 7', 'amber\tlark\t7', 'Amber Lark  7']) {
      const miss = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: typed, passphrase: 'a wrong guess' } });
      expect([typed, miss.status]).toEqual([typed, 401]);
      const wrongCode = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/recover', { body: { pseudonym: typed, recoveryCode: 'AAAAA-BBBBB-CCCCC-DDDDD' } });
      expect([typed, wrongCode.status, wrongCode.body.error?.code]).toEqual([typed, 401, 'INVALID_CREDENTIALS']);
    }
    const blocked = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Amber Lark 7', passphrase: 'amber light at dusk' } });
    expect([blocked.status, blocked.body.error?.code]).toEqual([429, 'RATE_LIMITED']);
    const recovered = await rest<RegistrationGrant>(api, 'POST', '/api/v1/auth/recover', { body: { pseudonym: 'Amber   Lark   7', recoveryCode: created.body.recoveryCode } });
    expect(recovered.status).toBe(200);
    // And the name's budget starts again: the passphrase works at once.
    expect((await rest(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Amber Lark 7', passphrase: 'amber light at dusk' } })).status).toBe(200);
  });

  it('counts failed guesses at an account however its name is spelled: a dotted capital İ finds it, and spends its one budget', async () => {
    await register({ pseudonym: 'Misty Finch', passphrase: 'mist over the moor' });
    // The database folds İ to i, so each of these signs in as Misty Finch.
    for (const typed of ['Misty Finch', 'MİSTY FINCH', 'MISTY FİNCH']) {
      const miss = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: typed, passphrase: 'a wrong guess' } });
      expect([typed, miss.status, miss.body.error?.code]).toEqual([typed, 401, 'INVALID_CREDENTIALS']);
    }
    // Refused by the account's budget, a try spends nothing else: not the address's budget, shared
    // by everyone behind it, nor a budget of the spelling's own.
    const redis = api.app.get<NodeRedisClient>(REDIS_CLIENT);
    const addressSpent = async () => {
      const [key] = await redis.keys(`${api.env.QUEUE_PREFIX}:rate:login-address:*`);
      return Number((await redis.get(key)) ?? 0);
    };
    const spentBefore = await addressSpent();
    for (const typed of ['MİSTY FİNCH', 'mİsty fİnch']) {
      const blocked = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: typed, passphrase: 'mist over the moor' } });
      expect([typed, blocked.status, blocked.body.error?.code]).toEqual([typed, 429, 'RATE_LIMITED']);
    }
    expect(await addressSpent()).toBe(spentBefore);
  });

  it('counts guesses sent all at once as they come: no more are tried than the budget allows', async () => {
    await register({ pseudonym: 'Quiet Harbour', passphrase: 'boats rocking at night' });
    // Each guess that gets past the budget stops at the database (the members table held by the
    // test) before its passphrase is checked: eleven wrong ones sent at once, each on a connection
    // of its own, until three wait there; then the right one.
    const holder = await holdLocks(api, (client) => client.query('LOCK TABLE members IN ACCESS EXCLUSIVE MODE'));
    let wrong: Array<Promise<number>> = [];
    let right: Promise<number> | undefined;
    try {
      wrong = Array.from({ length: 11 }, (_, i) => loginOnItsOwnConnection(api, 'Quiet Harbour', `guess number ${i}`));
      await untilLockWaiters(api, 3, 'three guesses at the database');
      right = loginOnItsOwnConnection(api, 'Quiet Harbour', 'boats rocking at night');
      // Counted only once checked, every guess would have got this far, the right one too.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await lockWaiters(api)).toBe(3);
    } finally {
      await holder.release();
    }
    const statuses = await Promise.all(wrong);
    // Three tried (and wrong), every other one refused before its passphrase was checked, and the
    // right one too: the budget was spent by guesses already on their way.
    expect(statuses.filter((status) => status === 401)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(8);
    expect(await right).toBe(429);
  });

  it('rotates refresh tokens on every use, and a reused one revokes the whole family', async () => {
    const created = await register();
    const first = created.body.refreshToken;
    const second = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: first } });
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first);
    const third = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: second.body.refreshToken } });
    expect(third.status).toBe(200);

    const replay = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: first } });
    expect([replay.status, replay.body.error.code]).toEqual([401, 'REFRESH_TOKEN_REUSED']);
    const afterReuse = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: third.body.refreshToken } });
    expect(afterReuse.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    const stored = await api.db.dataSource.query(`SELECT token_hash FROM refresh_tokens WHERE member_id = $1`, [created.body.member.id]);
    expect(stored.every((row: { token_hash: string }) => /^[0-9a-f]{64}$/.test(row.token_hash) && row.token_hash !== first)).toBe(true);
  });

  it('gives a device whose refresh answer was lost a new session, ending the one it never received; later, or once that one was used, it is reuse', async () => {
    const created = await register();
    const refresh = (refreshToken: string) => rest<SessionGrant & ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
    const first = created.body.refreshToken;
    // The page was left mid-refresh: the server rotated the token, the device never stored the answer.
    const lost = await refresh(first);
    expect(lost.status).toBe(200);
    const again = await refresh(first);
    expect(again.status).toBe(200);
    expect(again.body.refreshToken).not.toBe(lost.body.refreshToken);
    expect((await rest(api, 'GET', '/api/v1/me', { token: again.body.accessToken })).status).toBe(200);
    // The device carries on with what it received.
    const next = await refresh(again.body.refreshToken);
    expect(next.status).toBe(200);
    // Now its successor has been used: the old token again is reuse, and ends the family.
    const late = await refresh(first);
    expect([late.status, late.body.error.code]).toEqual([401, 'REFRESH_TOKEN_REUSED']);
    expect((await refresh(next.body.refreshToken)).body.error.code).toBe('REFRESH_TOKEN_REUSED');

    // The answer nobody received is ended: whoever presents it later is reuse too.
    const other = await register();
    const spent = other.body.refreshToken;
    const unreceived = await refresh(spent);
    const retried = await refresh(spent);
    expect([unreceived.status, retried.status]).toEqual([200, 200]);
    expect((await refresh(unreceived.body.refreshToken)).body.error.code).toBe('REFRESH_TOKEN_REUSED');
    expect((await refresh(retried.body.refreshToken)).body.error.code).toBe('REFRESH_TOKEN_REUSED');

    // A minute after its use, the same replay is reuse.
    const third = await register();
    const used = await refresh(third.body.refreshToken);
    expect(used.status).toBe(200);
    await api.db.dataSource.query(`UPDATE refresh_tokens SET used_at = used_at - interval '61 seconds' WHERE member_id = $1 AND used_at IS NOT NULL`, [third.body.member.id]);
    expect((await refresh(third.body.refreshToken)).body.error.code).toBe('REFRESH_TOKEN_REUSED');
    expect((await refresh(used.body.refreshToken)).body.error.code).toBe('REFRESH_TOKEN_REUSED');
  });

  it("forgets a member's expired sessions when they next sign in or refresh, and still catches a used one presented again", async () => {
    const created = await register({ passphrase: 'sessions come and go' });
    const memberId = created.body.member.id;
    const refreshed = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: created.body.refreshToken } });
    const otherDevice = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: created.body.member.pseudonym, passphrase: 'sessions come and go' } });
    expect([refreshed.status, otherDevice.status]).toEqual([200, 200]);
    // Months later: the first token (used) and the other device's (never used again) have expired.
    await api.db.dataSource.query(
      `UPDATE refresh_tokens SET created_at = now() - interval '60 days', expires_at = now() - interval '30 days' WHERE member_id = $1 AND (used_at IS NOT NULL OR family_id <> (SELECT family_id FROM refresh_tokens WHERE member_id = $1 AND used_at IS NOT NULL))`,
      [memberId],
    );
    const count = async () => (await api.db.dataSource.query(`SELECT (expires_at < now()) AS expired FROM refresh_tokens WHERE member_id = $1 ORDER BY created_at`, [memberId])) as Array<{ expired: boolean }>;
    expect(await count()).toEqual([{ expired: true }, { expired: true }, { expired: false }]);

    const next = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: refreshed.body.refreshToken } });
    expect(next.status).toBe(200);
    // The two expired rows are gone; the token just used stays (unexpired) beside the new one.
    expect(await count()).toEqual([{ expired: false }, { expired: false }]);
    // Presented again later than a lost answer would be (a minute after its use).
    await api.db.dataSource.query(`UPDATE refresh_tokens SET used_at = used_at - interval '2 minutes' WHERE member_id = $1 AND used_at IS NOT NULL`, [memberId]);
    const replay = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: refreshed.body.refreshToken } });
    expect([replay.status, replay.body.error.code]).toEqual([401, 'REFRESH_TOKEN_REUSED']);
    expect((await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: otherDevice.body.refreshToken } })).body.error.code).toBe('TOKEN_INVALID');
  });

  it('logs out by revoking the session', async () => {
    const created = await register();
    expect((await rest(api, 'POST', '/api/v1/auth/logout', { body: { refreshToken: created.body.refreshToken } })).status).toBe(204);
    expect((await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: created.body.refreshToken } })).status).toBe(401);
  });

  it('gets back in with the one-time recovery code, which is then replaced', async () => {
    const created = await register({ pseudonym: 'River Stone' });
    const recovered = await rest<RegistrationGrant>(api, 'POST', '/api/v1/auth/recover', {
      body: { pseudonym: 'river stone', recoveryCode: created.body.recoveryCode.toLowerCase() },
    });
    expect(recovered.status).toBe(200);
    expect(recovered.body.recoveryCode).not.toBe(created.body.recoveryCode);
    const again = await rest<ErrorResponse>(api, 'POST', '/api/v1/auth/recover', { body: { pseudonym: 'River Stone', recoveryCode: created.body.recoveryCode } });
    expect([again.status, again.body.error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    expect((await rest(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: created.body.refreshToken } })).status).toBe(401);
    expect((await rest(api, 'POST', '/api/v1/auth/recover', { body: { pseudonym: 'River Stone', recoveryCode: recovered.body.recoveryCode } })).status).toBe(200);
  });

  it('updates region and preferences, and refuses anything else', async () => {
    const created = await register();
    const updated = await rest<MemberView>(api, 'PATCH', '/api/v1/me', { token: created.body.accessToken, body: { region: 'gb', preferences: { reducedMotion: true } } });
    expect(updated.body).toMatchObject({ region: 'GB', preferences: { reducedMotion: true } });
    const role = await rest<ErrorResponse>(api, 'PATCH', '/api/v1/me', { token: created.body.accessToken, body: { role: 'admin' } });
    expect([role.status, role.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('refuses forged, expired and wrong-algorithm tokens', async () => {
    const created = await register();
    const [header, payload] = created.body.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.`;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.${created.body.accessToken.split('.')[2]}`;
    const otherKey = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode('some-other-secret-that-is-long-enough-000'));
    const hs512 = await new SignJWT({ ...claims }).setProtectedHeader({ alg: 'HS512' }).sign(new TextEncoder().encode(SECRET));
    const expired = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 1800)
      .sign(new TextEncoder().encode(SECRET));
    const codes: Record<string, string> = {};
    for (const [name, token] of Object.entries({ unsigned, tampered, otherKey, hs512, expired, garbage: 'abc.def.ghi' })) {
      const response = await rest<ErrorResponse>(api, 'GET', '/api/v1/me', { token });
      expect([name, response.status]).toEqual([name, 401]);
      codes[name] = response.body.error.code;
    }
    expect(codes).toEqual({ unsigned: 'TOKEN_INVALID', tampered: 'TOKEN_INVALID', otherKey: 'TOKEN_INVALID', hs512: 'TOKEN_INVALID', expired: 'TOKEN_EXPIRED', garbage: 'TOKEN_INVALID' });
  });

  it('erases a member: posts read "former member", credentials and sessions are gone', async () => {
    const created = await register({ pseudonym: 'Leaving Soon', passphrase: 'goodbye for now friends' });
    const token = created.body.accessToken;
    const thread = await rest<Thread>(api, 'POST', '/api/v1/threads', { token, body: { categorySlug: 'introductions', title: 'Hello all', body: 'Glad to be here.' } });
    expect((await rest(api, 'DELETE', '/api/v1/me', { token, body: { currentPassphrase: 'goodbye for now friends' } })).status).toBe(204);
    const other = await register();
    const read = await rest<Thread>(api, 'GET', `/api/v1/threads/${thread.body.id}`, { token: other.body.accessToken });
    expect(read.body.author.displayName).toBe('former member');
    const [row] = await api.db.dataSource.query(`SELECT pseudonym, passphrase_hash, recovery_code_hash, deleted_at FROM members WHERE id = $1`, [created.body.member.id]);
    expect(row).toMatchObject({ passphrase_hash: null, recovery_code_hash: null });
    expect(row.pseudonym).not.toBe('Leaving Soon');
    expect(row.deleted_at).not.toBeNull();
    const [{ n }] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM posts WHERE author_id = $1`, [created.body.member.id]);
    expect(n).toBe(0);
    expect((await rest(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Leaving Soon', passphrase: 'goodbye for now friends' } })).status).toBe(401);
    expect((await rest(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: created.body.refreshToken } })).status).toBe(401);
    expect((await register({ pseudonym: 'Leaving Soon' })).status).toBe(201);
  });

  it('stores no e-mail, IP address or user agent, in any column or row', async () => {
    const ip = '203.0.113.77';
    const agent = 'Mozilla/5.0 (PrivacyProbe; Lantern) TestAgent/9.9';
    const response = await fetch(`${api.baseUrl}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip, 'User-Agent': agent, 'X-Real-IP': ip },
      body: JSON.stringify({ passphrase: 'privacy matters here' }),
    });
    expect(response.status).toBe(201);
    const grant = (await response.json()) as RegistrationGrant;
    await fetch(`${api.baseUrl}/api/v1/threads`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${grant.accessToken}`, 'X-Forwarded-For': ip, 'User-Agent': agent },
      body: JSON.stringify({ categorySlug: 'anxiety', title: 'Privacy probe', body: 'Just checking in.' }),
    });
    const columns: Array<{ table_name: string; column_name: string }> = await api.db.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    for (const { column_name: name } of columns) expect(name).not.toMatch(/e_?mail|^ip$|ip_?addr|user_?agent|fingerprint|remote_?addr/i);
    const tables = [...new Set(columns.map((column) => column.table_name))];
    for (const table of tables) {
      const [{ dump }] = await api.db.dataSource.query(`SELECT coalesce(string_agg(t::text, ' '), '') AS dump FROM "${table}" t`);
      expect([table, dump.includes(ip), dump.includes('PrivacyProbe')]).toEqual([table, false, false]);
    }
  });
});

describe('rate limits keyed on a hash of the address, behind a trusted proxy (real Redis)', () => {
  let api: ApiHarness;
  // Documentation addresses (RFC 5737): the api trusts one proxy hop, as behind docker/'s nginx,
  // so these are the addresses it sees and must never keep.
  const first = '198.51.100.23';
  const second = '198.51.100.99';
  const agent = 'Mozilla/5.0 (RateProbe; Lantern) TestAgent/1.0';

  beforeAll(async () => {
    api = await startApi('authlimits', { TRUST_PROXY_HOPS: '1', RATE_LIMIT_REGISTER_PER_HOUR: '2', RATE_LIMIT_LOGIN_FAILURES: '2' });
  });

  afterAll(async () => {
    await api.close();
  });

  const from = async (address: string, path: string, body: Record<string, unknown>) => {
    const response = await fetch(`${api.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, 'User-Agent': agent },
      body: JSON.stringify(body),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as RegistrationGrant & ErrorResponse };
  };

  it('allows N registrations per address per hour, then 429 with Retry-After; other addresses are unaffected', async () => {
    expect((await from(first, '/api/v1/auth/register', {})).status).toBe(201);
    expect((await from(first, '/api/v1/auth/register', { passphrase: 'limits are kind' })).status).toBe(201);
    const refused = await from(first, '/api/v1/auth/register', {});
    expect([refused.status, refused.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3500);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect(refused.body.error.details?.retryAfterSeconds).toBe(retryAfter);
    expect(refused.body.error.message).toMatch(/try again in 60 min\./i);
    expect((await from(second, '/api/v1/auth/register', {})).status).toBe(201);
    // The refused address is now answered at the door: even a body that is not JSON (a 400 once
    // parsed) gets the same 429, because nothing behind the door runs for it.
    const atTheDoor = await fetch(`${api.baseUrl}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': first },
      body: '{not json',
    });
    const doorBody = (await atTheDoor.json()) as ErrorResponse;
    expect([atTheDoor.status, doorBody.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(atTheDoor.headers.get('retry-after'))).toBeGreaterThan(3500);
    expect(doorBody.error.details?.retryAfterSeconds).toBe(Number(atTheDoor.headers.get('retry-after')));
    // The door keeps only that request shut: the same address still reaches the rest of Lantern.
    const elsewhere = await fetch(`${api.baseUrl}/api/v1/hotlines`, { headers: { 'X-Forwarded-For': first } });
    expect(elsewhere.status).toBe(200);
  });

  it('counts an IPv6 address by its /64: a fresh address from the same network shares its budget', async () => {
    expect((await from('2001:db8:77:1::10', '/api/v1/auth/register', {})).status).toBe(201);
    expect((await from('2001:db8:77:1:aaaa::11', '/api/v1/auth/register', {})).status).toBe(201);
    const refused = await from('2001:db8:77:1:ffff:ffff:ffff:12', '/api/v1/auth/register', {});
    expect([refused.status, refused.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    // Another network is not held up.
    expect((await from('2001:db8:77:2::10', '/api/v1/auth/register', {})).status).toBe(201);
  });

  it('backs off sign-ins per address across pseudonyms, counting only failures', async () => {
    const known = await from(second, '/api/v1/auth/register', { pseudonym: 'Cedar Lane', passphrase: 'the right words here' });
    expect(known.status).toBe(201);
    // Per-address allowance is ten times the per-pseudonym one (2 × 10 = 20 failures).
    for (let i = 0; i < 20; i++) {
      const miss = await from(first, '/api/v1/auth/login', { pseudonym: `Nobody ${i}`, passphrase: 'wrong words entirely' });
      expect([i, miss.status]).toEqual([i, 401]);
    }
    const blocked = await from(first, '/api/v1/auth/login', { pseudonym: 'Cedar Lane', passphrase: 'the right words here' });
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await from(second, '/api/v1/auth/login', { pseudonym: 'Cedar Lane', passphrase: 'the right words here' })).status).toBe(200);
  });

  it('keeps neither address nor user agent in Redis or PostgreSQL; the counters expire', async () => {
    const redis = api.app.get<NodeRedisClient>(REDIS_CLIENT);
    const keys = await redis.keys(`${api.env.QUEUE_PREFIX}:rate*`);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      const value = (await redis.type(key)) === 'string' ? String(await redis.get(key)) : '';
      expect([key, key.includes(first) || key.includes(second) || value.includes(first) || value.includes(second)]).toEqual([key, false]);
      const ttl = await redis.ttl(key);
      expect([key, ttl > 0 && ttl <= 3600]).toEqual([key, true]);
    }
    const columns: Array<{ table_name: string }> = await api.db.dataSource.query(`SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public'`);
    for (const { table_name: table } of columns) {
      const [{ dump }] = await api.db.dataSource.query(`SELECT coalesce(string_agg(t::text, ' '), '') AS dump FROM "${table}" t`);
      expect([table, dump.includes(first), dump.includes(second), dump.includes('RateProbe')]).toEqual([table, false, false, false]);
    }
  });
});
