import type { SessionGrant } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

/**
 * A member who never comes back leaves session rows behind (the api deletes a member's expired
 * ones only when they return); the worker deletes every row past its end on a timer, and the marks
 * "Don't send" leaves once no attempt of their message can still arrive.
 */
describe('the worker deletes expired sessions (real PostgreSQL and the built worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    api = await startApi('session-purge');
  });

  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await worker?.exited;
    await api.close();
  });

  const rows = async (memberId: string) =>
    (await api.db.dataSource.query(`SELECT (expires_at < now()) AS expired, used_at IS NOT NULL AS used FROM refresh_tokens WHERE member_id = $1 ORDER BY created_at, used_at NULLS LAST`, [memberId])) as Array<{
      expired: boolean;
      used: boolean;
    }>;

  it("deletes dormant members' expired rows in batches and keeps every unexpired one, used or not, and day-old marks of messages taken back", async () => {
    // Someone who came once months ago and never again: both of their sessions have expired.
    const dormant = await registerMember(api, 'Dormant Heron');
    const again = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: dormant.refreshToken } });
    expect(again.status).toBe(200);
    await api.db.dataSource.query(`UPDATE refresh_tokens SET created_at = now() - interval '90 days', expires_at = now() - interval '60 days' WHERE member_id = $1`, [dormant.memberId]);
    // Someone here this week: a used token (kept to catch a replay) and the current one.
    const active = await registerMember(api, 'Active Wren');
    const rotated = await rest<SessionGrant>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: active.refreshToken } });
    expect(rotated.status).toBe(200);
    // More expired rows than one statement deletes (1,000), from another long-gone member.
    const many = await registerMember(api, 'Long Gone Plover');
    await api.db.dataSource.query(
      `INSERT INTO refresh_tokens (member_id, family_id, token_hash, created_at, expires_at)
       SELECT $1, gen_random_uuid(), 'expired-' || n, now() - interval '40 days', now() - interval '10 days' FROM generate_series(1, 2500) n`,
      [many.memberId],
    );
    expect(await rows(dormant.memberId)).toEqual([
      { expired: true, used: true },
      { expired: true, used: false },
    ]);
    expect(await rows(active.memberId)).toEqual([
      { expired: false, used: true },
      { expired: false, used: false },
    ]);

    // Marks of messages taken back ("Don't send"): a day old, and one from a moment ago.
    await api.db.dataSource.query(`INSERT INTO chat_take_backs (member_id, client_msg_id, created_at) VALUES ($1, 'taken-back-old', now() - interval '25 hours'), ($1, 'taken-back-new', now())`, [
      active.memberId,
    ]);
    const marks = async () => ((await api.db.dataSource.query(`SELECT client_msg_id FROM chat_take_backs WHERE member_id = $1`, [active.memberId])) as Array<{ client_msg_id: string }>).map((row) => row.client_msg_id);

    const running = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, SESSION_PURGE_INTERVAL_SECONDS: '1' });
    worker = running;
    await waitFor(async () => (await rows(dormant.memberId)).length === 0 && (await rows(many.memberId)).length === 1, 20_000, 'the expired rows to go');
    await waitFor(async () => (await marks()).length === 1, 20_000, 'the day-old mark to go');
    expect(await marks()).toEqual(['taken-back-new']);
    // The long-gone member's own registration row had not expired; the 2,500 had.
    expect(await rows(many.memberId)).toEqual([{ expired: false, used: false }]);
    expect(await rows(active.memberId)).toEqual([
      { expired: false, used: true },
      { expired: false, used: false },
    ]);
    // A replay of the active member's used token is still caught (its row was kept), once it
    // comes later than a lost answer's retry would.
    await api.db.dataSource.query(`UPDATE refresh_tokens SET used_at = used_at - interval '2 minutes' WHERE member_id = $1 AND used_at IS NOT NULL`, [active.memberId]);
    const replay = await rest<{ error: { code: string } }>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: active.refreshToken } });
    expect([replay.status, replay.body.error.code]).toEqual([401, 'REFRESH_TOKEN_REUSED']);

    // It keeps running: a session that expires later goes on a later round.
    await api.db.dataSource.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE member_id = $1`, [many.memberId]);
    await waitFor(async () => (await rows(many.memberId)).length === 0, 20_000, 'a later expiry to go');
    // The round's log line may reach this process a moment after its rows are gone.
    await waitFor(async () => running.output().includes('"deleted 1 expired session row"') || undefined, 10_000, 'the later round to be logged');
    // Both rounds, in three statements (1,000, 1,000 and 502) and then one.
    expect(running.output()).toContain('"deleted 2502 expired session rows"');
    expect(running.output()).toContain('"deleted 1 expired session row"');
  });
});
