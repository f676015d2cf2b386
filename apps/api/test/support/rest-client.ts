import type { ApiHarness } from './api-harness';

export interface RestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A real HTTP call to a harnessed api, JSON in and out. */
export async function rest<T = unknown>(api: ApiHarness, method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<RestResponse<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${api.baseUrl}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, headers: response.headers };
}

export interface Session {
  token: string;
  refreshToken: string;
  memberId: string;
  pseudonym: string;
}

/** Registers a member through the real endpoint. */
export async function registerMember(api: ApiHarness, pseudonym?: string): Promise<Session> {
  const response = await rest<{ accessToken: string; refreshToken: string; member: { id: string; pseudonym: string } }>(api, 'POST', '/api/v1/auth/register', {
    body: pseudonym ? { pseudonym } : {},
  });
  if (response.status !== 201) throw new Error(`register failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { token: response.body.accessToken, refreshToken: response.body.refreshToken, memberId: response.body.member.id, pseudonym: response.body.member.pseudonym };
}

/**
 * A member given another role the way an operator would (in the database), then signed in again
 * through the real refresh endpoint so the new token carries the role.
 */
export async function withRole(api: ApiHarness, session: Session, role: 'moderator' | 'admin' | 'partner'): Promise<Session> {
  if (role === 'partner') {
    const [partner] = await api.db.dataSource.query(
      `INSERT INTO partners (name, regions, webhook_url, webhook_secret) VALUES ('Test Crisis Line', '{US}', 'http://127.0.0.1:9/hook', 'test-secret') RETURNING id`,
    );
    await api.db.dataSource.query(`UPDATE members SET role = 'partner', partner_id = $2 WHERE id = $1`, [session.memberId, partner.id]);
  } else {
    await api.db.dataSource.query(`UPDATE members SET role = $2 WHERE id = $1`, [session.memberId, role]);
  }
  const response = await rest<{ accessToken: string; refreshToken: string }>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: session.refreshToken } });
  if (response.status !== 200) throw new Error(`refresh failed: ${response.status} ${JSON.stringify(response.body)}`);
  return { ...session, token: response.body.accessToken, refreshToken: response.body.refreshToken };
}

/**
 * Changes a member's row with the database's triggers off for this one transaction, so the
 * change does not end their sessions (`members_role_change_ends_sessions`): the state of a
 * token issued a moment before a role change committed, which the api must still judge by the
 * row, not the token. Needs a superuser, as the test database's owner is.
 */
export async function changeBehindTokens(api: ApiHarness, sql: string, parameters: unknown[]): Promise<void> {
  await api.db.dataSource.transaction(async (manager) => {
    await manager.query(`SET LOCAL session_replication_role = replica`);
    await manager.query(sql, parameters);
  });
}
