import type { MemberView, Post, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { dropQueueKeys } from '@lantern/db/testing';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { holdNotifications } from '../../test/support/late-notifications';
import { registerMember, rest, withRole } from '../../test/support/rest-client';
import { waitFor } from '../../test/support/worker-process';
import { formerNameHash } from './former-pseudonyms';

interface ErrorBody {
  error: { code: string; message: string };
}
interface Grant {
  accessToken: string;
  refreshToken: string;
  member: MemberView;
}

const GENERATED = /^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$/;

describe('a member changes their own name (real PostgreSQL, Redis, two api nodes)', () => {
  let api: ApiHarness;
  let node2: ApiHarness;

  beforeAll(async () => {
    api = await startApi('pseudonym-change');
    await seedDemoData(api.db.dataSource);
    node2 = await startApiNode(api.db, api.env);
  });

  afterAll(async () => {
    await node2.close();
    await api.close();
  });

  const join = async (pseudonym: string, passphrase?: string) => {
    const response = await rest<Grant>(api, 'POST', '/api/v1/auth/register', { body: passphrase ? { pseudonym, passphrase } : { pseudonym } });
    expect(response.status).toBe(201);
    return response.body;
  };
  const change = (token: string, body: unknown) => rest<MemberView & ErrorBody>(api, 'PUT', '/api/v1/me/pseudonym', { token, body });
  const refresh = (refreshToken: string) => rest<Grant & ErrorBody>(node2, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
  /** A new access and refresh token, after a change of name ended the old access token. */
  const refreshed = async (refreshToken: string): Promise<[string, string]> => {
    const renewed = (await refresh(refreshToken)).body;
    return [renewed.accessToken, renewed.refreshToken];
  };
  const refusal = async (response: Promise<{ status: number; body: ErrorBody }>) => {
    const { status, body } = await response;
    return [status, body.error?.code];
  };

  it('takes a chosen name after the passphrase; everything they wrote shows it, every device stays signed in, and the old name still signs in and is nobody else’s', async () => {
    const laptop = await join('Sam Whitfield Real', 'my own long phrase');
    const phone = (await rest<Grant>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'Sam Whitfield Real', passphrase: 'my own long phrase' } })).body;
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: laptop.accessToken, body: { categorySlug: 'depression', title: 'A name I regret', body: 'Hello all.' } })).body;

    // Someone holding the unlocked laptop cannot rename the account without the passphrase.
    expect(await refusal(change(laptop.accessToken, { pseudonym: 'Harbour Light' }))).toEqual([403, 'WRONG_PASSPHRASE']);
    expect(await refusal(change(laptop.accessToken, { pseudonym: 'Harbour Light', currentPassphrase: 'not it at all' }))).toEqual([403, 'WRONG_PASSPHRASE']);

    const changed = await change(laptop.accessToken, { pseudonym: '  Harbour   Light ', currentPassphrase: 'my own long phrase' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ id: laptop.member.id, pseudonym: 'Harbour Light' });

    const reader = await registerMember(api);
    const posts = (await rest<{ items: Post[] }>(node2, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: reader.token })).body.items;
    expect(posts[0].author.displayName).toBe('Harbour Light');

    // Tokens carrying the old name stop counting on every node (this one as it answers, the other as
    // the notification reaches it); each device refreshes into the new name.
    await waitFor(async () => (await rest(node2, 'GET', '/api/v1/me', { token: phone.accessToken })).status === 401, 5000, 'the other node hearing of the change');
    for (const [device, on] of [[laptop, api], [phone, node2]] as const) {
      expect(await refusal(rest(on, 'GET', '/api/v1/me', { token: device.accessToken }))).toEqual([401, 'SESSION_ENDED']);
      const renewed = await refresh(device.refreshToken);
      expect(renewed.status).toBe(200);
      expect(renewed.body.member.pseudonym).toBe('Harbour Light');
    }

    // The old name and the new one both sign in; nobody can join as either.
    for (const typed of ['Sam Whitfield Real', 'sam whitfield real', 'Harbour Light']) {
      const signedIn = await rest<Grant>(node2, 'POST', '/api/v1/auth/login', { body: { pseudonym: typed, passphrase: 'my own long phrase' } });
      expect([typed, signedIn.status, signedIn.body.member?.pseudonym]).toEqual([typed, 200, 'Harbour Light']);
      expect(await refusal(rest(api, 'POST', '/api/v1/auth/register', { body: { pseudonym: typed } }))).toEqual([409, 'PSEUDONYM_TAKEN']);
    }
    const kept: Array<{ row: string }> = await api.db.dataSource.query(`SELECT row_to_json(f)::text AS row FROM former_pseudonyms f WHERE member_id = $1`, [laptop.member.id]);
    expect(kept).toHaveLength(1);
    expect(kept[0].row.toLowerCase()).not.toContain('whitfield');
  });

  it('the node that took the new name refuses the old tokens as it answers, however late its own notification comes back', async () => {
    const tablet = await join('Orla Fenwick Real', 'a slow tide phrase');
    const release = await holdNotifications(api);
    try {
      expect((await change(tablet.accessToken, { pseudonym: 'Tidewater Lamp', currentPassphrase: 'a slow tide phrase' })).status).toBe(200);
      expect(await refusal(rest(api, 'GET', '/api/v1/me', { token: tablet.accessToken }))).toEqual([401, 'SESSION_ENDED']);
    } finally {
      await release();
    }
  });

  it('gives a friendly name when none is chosen, and refuses names as joining does, spending nothing on a refusal', async () => {
    const member = await join('Corner Table');
    const taken = await join('Taken Already');
    // A name someone had before is taken too.
    const before = await join('Left Behind');
    expect((await change(before.accessToken, {})).status).toBe(200);

    const cases: Array<[unknown, number, string]> = [
      [{ pseudonym: 'Lantern Moderator' }, 422, 'PSEUDONYM_REFUSED'],
      [{ pseudonym: 'Mоderator' }, 422, 'PSEUDONYM_REFUSED'],
      [{ pseudonym: 'taken already' }, 409, 'PSEUDONYM_TAKEN'],
      [{ pseudonym: 'Left Behind' }, 409, 'PSEUDONYM_TAKEN'],
      [{ pseudonym: 'ab' }, 400, 'VALIDATION_FAILED'],
      [{ pseudonym: 42 }, 400, 'VALIDATION_FAILED'],
      [{ pseudonym: 'Fine Name', role: 'admin' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) expect([body, ...(await refusal(change(member.accessToken, body)))]).toEqual([body, status, code]);
    expect(await refusal(change('not-a-token', { pseudonym: 'Fine Name' }))).toEqual([401, 'TOKEN_INVALID']);
    const [unchanged] = await api.db.dataSource.query(`SELECT pseudonym FROM members WHERE id = $1`, [member.member.id]);
    expect(unchanged.pseudonym).toBe('Corner Table');
    expect(taken.member.pseudonym).toBe('Taken Already');

    // The same name again changes nothing (and the tokens keep counting).
    expect((await change(member.accessToken, { pseudonym: 'Corner Table' })).body.pseudonym).toBe('Corner Table');
    expect((await rest(api, 'GET', '/api/v1/me', { token: member.accessToken })).status).toBe(200);

    // None of that spent a change: three are left this month, then a 429 that says when. The first
    // only changes the case, which is the same name to sign in with: nothing of it is kept.
    const names: string[] = [];
    let token = member.accessToken;
    let refreshToken = member.refreshToken;
    const recased = await change(token, { pseudonym: 'corner TABLE' });
    expect([recased.status, recased.body.pseudonym]).toEqual([200, 'corner TABLE']);
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM former_pseudonyms WHERE member_id = $1`, [member.member.id]))[0].n).toBe(0);
    names.push(recased.body.pseudonym);
    [token, refreshToken] = await refreshed(refreshToken);
    for (let i = 0; i < 2; i++) {
      const changed = await change(token, {});
      expect(changed.status).toBe(200);
      expect(changed.body.pseudonym).toMatch(GENERATED);
      names.push(changed.body.pseudonym);
      [token, refreshToken] = await refreshed(refreshToken);
    }
    expect(new Set(names).size).toBe(3);
    const limited = await rest<ErrorBody>(api, 'PUT', '/api/v1/me/pseudonym', { token, body: { pseudonym: 'One Too Many' } });
    expect([limited.status, limited.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(29 * 24 * 3600);
    expect(limited.body.error.message).toBe('A name can be changed 3 times in 30 days, so that others can know you by it. Try again in 30 days.');
    expect((await rest<MemberView>(api, 'GET', '/api/v1/me', { token })).body.pseudonym).toBe(names[2]);
    // Counted with the account, not in Redis: Redis losing its keys (a restart) gives no change back, on any node.
    await dropQueueKeys(`${api.env.QUEUE_PREFIX}:rate`);
    const afterRestart = await rest<ErrorBody>(node2, 'PUT', '/api/v1/me/pseudonym', { token, body: { pseudonym: 'One Too Many' } });
    expect([afterRestart.status, afterRestart.body.error.code]).toEqual([429, 'RATE_LIMITED']);
  });

  it('gives the last change of the month to one of two changes sent at once (two nodes), and frees one as the oldest leaves the window', async () => {
    const member = await join('Last Change Left');
    const day = 86_400_000;
    // Two changes this month already, the older 29 days and 23 hours ago.
    const older = new Date(Date.now() - 30 * day + 3_600_000);
    await api.db.dataSource.query(`UPDATE members SET name_changed_at = ARRAY[$2::timestamptz, $3::timestamptz] WHERE id = $1`, [member.member.id, older, new Date(Date.now() - day)]);
    const both = await Promise.all([
      rest<MemberView & ErrorBody>(api, 'PUT', '/api/v1/me/pseudonym', { token: member.accessToken, body: { pseudonym: 'First Of Two' } }),
      rest<MemberView & ErrorBody>(node2, 'PUT', '/api/v1/me/pseudonym', { token: member.accessToken, body: { pseudonym: 'Second Of Two' } }),
    ]);
    expect(both.map((answer) => answer.status).sort()).toEqual([200, 429]);
    const won = both.find((answer) => answer.status === 200)!;
    const lost = both.find((answer) => answer.status === 429)!;
    expect(lost.body.error.code).toBe('RATE_LIMITED');
    // The older change leaves the window in an hour: that is when the next one is free.
    const retryAfter = Number(lost.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3_500);
    expect(retryAfter).toBeLessThanOrEqual(3_600);
    expect(lost.body.error.message).toMatch(/Try again in 60 min\.$/);
    const [row] = await api.db.dataSource.query(`SELECT pseudonym, cardinality(name_changed_at) AS changes FROM members WHERE id = $1`, [member.member.id]);
    expect(row).toEqual({ pseudonym: won.body.pseudonym, changes: 3 });

    // An hour on (the oldest change moved back past the window): one change is free, and the time that left is no longer kept.
    await api.db.dataSource.query(`UPDATE members SET name_changed_at = array_replace(name_changed_at, $2::timestamptz, $3::timestamptz) WHERE id = $1`, [member.member.id, older, new Date(Date.now() - 31 * day)]);
    const [token] = await refreshed(member.refreshToken);
    const again = await change(token, {});
    expect([again.status, again.body.pseudonym]).toEqual([200, expect.stringMatching(GENERATED)]);
    const [kept] = await api.db.dataSource.query(`SELECT name_changed_at FROM members WHERE id = $1`, [member.member.id]);
    expect(kept.name_changed_at).toHaveLength(3);
    for (const at of kept.name_changed_at as Date[]) expect(at.getTime()).toBeGreaterThan(Date.now() - 30 * day);
  });

  it('gives a member back a name they had before, and keeps the one they leave; a name a moderator replaced stays replaced', async () => {
    const phrase = 'a long quiet harbour phrase';
    const member = await join('Quiet Harbour', phrase);
    let [token, refreshToken] = [member.accessToken, member.refreshToken];
    expect((await change(token, { pseudonym: 'Open Water', currentPassphrase: phrase })).status).toBe(200);
    [token, refreshToken] = await refreshed(refreshToken);
    // Meanwhile nobody else can take it.
    expect(await refusal(rest(api, 'POST', '/api/v1/auth/register', { body: { pseudonym: 'quiet harbour' } }))).toEqual([409, 'PSEUDONYM_TAKEN']);

    const back = await change(token, { pseudonym: 'Quiet Harbour', currentPassphrase: phrase });
    expect([back.status, back.body.pseudonym]).toEqual([200, 'Quiet Harbour']);
    [token, refreshToken] = await refreshed(refreshToken);
    // Now the name they left is the former one: it signs them in and is nobody else's; one row kept, under its hash.
    const kept = await api.db.dataSource.query(`SELECT name_hash, replaced_by FROM former_pseudonyms WHERE member_id = $1`, [member.member.id]);
    expect(kept).toEqual([{ name_hash: formerNameHash('Open Water'), replaced_by: 'member' }]);
    const signedIn = await rest<Grant>(node2, 'POST', '/api/v1/auth/login', { body: { pseudonym: 'open water', passphrase: phrase } });
    expect([signedIn.status, signedIn.body.member?.pseudonym]).toEqual([200, 'Quiet Harbour']);
    expect(await refusal(rest(api, 'POST', '/api/v1/auth/register', { body: { pseudonym: 'Open Water' } }))).toEqual([409, 'PSEUDONYM_TAKEN']);

    // A moderator replaces it (a real name, say): that replacement stands, in any case, however they ask.
    const moderator = await withRole(api, await registerMember(api, 'Mod Godwit'), 'moderator');
    const renamed = await rest<{ pseudonym: string }>(api, 'POST', `/api/v1/moderation/members/${member.member.id}/new-name`, { token: moderator.token, body: { reason: 'Looks like a real name.' } });
    expect(renamed.status).toBe(200);
    [token, refreshToken] = await refreshed(refreshToken);
    for (const typed of ['Quiet Harbour', 'QUIET harbour']) {
      const refused = await change(token, { pseudonym: typed, currentPassphrase: phrase });
      expect([typed, refused.status, refused.body.error?.code]).toEqual([typed, 422, 'PSEUDONYM_REFUSED']);
      expect(refused.body.error.message).toMatch(/^A moderator replaced that name of yours, so it cannot be shown again\. It still signs you in\./);
    }
    expect((await rest<MemberView>(api, 'GET', '/api/v1/me', { token })).body.pseudonym).toBe(renamed.body.pseudonym);
    // The name they left themself is still theirs to take back.
    const again = await change(token, { pseudonym: 'Open Water', currentPassphrase: phrase });
    expect([again.status, again.body.pseudonym]).toEqual([200, 'Open Water']);
    const rows = await api.db.dataSource.query(`SELECT name_hash, replaced_by FROM former_pseudonyms WHERE member_id = $1 ORDER BY replaced_by, name_hash`, [member.member.id]);
    expect(rows).toEqual(
      [
        { name_hash: formerNameHash(renamed.body.pseudonym), replaced_by: 'member' },
        { name_hash: formerNameHash('Quiet Harbour'), replaced_by: 'moderator' },
      ].sort((a, b) => a.replaced_by.localeCompare(b.replaced_by) || a.name_hash.localeCompare(b.name_hash)),
    );
  });

  it('is for members: the names of moderators and counsellors are an operator’s to set', async () => {
    const moderator = await withRole(api, await registerMember(api, 'Mod Whimbrel'), 'moderator');
    expect(await refusal(change(moderator.token, { pseudonym: 'Someone Else' }))).toEqual([422, 'NOT_A_MEMBER']);
    const [row] = await api.db.dataSource.query(`SELECT pseudonym FROM members WHERE id = $1`, [moderator.memberId]);
    expect(row.pseudonym).toBe('Mod Whimbrel');
  });
});
