// A session kept for a client that dropped is its member's own: what it missed goes only to a
// handshake the gateway let in, as that member, in the role it was kept for. Its id (and an
// offset) can be read off a shared computer's devtools; neither is a way in.
import { io, type Socket } from 'socket.io-client';
import type { ChatMessage } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, connected, emitAck } from '../../test/support/socket-client';
import { waitFor } from '../../test/support/worker-process';
import { RealtimeGateway } from './realtime.gateway';

const ROOM = 'night-owls';

describe('handshakes and recovered sessions (real Redis streams adapter, real socket.io-client)', () => {
  let api: ApiHarness;
  let alice: Session;
  let bob: Session;
  let mallory: Session;
  const open: Socket[] = [];

  beforeAll(async () => {
    api = await startApi('recovered-sessions');
    alice = await registerMember(api, 'Alice Kestrel');
    bob = await registerMember(api, 'Bob Plover');
    mallory = await registerMember(api, 'Mallory Shrike');
  });
  afterEach(async () => {
    for (const socket of open.splice(0)) socket.disconnect();
    // A fresh burst allowance for the next test's messages (the limit has its own tests).
    await api.db.dataSource.query(`DELETE FROM chat_send_windows`);
  });
  afterAll(async () => {
    await api.close();
  });

  /** A client as any script would make one: `auth` as given, every frame it is sent kept raw. */
  function client(auth: Record<string, unknown>): { socket: Socket; frames: string[] } {
    const socket = io(api.baseUrl, { path: '/socket.io', auth, transports: ['websocket'], reconnection: false });
    open.push(socket);
    const frames: string[] = [];
    socket.io.on('open', () => socket.io.engine.on('data', (data: unknown) => frames.push(String(data))));
    return { socket, frames };
  }

  /**
   * Alice in the room, then her line drops (no clean disconnect) and stays down: the server keeps
   * her session. Answers its id and her last offset, as devtools would show them.
   */
  async function alicesKeptSession(): Promise<{ pid: string; offset: string; alice: Socket }> {
    const socket = await connected(client({ token: alice.token }).socket);
    expect((await emitAck(socket, 'room:join', { room: ROOM })).ok).toBe(true);
    const speaker = await connected(client({ token: bob.token }).socket);
    expect((await emitAck(speaker, 'room:join', { room: ROOM })).ok).toBe(true);
    const heard = collect<ChatMessage>(socket, 'message:new');
    expect((await emitAck(speaker, 'message:send', { room: ROOM, body: 'Before the drop.', clientMsgId: `before-${Date.now()}` })).ok).toBe(true);
    await waitFor(async () => (heard.length > 0 ? true : undefined), 5_000, 'the message before the drop');
    const { _pid: pid, _lastOffset: offset } = socket as unknown as { _pid: string; _lastOffset: string };
    expect([typeof pid, typeof offset]).toEqual(['string', 'string']);
    socket.io.engine.close();
    await waitFor(async () => !socket.connected, 5_000, 'the drop');
    // Said while she is away: kept in the stream for her session.
    expect((await emitAck(speaker, 'message:send', { room: ROOM, body: 'Only for the people in this room.', clientMsgId: `away-${Date.now()}` })).ok).toBe(true);
    return { pid, offset, alice: socket };
  }

  it('sends nothing a session missed to a handshake that shows its id without a token, and a refusal for good ends the session', async () => {
    const { pid, offset, alice: aliceSocket } = await alicesKeptSession();
    const thief = client({ pid, offset });
    const refused = await new Promise<Error & { data?: { code?: string } }>((resolve) => thief.socket.once('connect_error', resolve));
    expect(refused.data?.code).toBe('UNAUTHENTICATED');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(thief.frames.join('\n')).not.toContain('Only for the people in this room.');
    expect(thief.frames.some((frame) => frame.startsWith('2'))).toBe(false);

    // Nor is it kept for the next try: Alice herself comes back to a fresh session (and reads her
    // rooms again over REST, as the web app does when a session is not recovered).
    aliceSocket.connect();
    await waitFor(async () => aliceSocket.connected, 5_000, 'Alice back');
    expect(aliceSocket.recovered).toBe(false);
  });

  it('starts another member who shows a kept session’s id afresh: not recovered, in none of its rooms, sent nothing it missed', async () => {
    const { pid, offset } = await alicesKeptSession();
    const other = client({ token: mallory.token, pid, offset });
    await connected(other.socket);
    const gateway = api.app.get(RealtimeGateway);
    const onServer = gateway.server.sockets.sockets.get(other.socket.id!);
    expect(onServer?.recovered).toBe(false);
    expect([...(onServer?.rooms ?? [])].filter((room) => room.startsWith('room:') || room === `member:${alice.memberId}`)).toEqual([]);
    expect(onServer?.rooms.has(`member:${mallory.memberId}`)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(other.frames.join('\n')).not.toContain('Only for the people in this room.');
    // What the room says next does not reach them either.
    const speaker = await connected(client({ token: bob.token }).socket);
    expect((await emitAck(speaker, 'room:join', { room: ROOM })).ok).toBe(true);
    expect((await emitAck(speaker, 'message:send', { room: ROOM, body: 'Said after the stranger came.', clientMsgId: `after-${Date.now()}` })).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(other.frames.join('\n')).not.toContain('Said after the stranger came.');
  });

  it('gives the member whose session it is what they missed, once let in, and no one’s typing from while they were away', async () => {
    const { pid, offset } = await alicesKeptSession();
    const typist = await connected(client({ token: mallory.token }).socket);
    expect((await emitAck(typist, 'room:join', { room: ROOM })).ok).toBe(true);
    expect((await emitAck(typist, 'typing', { room: ROOM })).ok).toBe(true);
    const back = client({ token: alice.token, pid, offset });
    const heard = collect<ChatMessage>(back.socket, 'message:new');
    const typing = collect<unknown>(back.socket, 'typing');
    await connected(back.socket);
    expect(api.app.get(RealtimeGateway).server.sockets.sockets.get(back.socket.id!)?.recovered).toBe(true);
    await waitFor(async () => (heard.some((message) => message.body === 'Only for the people in this room.') ? true : undefined), 5_000, 'what she missed');
    expect(typing).toEqual([]);
  });

  it('replays no message withdrawn since, nor a name replaced since, though the session shows an offset older than the one it had', async () => {
    const moderator = await withRole(api, await registerMember(api, 'Wren Keeper'), 'moderator');
    const jane = await registerMember(api, 'Jane Doe Smith');
    const socket = await connected(client({ token: alice.token }).socket);
    expect((await emitAck(socket, 'room:join', { room: ROOM })).ok).toBe(true);
    await waitFor(async () => ((socket as unknown as { _lastOffset?: string })._lastOffset ? true : undefined), 5_000, 'a first offset');
    // The offset of an early packet, kept by a script, as the helper's audit did.
    const early = (socket as unknown as { _lastOffset: string })._lastOffset;
    const speaker = await connected(client({ token: jane.token }).socket);
    expect((await emitAck(speaker, 'room:join', { room: 'grief-circle' })).ok).toBe(true);
    const stays = await emitAck(speaker, 'message:send', { room: 'grief-circle', body: 'Still here, thinking of you all.', clientMsgId: `stays-${Date.now()}` });
    const slip = await emitAck(speaker, 'message:send', { room: 'grief-circle', body: 'My real name is Jane Doe, call me on 555-0199.', clientMsgId: `slip-${Date.now()}` });
    expect([stays.ok, slip.ok]).toEqual([true, true]);
    expect((await rest(api, 'DELETE', `/api/v1/rooms/grief-circle/messages/${slip.id}`, { token: moderator.token, body: { reason: 'personal details' } })).status).toBe(204);
    // And her name, a real one: a moderator gives her another.
    const named = await rest<{ pseudonym: string }>(api, 'POST', `/api/v1/moderation/members/${jane.memberId}/new-name`, { token: moderator.token, body: { reason: 'Looks like a real name.' } });
    expect(named.status).toBe(200);
    // Alice joins the room after the removal: its history does not hold it.
    const joined = await emitAck(socket, 'room:join', { room: 'grief-circle' });
    expect(joined.messages!.map((message) => message.body)).toContain('Still here, thinking of you all.');
    expect(joined.messages!.map((message) => message.body)).not.toContain('My real name is Jane Doe, call me on 555-0199.');
    const pid = (socket as unknown as { _pid: string })._pid;
    socket.io.engine.close();
    await waitFor(async () => !socket.connected, 5_000, 'the drop');

    const back = client({ token: alice.token, pid, offset: early });
    const heard = collect<ChatMessage>(back.socket, 'message:new');
    await connected(back.socket);
    expect(api.app.get(RealtimeGateway).server.sockets.sockets.get(back.socket.id!)?.recovered).toBe(true);
    // What is still the room's is replayed from that offset (a repeat the client keeps by id) ...
    const replayed = await waitFor(async () => heard.find((message) => message.id === stays.id), 5_000, 'the visible message replayed');
    expect(replayed.author.displayName).toBe(named.body.pseudonym);
    await new Promise((resolve) => setTimeout(resolve, 300));
    // ... and what a moderator removed is not, in any frame.
    expect(heard.map((message) => message.id)).not.toContain(slip.id);
    expect(back.frames.join('\n')).not.toContain('Jane Doe');
    expect(back.frames.join('\n')).not.toContain('555-0199');
  });

  it('refuses a member’s handshake for a moment while who they hid cannot be read, then lets them in', async () => {
    // PostgreSQL answering, but not that table (as in a failover's first seconds, for one query).
    await api.db.dataSource.query(`ALTER TABLE member_hides RENAME TO member_hides_away`);
    try {
      const early = client({ token: alice.token });
      const refused = await new Promise<Error & { data?: { code?: string; retryAfterSeconds?: number } }>((resolve, reject) => {
        early.socket.once('connect_error', resolve);
        early.socket.once('connect', () => reject(new Error('let in without knowing whom she hid')));
      });
      expect(refused.data).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 2 });
    } finally {
      await api.db.dataSource.query(`ALTER TABLE member_hides_away RENAME TO member_hides`);
    }
    await connected(client({ token: alice.token }).socket);
  });

  it('answers an event named by a number (the parser takes one) with UNKNOWN_EVENT, and the node stays up', async () => {
    const socket = await connected(client({ token: bob.token }).socket);
    const answer = (await socket.timeout(5_000).emitWithAck(7 as unknown as string, { room: ROOM })) as { ok: boolean; error?: { code: string; message: string } };
    expect(answer).toEqual({ ok: false, error: { code: 'UNKNOWN_EVENT', message: 'Lantern does not know the event "7".' } });
    expect((await emitAck(socket, 'room:join', { room: ROOM })).ok).toBe(true);
    expect((await fetch(`${api.baseUrl}/api/health`)).status).toBe(200);
  });
});
