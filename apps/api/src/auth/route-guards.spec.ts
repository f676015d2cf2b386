import { MEMBER_ROLES, type MemberRole } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole } from '../../test/support/rest-client';
import { routeCatalog } from '../http/route-catalog';
import { SOCKET_EVENTS } from '../realtime/realtime.gateway';

const concrete = (path: string) => path.replace(/:[a-zA-Z]+/g, '00000000-0000-4000-8000-000000000000');

describe('every route is guarded (role matrix over the real api)', () => {
  let api: ApiHarness;
  const tokens = {} as Record<MemberRole, string>;

  beforeAll(async () => {
    api = await startApi('routeguards');
    tokens.member = (await registerMember(api, 'Matrix Member')).token;
    const names = { moderator: 'Matrix Keeper', admin: 'Matrix Chief', partner: 'Matrix Helper' } as const;
    for (const role of ['moderator', 'admin', 'partner'] as const) tokens[role] = (await withRole(api, await registerMember(api, names[role]), role)).token;
  });

  afterAll(async () => {
    await api.close();
  });

  it('finds the routes (so the walk below cannot pass by finding none)', () => {
    const listed = routeCatalog(api.app).map((route) => `${route.method} ${route.path}`);
    expect(listed).toEqual(expect.arrayContaining(['GET /api/health', 'POST /api/v1/auth/register', 'GET /api/v1/moderation/queue', 'POST /api/v1/threads', 'GET /api/v1/rooms']));
    expect(listed.length).toBeGreaterThan(30);
  });

  it('declares @Public() or @Roles(...) on every route', () => {
    const unguarded = routeCatalog(api.app).filter((route) => !route.isPublic && !route.roles);
    expect(unguarded.map((route) => `${route.method} ${route.path}`)).toEqual([]);
  });

  it('answers 401 without a token and 403 to every role the route does not admit', async () => {
    const failures: string[] = [];
    for (const route of routeCatalog(api.app).filter((candidate) => !candidate.isPublic)) {
      const path = concrete(route.path);
      const anonymous = await rest(api, route.method, path, { body: route.method === 'GET' ? undefined : {} });
      if (anonymous.status !== 401) failures.push(`${route.method} ${route.path} without a token: ${anonymous.status}`);
      for (const role of MEMBER_ROLES.filter((candidate) => !route.roles?.includes(candidate))) {
        const refused = await rest(api, route.method, path, { token: tokens[role], body: route.method === 'GET' ? undefined : {} });
        if (refused.status !== 403) failures.push(`${route.method} ${route.path} as ${role}: ${refused.status}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps moderation, room settings and removal to moderators and admins', () => {
    // Reporting a message is every member's, as reporting a post is, and so is deleting one's own
    // message (the same DELETE: the service lets its writer delete and moderators remove, and
    // refuses anyone else, chat.spec.ts) and taking back one of their own that may have reached a
    // room ("Don't send"); every other change to a room is staff's.
    const everyones = (route: { method: string; path: string }) =>
      route.path === '/api/v1/rooms/:slug/messages/:id/reports' ||
      route.path === '/api/v1/rooms/:slug/take-backs' ||
      (route.method === 'DELETE' && route.path === '/api/v1/rooms/:slug/messages/:id');
    const staffOnly = routeCatalog(api.app).filter(
      (route) => route.path.startsWith('/api/v1/moderation') || (route.path.startsWith('/api/v1/rooms/') && route.method !== 'GET' && !everyones(route)),
    );
    expect(staffOnly.length).toBeGreaterThan(4);
    for (const route of staffOnly) expect([route.path, [...(route.roles ?? [])].sort()]).toEqual([route.path, ['admin', 'moderator']]);
    const open = routeCatalog(api.app).filter(everyones);
    expect(open).toHaveLength(3);
    for (const route of open) expect([...(route.roles ?? [])].sort()).toEqual(['admin', 'member', 'moderator', 'partner']);
  });

  it('lists every socket event with the roles that may send it, behind an authenticated handshake', () => {
    expect(Object.keys(SOCKET_EVENTS).sort()).toEqual(['message:send', 'room:join', 'room:leave', 'typing']);
    for (const roles of Object.values(SOCKET_EVENTS)) expect(roles.length).toBeGreaterThan(0);
  });
});
