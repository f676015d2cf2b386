import type { AccountExport, ChatMessage, HiddenMember, MemberContext, MemberMatch, MemberView, ModeratorNote, NewMemberNameResult, Post, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import type { Socket } from 'socket.io-client';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { holdNotifications } from '../../test/support/late-notifications';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, emitAck, TestSockets } from '../../test/support/socket-client';
import { waitFor } from '../../test/support/worker-process';

interface ErrorBody {
  error: { code: string; message: string };
}
interface Grant {
  accessToken: string;
  refreshToken: string;
  recoveryCode?: string;
  member: MemberView;
}

const GENERATED = /^[A-Z][a-z]+ [A-Z][a-z]+ \d{2}$/;

describe('a moderator gives a member a new name (real PostgreSQL, Redis, two api nodes)', () => {
  const sockets = new TestSockets();
  let api: ApiHarness;
  let node2: ApiHarness;
  let moderator: Session;
  let bob: Session;

  beforeAll(async () => {
    api = await startApi('member-names');
    await seedDemoData(api.db.dataSource);
    node2 = await startApiNode(api.db, api.env);
    moderator = await withRole(api, await registerMember(api, 'Mod Sanderling'), 'moderator');
    bob = await registerMember(api, 'Bob Dunlin');
  });

  afterAll(async () => {
    sockets.closeAll();
    await node2.close();
    await api.close();
  });

  const register = async (pseudonym: string, passphrase: string) => {
    const response = await rest<Grant>(api, 'POST', '/api/v1/auth/register', { body: { pseudonym, passphrase } });
    expect(response.status).toBe(201);
    return response.body;
  };
  const newName = (memberId: string, body: unknown, token = moderator.token, on = api) =>
    rest<NewMemberNameResult & ErrorBody>(on, 'POST', `/api/v1/moderation/members/${memberId}/new-name`, { token, body });
  const login = (pseudonym: string, passphrase: string) => rest<Grant & ErrorBody>(node2, 'POST', '/api/v1/auth/login', { body: { pseudonym, passphrase } });
  const closedByServer = (socket: Socket) => new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));

  it('shows the new name beside what they wrote at once, tells them, keeps them signed in, and their old name still signs them in', async () => {
    const oldName = 'Jenny Marlowe Real';
    const jenny = await register(oldName, 'a long harbour phrase');
    const thread = (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: jenny.accessToken, body: { categorySlug: 'depression', title: 'Long week', body: 'It has been a long week.' } })).body;
    const tab = await sockets.connected(node2, jenny.accessToken);
    const notes = collect<ModeratorNote>(tab, 'member:moderator-note');
    const tabClosed = closedByServer(tab);
    const bystander = collect<ModeratorNote>(await sockets.connected(node2, bob.token), 'member:moderator-note');

    const renamed = await newName(jenny.member.id, { reason: 'Looks like their real full name.', message: 'We did this to keep you anonymous here.' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.id).toBe(jenny.member.id);
    expect(renamed.body.pseudonym).toMatch(GENERATED);
    const name = renamed.body.pseudonym;

    // Everyone reads the new name beside what they wrote, on the next read.
    const posts = (await rest<{ items: Post[] }>(node2, 'GET', `/api/v1/threads/${thread.id}/posts`, { token: bob.token })).body.items;
    expect(posts[0].author.displayName).toBe(name);

    // Their access tokens carry the old name: every node stops taking them, and the tab is closed so
    // it reconnects with a new one. The refresh token stays good, so nobody is signed out.
    expect(await tabClosed).toBe('io server disconnect');
    for (const on of [api, node2]) {
      const refused = await rest<ErrorBody>(on, 'GET', '/api/v1/me', { token: jenny.accessToken });
      expect([refused.status, refused.body.error.code]).toEqual([401, 'SESSION_ENDED']);
    }
    const refreshed = await rest<Grant>(api, 'POST', '/api/v1/auth/refresh', { body: { refreshToken: jenny.refreshToken } });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.member).toMatchObject({ id: jenny.member.id, pseudonym: name });
    expect((await rest<MemberView>(node2, 'GET', '/api/v1/me', { token: refreshed.body.accessToken })).body.pseudonym).toBe(name);

    // The member is told: the new name, how to sign in, the moderator's words. Live when the note
    // overtakes the close (the app reads its notes again when it reconnects); among their notes either way.
    const listed = (await rest<{ items: ModeratorNote[] }>(api, 'GET', '/api/v1/me/moderator-notes', { token: refreshed.body.accessToken })).body.items;
    expect(listed).toHaveLength(1);
    expect(listed[0].message).toContain(`“${name}”`);
    expect(listed[0].message).toContain('We did this to keep you anonymous here.');
    expect(listed[0].message).toContain('your old name still signs you in');
    expect(listed[0].message).not.toContain(oldName);
    expect(notes.every((note) => note.id === listed[0].id)).toBe(true);
    expect(bystander).toEqual([]);

    // Others in a room see the new name as they type, not the one in the old token.
    const jennyInLounge = await sockets.connected(node2, refreshed.body.accessToken);
    const bobInLounge = await sockets.connected(api, bob.token);
    for (const socket of [jennyInLounge, bobInLounge]) expect((await emitAck(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    const typing = collect<{ displayName: string }>(bobInLounge, 'typing');
    const heard = collect<ChatMessage>(bobInLounge, 'message:new');
    await emitAck(jennyInLounge, 'typing', { room: 'lounge' });
    const sent = await emitAck(jennyInLounge, 'message:send', { room: 'lounge', body: 'evening all', clientMsgId: 'renamed-1' });
    await waitFor(async () => heard.some((message) => message.id === sent.id) && typing.length > 0, 5000, 'typing and a message from the renamed member');
    expect(typing.map((entry) => entry.displayName)).toEqual([name]);
    expect(heard.find((message) => message.id === sent.id)?.author.displayName).toBe(name);

    // Signed out at the time, they still find their account: by the old name (in any case) or the new one.
    for (const typed of [oldName, oldName.toUpperCase(), `  ${oldName.replace(/ /g, '  ')} `, name]) {
      const signedIn = await login(typed, 'a long harbour phrase');
      expect([typed, signedIn.status]).toEqual([typed, 200]);
      expect(signedIn.body.member).toMatchObject({ id: jenny.member.id, pseudonym: name });
    }
    expect((await login(oldName, 'not the right phrase')).body.error.code).toBe('INVALID_CREDENTIALS');
    const recovered = await rest<Grant>(api, 'POST', '/api/v1/auth/recover', { body: { pseudonym: oldName, recoveryCode: jenny.recoveryCode } });
    expect(recovered.status).toBe(200);
    expect(recovered.body.member.pseudonym).toBe(name);

    // Nobody else can take the old name, and nobody can take the new one.
    for (const taken of [oldName, 'jenny marlowe real', name]) {
      const refused = await rest<ErrorBody>(api, 'POST', '/api/v1/auth/register', { body: { pseudonym: taken } });
      expect([taken, refused.status, refused.body.error.code]).toEqual([taken, 409, 'PSEUDONYM_TAKEN']);
    }

    // Their data export carries the note as what it is, and nothing of the old name.
    const exported = await rest<AccountExport>(api, 'GET', '/api/v1/me/export', { token: recovered.body.accessToken });
    expect(exported.status).toBe(200);
    expect(exported.body.account.pseudonym).toBe(name);
    expect(exported.body.moderation.warnings).toEqual([expect.objectContaining({ kind: 'new_name', message: listed[0].message })]);
    expect(JSON.stringify(exported.body).toLowerCase()).not.toContain('marlowe');

    // The moderators' count of warnings is not raised by the note.
    const context = (await rest<MemberContext>(api, 'GET', `/api/v1/moderation/members/${jenny.member.id}/context`, { token: moderator.token })).body;
    expect(context.member).toMatchObject({ pseudonym: name, warnings: 0, formerNames: 1 });
    expect(context.actions.map((entry) => [entry.action, entry.reason, entry.actor?.id])).toContainEqual(['new_name', 'Looks like their real full name.', moderator.memberId]);

    // The old name is kept nowhere in words: not in the table that signs it in, nor in the record.
    const kept: Array<{ row: string }> = await api.db.dataSource.query(
      `SELECT row_to_json(f)::text AS row FROM former_pseudonyms f WHERE member_id = $1
       UNION ALL SELECT row_to_json(a)::text FROM audit_log a WHERE target_id = $1 AND target_type = 'member'`,
      [jenny.member.id],
    );
    expect(kept.length).toBe(2);
    for (const { row } of kept) expect(row.toLowerCase()).not.toContain('marlowe');
  });

  it('the node that gave the new name refuses the old tokens as it answers, however late its own notification comes back', async () => {
    const ines = await register('Ines Harrowgate', 'a quiet estuary phrase');
    const release = await holdNotifications(api);
    try {
      expect((await newName(ines.member.id, { reason: 'Reads like a real name.' })).status).toBe(200);
      const refused = await rest<ErrorBody>(api, 'GET', '/api/v1/me', { token: ines.accessToken });
      expect([refused.status, refused.body.error?.code]).toEqual([401, 'SESSION_ENDED']);
    } finally {
      await release();
    }
    // The other node hears it through the notification, as it always has.
    await waitFor(async () => (await rest(node2, 'GET', '/api/v1/me', { token: ines.accessToken })).status === 401, 5000, 'the other node refusing the old token');
  });

  it('a second new name leaves both earlier names signing in, and erasing the account frees them all', async () => {
    const first = 'Priya Lakeside';
    const priya = await register(first, 'another long phrase');
    const second = (await newName(priya.member.id, { reason: 'Real name.' })).body.pseudonym;
    const third = (await newName(priya.member.id, { reason: 'The generated one read badly next to a slur in the room.' })).body.pseudonym;
    expect(new Set([first, second, third]).size).toBe(3);
    for (const typed of [first, second, third]) expect((await login(typed, 'another long phrase')).body.member?.pseudonym).toBe(third);
    // Moderators read how many names they had, never which.
    const record = (await rest<MemberContext>(api, 'GET', `/api/v1/moderation/members/${priya.member.id}/context`, { token: moderator.token })).body;
    expect(record.member).toMatchObject({ pseudonym: third, formerNames: 2 });
    expect(JSON.stringify(record)).not.toContain(first);

    const signedIn = (await login(first, 'another long phrase')).body;
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: signedIn.accessToken, body: { currentPassphrase: 'another long phrase' } })).status).toBe(204);
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM former_pseudonyms WHERE member_id = $1`, [priya.member.id]))[0].n).toBe(0);
    for (const typed of [first, second]) {
      expect((await login(typed, 'another long phrase')).body.error.code).toBe('INVALID_CREDENTIALS');
      expect((await rest(api, 'POST', '/api/v1/auth/register', { body: { pseudonym: typed } })).status).toBe(201);
    }
  });

  it('a line said under the old name is not replayed to a member who hid its writer when their dropped connection is recovered', async () => {
    const troll = await registerMember(api, 'Slipped Past Name');
    const reader = await registerMember(api, 'Careful Reader');
    const readerSocket = await sockets.connected(node2, reader.token);
    const trollSocket = await sockets.connected(api, troll.token);
    const bobSocket = await sockets.connected(api, bob.token);
    for (const socket of [readerSocket, trollSocket, bobSocket]) expect((await emitAck(socket, 'room:join', { room: 'night-owls' })).ok).toBe(true);
    const heard = collect<ChatMessage>(readerSocket, 'message:new');
    const first = await emitAck(trollSocket, 'message:send', { room: 'night-owls', body: 'first', clientMsgId: 'troll-first' });
    await waitFor(async () => heard.some((message) => message.id === first.id), 5000, 'the first line');

    // Away (a tunnel) while the troll speaks under the old name; hidden from another device meanwhile
    // (the replay is then sifted by name), and the name replaced; back within the recovery window.
    readerSocket.io.reconnection(false);
    readerSocket.io.engine.close();
    await waitFor(async () => !readerSocket.connected, 5000, 'the drop');
    const meanwhile = await emitAck(trollSocket, 'message:send', { room: 'night-owls', body: 'said under the old name', clientMsgId: 'troll-away' });
    const kind = await emitAck(bobSocket, 'message:send', { room: 'night-owls', body: 'a kind word meanwhile', clientMsgId: 'bob-away' });
    expect(meanwhile.ok && kind.ok).toBe(true);
    const hidden = await rest<HiddenMember>(api, 'POST', '/api/v1/me/hidden-members', { token: reader.token, body: { messageId: first.id } });
    expect(hidden.status).toBe(201);
    expect(hidden.body).toMatchObject({ displayName: 'Slipped Past Name', renamedSince: false });
    const renamed = await newName(troll.memberId, { reason: 'A slur in the name.' });
    expect(renamed.status).toBe(200);
    // Their list of hidden members says the name changed, so an unfamiliar one is not a surprise; never the old one.
    const list = (await rest<{ items: HiddenMember[] }>(node2, 'GET', '/api/v1/me/hidden-members', { token: reader.token })).body.items;
    expect(list).toEqual([expect.objectContaining({ id: hidden.body.id, displayName: renamed.body.pseudonym, renamedSince: true })]);
    readerSocket.io.reconnection(true);
    readerSocket.connect();
    await waitFor(async () => readerSocket.connected, 10_000, 'the reconnect');
    expect(readerSocket.recovered).toBe(true);
    await waitFor(async () => heard.some((message) => message.id === kind.id), 5000, 'the kind word, replayed');
    expect(heard.map((message) => message.id)).not.toContain(meanwhile.id);
  });

  it('finds a member for a moderator by the name they go by, in any case and spacing, or by one they had before; nobody for an erased account', async () => {
    const name = 'Rowan Findable Here';
    const rowan = await register(name, 'a findable long phrase');
    const find = (query: string, token = moderator.token) => rest<{ items: MemberMatch[] } & ErrorBody>(node2, 'GET', `/api/v1/moderation/members?${query}`, { token });
    const byName = (typed: string) => find(new URLSearchParams({ name: typed }).toString());
    expect((await byName('  rowan   FINDABLE here ')).body).toEqual({ items: [{ id: rowan.member.id, pseudonym: name, role: 'member', formerName: false }] });

    // Given a new name, they are found by the old one (as it signs them in) and the new one.
    const renamed = (await newName(rowan.member.id, { reason: 'Reads like a real name.' })).body.pseudonym;
    expect((await byName(name.toLowerCase())).body.items).toEqual([{ id: rowan.member.id, pseudonym: renamed, role: 'member', formerName: true }]);
    expect((await byName(renamed)).body.items).toEqual([{ id: rowan.member.id, pseudonym: renamed, role: 'member', formerName: false }]);
    expect((await byName('Nobody Goes By This')).body.items).toEqual([]);
    expect((await byName(moderator.pseudonym)).body.items).toEqual([{ id: moderator.memberId, pseudonym: moderator.pseudonym, role: 'moderator', formerName: false }]);

    // Moderators only, and a query that says what it wants.
    const refusal = async (response: Promise<{ status: number; body: ErrorBody }>) => {
      const { status, body } = await response;
      return [status, body.error?.code];
    };
    expect(await refusal(find(new URLSearchParams({ name }).toString(), bob.token))).toEqual([403, 'FORBIDDEN']);
    for (const query of ['', 'name=', 'name=%20%20', `name=${'x'.repeat(65)}`, 'name=Rowan&role=member']) {
      expect([query, ...(await refusal(find(query)))]).toEqual([query, 400, 'VALIDATION_FAILED']);
    }

    // Erased, they are nobody's to find, by any name.
    const grant = (await rest<Grant>(api, 'POST', '/api/v1/auth/login', { body: { pseudonym: renamed, passphrase: 'a findable long phrase' } })).body;
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: grant.accessToken, body: { currentPassphrase: 'a findable long phrase' } })).status).toBe(204);
    for (const typed of [name, renamed]) expect((await byName(typed)).body.items).toEqual([]);
  });

  it('refuses with a code: a member asking, no reason, a stray field, nobody there, an erased account, a moderator’s name', async () => {
    const target = await registerMember(api, 'Quiet Target');
    const refusal = async (response: Promise<{ status: number; body: ErrorBody }>) => {
      const { status, body } = await response;
      return [status, body.error?.code];
    };
    expect(await refusal(newName(target.memberId, { reason: 'Mine.' }, bob.token))).toEqual([403, 'FORBIDDEN']);
    expect(await refusal(newName(target.memberId, {}))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refusal(newName(target.memberId, { reason: '   ' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refusal(newName(target.memberId, { reason: 'x'.repeat(2_001) }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refusal(newName(target.memberId, { reason: 'Fine.', pseudonym: 'Chosen By Mod' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refusal(newName('not-an-id', { reason: 'Fine.' }))).toEqual([400, 'VALIDATION_FAILED']);
    expect(await refusal(newName('00000000-0000-4000-8000-000000000000', { reason: 'Fine.' }))).toEqual([404, 'MEMBER_NOT_FOUND']);
    expect(await refusal(newName(moderator.memberId, { reason: 'Fine.' }))).toEqual([422, 'NOT_A_MEMBER']);
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: target.token })).status).toBe(204);
    expect(await refusal(newName(target.memberId, { reason: 'Fine.' }))).toEqual([410, 'MEMBER_ERASED']);
    // Nothing was changed by any of them.
    const [row] = await api.db.dataSource.query(`SELECT pseudonym FROM members WHERE id = $1`, [moderator.memberId]);
    expect(row.pseudonym).toBe('Mod Sanderling');
    expect((await api.db.dataSource.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'new_name' AND target_id = ANY($1::uuid[])`, [[target.memberId, moderator.memberId]]))[0].n).toBe(0);
  });
});
