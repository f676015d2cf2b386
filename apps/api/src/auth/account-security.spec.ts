import type { MemberView, RegistrationGrant, SessionGrant } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { rest } from '../../test/support/rest-client';

interface ErrorResponse {
  error: { code: string; message: string };
}

describe('a member looks after their own sign-in: passphrase, recovery code, every session (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('account-security', { RATE_LIMIT_LOGIN_FAILURES: '3' });
  });

  afterAll(async () => {
    await api.close();
  });

  const register = async (body: Record<string, unknown> = {}) => (await rest<RegistrationGrant>(api, 'POST', '/api/v1/auth/register', { body })).body;
  const login = (pseudonym: string, passphrase: string) => rest<SessionGrant & ErrorResponse>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym, passphrase } });
  const refresh = (refreshToken: string) => rest<SessionGrant & ErrorResponse>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken } });

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

  it('signs out everywhere: every refresh token of the account stops working, and nobody else’s', async () => {
    const member = await register({ passphrase: 'many devices phrase' });
    const phone = await login(member.member.pseudonym, 'many devices phrase');
    const other = await register();
    expect((await rest(api, 'DELETE', '/api/v1/me/sessions', { token: member.accessToken })).status).toBe(204);
    for (const token of [member.refreshToken, phone.body.refreshToken]) expect((await refresh(token)).status).toBe(401);
    expect((await refresh(other.refreshToken)).status).toBe(200);
    expect((await rest(api, 'DELETE', '/api/v1/me/sessions')).status).toBe(401);
  });
});
