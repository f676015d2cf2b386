import type { Client } from 'pg';
import type { Post, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { holdLocks, untilLockWaiters } from '../../test/support/db-locks';
import { registerMember, rest, withRole, type RestResponse, type Session } from '../../test/support/rest-client';
import { emitAck, TestSockets } from '../../test/support/socket-client';
// The worker's processor runs in this process, so a test can stop it inside its transaction; the
// api itself never imports the worker.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ModerationProcessor } from '../../../worker/src/moderation/moderation.processor';

/**
 * Ordinary actions that meet on one post, message or review item: every writer takes the members
 * it names, then the content, then the item, so two of them wait for each other in turn and never
 * in a circle (which PostgreSQL ends by failing one: a moderator's hide or a member's report
 * answered 503, a worker job failed). Each meeting is forced with a third connection holding the
 * row they meet at, and seen waiting before it is let go.
 */
describe('moderation writes keep one lock order (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  const sockets = new TestSockets();

  beforeAll(async () => {
    // Reports are the racing side here, many per member: the hourly budget is not under test.
    api = await startApi('lock_order', { RATE_LIMIT_REPORTS_PER_HOUR: '10000' });
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    sockets.closeAll();
    await api.close();
  });

  const tracked = <T>(promise: Promise<T>) => {
    const state = { settled: false, promise: promise.finally(() => (state.settled = true)) };
    return state;
  };

  const newThread = async (who: Session, title: string, body = 'Some words of mine.'): Promise<Thread> => {
    const made = await rest<Thread>(api, 'POST', '/api/v1/threads', { token: who.token, body: { categorySlug: 'anxiety', title, body } });
    expect(made.status).toBe(201);
    return made.body;
  };

  const status = (response: RestResponse): string => `${response.status} ${(response.body as { error?: { code?: string } } | null)?.error?.code ?? ''}`.trim();

  const flagOf = async (contentId: string): Promise<string> => (await api.db.dataSource.query(`SELECT id FROM flags WHERE content_id = $1 AND status <> 'resolved'`, [contentId]))[0].id;

  const worker = (processor: ModerationProcessor, contentId: string, version: number): Promise<string> =>
    processor
      .process({ name: 'classify', id: `lock-order-${contentId}-${version}`, data: { contentType: 'post', contentId, version } } as never)
      .then((outcome) => `done: ${String(outcome)}`, (error: Error) => `failed: ${error.message}`);

  /** `hold` in a third connection's transaction; `first` started and seen waiting, then `second`; then the hold let go. */
  async function meet<A, B>(hold: (client: Client) => Promise<unknown>, first: () => Promise<A>, second: () => Promise<B>): Promise<[A, B]> {
    const holder = await holdLocks(api, hold);
    try {
      const one = tracked(first());
      await untilLockWaiters(api, 1, 'the first write to wait at the held row');
      const two = tracked(second());
      await untilLockWaiters(api, 2, 'the second write to wait or answer', () => two.settled);
      await holder.release();
      return await Promise.all([one.promise, two.promise]);
    } finally {
      await holder.release();
    }
  }

  /** A reply by `writer` in a new thread, reported once by `reporter`; its post id and item id. */
  async function reportedReply(tag: string): Promise<{ postId: string; flagId: string; thread: Thread }> {
    const writer = await registerMember(api, `Order Writer ${tag}`);
    const reporter = await registerMember(api, `Order Reporter ${tag}`);
    const thread = await newThread(writer, `Reported ${tag}`);
    const reply = await rest<Post>(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: writer.token, body: { body: `A reply people report (${tag}).` } });
    expect(reply.status).toBe(201);
    expect((await rest(api, 'POST', `/api/v1/posts/${reply.body.id}/reports`, { token: reporter.token, body: { reason: 'harassment' } })).status).toBe(201);
    return { postId: reply.body.id, flagId: await flagOf(reply.body.id), thread };
  }

  it('a moderator hides a post while another member reports it: both go through', async () => {
    const { postId, flagId } = await reportedReply('forced');
    const moderator = await withRole(api, await registerMember(api, 'Order Mod Alma'), 'moderator');
    const second = await registerMember(api, 'Order Second Reporter');
    const [hidden, reported] = await meet(
      // A share lock: the moderator's hold on the post waits for it; a report's foreign key does not.
      (holder) => holder.query(`SELECT 1 FROM posts WHERE id = $1 FOR SHARE`, [postId]),
      () => rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'hide' } }),
      () => rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: second.token, body: { reason: 'harassment' } }),
    );
    expect([status(hidden), status(reported)]).toEqual(['200', '201']);
    expect(await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [postId])).toEqual([{ status: 'hidden' }]);
  });

  it('a moderator hides a chat message while another member reports it: both go through', async () => {
    const writer = await registerMember(api, 'Order Chat Writer');
    const first = await registerMember(api, 'Order Chat Reporter');
    const second = await registerMember(api, 'Order Chat Reporter Two');
    const moderator = await withRole(api, await registerMember(api, 'Order Mod Chat'), 'moderator');
    const socket = await sockets.connected(api, writer.token);
    expect(await emitAck(socket, 'room:join', { room: 'lounge' })).toMatchObject({ ok: true });
    const said = await emitAck(socket, 'message:send', { room: 'lounge', body: 'words two people report', clientMsgId: 'lock-order-chat-1' });
    expect(said.ok).toBe(true);
    const messageId = said.id as string;
    expect((await rest(api, 'POST', `/api/v1/rooms/lounge/messages/${messageId}/reports`, { token: first.token, body: { reason: 'harassment' } })).status).toBe(201);
    const flagId = await flagOf(messageId);
    const [hidden, reported] = await meet(
      (holder) => holder.query(`SELECT 1 FROM messages WHERE id = $1 FOR SHARE`, [messageId]),
      () => rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'hide' } }),
      () => rest(api, 'POST', `/api/v1/rooms/lounge/messages/${messageId}/reports`, { token: second.token, body: { reason: 'harassment' } }),
    );
    expect([status(hidden), status(reported)]).toEqual(['200', '201']);
  });

  it('moderators hiding reported posts while more reports arrive, unforced: every request answered, none a 503', async () => {
    const moderator = await withRole(api, await registerMember(api, 'Order Mod Busy'), 'moderator');
    const reporters = await Promise.all([0, 1, 2].map((i) => registerMember(api, `Order Busy Reporter ${i}`)));
    const outcomes = new Set<string>();
    for (let round = 0; round < 8; round++) {
      const { postId, flagId } = await reportedReply(`busy ${round}`);
      const answers = await Promise.all([
        rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'hide' } }).then((response) => `hide ${status(response)}`),
        ...reporters.map((who) => rest(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: who.token, body: { reason: 'harassment' } }).then((response) => `report ${status(response)}`)),
      ]);
      for (const answer of answers) outcomes.add(answer);
    }
    // A report after the hide finds the post no longer shown (404): a refusal, not a failure.
    expect([...outcomes].filter((outcome) => !['hide 200', 'report 201', 'report 404 POST_NOT_FOUND'].includes(outcome))).toEqual([]);
  });

  it('the worker classifying an edited crisis post while a moderator hides it: both go through', async () => {
    const writer = await registerMember(api, 'Order Crisis Writer');
    const moderator = await withRole(api, await registerMember(api, 'Order Mod Bea'), 'moderator');
    const thread = await newThread(writer, 'Tonight', 'I want to end my life tonight. I have the pills ready and I have said goodbye.');
    const postId = thread.firstPost.id;
    const processor = new ModerationProcessor(api.db.dataSource);
    expect(await worker(processor, postId, 1)).toBe('done: classified');
    const flagId = await flagOf(postId);
    const edited = await rest<Post>(api, 'PATCH', `/api/v1/posts/${postId}`, { token: writer.token, body: { body: 'I still want to end my life tonight. I have the pills and a note written.' } });
    expect([edited.status, edited.body.version]).toEqual([200, 2]);
    const [classified, hidden] = await meet(
      (holder) => holder.query(`SELECT 1 FROM posts WHERE id = $1 FOR UPDATE`, [postId]),
      () => worker(processor, postId, 2),
      () => rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'hide' } }),
    );
    expect([classified, status(hidden)]).toEqual(['done: classified', '200']);
  });

  it('a reply quoting a thread opening post while a moderator hides that post: the hide goes through, the reply is taken or told the quote is gone', async () => {
    const starter = await registerMember(api, 'Order Starter');
    const reporter = await registerMember(api, 'Order Opening Reporter');
    const replier = await registerMember(api, 'Order Quoting Replier');
    const moderator = await withRole(api, await registerMember(api, 'Order Mod Cleo'), 'moderator');
    const thread = await newThread(starter, 'A title someone reports', 'An opening post someone reports.');
    const openingId = thread.firstPost.id;
    expect((await rest(api, 'POST', `/api/v1/posts/${openingId}/reports`, { token: reporter.token, body: { reason: 'spam' } })).status).toBe(201);
    const flagId = await flagOf(openingId);
    const [replied, hidden] = await meet(
      (holder) => holder.query(`SELECT 1 FROM threads WHERE id = $1 FOR UPDATE`, [thread.id]),
      () => rest(api, 'POST', `/api/v1/threads/${thread.id}/posts`, { token: replier.token, body: { body: 'Quoting the opening post.', quotePostId: openingId } }),
      () => rest(api, 'POST', `/api/v1/moderation/flags/${flagId}/resolve`, { token: moderator.token, body: { action: 'hide' } }),
    );
    expect(status(hidden)).toBe('200');
    expect(['201', '409 QUOTE_UNAVAILABLE']).toContain(status(replied));
  });

  it('the same post version classified twice at once (a stalled job run again) with a hold: one writes, the other finds it done', async () => {
    await api.db.dataSource.query(`INSERT INTO watched_words (pattern, action) VALUES ('lockorderword', 'hold')`);
    const writer = await registerMember(api, 'Order Held Writer');
    const thread = await newThread(writer, 'Held thread', 'This says lockorderword in it.');
    const postId = thread.firstPost.id;
    const [one, two] = [new ModerationProcessor(api.db.dataSource), new ModerationProcessor(api.db.dataSource)];
    const results = await meet(
      (holder) =>
        holder.query(`INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk) VALUES ('post', $1, 1, false, false, 'none')`, [postId]),
      () => worker(one, postId, 1),
      () => worker(two, postId, 1),
    );
    expect(results.sort()).toEqual(['done: already-classified', 'done: classified']);
    expect(await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [postId])).toEqual([{ status: 'hidden' }]);
  });
});
