import type { Post, Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { dropQueueKeys } from '@lantern/db/testing';
import { closeQueue, createBullConnection, createModerationQueue } from '@lantern/queue';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { supportSignals } from '../../test/support/moderation-queue';
import { registerMember, rest, type Session } from '../../test/support/rest-client';
import { emitAck, TestSockets } from '../../test/support/socket-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

const IN_CRISIS = 'I can’t do this any more, I want to die tonight';

/**
 * Redis restarted without its data (or failed over to a replica behind it) after the outbox had
 * handed it the jobs and let go of them: the words are stored, and nothing is left to read them.
 */
describe('words whose job Redis lost are read all the same (real PostgreSQL, Redis, worker)', () => {
  const sockets = new TestSockets();
  let api: ApiHarness;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    api = await startApi('lost-jobs');
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    sockets.closeAll();
    worker?.child.kill('SIGKILL');
    await worker?.exited;
    await api.close();
  });

  const workerEnv = (more: Record<string, string> = {}) => ({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, ...more });
  const stopWorker = async () => {
    worker?.child.kill('SIGTERM');
    await worker?.exited;
    worker = undefined;
  };
  const workerTail = () => worker?.output().slice(-600) ?? 'no worker';
  const newThread = async (member: Session, title: string, body: string) => {
    const thread = await rest<Thread>(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'depression', title, body } });
    expect(thread.status).toBe(201);
    const posts = await rest<{ items: Post[] }>(api, 'GET', `/api/v1/threads/${thread.body.id}/posts`, { token: member.token });
    return posts.body.items[0].id;
  };
  const results = (contentId: string): Promise<Array<{ crisis: boolean }>> => api.db.dataSource.query(`SELECT crisis FROM moderation_results WHERE content_id = $1`, [contentId]);
  const outboxEmpty = () => waitFor(async () => (await api.db.dataSource.query(`SELECT 1 FROM outbox_events`)).length === 0, 10_000, 'the outbox relayed');

  it('queues again, once a worker looks, a post, a chat message, a report’s note and withheld words nothing has read; words already read are not read again', async () => {
    // Read before the loss, by a worker as it runs in production.
    const calm = await registerMember(api, 'Calm Lapwing');
    const readBefore = await newThread(calm, 'A quiet evening', 'Made tea and read for an hour, felt fine.');
    worker = startWorker(workerEnv());
    await waitFor(async () => (await results(readBefore)).length === 1, 20_000, `the first post read (worker: ${workerTail()})`);
    await stopWorker();

    // With no worker running: a crisis post, a crisis chat message, a report whose note is the
    // reporter's own crisis, and words of crisis from a muted member. Each job reaches Redis…
    const writer = await registerMember(api, 'Lost Words Writer');
    const crisisPost = await newThread(writer, 'Tonight', IN_CRISIS);
    const chatter = await registerMember(api, 'Lost Words Chatter');
    const socket = await sockets.connected(api, chatter.token);
    expect((await emitAck(socket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    const sent = await emitAck(socket, 'message:send', { room: 'lounge', body: IN_CRISIS, clientMsgId: 'lost-1' });
    expect(sent.ok).toBe(true);
    const reporter = await registerMember(api, 'Lost Words Reporter');
    const report = await rest<{ id: string }>(api, 'POST', `/api/v1/posts/${readBefore}/reports`, {
      token: reporter.token,
      body: { reason: 'other', note: 'Not about the post. I want to die tonight and I have nobody.' },
    });
    expect(report.status).toBe(201);
    const muted = await registerMember(api, 'Lost Words Muted');
    await api.db.dataSource.query(`UPDATE members SET muted_until = now() + interval '1 hour' WHERE id = $1`, [muted.memberId]);
    const mutedSocket = await sockets.connected(api, muted.token);
    expect((await emitAck(mutedSocket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    expect((await emitAck(mutedSocket, 'message:send', { room: 'lounge', body: IN_CRISIS, clientMsgId: 'lost-2' })).error?.code).toBe('MUTED');
    // A crisis message its writer deleted straight after (said too much), and a crisis post from
    // five hours back (the worker was away that long): both still to be read.
    const regret = await emitAck(socket, 'message:send', { room: 'lounge', body: `${IN_CRISIS}, sorry, forget it`, clientMsgId: 'lost-3' });
    expect(regret.ok).toBe(true);
    expect((await rest(api, 'DELETE', `/api/v1/rooms/lounge/messages/${regret.id}`, { token: chatter.token })).status).toBe(204);
    const earlier = await newThread(writer, 'Earlier today', `${IN_CRISIS}. I wrote this hours ago.`);
    await outboxEmpty();
    await api.db.dataSource.query(`UPDATE posts SET created_at = now() - interval '5 hours', updated_at = now() - interval '5 hours' WHERE id = $1`, [earlier]);

    // …and Redis loses them.
    await dropQueueKeys(api.env.QUEUE_PREFIX, api.env.REDIS_URL);
    const queue = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'lost-jobs-reader'), api.env.QUEUE_PREFIX);
    try {
      expect(await queue.getJobCountByTypes('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed')).toBe(0);

      worker = startWorker(workerEnv({ LOST_JOBS_AFTER_SECONDS: '1' }));
      await waitFor(async () => (await results(crisisPost)).length === 1 && (await results(sent.id ?? '')).length === 1, 30_000, `the lost words read (worker: ${workerTail()})`);
      expect(await results(crisisPost)).toEqual([{ crisis: true }]);
      expect(await results(sent.id ?? '')).toEqual([{ crisis: true }]);
      await waitFor(async () => (await results(earlier)).length === 1 && (await results(regret.id ?? '')).length === 1, 20_000, `the older and the deleted words read (worker: ${workerTail()})`);
      expect(await results(earlier)).toEqual([{ crisis: true }]);
      expect(await results(regret.id ?? '')).toEqual([{ crisis: true }]);
      // The writers are offered help, and moderators have the items.
      const notices: Array<{ member_id: string; content_type: string }> = await api.db.dataSource.query(
        `SELECT member_id, content_type FROM crisis_notices WHERE member_id = ANY($1::uuid[]) ORDER BY content_type`,
        [[writer.memberId, chatter.memberId]],
      );
      // Each of the four words of crisis offers its writer help, the deleted message's too.
      expect(notices).toEqual([
        { member_id: chatter.memberId, content_type: 'message' },
        { member_id: chatter.memberId, content_type: 'message' },
        { member_id: writer.memberId, content_type: 'post' },
        { member_id: writer.memberId, content_type: 'post' },
      ]);
      const flagged: Array<{ content_id: string }> = await api.db.dataSource.query(`SELECT content_id FROM flags WHERE content_id = ANY($1::uuid[]) ORDER BY content_type`, [[crisisPost, sent.id]]);
      expect(flagged.map((flag) => flag.content_id)).toEqual([sent.id, crisisPost]);
      // The note and the withheld words are read too: their writers are on the moderators' queue.
      await waitFor(async () => (await supportSignals(api, reporter.memberId, 'crisis_in_report_note')) === 1, 20_000, `the report's note read (worker: ${workerTail()})`);
      await waitFor(async () => (await supportSignals(api, muted.memberId, 'crisis_in_withheld_words')) === 1, 20_000, `the withheld words read (worker: ${workerTail()})`);
      expect(await api.db.dataSource.query(`SELECT 1 FROM withheld_words WHERE member_id = $1`, [muted.memberId])).toEqual([]);

      // What was read before the loss is not queued again: no job for it, one result.
      expect(await queue.getJob(`post-${readBefore}-v1`)).toBeUndefined();
      expect(await results(readBefore)).toEqual([{ crisis: false }]);
      // A later round finds nothing left, and queues nothing twice.
      const read: Array<{ n: number }> = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM moderation_results WHERE content_id = ANY($1::uuid[])`, [[crisisPost, sent.id, earlier, regret.id]]);
      expect(read).toEqual([{ n: 4 }]);
      expect(worker.output()).toContain('queued again what nothing had read');
    } finally {
      await closeQueue(queue);
    }
  });
});
