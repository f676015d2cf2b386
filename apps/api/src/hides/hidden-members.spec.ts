import type { Socket } from 'socket.io-client';
import { HIDE_LIMITS, type ChatMessage, type HiddenMember, type MemberContext, type Page, type Post, type SearchHit, type Thread, type ThreadSummary } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, connected, emitAck, TestSockets } from '../../test/support/socket-client';

const sockets = new TestSockets();
const connect = (api: ApiHarness, who: Session): Promise<Socket> => sockets.connected(api, who.token);
const emit = emitAck;

async function eventually(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('members hide other members from their own view (real PostgreSQL, Redis, two api nodes)', () => {
  let api: ApiHarness;
  let node2: ApiHarness;
  let reader: Session;
  let troll: Session;
  let friend: Session;
  let moderator: Session;

  beforeAll(async () => {
    api = await startApi('hides');
    await seedDemoData(api.db.dataSource);
    node2 = await startApiNode(api.db, api.env);
    reader = await registerMember(api, 'Reader Heron');
    troll = await registerMember(api, 'Troll Crow');
    friend = await registerMember(api, 'Friend Robin');
    moderator = await withRole(api, await registerMember(api, 'Mod Kestrel'), 'moderator');
  });

  afterEach(async () => {
    sockets.closeAll();
    await api.db.dataSource.query(`DELETE FROM member_hides`);
    await api.db.dataSource.query(`DELETE FROM chat_send_windows`);
  });

  afterAll(async () => {
    await node2.close();
    await api.close();
  });

  const thread = async (who: Session, title: string, postAs?: 'alias') =>
    (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'anxiety', title, body: `${title} body`, ...(postAs ? { postAs } : {}) } })).body;
  const reply = async (who: Session, threadId: string, body: string, postAs?: 'alias') =>
    (await rest<Post>(api, 'POST', `/api/v1/threads/${threadId}/posts`, { token: who.token, body: { body, ...(postAs ? { postAs } : {}) } })).body;
  const posts = async (who: Session, threadId: string) => (await rest<Page<Post>>(api, 'GET', `/api/v1/threads/${threadId}/posts`, { token: who.token })).body.items;
  const threadTitles = async (who: Session) => (await rest<Page<ThreadSummary>>(api, 'GET', '/api/v1/categories/anxiety/threads', { token: who.token })).body.items.map((t) => t.title);
  const hide = (who: Session, body: unknown) => rest<HiddenMember>(api, 'POST', '/api/v1/me/hidden-members', { token: who.token, body });

  it('folds their posts, leaves their threads out of lists and search, and only for the member who hid them', async () => {
    const open = await thread(reader, 'Hiding test: my evening');
    const nasty = await reply(troll, open.id, 'zebracorn you are pathetic');
    await reply(friend, open.id, 'Sending a hug');
    const trollThread = await thread(troll, 'Hiding test: a zebracorn thread by the troll');

    const created = await hide(reader, { postId: nasty.id });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ displayName: 'Troll Crow', thread: null });
    const again = await hide(reader, { postId: nasty.id });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(created.body.id);

    const seen = await posts(reader, open.id);
    expect(seen.map((p) => [p.author.displayName, p.hiddenByYou])).toEqual([
      ['Reader Heron', false],
      ['Troll Crow', true],
      ['Friend Robin', false],
    ]);
    expect((await rest<Post>(api, 'GET', `/api/v1/posts/${nasty.id}`, { token: reader.token })).body.hiddenByYou).toBe(true);
    // A friend quoting them: the quote names them, without their words, for the reader only.
    const quoting = (await rest<Post>(api, 'POST', `/api/v1/threads/${open.id}/posts`, { token: friend.token, body: { body: 'Please stop.', quotePostId: nasty.id } })).body;
    const quoteFor = async (who: Session) => (await rest<Post>(api, 'GET', `/api/v1/posts/${quoting.id}`, { token: who.token })).body.quote;
    expect(await quoteFor(reader)).toEqual({ postId: nasty.id, authorName: 'Troll Crow', excerpt: '', hiddenByYou: true });
    expect((await quoteFor(friend))?.excerpt).toBe('zebracorn you are pathetic');
    expect(await threadTitles(reader)).not.toContain(trollThread.title);
    expect(await threadTitles(reader)).toContain(open.title);
    // Opened on its own (a link, the history), their thread says so, for the web to fold its title.
    const threadAs = async (who: Session, id: string) => (await rest<Thread>(api, 'GET', `/api/v1/threads/${id}`, { token: who.token })).body;
    expect((await threadAs(reader, trollThread.id)).hiddenByYou).toBe(true);
    expect((await threadAs(reader, open.id)).hiddenByYou).toBe(false);
    expect((await threadAs(friend, trollThread.id)).hiddenByYou).toBe(false);
    const hits = (await rest<Page<SearchHit>>(api, 'GET', '/api/v1/search?q=zebracorn', { token: reader.token })).body.items;
    expect(hits).toEqual([]);

    // Moderators see how many members hid them (never who), beside the member's warnings.
    const context = await rest<MemberContext>(api, 'GET', `/api/v1/moderation/members/${troll.memberId}/context`, { token: moderator.token });
    expect(context.body.member.hiddenBy).toBe(1);
    expect(JSON.stringify(context.body)).not.toContain(reader.memberId);

    // Nobody else is affected, and the hidden member is not told.
    expect((await posts(friend, open.id)).every((p) => !p.hiddenByYou)).toBe(true);
    expect(await threadTitles(friend)).toContain(trollThread.title);
    expect((await rest<Page<SearchHit>>(api, 'GET', '/api/v1/search?q=zebracorn', { token: friend.token })).body.items).toHaveLength(2);
    expect((await posts(troll, open.id)).every((p) => !p.hiddenByYou)).toBe(true);
    expect((await rest<Page<SearchHit>>(api, 'GET', '/api/v1/search?q=zebracorn', { token: moderator.token })).body.items).toHaveLength(2);

    // Shown again: everything is back.
    const list = await rest<{ items: HiddenMember[] }>(api, 'GET', '/api/v1/me/hidden-members', { token: reader.token });
    expect(list.body.items.map((item) => item.displayName)).toEqual(['Troll Crow']);
    expect((await rest(api, 'DELETE', `/api/v1/me/hidden-members/${created.body.id}`, { token: reader.token })).status).toBe(204);
    expect(await threadTitles(reader)).toContain(trollThread.title);
    expect((await posts(reader, open.id)).some((p) => p.hiddenByYou)).toBe(false);
    expect((await threadAs(reader, trollThread.id)).hiddenByYou).toBe(false);
  });

  it('does not count a hidden member’s replies as unread in a followed thread', async () => {
    const open = await thread(reader, 'Hiding test: unread');
    await posts(reader, open.id); // read to the end
    const hidden = await reply(troll, open.id, 'unwanted');
    expect((await hide(reader, { postId: hidden.id })).status).toBe(201);
    await reply(troll, open.id, 'more unwanted');
    const summary = (await rest<Thread>(api, 'GET', `/api/v1/threads/${open.id}`, { token: reader.token })).body;
    expect(summary.unread).toBe(0);
    await reply(friend, open.id, 'a kind word');
    expect((await rest<Thread>(api, 'GET', `/api/v1/threads/${open.id}`, { token: reader.token })).body.unread).toBe(1);
  });

  it('hides an alias in its thread only, so a hide never links an alias to its pseudonym', async () => {
    const first = await thread(reader, 'Hiding test: alias thread');
    const aliased = await reply(troll, first.id, 'under an alias', 'alias');
    const plain = await reply(troll, first.id, 'under my pseudonym');
    const elsewhere = await thread(reader, 'Hiding test: elsewhere');
    const otherAlias = await reply(troll, elsewhere.id, 'another alias', 'alias');
    const otherPlain = await reply(troll, elsewhere.id, 'pseudonym elsewhere');

    const created = await hide(reader, { postId: aliased.id });
    expect(created.status).toBe(201);
    expect(created.body.displayName).toBe(aliased.author.displayName);
    expect(created.body.displayName).not.toBe('Troll Crow');
    expect(created.body.thread).toEqual({ id: first.id, title: first.title });

    const byId = (items: Post[]) => new Map(items.map((p) => [p.id, p.hiddenByYou]));
    const inFirst = byId(await posts(reader, first.id));
    expect(inFirst.get(aliased.id)).toBe(true);
    expect(inFirst.get(plain.id)).toBe(false);
    const inElsewhere = byId(await posts(reader, elsewhere.id));
    expect(inElsewhere.get(otherAlias.id)).toBe(false);
    expect(inElsewhere.get(otherPlain.id)).toBe(false);

    // Hiding the pseudonym does not fold the aliases either.
    await hide(reader, { postId: otherPlain.id });
    const after = byId(await posts(reader, elsewhere.id));
    expect(after.get(otherPlain.id)).toBe(true);
    expect(after.get(otherAlias.id)).toBe(false);

    // A thread opened under an alias folds (its title too) for a hide of that alias only.
    const aliasThread = await thread(troll, 'Hiding test: opened under an alias', 'alias');
    const threadHidden = async (id: string) => (await rest<Thread>(api, 'GET', `/api/v1/threads/${id}`, { token: reader.token })).body.hiddenByYou;
    expect(await threadHidden(aliasThread.id)).toBe(false);
    expect((await hide(reader, { postId: aliasThread.firstPost.id })).status).toBe(201);
    expect(await threadHidden(aliasThread.id)).toBe(true);
    expect(await threadHidden(elsewhere.id)).toBe(false);
  });

  it('leaves hidden members out of chat history and live messages, on every node, and back in when shown again', async () => {
    const readerOnNode2 = await connect(node2, reader);
    const trollSocket = await connect(api, troll);
    const friendSocket = await connect(api, friend);
    for (const socket of [readerOnNode2, trollSocket, friendSocket]) expect((await emit(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    const readerHears = collect<ChatMessage>(readerOnNode2, 'message:new');
    const readerSeesTyping = collect<{ displayName: string }>(readerOnNode2, 'typing');
    const friendHears = collect<ChatMessage>(friendSocket, 'message:new');

    const first = await emit(trollSocket, 'message:send', { room: 'lounge', body: 'first from the troll', clientMsgId: 'troll-1' });
    await eventually(() => readerHears.some((m) => m.id === first.id), 'the first message on node 2');
    const hidden = await hide(reader, { messageId: first.id });
    expect(hidden.status).toBe(201);

    // The reader's socket on the other node stops hearing them at once; the friend still does.
    await new Promise((resolve) => setTimeout(resolve, 500)); // the other node's sockets change rooms through Redis
    const second = await emit(trollSocket, 'message:send', { room: 'lounge', body: 'second from the troll', clientMsgId: 'troll-2' });
    await emit(trollSocket, 'typing', { room: 'lounge' });
    const kind = await emit(friendSocket, 'message:send', { room: 'lounge', body: 'a kind word', clientMsgId: 'friend-1' });
    await eventually(() => readerHears.some((m) => m.id === kind.id), 'the friend’s message');
    await eventually(() => friendHears.some((m) => m.id === second.id), 'the friend hearing the troll');
    expect(readerHears.map((m) => m.id)).not.toContain(second.id);
    expect(readerSeesTyping.map((t) => t.displayName)).not.toContain('Troll Crow');

    // History over REST and on joining leaves them out; a new connection keeps the hide.
    const history = (await rest<Page<ChatMessage>>(api, 'GET', '/api/v1/rooms/lounge/messages', { token: reader.token })).body.items;
    expect(history.map((m) => m.id)).toContain(kind.id);
    expect(history.map((m) => m.id)).not.toContain(first.id);
    expect(history.map((m) => m.id)).not.toContain(second.id);
    const fresh = await connect(api, reader);
    const joined = await emit(fresh, 'room:join', { room: 'lounge' });
    expect(joined.messages?.map((m) => m.author.displayName)).not.toContain('Troll Crow');
    const freshHears = collect<ChatMessage>(fresh, 'message:new');
    const third = await emit(trollSocket, 'message:send', { room: 'lounge', body: 'third', clientMsgId: 'troll-3' });
    const kind2 = await emit(friendSocket, 'message:send', { room: 'lounge', body: 'another kind word', clientMsgId: 'friend-2' });
    await eventually(() => freshHears.some((m) => m.id === kind2.id), 'the friend on the fresh socket');
    expect(freshHears.map((m) => m.id)).not.toContain(third.id);

    // Shown again: live messages come through on every socket.
    expect((await rest(api, 'DELETE', `/api/v1/me/hidden-members/${hidden.body.id}`, { token: reader.token })).status).toBe(204);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the other node's sockets change rooms through Redis
    const fourth = await emit(trollSocket, 'message:send', { room: 'lounge', body: 'fourth', clientMsgId: 'troll-4' });
    await eventually(() => readerHears.some((m) => m.id === fourth.id) && freshHears.some((m) => m.id === fourth.id), 'the troll heard again');
  });

  it('keeps a hide made while a socket was away when its session is recovered, and an un-hide too', async () => {
    const reader1 = sockets.connect(api, reader.token);
    const readerSocket = await connected(reader1);
    const trollSocket = await connect(api, troll);
    const friendSocket = await connect(api, friend);
    for (const socket of [readerSocket, trollSocket, friendSocket]) expect((await emit(socket, 'room:join', { room: 'grief-circle' })).ok).toBe(true);
    const heard = collect<ChatMessage>(readerSocket, 'message:new');
    const first = await emit(trollSocket, 'message:send', { room: 'grief-circle', body: 'before', clientMsgId: 'rec-1' });
    await eventually(() => heard.some((m) => m.id === first.id), 'the first message');

    // Away (a tunnel), hidden from another device meanwhile, back within the recovery window. What
    // the troll said while the reader was away is not replayed to them either; the friend's is.
    // (Reconnecting by hand once all that happened: on its own the client is back within 100 ms.)
    readerSocket.io.reconnection(false);
    readerSocket.io.engine.close();
    await eventually(() => !readerSocket.connected, 'the drop');
    const meanwhile = await emit(trollSocket, 'message:send', { room: 'grief-circle', body: 'said while you were away', clientMsgId: 'rec-away' });
    const friendMeanwhile = await emit(friendSocket, 'message:send', { room: 'grief-circle', body: 'a friend, meanwhile', clientMsgId: 'rec-away-friend' });
    const hidden = await hide(reader, { messageId: first.id });
    readerSocket.io.reconnection(true);
    readerSocket.connect();
    await eventually(() => readerSocket.connected, 'the reconnect', 10_000);
    expect(readerSocket.recovered).toBe(true);
    await eventually(() => heard.some((m) => m.id === friendMeanwhile.id), "the friend's message, replayed");
    expect(heard.map((m) => m.id)).not.toContain(meanwhile.id);
    const second = await emit(trollSocket, 'message:send', { room: 'grief-circle', body: 'after the hide', clientMsgId: 'rec-2' });
    const kind = await emit(friendSocket, 'message:send', { room: 'grief-circle', body: 'a friend', clientMsgId: 'rec-3' });
    await eventually(() => heard.some((m) => m.id === kind.id), 'the friend');
    expect(heard.map((m) => m.id)).not.toContain(second.id);

    // And shown again while away: heard again after recovery.
    readerSocket.io.engine.close();
    expect((await rest(api, 'DELETE', `/api/v1/me/hidden-members/${hidden.body.id}`, { token: reader.token })).status).toBe(204);
    await eventually(() => readerSocket.connected, 'the second reconnect', 10_000);
    expect(readerSocket.recovered).toBe(true);
    const third = await emit(trollSocket, 'message:send', { room: 'grief-circle', body: 'heard again', clientMsgId: 'rec-4' });
    await eventually(() => heard.some((m) => m.id === third.id), 'the troll heard again after recovery');
  });

  it('refuses what cannot be hidden with a code', async () => {
    const open = await thread(reader, 'Hiding test: refusals');
    const own = await reply(reader, open.id, 'my own words');
    const modPost = await reply(moderator, open.id, 'A moderator checking in');
    const cases: Array<[Session, unknown, number, string]> = [
      [reader, { postId: own.id }, 400, 'CANNOT_HIDE_SELF'],
      [reader, { postId: modPost.id }, 400, 'CANNOT_HIDE_STAFF'],
      [reader, { postId: '00000000-0000-4000-8000-000000000000' }, 404, 'POST_NOT_FOUND'],
      [reader, { messageId: '00000000-0000-4000-8000-000000000000' }, 404, 'MESSAGE_NOT_FOUND'],
      [reader, {}, 400, 'VALIDATION_FAILED'],
      [reader, { postId: own.id, messageId: own.id }, 400, 'VALIDATION_FAILED'],
      [reader, { postId: 'not-a-uuid' }, 400, 'VALIDATION_FAILED'],
      [reader, { memberId: troll.memberId }, 400, 'VALIDATION_FAILED'],
      [moderator, { postId: own.id }, 403, 'FORBIDDEN'],
    ];
    // A moderator is marked under their pseudonym, not under a thread alias, whose hide is allowed
    // (refusing it would tell the member the alias belongs to staff).
    const modAlias = await reply(moderator, open.id, 'speaking for myself', 'alias');
    const shown = new Map((await posts(reader, open.id)).map((p) => [p.id, p.author.isModerator]));
    expect([shown.get(modPost.id), shown.get(modAlias.id), shown.get(own.id)]).toEqual([true, false, false]);
    expect((await hide(reader, { postId: modAlias.id })).status).toBe(201);
    for (const [who, body, status, code] of cases) {
      const response = await hide(who, body);
      expect([JSON.stringify(body), response.status, (response.body as unknown as { error: { code: string } }).error?.code]).toEqual([JSON.stringify(body), status, code]);
    }
    expect((await rest(api, 'POST', '/api/v1/me/hidden-members', { body: { postId: own.id } })).status).toBe(401);
    expect((await rest<{ error: { code: string } }>(api, 'DELETE', '/api/v1/me/hidden-members/nonsense', { token: reader.token })).body.error.code).toBe('HIDE_NOT_FOUND');

    // Someone else's hide cannot be removed by guessing its id.
    const trollReply = await reply(troll, open.id, 'hello');
    const mine = await hide(reader, { postId: trollReply.id });
    const theirs = await rest<{ error: { code: string } }>(api, 'DELETE', `/api/v1/me/hidden-members/${mine.body.id}`, { token: friend.token });
    expect([theirs.status, theirs.body.error.code]).toEqual([404, 'HIDE_NOT_FOUND']);
    expect((await rest<{ items: HiddenMember[] }>(api, 'GET', '/api/v1/me/hidden-members', { token: reader.token })).body.items).toHaveLength(2);
  });

  it('stops at the limit with a sentence, and forgets hides when either member erases their account', async () => {
    const open = await thread(reader, 'Hiding test: limit');
    const others = await Promise.all(Array.from({ length: 2 }, (_, i) => registerMember(api, `Limit Member ${i}`)));
    // Fill the budget straight in the table: 500 hides of one member's aliases in 500 threads.
    const filler: Array<{ id: string }> = await api.db.dataSource.query(
      `INSERT INTO threads (category_id, author_id, title) SELECT c.id, $1, 'filler ' || g FROM categories c, generate_series(1, $2::int) g WHERE c.slug = 'anxiety' RETURNING id`,
      [others[0].memberId, HIDE_LIMITS.max],
    );
    await api.db.dataSource.query(`INSERT INTO member_hides (member_id, hidden_id, thread_id) SELECT $1, $2, unnest($3::uuid[])`, [
      reader.memberId,
      others[0].memberId,
      filler.map((row) => row.id),
    ]);
    const last = await reply(others[1], open.id, 'one too many');
    const refused = await hide(reader, { postId: last.id });
    expect([refused.status, (refused.body as unknown as { error: { code: string; message: string } }).error.code]).toEqual([409, 'HIDE_LIMIT_REACHED']);
    await api.db.dataSource.query(`DELETE FROM threads WHERE id = ANY($1::uuid[])`, [filler.map((row) => row.id)]);
    expect((await hide(reader, { postId: last.id })).status).toBe(201);

    expect((await rest(api, 'DELETE', '/api/v1/me', { token: others[1].token })).status).toBe(204);
    const left: Array<{ n: number }> = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM member_hides WHERE hidden_id = $1`, [others[1].memberId]);
    expect(left[0].n).toBe(0);
  });

  it('keeps the limit when hides arrive together: one below it, of six at once one is made and five are refused', async () => {
    const racer = await registerMember(api, 'Limit Racer');
    const open = await thread(racer, 'Hiding test: limit, all at once');
    const others = await Promise.all(Array.from({ length: 6 }, (_, i) => registerMember(api, `Limit Racer Other ${i}`)));
    const filler: Array<{ id: string }> = await api.db.dataSource.query(
      `INSERT INTO threads (category_id, author_id, title) SELECT c.id, $1, 'racer filler ' || g FROM categories c, generate_series(1, $2::int) g WHERE c.slug = 'anxiety' RETURNING id`,
      [others[0].memberId, HIDE_LIMITS.max - 1],
    );
    await api.db.dataSource.query(`INSERT INTO member_hides (member_id, hidden_id, thread_id) SELECT $1, $2, unnest($3::uuid[])`, [racer.memberId, others[0].memberId, filler.map((row) => row.id)]);
    const replies = await Promise.all(others.map((other, i) => reply(other, open.id, `racing reply ${i}`)));
    const answers = await Promise.all(replies.map((post) => hide(racer, { postId: post.id })));
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const [{ n }] = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM member_hides WHERE member_id = $1`, [racer.memberId]);
    expect(n).toBe(HIDE_LIMITS.max);
    await api.db.dataSource.query(`DELETE FROM threads WHERE id = ANY($1::uuid[])`, [filler.map((row) => row.id)]);
  });
});
