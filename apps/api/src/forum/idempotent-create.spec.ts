import { seedDemoData } from '@lantern/db';
import type { Post, Thread } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { changeBehindTokens, registerMember, rest, type RestResponse, type Session } from '../../test/support/rest-client';

interface ErrorResponse {
  error: { code: string; message: string; details?: unknown };
}

/** Few enough that a repeat counted as a post would be refused within one test. */
const POSTS_PER_MINUTE = 4;

describe('creating threads and replies with a clientPostId (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  let members = 0;

  beforeAll(async () => {
    api = await startApi('idempotent', { RATE_LIMIT_POSTS_PER_MINUTE: String(POSTS_PER_MINUTE) });
    await seedDemoData(api.db.dataSource);
    // Outbox rows leave the table once relayed: every row written is also noted here, so the test
    // counts what was written, not what the relay has not taken yet.
    await api.db.dataSource.query(`CREATE TABLE outbox_written (content_id text)`);
    await api.db.dataSource.query(
      `CREATE FUNCTION note_outbox_written() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO outbox_written VALUES (NEW.payload->>'contentId'); RETURN NEW; END $$`,
    );
    await api.db.dataSource.query(`CREATE TRIGGER note_outbox_written AFTER INSERT ON outbox_events FOR EACH ROW EXECUTE FUNCTION note_outbox_written()`);
  });

  afterAll(async () => {
    await api.close();
  });

  // A member of their own per test: each has a posting budget of POSTS_PER_MINUTE.
  const member = () => registerMember(api, `Idempotent Writer ${++members}`);
  const newThread = (who: Session, body: Record<string, unknown>) =>
    rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'anxiety', title: 'Nights are long', body: 'I cannot sleep before exams.', ...body } });
  const reply = (who: Session, threadId: string, body: Record<string, unknown>) => rest<Post>(api, 'POST', `/api/v1/threads/${threadId}/posts`, { token: who.token, body });
  const startedThread = async () => (await newThread(await member(), {})).body;
  const count = async (sql: string, parameters: unknown[]) => ((await api.db.dataSource.query(sql, parameters)) as Array<{ n: number }>)[0].n;
  const postsIn = (threadId: string) => count(`SELECT count(*)::int AS n FROM posts WHERE thread_id = $1`, [threadId]);
  const outboxRowsFor = (contentId: string) => count(`SELECT count(*)::int AS n FROM outbox_written WHERE content_id = $1`, [contentId]);
  const codeOf = (response: RestResponse<unknown>) => [response.status, (response.body as ErrorResponse).error?.code];

  it('answers a repeated reply with the reply stored the first time: one post, one outbox row, one notice to the thread starter', async () => {
    const thread = await startedThread();
    const writer = await member();
    const words = { body: 'Exams passed. So will this night.', clientPostId: 'draft-1' };
    const first = await reply(writer, thread.id, words);
    const again = await reply(writer, thread.id, words);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(again.body).toMatchObject({ threadId: thread.id, author: { isYou: true }, body: words.body });
    expect(await postsIn(thread.id)).toBe(2);
    expect(await outboxRowsFor(first.body.id)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_written o JOIN posts p ON p.id::text = o.content_id WHERE p.thread_id = $1`, [thread.id])).toBe(2);
    expect(await count(`SELECT count(*)::int AS n FROM reply_notices WHERE thread_id = $1`, [thread.id])).toBe(1);
    const [{ reply_count }] = await api.db.dataSource.query(`SELECT reply_count FROM threads WHERE id = $1`, [thread.id]);
    expect(reply_count).toBe(1);
  });

  it('answers a repeated new thread with the thread stored the first time, and a repeat costs no posting budget', async () => {
    const writer = await member();
    const words = { title: 'First week at a new job', body: 'Everyone seems to know each other already.', contentWarning: 'work stress', clientPostId: 'thread-draft' };
    const answers = [];
    // More repeats than the budget allows posts: each is answered, none is counted.
    for (let i = 0; i <= POSTS_PER_MINUTE; i++) answers.push(await newThread(writer, words));
    expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 201));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(answers[answers.length - 1].body).toMatchObject({ title: words.title, contentWarning: 'work stress', firstPost: { id: answers[0].body.firstPost.id } });
    expect(await count(`SELECT count(*)::int AS n FROM threads WHERE author_id = $1`, [writer.memberId])).toBe(1);
    expect(await outboxRowsFor(answers[0].body.firstPost.id)).toBe(1);
    // Only the one thread was counted: the rest of the budget is still there for new posts.
    for (let i = 1; i < POSTS_PER_MINUTE; i++) expect((await reply(writer, answers[0].body.id, { body: `Update ${i}` })).status).toBe(201);
  });

  it('stores one reply and one thread when the same request arrives several times at once, and the copies cost no posting budget', async () => {
    const thread = await startedThread();
    const writer = await member();
    const words = { body: 'Sent from a train going through tunnels.', clientPostId: 'in-flight-reply' };
    const replies = await Promise.all([reply(writer, thread.id, words), reply(writer, thread.id, words), reply(writer, thread.id, words)]);
    expect(replies.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(new Set(replies.map((answer) => answer.body.id)).size).toBe(1);
    expect(await postsIn(thread.id)).toBe(2);
    expect(await outboxRowsFor(replies[0].body.id)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM reply_notices WHERE thread_id = $1`, [thread.id])).toBe(1);
    // One post was counted, not three: the rest of the budget is there for new words, and no more.
    for (let i = 1; i < POSTS_PER_MINUTE; i++) expect((await reply(writer, thread.id, { body: `Out of the tunnel ${i}` })).status).toBe(201);
    expect(codeOf(await reply(writer, thread.id, { body: 'One more than the budget.' }))).toEqual([429, 'RATE_LIMITED']);

    const starter = await member();
    const opening = { title: 'Tunnels again', body: 'The signal keeps dropping.', clientPostId: 'in-flight-thread' };
    const threads = await Promise.all([newThread(starter, opening), newThread(starter, opening), newThread(starter, opening)]);
    expect(threads.map((answer) => answer.status)).toEqual([201, 201, 201]);
    expect(new Set(threads.map((answer) => answer.body.id)).size).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM threads WHERE author_id = $1`, [starter.memberId])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM thread_follows WHERE member_id = $1`, [starter.memberId])).toBe(1);
    expect(await outboxRowsFor(threads[0].body.firstPost.id)).toBe(1);
  });

  it('keeps one member and their clientPostId apart from another member using the same id', async () => {
    const thread = await startedThread();
    const [one, other] = [await member(), await member()];
    const first = await reply(one, thread.id, { body: 'Same words, different people.', clientPostId: 'shared-id' });
    const second = await reply(other, thread.id, { body: 'Same words, different people.', clientPostId: 'shared-id' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body.id).not.toBe(first.body.id);
    expect(second.body.author.isYou).toBe(true);
    expect(await postsIn(thread.id)).toBe(3);
  });

  it('refuses the same clientPostId on other words, another thread or as a thread with 409 CLIENT_POST_ID_REUSED, storing nothing', async () => {
    const thread = await startedThread();
    const elsewhere = await startedThread();
    const writer = await member();
    const stored = await reply(writer, thread.id, { body: 'The first words.', clientPostId: 'one-draft' });
    expect(stored.status).toBe(201);
    const otherWords = await reply(writer, thread.id, { body: 'The first words, edited.', clientPostId: 'one-draft' });
    expect(codeOf(otherWords)).toEqual([409, 'CLIENT_POST_ID_REUSED']);
    expect((otherWords.body as unknown as ErrorResponse).error.details).toEqual({ postId: stored.body.id, threadId: thread.id });
    expect(codeOf(await reply(writer, thread.id, { body: 'The first words.', clientPostId: 'one-draft', postAs: 'alias' }))).toEqual([409, 'CLIENT_POST_ID_REUSED']);
    expect(codeOf(await reply(writer, elsewhere.id, { body: 'The first words.', clientPostId: 'one-draft' }))).toEqual([409, 'CLIENT_POST_ID_REUSED']);
    expect(codeOf(await newThread(writer, { body: 'The first words.', clientPostId: 'one-draft' }))).toEqual([409, 'CLIENT_POST_ID_REUSED']);
    expect(await postsIn(thread.id)).toBe(2);
    expect(await postsIn(elsewhere.id)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM threads WHERE author_id = $1`, [writer.memberId])).toBe(0);

    const empty = await reply(writer, thread.id, { body: 'No id at all.', clientPostId: '' });
    expect(codeOf(empty)).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('judges a retry afresh when the first attempt was refused while posting was paused', async () => {
    const thread = await startedThread();
    const writer = await member();
    const words = { body: 'Written while paused, kept as a draft.', clientPostId: 'paused-draft' };
    await changeBehindTokens(api, `UPDATE members SET suspended_until = now() + interval '1 hour' WHERE id = $1`, [writer.memberId]);
    expect(codeOf(await reply(writer, thread.id, words))).toEqual([403, 'SANCTIONED']);
    expect(await postsIn(thread.id)).toBe(1);
    await changeBehindTokens(api, `UPDATE members SET suspended_until = NULL WHERE id = $1`, [writer.memberId]);
    const retried = await reply(writer, thread.id, words);
    expect(retried.status).toBe(201);
    expect(await postsIn(thread.id)).toBe(2);
    expect(await outboxRowsFor(retried.body.id)).toBe(1);
  });

  it('still stores every post sent without a clientPostId, as older clients expect', async () => {
    const thread = await startedThread();
    const writer = await member();
    expect((await reply(writer, thread.id, { body: 'Twice on purpose.' })).status).toBe(201);
    expect((await reply(writer, thread.id, { body: 'Twice on purpose.' })).status).toBe(201);
    expect(await postsIn(thread.id)).toBe(3);
  });
});
