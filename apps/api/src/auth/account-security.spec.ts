import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { MemberView, RegistrationGrant, SessionGrant } from '@lantern/contracts';
import type { Socket } from 'socket.io-client';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { rest } from '../../test/support/rest-client';
import { TestSockets } from '../../test/support/socket-client';
import { waitFor } from '../../test/support/worker-process';

const CLI = join(__dirname, '../../../../dist/apps/api/src/cli/lantern-cli.js');

interface ErrorResponse {
  error: { code: string; message: string };
}

describe('a member looks after their own sign-in: passphrase, recovery code, every session (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('account-security', { RATE_LIMIT_LOGIN_FAILURES: '3' });
  });

  const sockets = new TestSockets();

  afterAll(async () => {
    sockets.closeAll();
    await api.close();
  });

  const register = async (body: Record<string, unknown> = {}) => (await rest<RegistrationGrant>(api, 'POST', '/api/v1/auth/register', { body })).body;
  const login = (pseudonym: string, passphrase: string) => rest<SessionGrant & ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym, passphrase } });
  const refresh = (refreshToken: string) => rest<SessionGrant & ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });
  /** The error code a node answers a token with, once it refuses it (sessions end by NOTIFY, a moment after the commit). */
  const refusal = async (node: ApiHarness, path: string, token: string): Promise<string> =>
    (
      await waitFor(async () => {
        const answer = await rest<ErrorResponse>(node, 'GET', path, { token });
        return answer.status === 401 && answer;
      }, 5_000, `a 401 for ${path}`)
    ).body.error.code;

  it('sets a first passphrase on a one-click account, ending its other sessions and handing this device a new one', async () => {
    const joined = await register();
    const me = await rest<MemberView>(api, 'GET', '/api/v1/me', { token: joined.accessToken });
    expect(me.body.hasPassphrase).toBe(false);
    expect((await login(joined.member.pseudonym, 'lantern by the sea')).status).toBe(401);

    const set = await rest<SessionGrant>(api, 'PUT', '/api/v1/me/passphrase', { token: joined.accessToken, body: { passphrase: 'lantern by the sea' } });
    expect(set.status).toBe(200);
    expect(set.body.member.hasPassphrase).toBe(true);
    expect(set.body.refreshToken).not.toBe(joined.refreshToken);
    // The old session is over; the new one works; the passphrase signs in.
    expect((await refresh(joined.refreshToken)).body.error.code).toMatch(/^(TOKEN_INVALID|REFRESH_TOKEN_REUSED)$/);
    expect((await refresh(set.body.refreshToken)).status).toBe(200);
    expect((await login(joined.member.pseudonym, 'lantern by the sea')).status).toBe(200);
  });

  it('asks for the current passphrase before changing it, and counts wrong ones as failed sign-ins', async () => {
    const member = await register({ passphrase: 'first passphrase here' });
    const change = (body: unknown) => rest<SessionGrant & ErrorResponse>(api, 'PUT', '/api/v1/me/passphrase', { token: member.accessToken, body });

    const missing = await change({ passphrase: 'second passphrase here' });
    expect([missing.status, missing.body.error.code]).toEqual([403, 'WRONG_PASSPHRASE']);
    const wrong = await change({ currentPassphrase: 'not it at all', passphrase: 'second passphrase here' });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'WRONG_PASSPHRASE']);
    const short = await change({ currentPassphrase: 'first passphrase here', passphrase: 'short' });
    expect([short.status, short.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const extra = await change({ currentPassphrase: 'first passphrase here', passphrase: 'second passphrase here', role: 'admin' });
    expect([extra.status, extra.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await login(member.member.pseudonym, 'first passphrase here')).status).toBe(200);

    const changed = await change({ currentPassphrase: 'first passphrase here', passphrase: 'second passphrase here' });
    expect(changed.status).toBe(200);
    expect((await login(member.member.pseudonym, 'first passphrase here')).status).toBe(401);
    expect((await login(member.member.pseudonym, 'second passphrase here')).status).toBe(200);

    // Guessing spends the sign-in budget (3 here): a held session is no way to try passphrases.
    const guesser = await register({ passphrase: 'the real passphrase' });
    for (let i = 0; i < 3; i += 1) {
      const guess = await rest<ErrorResponse>(api, 'PUT', '/api/v1/me/passphrase', { token: guesser.accessToken, body: { currentPassphrase: `guess number ${i}`, passphrase: 'taken over now' } });
      expect(guess.body.error.code).toBe('WRONG_PASSPHRASE');
    }
    const blocked = await rest<ErrorResponse>(api, 'PUT', '/api/v1/me/passphrase', { token: guesser.accessToken, body: { currentPassphrase: 'the real passphrase', passphrase: 'taken over now' } });
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await login(guesser.member.pseudonym, 'taken over now')).status).not.toBe(200);
  });

  it('replaces the recovery code: the new one works once, the old one no longer', async () => {
    const member = await register({ passphrase: 'recovery test phrase' });
    const refused = await rest<ErrorResponse>(api, 'POST', '/api/v1/me/recovery-code', { token: member.accessToken, body: {} });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'WRONG_PASSPHRASE']);
    const replaced = await rest<{ recoveryCode: string }>(api, 'POST', '/api/v1/me/recovery-code', { token: member.accessToken, body: { currentPassphrase: 'recovery test phrase' } });
    expect(replaced.status).toBe(201);
    expect(replaced.body.recoveryCode).not.toBe(member.recoveryCode);
    const recover = (recoveryCode: string) => rest<RegistrationGrant & ErrorResponse>(api, 'POST', '/api/v1/auth/recover', { body: { pseudonym: member.member.pseudonym, recoveryCode } });
    expect((await recover(member.recoveryCode)).status).toBe(401);
    expect((await recover(replaced.body.recoveryCode)).status).toBe(200);

    // Without a passphrase, the session is the only key, so none is asked.
    const oneClick = await register();
    const fresh = await rest<{ recoveryCode: string }>(api, 'POST', '/api/v1/me/recovery-code', { token: oneClick.accessToken });
    expect(fresh.status).toBe(201);
    expect((await rest(api, 'POST', '/api/v1/auth/recover', { body: { pseudonym: oneClick.member.pseudonym, recoveryCode: fresh.body.recoveryCode } })).status).toBe(200);
  });

  it('asks for the passphrase again before erasing an account that has one: a borrowed phone cannot erase it', async () => {
    const member = await register({ passphrase: 'erase only with this' });
    const erase = (body?: unknown) => rest<ErrorResponse>(api, 'DELETE', '/api/v1/me', { token: member.accessToken, body });
    const stillThere = async () => (await api.db.dataSource.query(`SELECT deleted_at FROM members WHERE id = $1`, [member.member.id]))[0].deleted_at === null;
    const missing = await erase();
    expect([missing.status, missing.body.error.code]).toEqual([403, 'WRONG_PASSPHRASE']);
    const wrong = await erase({ currentPassphrase: 'a guess' });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'WRONG_PASSPHRASE']);
    const extra = await erase({ currentPassphrase: 'erase only with this', everything: true });
    expect([extra.status, extra.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(await stillThere()).toBe(true);
    expect((await erase({ currentPassphrase: 'erase only with this' })).status).toBe(204);
    expect(await stillThere()).toBe(false);
    expect((await login(member.member.pseudonym, 'erase only with this')).status).toBe(401);

    // Without a passphrase the session is the only key, so none is asked.
    const oneClick = await register();
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: oneClick.accessToken })).status).toBe(204);
  });

  it('signs out everywhere: every refresh token of the account stops working, and nobody else’s', async () => {
    const member = await register({ passphrase: 'many devices phrase' });
    const phone = await login(member.member.pseudonym, 'many devices phrase');
    const other = await register();
    expect((await rest(api, 'DELETE', '/api/v1/me/sessions', { token: member.accessToken })).status).toBe(204);
    for (const token of [member.refreshToken, phone.body.refreshToken]) expect((await refresh(token)).status).toBe(401);
    expect((await refresh(other.refreshToken)).status).toBe(200);
    expect((await rest(api, 'DELETE', '/api/v1/me/sessions')).status).toBe(401);
  });

  it('ends sessions at once, not when access tokens run out: every node refuses the old tokens and closes their sockets; the new passphrase’s session carries on', async () => {
    const node2 = await startApiNode(api.db, api.env);
    try {
      const laptop = await register({ passphrase: 'two devices phrase' });
      const phone = (await login(laptop.member.pseudonym, 'two devices phrase')).body;
      const me = (token: string, on: ApiHarness = api) => rest<MemberView & ErrorResponse>(on, 'GET', '/api/v1/me', { token });
      const closedByServer = (socket: Socket) => new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
      const phoneSocket = await sockets.connected(node2, phone.accessToken);
      const phoneClosed = closedByServer(phoneSocket);
      expect((await me(phone.accessToken, node2)).status).toBe(200);

      // Signed out everywhere from the laptop: the phone's access token stops counting on both nodes now.
      expect((await rest(api, 'DELETE', '/api/v1/me/sessions', { token: laptop.accessToken })).status).toBe(204);
      for (const on of [api, node2]) expect(await refusal(on, '/api/v1/me', phone.accessToken)).toBe('SESSION_ENDED');
      expect((await me(laptop.accessToken)).body.error.code).toBe('SESSION_ENDED');
      // The phone's live connection is closed by the server, and a new one with the old token refused.
      expect(await phoneClosed).toBe('io server disconnect');
      await expect(sockets.connected(node2, phone.accessToken)).rejects.toMatchObject({ data: { code: 'SESSION_ENDED' } });

      // Back on the laptop with the passphrase, then a new passphrase: the phone (signed in again)
      // is ended; the laptop's new session works everywhere and its new socket stays open.
      const again = (await login(laptop.member.pseudonym, 'two devices phrase')).body;
      const phoneAgain = (await login(laptop.member.pseudonym, 'two devices phrase')).body;
      const phoneAgainSocket = await sockets.connected(api, phoneAgain.accessToken);
      const phoneAgainClosed = closedByServer(phoneAgainSocket);
      const changed = await rest<SessionGrant>(api, 'PUT', '/api/v1/me/passphrase', {
        token: again.accessToken,
        body: { currentPassphrase: 'two devices phrase', passphrase: 'a brand new phrase' },
      });
      expect(changed.status).toBe(200);
      expect(await phoneAgainClosed).toBe('io server disconnect');
      const laptopSocket = await sockets.connected(node2, changed.body.accessToken);
      for (const on of [api, node2]) {
        expect((await me(changed.body.accessToken, on)).status).toBe(200);
        expect(await refusal(on, '/api/v1/me', phoneAgain.accessToken)).toBe('SESSION_ENDED');
      }

      // A node that starts afterwards knows it too (it reads the recent endings when it starts).
      const node3 = await startApiNode(api.db, api.env);
      try {
        expect((await me(phoneAgain.accessToken, node3)).body.error.code).toBe('SESSION_ENDED');
        expect((await me(changed.body.accessToken, node3)).status).toBe(200);
      } finally {
        await node3.close();
      }
      expect(laptopSocket.connected).toBe(true);
    } finally {
      sockets.closeAll();
      await node2.close();
    }
  });

  it('a role changed by hand in the database ends the member’s sessions on every node too, and their app refreshes into the new role', async () => {
    const joined = await register();
    const node2 = await startApiNode(api.db, api.env);
    try {
      // Promoted in psql, the way operators did before the command: the member token stops at once.
      await api.db.dataSource.query(`UPDATE members SET role = 'moderator' WHERE id = $1`, [joined.member.id]);
      expect(await refusal(node2, '/api/v1/me', joined.accessToken)).toBe('SESSION_ENDED');
      const asModerator = (await refresh(joined.refreshToken)).body;
      expect(asModerator.member.role).toBe('moderator');
      expect((await rest(node2, 'GET', '/api/v1/moderation/queue', { token: asModerator.accessToken })).status).toBe(200);

      // Demoted by a statement naming only the role: both nodes refuse the moderator token at once.
      await api.db.dataSource.query(`UPDATE members SET role = 'member' WHERE id = $1`, [joined.member.id]);
      for (const node of [api, node2]) expect(await refusal(node, '/api/v1/moderation/queue', asModerator.accessToken)).toBe('SESSION_ENDED');
      const asMember = await refresh(asModerator.refreshToken);
      expect(asMember.body.member.role).toBe('member');
      expect((await rest(node2, 'GET', '/api/v1/moderation/queue', { token: asMember.body.accessToken })).status).toBe(403);
    } finally {
      await node2.close();
    }
  });

  it('a moderator demoted with `npm run cli -- user:set-role` loses the role at once, and their app refreshes into the new one', async () => {
    const joined = await register();
    await api.db.dataSource.query(`UPDATE members SET role = 'moderator' WHERE id = $1`, [joined.member.id]);
    const asModerator = (await refresh(joined.refreshToken)).body;
    expect((await rest(api, 'GET', '/api/v1/moderation/queue', { token: asModerator.accessToken })).status).toBe(200);

    // What README tells operators to run (the built command, against this api's database).
    const demoted = spawnSync(process.execPath, [CLI, 'user:set-role', '--pseudonym', joined.member.pseudonym, '--role', 'member'], {
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: api.env.DATABASE_URL },
      encoding: 'utf8',
    });
    expect([demoted.status, demoted.stderr]).toEqual([0, '']);
    expect(await refusal(api, '/api/v1/moderation/queue', asModerator.accessToken)).toBe('SESSION_ENDED');
    const asMember = await refresh(asModerator.refreshToken);
    expect(asMember.status).toBe(200);
    expect(asMember.body.member.role).toBe('member');
    expect((await rest(api, 'GET', '/api/v1/moderation/queue', { token: asMember.body.accessToken })).status).toBe(403);
    expect((await rest(api, 'GET', '/api/v1/me', { token: asMember.body.accessToken })).status).toBe(200);
  });
});
