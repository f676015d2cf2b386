import { io, type Socket } from 'socket.io-client';
import { emptySafetyPlanSections, type AccountExport, type ErrorBody, type Post, type Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';

const EXPORT_PATH = '/api/v1/me/export';
const EXPORTS_PER_HOUR = 3;

interface RawExport {
  status: number;
  headers: Headers;
  text: string;
}

describe('a member downloads their own data (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    api = await startApi('export', { RATE_LIMIT_EXPORTS_PER_HOUR: String(EXPORTS_PER_HOUR) });
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await api.close();
  });

  /** The file as the browser receives it: the raw text, so "absent" means absent from every byte. */
  const download = async (token?: string): Promise<RawExport> => {
    const response = await fetch(`${api.baseUrl}${EXPORT_PATH}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
    return { status: response.status, headers: response.headers, text: await response.text() };
  };

  const thread = async (who: Session, title: string, body: string) =>
    (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'anxiety', title, body } })).body;
  const reply = async (who: Session, threadId: string, body: string, postAs?: 'alias') =>
    (await rest<Post>(api, 'POST', `/api/v1/threads/${threadId}/posts`, { token: who.token, body: { body, ...(postAs ? { postAs } : {}) } })).body;

  async function say(who: Session, room: string, body: string): Promise<string> {
    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: who.token }, transports: ['websocket'] });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    expect(await socket.timeout(5000).emitWithAck('room:join', { room })).toMatchObject({ ok: true });
    const sent = (await socket.timeout(5000).emitWithAck('message:send', { room, body, clientMsgId: `export-${Date.now()}` })) as { ok: boolean; id: string };
    expect(sent.ok).toBe(true);
    socket.disconnect();
    return sent.id;
  }

  it('holds everything the member wrote, gave and asked for, with the right values, and nothing of anyone else', async () => {
    const writer = await registerMember(api, 'Export Wren');
    const neighbour = await registerMember(api, 'Neighbour Finch');
    const masked = await registerMember(api, 'Masked Badger');

    const started = await thread(writer, 'Export test: my week', 'My **own** words about the week.');
    const aliased = await reply(writer, started.id, 'Written under an alias, still mine.', 'alias');
    expect(aliased.author.displayName).not.toBe('Export Wren');
    const edited = await rest<Post>(api, 'PATCH', `/api/v1/posts/${aliased.id}`, { token: writer.token, body: { body: 'Written under an alias, still mine (edited).' } });
    expect(edited.status).toBe(200);
    const neighbourReply = await reply(neighbour, started.id, 'A reply that is not yours zqxvj');
    const maskedReply = await reply(masked, started.id, 'An aliased reply by someone else pqwmz', 'alias');
    // "Replies to you": both answers are recorded for the writer; they mark the first read.
    const marked = await rest<{ unread: number }>(api, 'POST', '/api/v1/me/replies/read', { token: writer.token, body: { upTo: neighbourReply.id } });
    expect([marked.status, marked.body.unread]).toEqual([200, 1]);
    expect((await rest(api, 'POST', `/api/v1/posts/${neighbourReply.id}/reactions`, { token: writer.token, body: { kind: 'hug' } })).status).toBe(201);
    expect((await rest(api, 'POST', `/api/v1/posts/${maskedReply.id}/reports`, { token: writer.token, body: { reason: 'harassment', note: 'This one stung.' } })).status).toBe(201);
    expect((await rest(api, 'POST', '/api/v1/me/hidden-members', { token: writer.token, body: { postId: maskedReply.id } })).status).toBe(201);
    const messageId = await say(writer, 'lounge', 'Hello from the lounge, my words.');
    await say(neighbour, 'lounge', 'Someone else in the lounge kxqwv');
    const sections = { ...emptySafetyPlanSections(), people: ['Aunt Marisol 555 010 0199'], reasonsToLive: ['Walking Pepper at dawn'] };
    expect((await rest(api, 'PUT', '/api/v1/me/safety-plan', { token: writer.token, body: { sections, baseUpdatedAt: null } })).status).toBe(200);

    // What moderation did about them: a warning they were shown, a mute, a crisis notice they
    // answered by asking for a moderator; and what they never saw: the moderator's note.
    await api.db.dataSource.query(`INSERT INTO member_warnings (member_id, message) VALUES ($1, 'Please keep it kind in the lounge.')`, [writer.memberId]);
    const mutedUntil = new Date(Date.now() + 3_600_000);
    await api.db.dataSource.query(`UPDATE members SET muted_until = $2 WHERE id = $1`, [writer.memberId, mutedUntil]);
    const [notice]: Array<{ id: string }> = await api.db.dataSource.query(
      `INSERT INTO crisis_notices (member_id, content_type, content_id, risk) VALUES ($1, 'post', $2, 'high') RETURNING id`,
      [writer.memberId, started.firstPost.id],
    );
    expect((await rest(api, 'POST', '/api/v1/me/support-requests', { token: writer.token, body: { noticeId: notice.id } })).status).toBe(201);
    await api.db.dataSource.query(`UPDATE flags SET resolution = 'MODNOTE internal: watch this one' WHERE content_type = 'member' AND content_id = $1`, [writer.memberId]);

    const renamedAt = [new Date(Date.now() - 3 * 86_400_000), new Date(Date.now() - 86_400_000)];
    await api.db.dataSource.query(`UPDATE members SET name_changed_at = ARRAY[$3::timestamptz, $2::timestamptz] WHERE id = $1`, [writer.memberId, ...renamedAt]);

    const file = await download(writer.token);
    expect(file.status).toBe(200);
    const document = JSON.parse(file.text) as AccountExport;

    expect(file.headers.get('content-type')).toMatch(/^application\/json/);
    expect(file.headers.get('cache-control')).toBe('no-store');
    expect(file.headers.get('content-disposition')).toBe(`attachment; filename="lantern-export-${document.exportedAt.slice(0, 10)}.json"`);
    expect(document.format).toBe('lantern-account-export/1');
    expect(Math.abs(Date.parse(document.exportedAt) - Date.now())).toBeLessThan(60_000);

    expect(document.account).toMatchObject({ pseudonym: 'Export Wren', role: 'member', region: null, preferences: {}, nameChangedAt: renamedAt.map((at) => at.toISOString()) });
    expect(document.threads).toEqual([
      {
        id: started.id,
        title: 'Export test: my week',
        category: { slug: 'anxiety', name: expect.any(String) },
        contentWarning: null,
        status: 'visible',
        alias: null,
        createdAt: started.createdAt,
      },
    ]);
    expect(document.posts.map((post) => [post.id, post.body, post.alias, post.thread.id, post.thread.title, post.category.slug, post.status, post.editedAt])).toEqual([
      [started.firstPost.id, 'My **own** words about the week.', null, started.id, 'Export test: my week', 'anxiety', 'visible', null],
      [aliased.id, 'Written under an alias, still mine (edited).', aliased.author.displayName, started.id, 'Export test: my week', 'anxiety', 'visible', expect.any(String)],
    ]);
    // What an edit replaced is theirs too (moderators keep it).
    expect(document.posts.map((post) => post.earlierVersions)).toEqual([[], [{ version: 1, body: 'Written under an alias, still mine.', writtenAt: aliased.createdAt }]]);
    expect(document.chatMessages).toEqual([{ id: messageId, room: 'lounge', body: 'Hello from the lounge, my words.', status: 'visible', createdAt: expect.any(String) }]);
    expect(document.reactions).toEqual([{ postId: neighbourReply.id, kind: 'hug', createdAt: expect.any(String) }]);
    expect(document.follows.map((follow) => follow.threadId)).toEqual([started.id]);
    expect(document.reports).toEqual([{ contentType: 'post', contentId: maskedReply.id, reason: 'harassment', note: 'This one stung.', createdAt: expect.any(String) }]);
    // With their read state; the reply by someone they hid since is still recorded (ids only).
    expect(document.repliesToYou).toEqual([
      { postId: neighbourReply.id, threadId: started.id, kind: 'reply', createdAt: neighbourReply.createdAt, readAt: expect.any(String) },
      { postId: maskedReply.id, threadId: started.id, kind: 'reply', createdAt: maskedReply.createdAt, readAt: null },
    ]);
    expect(document.hiddenMembers).toEqual([
      { id: expect.any(String), displayName: maskedReply.author.displayName, thread: { id: started.id, title: 'Export test: my week' }, createdAt: expect.any(String), renamedSince: false },
    ]);
    expect(document.moderation.warnings).toEqual([{ kind: 'warning', message: 'Please keep it kind in the lounge.', createdAt: expect.any(String), seenAt: null }]);
    expect(document.moderation).toMatchObject({ mutedUntil: mutedUntil.toISOString(), suspendedUntil: null });
    expect(document.crisisSupport.notices).toEqual([
      {
        createdAt: expect.any(String),
        concern: 'self',
        contentType: 'post',
        contentId: started.firstPost.id,
        closedAt: null,
        closedHow: null,
        moderatorAskedAt: expect.any(String),
      },
    ]);
    expect(document.crisisSupport.requests).toEqual([{ askedAt: expect.any(String), askedFor: 'moderator' }]);
    // Nothing put them on the queue without their asking.
    expect(document.crisisSupport.moderatorsTold).toEqual([]);
    expect(document.safetyPlan).toEqual({ status: 'included', updatedAt: expect.any(String), sections });

    // Nothing of anyone else: their words, their ids, the pseudonym behind an alias, moderators' notes, the classifier's view.
    for (const absent of ['zqxvj', 'pqwmz', 'kxqwv', 'Neighbour Finch', 'Masked Badger', neighbour.memberId, masked.memberId, 'MODNOTE', '"risk"']) {
      expect([absent, file.text.includes(absent)]).toEqual([absent, false]);
    }
  });

  it("names someone else's thread only while it is up, in the posts and the hides; the member's own always", async () => {
    const writer = await registerMember(api, 'Export Linnet');
    const starter = await registerMember(api, 'Thread Starter Ouzel');
    const masked = await registerMember(api, 'Masked Stoat');
    const theirs = await thread(starter, 'Call me on 555 0177 qwfpg', 'A thread a moderator takes down.');
    const mine = await thread(writer, 'My own thread, taken down', 'Mine all the same.');
    const answer = await reply(writer, theirs.id, 'An answer of mine, in their thread.');
    const aliased = await reply(masked, theirs.id, 'An aliased reply I hide.', 'alias');
    expect((await rest(api, 'POST', '/api/v1/me/hidden-members', { token: writer.token, body: { postId: aliased.id } })).status).toBe(201);
    const read = async () => JSON.parse((await download(writer.token)).text) as AccountExport;

    const before = await read();
    expect(before.posts.find((post) => post.id === answer.id)?.thread.title).toBe('Call me on 555 0177 qwfpg');
    expect(before.hiddenMembers.map((hidden) => hidden.thread?.title)).toEqual(['Call me on 555 0177 qwfpg']);

    await api.db.dataSource.query(`UPDATE threads SET status = 'removed' WHERE id = ANY($1::uuid[])`, [[theirs.id, mine.id]]);
    const after = await read();
    expect(after.posts.map((post) => [post.thread.id, post.thread.title])).toEqual([
      [mine.id, 'My own thread, taken down'],
      [theirs.id, null],
    ]);
    expect(after.hiddenMembers.map((hidden) => hidden.thread)).toEqual([{ id: theirs.id, title: '' }]);
    expect(JSON.stringify(after)).not.toContain('qwfpg');
  });

  it('is for signed-in accounts of every role, and refuses anonymous callers', async () => {
    const anonymous = await download();
    expect([anonymous.status, (JSON.parse(anonymous.text) as ErrorBody).error.code]).toEqual([401, 'UNAUTHENTICATED']);
    const moderator = await withRole(api, await registerMember(api, 'Export Kestrel'), 'moderator');
    const file = await download(moderator.token);
    expect(file.status).toBe(200);
    const document = JSON.parse(file.text) as AccountExport;
    expect(document.account).toMatchObject({ pseudonym: 'Export Kestrel', role: 'moderator' });
    expect(document.safetyPlan).toEqual({ status: 'none' });
    expect(document.posts).toEqual([]);
    expect(document.repliesToYou).toEqual([]);
  });

  it(`answers 429 RATE_LIMITED with Retry-After after ${EXPORTS_PER_HOUR} exports an hour, for that member only`, async () => {
    const member = await registerMember(api);
    for (let i = 0; i < EXPORTS_PER_HOUR; i++) expect((await download(member.token)).status).toBe(200);
    const refused = await download(member.token);
    expect(refused.status).toBe(429);
    const body = JSON.parse(refused.text) as ErrorBody;
    expect(body.error.code).toBe('RATE_LIMITED');
    expect(body.error.message).toMatch(/paused new downloads/);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    expect((body.error.details as { retryAfterSeconds: number }).retryAfterSeconds).toBe(retryAfter);
    expect((await download((await registerMember(api)).token)).status).toBe(200);
  });

  it('names a safety plan the key cannot open instead of failing the export', async () => {
    const owner = await registerMember(api);
    const member = await registerMember(api);
    await rest(api, 'PUT', '/api/v1/me/safety-plan', { token: owner.token, body: { sections: { ...emptySafetyPlanSections(), people: ['Jo'] }, baseUpdatedAt: null } });
    // Sealed for another member: it cannot be opened as this one's, as with a changed key.
    await api.db.dataSource.query(`INSERT INTO safety_plans (member_id, ciphertext, iv, tag, updated_at) SELECT $2, ciphertext, iv, tag, updated_at FROM safety_plans WHERE member_id = $1`, [
      owner.memberId,
      member.memberId,
    ]);
    const file = await download(member.token);
    expect(file.status).toBe(200);
    const document = JSON.parse(file.text) as AccountExport;
    expect(document.safetyPlan).toEqual({ status: 'unreadable', message: expect.stringMatching(/kept safe and nothing has been lost/) });
  });

  it('gives an erased account nothing, though its access token has not expired yet', async () => {
    const member = await registerMember(api);
    await thread(member, 'Export test: before leaving', 'Words left behind.');
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: member.token })).status).toBe(204);
    const refused = await download(member.token);
    expect([refused.status, (JSON.parse(refused.text) as ErrorBody).error.code]).toEqual([401, 'SESSION_ENDED']);
    expect(refused.text).not.toContain('Words left behind');
  });
});
