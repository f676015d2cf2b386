import { Queue } from 'bullmq';
import type { QueueItem, QueueItemDetail } from '@lantern/contracts';
import { Client, type Pool } from 'pg';
import { closeQueue, createBullConnection, createModerationQueue, createModerationWorker } from '@lantern/queue';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { classify, DUE_MINUTES, SECOND_OPINION_PRIORITY } from '@lantern/moderation';
import { secondOpinionWords } from '@lantern/moderation/server';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { holdLocks, lockWaiters, untilLockWaiters } from '../../test/support/db-locks';
import { registerMember, rest, withRole } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';
import { CLAIM_SQL, moderationJobs, OutboxRelayService, RelayPace } from './outbox-relay.service';
import { OutboxService } from './outbox.service';

/** Writes a post (the opening post of a thread of its own) and its outbox row in one transaction, as the forum does. */
async function writePost(api: ApiHarness, body: string, authorId: string | null = null, title = 'pipeline test'): Promise<string> {
  const dataSource = api.app.get<DataSource>(DATA_SOURCE);
  const outbox = api.app.get(OutboxService);
  return dataSource.transaction(async (manager) => {
    const [thread]: Array<{ id: string }> = await manager.query(
      `INSERT INTO threads (category_id, title) SELECT id, $1 FROM categories LIMIT 1 RETURNING id`,
      [title],
    );
    const [post]: Array<{ id: string }> = await manager.query(`INSERT INTO posts (thread_id, body, author_id) VALUES ($1, $2, $3) RETURNING id`, [
      thread.id,
      body,
      authorId,
    ]);
    await outbox.recordModeration(manager, { contentType: 'post', contentId: post.id, version: 1 });
    return post.id;
  });
}

async function results(api: ApiHarness): Promise<Array<{ content_id: string; crisis: boolean; risk: string; n: number }>> {
  return api.app
    .get<DataSource>(DATA_SOURCE)
    .query(`SELECT content_id, bool_or(crisis) AS crisis, max(risk) AS risk, count(*)::int AS n FROM moderation_results GROUP BY content_id`);
}

describe('api → outbox → BullMQ → worker (real PostgreSQL, Redis and worker process)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess | undefined;
  let inspector: Queue;

  beforeEach(async () => {
    api = await startApi('pipeline');
    await api.db.dataSource.query(`INSERT INTO categories (slug, name) VALUES ('test', 'Test')`);
    inspector = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'test-inspector'), api.env.QUEUE_PREFIX);
  });

  afterEach(async () => {
    if (worker) {
      worker.child.kill('SIGKILL');
      await worker.exited;
      worker = undefined;
    }
    await inspector.obliterate({ force: true }).catch(() => undefined);
    await closeQueue(inspector);
    await api.close();
  });

  const workerEnv = () => ({
    DATABASE_URL: api.env.DATABASE_URL,
    REDIS_URL: api.env.REDIS_URL,
    QUEUE_PREFIX: api.env.QUEUE_PREFIX,
    WORKER_CONCURRENCY: '2',
  });

  it('enqueues from the api and the worker classifies the post, with ids only in the job', async () => {
    const postId = await writePost(api, 'I want to end my life tonight, I have the pills ready');
    api.app.get(OutboxRelayService).kick();
    const job = await waitFor(async () => (await inspector.getJobs(['waiting', 'active', 'completed']))[0], 10_000, 'the relayed job');
    expect(job.id).toBe(`post-${postId}-v1`);
    expect(job.data).toEqual({ contentType: 'post', contentId: postId, version: 1 });
    expect(JSON.stringify(job.data)).not.toContain('pills');

    worker = startWorker(workerEnv());
    const [row] = await waitFor(async () => {
      const rows = await results(api);
      return rows.length ? rows : undefined;
    }, 30_000, `the worker to classify (worker output: ${worker.output().slice(-500)})`);
    expect(row).toMatchObject({ content_id: postId, crisis: true, n: 1 });
    // Relaying deleted the row: what is left in the outbox is only what still has to go.
    expect(await api.db.dataSource.query(`SELECT id FROM outbox_events`)).toEqual([]);
  });

  it('applies the policy: crisis is flagged and its author offered help, hidden only from others when it threatens someone; severe harm is hidden; the ordinary passes', async () => {
    const [{ id: author }] = await api.db.dataSource.query(`INSERT INTO members (pseudonym) VALUES ('Pipeline Author') RETURNING id`);
    const crisis = await writePost(api, 'I want to end my life tonight. I have the pills ready and I have said goodbye.', author);
    const worried = await writePost(api, 'My best friend told me she wants to kill herself and I do not know what to do.', author);
    const incitement = await writePost(api, 'nobody wants you here, kys', author);
    const ordinary = await writePost(api, 'Went for a walk and made soup. Small wins.', author);
    const threatening = await writePost(api, 'I will kill you and then myself', author);
    worker = startWorker(workerEnv());
    await waitFor(async () => (await results(api)).length === 5, 30_000, `five results (worker output: ${worker?.output().slice(-500)})`);

    const flags: Array<{ content_id: string; kind: string; priority: number; risk: string; status: string; due_minutes: number }> = await api.db.dataSource.query(
      `SELECT content_id, kind, priority, risk, status, round(extract(epoch FROM due_at - created_at) / 60)::int AS due_minutes FROM flags`,
    );
    const flagOf = (id: string) => flags.find((flag) => flag.content_id === id);
    expect(flagOf(crisis)).toMatchObject({ kind: 'crisis', status: 'open' });
    expect(['high', 'imminent']).toContain(flagOf(crisis)?.risk);
    expect(flagOf(crisis)?.due_minutes).toBeLessThanOrEqual(10);
    expect(flagOf(worried)).toMatchObject({ kind: 'crisis' });
    expect(flagOf(incitement)).toMatchObject({ kind: 'harm', due_minutes: 15 });
    expect(flagOf(ordinary)).toBeUndefined();
    expect(flagOf(crisis)!.priority).toBeGreaterThan(flagOf(incitement)!.priority);
    // Someone's life threatened and the writer's own: a crisis, due as one, kept from the others.
    expect(flagOf(threatening)).toMatchObject({ kind: 'crisis', risk: 'high', due_minutes: 10 });

    const statuses: Array<{ id: string; status: string }> = await api.db.dataSource.query(`SELECT id, status FROM posts`);
    const statusOf = (id: string) => statuses.find((row) => row.id === id)?.status;
    expect([statusOf(crisis), statusOf(worried), statusOf(incitement), statusOf(ordinary), statusOf(threatening)]).toEqual(['visible', 'visible', 'hidden', 'visible', 'hidden']);

    const notices: Array<{ content_id: string; for_other: boolean; member_id: string }> = await api.db.dataSource.query(
      `SELECT content_id, for_other, member_id FROM crisis_notices ORDER BY for_other`,
    );
    expect(notices).toEqual(
      expect.arrayContaining([
        { content_id: crisis, for_other: false, member_id: author },
        { content_id: threatening, for_other: false, member_id: author },
        { content_id: worried, for_other: true, member_id: author },
      ]),
    );
    expect(notices).toHaveLength(3);
    const [signal] = await api.db.dataSource.query(`SELECT s.source, s.content_version, s.evidence FROM flag_signals s JOIN flags f ON f.id = s.flag_id WHERE f.content_id = $1`, [crisis]);
    expect(signal).toMatchObject({ source: 'classifier', content_version: 1 });
    expect(signal.evidence.length).toBeGreaterThan(0);
    expect(JSON.stringify(signal.evidence)).not.toContain('pills');
  });

  it('sends words only the learned second opinion reads as crisis to a person, after every crisis the lists read, and does nothing else to them or their writer', async () => {
    const [{ id: author }] = await api.db.dataSource.query(`INSERT INTO members (pseudonym) VALUES ('Second Opinion Author') RETURNING id`);
    // Words the lexicon does not read (checked here, so a lexicon that learns them says why this fails).
    const unlisted = 'im done trying guys this is it for me';
    expect(classify(unlisted).crisis).toBe(false);
    const guessed = await writePost(api, unlisted, author);
    const ordinary = await writePost(api, 'Went for a walk and made soup. Small wins.', author);
    const crisis = await writePost(api, 'I want to end my life tonight. I have the pills ready and I have said goodbye.', author);
    // The same words as a thread's title, above calm ones: read apart, the heading is what the model reads as crisis.
    const underHeading = await writePost(api, 'Went for a walk and made soup. Small wins.', author, unlisted);
    worker = startWorker(workerEnv());
    await waitFor(async () => (await results(api)).length === 4, 30_000, `four results (worker output: ${worker?.output().slice(-500)})`);

    const flags: Array<{ id: string; content_id: string; kind: string; priority: number; risk: string; due_minutes: number }> = await api.db.dataSource.query(
      `SELECT id, content_id, kind, priority, risk, round(extract(epoch FROM due_at - created_at) / 60)::int AS due_minutes FROM flags`,
    );
    const flagOf = (id: string) => flags.find((flag) => flag.content_id === id);
    expect(flagOf(guessed)).toMatchObject({ kind: 'report', priority: SECOND_OPINION_PRIORITY, risk: 'none', due_minutes: DUE_MINUTES.standard });
    expect(flagOf(ordinary)).toBeUndefined();
    expect(flagOf(crisis)!.priority).toBeGreaterThan(SECOND_OPINION_PRIORITY);
    // Still up for everyone, and no help pushed at the writer on a guess.
    expect((await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [guessed]))[0].status).toBe('visible');
    expect(await api.db.dataSource.query(`SELECT content_id FROM crisis_notices WHERE content_id = $1`, [guessed])).toEqual([]);
    expect((await api.db.dataSource.query(`SELECT crisis, flagged FROM moderation_results WHERE content_id = $1`, [guessed]))[0]).toEqual({ crisis: false, flagged: false });

    // A moderator reads why it is there: the model's score and version, never the words in the signal.
    const moderator = await withRole(api, await registerMember(api, 'Second Reader'), 'moderator');
    const detail = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${flagOf(guessed)!.id}`, { token: moderator.token });
    expect(detail.status).toBe(200);
    const learned = detail.body.signals.find((signal) => signal.source === 'second_opinion');
    expect(learned?.reason).toMatch(/^possible crisis the word lists missed: score 0\.9\d, lr-ngram-[0-9a-f]{12}$/);
    // And the words that weighed most in its reading, marked in the body as the word lists' matches are.
    const expected = secondOpinionWords(unlisted);
    expect(expected.length).toBeGreaterThan(0);
    expect(learned?.evidence).toEqual(
      expected.map(({ start, end }) => ({ start, end, text: unlisted.slice(start, end), signal: 'second_opinion', category: 'possible_crisis' })),
    );
    // Stored as offsets, never the words: the post keeps the words.
    const [stored]: Array<{ evidence: unknown[] }> = await api.db.dataSource.query(`SELECT evidence FROM flag_signals WHERE flag_id = $1 AND source = 'second_opinion'`, [flagOf(guessed)!.id]);
    expect(stored.evidence).toEqual(expected.map(({ start, end }) => ({ start, end, signal: 'second_opinion', category: 'possible_crisis' })));
    // A heading's reading marks nothing in the body below it: the words that weighed are not there.
    expect(flagOf(underHeading)).toMatchObject({ kind: 'report', priority: SECOND_OPINION_PRIORITY });
    const headed = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${flagOf(underHeading)!.id}`, { token: moderator.token });
    expect(headed.body.signals.find((signal) => signal.source === 'second_opinion')?.evidence).toEqual([]);

    // The queue says which items the second opinion sent, so the console blurs them as a crisis.
    const queue = await rest<{ items: QueueItem[] }>(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token });
    const listed = Object.fromEntries(queue.body.items.map((item) => [item.contentId, item.secondOpinion]));
    expect(listed).toEqual({ [guessed]: true, [underHeading]: true, [crisis]: false });
    expect(detail.body.secondOpinion).toBe(true);
  });

  it('leaves the second opinion out when SECOND_OPINION is off: the word lists alone send words to a person', async () => {
    const guessed = await writePost(api, 'im done trying guys this is it for me');
    const crisis = await writePost(api, 'I want to end my life tonight. I have the pills ready and I have said goodbye.');
    worker = startWorker({ ...workerEnv(), SECOND_OPINION: 'off' });
    await waitFor(async () => (await results(api)).length === 2, 30_000, `two results (worker output: ${worker?.output().slice(-500)})`);
    const flagged: Array<{ content_id: string }> = await api.db.dataSource.query(`SELECT content_id FROM flags`);
    expect(flagged.map((flag) => flag.content_id)).toEqual([crisis]);
    expect(flagged.map((flag) => flag.content_id)).not.toContain(guessed);
    expect(await api.db.dataSource.query(`SELECT 1 FROM flag_signals WHERE source = 'second_opinion'`)).toEqual([]);
  });

  it('leaves nothing that leads to a member who erases their account while their crisis post is being classified', async () => {
    const member = await registerMember(api, 'Leaving Sparrow');
    const postId = await writePost(api, 'I want to end my life tonight. I have the pills ready and I have said goodbye.', member.memberId);
    // Holding the member's row stops the erasure at its first step; the worker, which holds the
    // writer's account before it reads the post, waits there too and reads the post once the
    // erasure has unlinked it.
    const holder = await holdLocks(api, (client) => client.query(`SELECT id FROM members WHERE id = $1 FOR UPDATE`, [member.memberId]));
    try {
      const erasing = rest(api, 'DELETE', '/api/v1/me', { token: member.token });
      await untilLockWaiters(api, 1, 'the erasure to wait at the member row');
      api.app.get(OutboxRelayService).kick();
      worker = startWorker(workerEnv());
      // The worker waits for the erasure at the member's row, or (were it not to) writes at once.
      await waitFor(async () => (await lockWaiters(api)) >= 2 || (await results(api)).length > 0, 30_000, `the worker to reach the post (worker output: ${worker?.output().slice(-500)})`);
      await holder.release('COMMIT');
      expect((await erasing).status).toBe(204);
    } finally {
      await holder.release();
    }
    await waitFor(async () => (await results(api)).length === 1, 30_000, `the classification (worker output: ${worker?.output().slice(-500)})`);
    expect(await api.db.dataSource.query(`SELECT member_id FROM crisis_notices`)).toEqual([]);
    // Moderators still see the crisis post to review, under nobody's name.
    expect(await api.db.dataSource.query(`SELECT kind, author_id FROM flags WHERE content_id = $1`, [postId])).toEqual([{ kind: 'crisis', author_id: null }]);
  });

  it('sends words the classifier failed to read at every attempt to a person: their review item, urgent, saying nothing has read them', async () => {
    const writer = await registerMember(api, 'Unread Writer');
    // A post whose job the test queues itself (two attempts), and whose result cannot be stored:
    // a fault the worker cannot tell from a bug, so every attempt fails.
    const [thread] = await api.db.dataSource.query(`INSERT INTO threads (category_id, title) SELECT id, 'unread' FROM categories LIMIT 1 RETURNING id`);
    const [post] = await api.db.dataSource.query(`INSERT INTO posts (thread_id, body, author_id) VALUES ($1, 'Nobody has read this yet.', $2) RETURNING id`, [thread.id, writer.memberId]);
    await api.db.dataSource.query(`CREATE FUNCTION refuse_result() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the results table refuses this post'; END $$`);
    await api.db.dataSource.query(`CREATE TRIGGER refuse_result BEFORE INSERT ON moderation_results FOR EACH ROW WHEN (NEW.content_id = '${post.id as string}') EXECUTE FUNCTION refuse_result()`);
    await inspector.add('classify', { contentType: 'post', contentId: post.id, version: 1 } as never, { jobId: `post-${post.id as string}-v1`, attempts: 2, backoff: { type: 'fixed', delay: 100 } });
    worker = startWorker(workerEnv());

    const item = await waitFor(
      async () =>
        (
          await api.db.dataSource.query(
            `SELECT f.id, f.kind, f.priority, f.status, f.author_id, s.source, s.content_version FROM flags f JOIN flag_signals s ON s.flag_id = f.id WHERE f.content_id = $1`,
            [post.id],
          )
        )[0],
      30_000,
      `the review item (worker output: ${worker?.output().slice(-500)})`,
    );
    expect(item).toMatchObject({ kind: 'report', priority: 70, status: 'open', author_id: writer.memberId, source: 'unreadable', content_version: 1 });
    expect((await inspector.getJobCounts('failed')).failed).toBe(1);
    expect(await api.db.dataSource.query(`SELECT 1 FROM moderation_results WHERE content_id = $1`, [post.id])).toEqual([]);
    // A moderator reads why it is there.
    const moderator = await withRole(api, await registerMember(api, 'Evening Reader'), 'moderator');
    const detail = await rest<QueueItemDetail>(api, 'GET', `/api/v1/moderation/flags/${item.id as string}`, { token: moderator.token });
    expect(detail.status).toBe(200);
    expect(detail.body.signals.map((signal) => signal.source)).toEqual(['unreadable']);
  });

  it('sends the words of a classification that failed with no worker there to see it to a person once a worker starts, and once only', async () => {
    const writer = await registerMember(api, 'Unseen Failure Writer');
    const [thread] = await api.db.dataSource.query(`INSERT INTO threads (category_id, title) SELECT id, 'unseen' FROM categories LIMIT 1 RETURNING id`);
    const unseenPost = async (body: string): Promise<string> =>
      (await api.db.dataSource.query(`INSERT INTO posts (thread_id, body, author_id) VALUES ($1, $2, $3) RETURNING id`, [thread.id, body, writer.memberId]))[0].id;
    /**
     * No Lantern worker: a bare one of the test's own fails the post's job and does nothing more,
     * which is what a worker killed the moment its job failed leaves (or BullMQ failing a job for
     * stalling).
     */
    const failUnseen = async (postId: string) => {
      const bare = createModerationWorker(
        async () => {
          throw new Error('the classifier crashed');
        },
        { connection: createBullConnection(api.env.REDIS_URL, 'worker', 'pipeline-spec-bare-worker'), prefix: api.env.QUEUE_PREFIX, concurrency: 1 },
      );
      void bare.run();
      try {
        await inspector.add('classify', { contentType: 'post', contentId: postId, version: 1 } as never, { jobId: `post-${postId}-v1`, attempts: 1 });
        await waitFor(async () => (await inspector.getJobState(`post-${postId}-v1`)) === 'failed', 10_000, 'the job failed by the bare worker');
      } finally {
        await closeQueue(bare);
      }
    };
    const items = (postId: string) =>
      api.db.dataSource.query(`SELECT f.status, f.priority, s.source FROM flags f JOIN flag_signals s ON s.flag_id = f.id WHERE f.content_id = $1 ORDER BY f.created_at`, [
        postId,
      ]) as Promise<Array<{ status: string; priority: number; source: string }>>;
    const swept = (times: number) =>
      waitFor(async () => (worker?.output().match(/failed-classification sweep: 1 unread item/g) ?? []).length >= times, 20_000, `the sweep (worker output: ${worker?.output().slice(-500)})`);

    const first = await unseenPost('Nobody saw this fail.');
    await failUnseen(first);
    expect(await items(first)).toEqual([]);
    worker = startWorker(workerEnv());
    await swept(1);
    expect(await items(first)).toEqual([{ status: 'open', priority: 70, source: 'unreadable' }]);

    // A moderator reads it and resolves it. The worker restarts, and meanwhile another job fails
    // unseen: the new worker's sweep sends that one (the newest, read first) and passes over the
    // resolved one, neither reopening it nor opening another.
    await api.db.dataSource.query(`UPDATE flags SET status = 'resolved', resolved_at = now() WHERE content_id = $1`, [first]);
    worker.child.kill('SIGTERM');
    await worker.exited;
    const second = await unseenPost('Nor this one.');
    await failUnseen(second);
    worker = startWorker(workerEnv());
    await swept(1);
    expect(await items(second)).toEqual([{ status: 'open', priority: 70, source: 'unreadable' }]);
    expect(await items(first)).toEqual([{ status: 'resolved', priority: 70, source: 'unreadable' }]);
  });

  it('keeps a job that failed every attempt in a dead-letter list admins can read and retry', async () => {
    await inspector.add('classify', { contentType: 'post', contentId: 'not-a-uuid', version: 1 } as never, { jobId: 'broken-job', attempts: 2 });
    worker = startWorker(workerEnv());
    await waitFor(async () => (await inspector.getJobCounts('failed')).failed === 1, 20_000, 'the broken job to fail');
    const admin = await withRole(api, await registerMember(api, 'Queue Keeper'), 'admin');
    const member = await registerMember(api, 'Just Member');
    expect((await rest(api, 'GET', '/api/v1/admin/dead-letters', { token: member.token })).status).toBe(403);
    const list = await rest<{ items: Array<{ jobId: string; failedReason: string; data: unknown }> }>(api, 'GET', '/api/v1/admin/dead-letters', { token: admin.token });
    expect(list.body.items).toEqual([expect.objectContaining({ jobId: 'broken-job', data: { contentType: 'post', contentId: 'not-a-uuid', version: 1 } })]);
    expect(list.body.items[0].failedReason).toMatch(/malformed/);
    // The queue dashboard's figures show the dead letter too.
    const queues = await rest<{ items: Array<{ name: string; counts: Record<string, number>; oldestWaitingSeconds: number }> }>(api, 'GET', '/api/v1/admin/queues', { token: admin.token });
    expect(queues.body.items.map((queue) => queue.name)).toEqual(['moderation', 'partner-webhooks']);
    expect(queues.body.items[0].counts.failed).toBe(1);
    expect((await rest(api, 'GET', '/api/v1/admin/queues', { token: member.token })).status).toBe(403);
    const retried = await rest<{ state: string }>(api, 'POST', '/api/v1/admin/dead-letters/broken-job/retry', { token: admin.token });
    expect(retried.status).toBe(202);
    expect((await rest(api, 'POST', '/api/v1/admin/dead-letters/no-such-job/retry', { token: admin.token })).status).toBe(404);
    const [audit] = await api.db.dataSource.query(`SELECT action, reason FROM audit_log WHERE actor_id = $1`, [admin.memberId]);
    expect(audit).toEqual({ action: 'dead_letter_retry', reason: 'broken-job' });
  });

  it('classifies a batch of chat messages once each, even when the batch comes twice, and flags the crisis in it', async () => {
    const db = api.db.dataSource;
    const author = (await registerMember(api, 'Batch Writer')).memberId;
    const bodies = ['Evening all, long day.', "I can't do this anymore, I want to kill myself tonight", 'Anyone watching the match?', 'Made soup, feeling a bit better.'];
    const ids: string[] = [];
    for (const [i, body] of bodies.entries()) {
      const [row]: Array<{ id: string }> = await db.query(
        `INSERT INTO messages (room_id, author_id, client_msg_id, body) SELECT id, $1, $2, $3 FROM rooms WHERE slug = 'lounge' RETURNING id`,
        [author, `batch-${i}`, body],
      );
      ids.push(row.id);
    }
    // A message edited since (version 2) and one that was never stored are skipped, not failed.
    await db.query(`UPDATE messages SET version = 2 WHERE id = $1`, [ids[3]]);
    const items = [...ids, '6f1c2b3a-0000-4000-8000-000000000000'].map((contentId) => ({ contentType: 'message' as const, contentId, version: 1 }));
    const [job] = moderationJobs(items);
    expect(job.name).toBe('classify-batch');
    await inspector.add(job.name, job.data, { jobId: 'batch-once' });
    await inspector.add(job.name, job.data, { jobId: 'batch-again' });
    worker = startWorker(workerEnv());
    await waitFor(async () => (await inspector.getJobCounts('completed')).completed === 2, 20_000, 'both batches to complete');
    const rows = await results(api);
    expect(rows.map((row) => row.content_id).sort()).toEqual(ids.slice(0, 3).sort());
    expect(rows.every((row) => row.n === 1)).toBe(true);
    expect(rows.filter((row) => row.crisis).map((row) => row.content_id)).toEqual([ids[1]]);
    const flags: Array<{ content_id: string; content_type: string }> = await db.query(`SELECT content_id, content_type FROM flags`);
    expect(flags).toEqual([{ content_id: ids[1], content_type: 'message' }]);
    const [notice] = await db.query(`SELECT member_id, content_type FROM crisis_notices`);
    expect(notice).toEqual({ member_id: author, content_type: 'message' });
    const first = await inspector.getJob('batch-once');
    const second = await inspector.getJob('batch-again');
    const outcomes = [first!.returnvalue, second!.returnvalue] as Array<Record<string, number>>;
    // Between them (they may run at once) the three were classified once and found classified once.
    expect(outcomes[0].classified + outcomes[1].classified).toBe(3);
    expect(outcomes[0]['already-classified'] + outcomes[1]['already-classified']).toBe(3);
    expect(outcomes.every((outcome) => outcome.superseded === 1 && outcome.gone === 1)).toBe(true);
  });

  it('groups chat messages into batches of at most 50, and keeps one job per post version', () => {
    const message = (i: number) => ({ contentType: 'message' as const, contentId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, version: 1 });
    const post = { contentType: 'post' as const, contentId: '11111111-1111-4111-8111-111111111111', version: 2 };
    const jobs = moderationJobs([post, ...Array.from({ length: 120 }, (_, i) => message(i))]);
    expect(jobs.map((job) => job.name)).toEqual(['classify', 'classify-batch', 'classify-batch', 'classify-batch']);
    expect(jobs[0]).toEqual({ name: 'classify', data: post, opts: { jobId: `post-${post.contentId}-v2` } });
    expect(jobs.slice(1).map((job) => ('items' in job.data ? job.data.items.length : 0))).toEqual([50, 50, 20]);
    // The same messages make the same batch id (a re-relayed batch collapses); others do not.
    expect(moderationJobs([message(1), message(2)])[0].opts.jobId).toBe(moderationJobs([message(1), message(2)])[0].opts.jobId);
    expect(moderationJobs([message(1), message(3)])[0].opts.jobId).not.toBe(moderationJobs([message(1), message(2)])[0].opts.jobId);
  });

  it('relays each outbox row once, and a duplicate job id collapses', async () => {
    const postId = await writePost(api, 'Made tea and went for a short walk today.');
    const relay = api.app.get(OutboxRelayService);
    await waitFor(async () => (await inspector.getJobCounts('waiting')).waiting === 1, 10_000, 'the job to be waiting');
    expect(await relay.relayBatch()).toBe(0);
    await api.db.dataSource.query(`INSERT INTO outbox_events (topic, payload) VALUES ('moderation.classify', $1)`, [
      { contentType: 'post', contentId: postId, version: 1 },
    ]);
    // Relayed here (or by the relay's own polling): whichever path relays it, it is relayed once.
    await relay.relayBatch();
    await waitFor(async () => {
      const [{ pending }] = await api.db.dataSource.query(`SELECT count(*)::int AS pending FROM outbox_events`);
      return pending === 0;
    }, 10_000, 'the duplicate row to be relayed');
    expect(await relay.relayBatch()).toBe(0);
    expect((await inspector.getJobCounts('waiting')).waiting).toBe(1);
  });

  it('sets aside an outbox row it cannot read (another release wrote it, or it is damaged), so the words after it still reach the checks', async () => {
    await api.db.dataSource.query(`INSERT INTO outbox_events (topic, payload) VALUES ('moderation.classify', '{"contentType": "post"}')`);
    const postId = await writePost(api, 'A quiet Sunday with my cat.');
    await waitFor(async () => (await api.db.dataSource.query(`SELECT 1 FROM outbox_events`)).length === 0, 10_000, 'both rows out of the outbox');
    await waitFor(async () => (await inspector.getJobs(['waiting'])).some((job) => (job.data as { contentId?: string }).contentId === postId), 10_000, 'the post after it queued');
  });

  it('deletes what it relays, so a claim reads a few pages however much was relayed before it', async () => {
    const relay = api.app.get(OutboxRelayService);
    await relay.onApplicationShutdown();
    const messages = (n: number) =>
      api.db.dataSource.query(
        `INSERT INTO outbox_events (topic, payload)
         SELECT 'moderation.classify', jsonb_build_object('contentType', 'message', 'contentId', gen_random_uuid(), 'version', 1) FROM generate_series(1, $1)`,
        [n],
      );
    // Fifteen seconds of a busy chat, relayed in the relay's own batches.
    await messages(6000);
    let relayed = 0;
    for (let sent = await relay.relayBatch(); sent > 0; sent = await relay.relayBatch()) relayed += sent;
    expect(relayed).toBe(6000);
    await messages(5);
    const client = new Client({ connectionString: api.env.DATABASE_URL });
    await client.connect();
    try {
      const claim = async () => {
        await client.query('BEGIN');
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${CLAIM_SQL}`);
        await client.query('ROLLBACK');
        const plan = (rows[0]['QUERY PLAN'] as Array<{ Plan: { 'Actual Rows': number; 'Shared Hit Blocks': number; 'Shared Read Blocks': number } }>)[0].Plan;
        return { rows: plan['Actual Rows'], pages: plan['Shared Hit Blocks'] + plan['Shared Read Blocks'] };
      };
      // A claim after the deletes learns they are dead (the relay's next claim does this), once no
      // transaction still open in this database (a worker's job, under load) may see them: until
      // then a claim visits them again, so it is asked again until they are known dead.
      // Marking rows relayed and keeping them made it about 160 pages however often it was asked:
      // every relayed row visited again.
      let last = { rows: 0, pages: Number.POSITIVE_INFINITY };
      await waitFor(async () => {
        last = await claim();
        return last.pages < 40;
      }, 15_000, 'a claim that reads few pages').catch(() => undefined);
      expect(last.rows).toBe(5);
      expect(last.pages).toBeLessThan(40);
    } finally {
      await client.end();
    }
    expect(await relay.relayBatch()).toBe(5);
    const [{ left }] = await api.db.dataSource.query(`SELECT count(*)::int AS left FROM outbox_events`);
    expect(left).toBe(0);
  });

  it('hands its connections back with durable commits on, so a send that gets one after a lazy relay stays durable', async () => {
    const relay = api.app.get(OutboxRelayService);
    await relay.onApplicationShutdown();
    await api.db.dataSource.query(
      `INSERT INTO outbox_events (topic, payload)
       SELECT 'moderation.classify', jsonb_build_object('contentType', 'message', 'contentId', gen_random_uuid(), 'version', 1) FROM generate_series(1, 3)`,
    );
    expect(await relay.relayBatch()).toBe(3);
    // Every idle connection of the pool the relay used, the one it released among them.
    const pool = (api.app.get<DataSource>(DATA_SOURCE).driver as PostgresDriver).master as Pool;
    const idle = await Promise.all(Array.from({ length: Math.max(pool.idleCount, 1) }, () => pool.connect()));
    try {
      const settings = await Promise.all(idle.map(async (client) => (await client.query(`SELECT current_setting('synchronous_commit') AS value`)).rows[0].value));
      expect(settings.length).toBeGreaterThan(0);
      expect(new Set(settings)).toEqual(new Set(['on']));
    } finally {
      idle.forEach((client) => client.release());
    }
    const [{ left }] = await api.db.dataSource.query(`SELECT count(*)::int AS left FROM outbox_events`);
    expect(left).toBe(0);
  });

  it('leaves the rows waiting, and no transaction open, when the queue does not take them', async () => {
    // The api's own relay loop is stopped, so nothing relays behind the test's back.
    const live = api.app.get(OutboxRelayService);
    await live.onApplicationShutdown();
    const gone = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'worker', 'test-gone'), api.env.QUEUE_PREFIX);
    await closeQueue(gone);
    const failing = new OutboxRelayService(api.db.dataSource, gone as never, gone as never);
    const postId = await writePost(api, 'Written while Redis was away.');
    await expect(failing.relayBatch()).rejects.toThrow();
    const pending = async () => (await api.db.dataSource.query(`SELECT id FROM outbox_events`)) as unknown[];
    // Asked on a connection of its own: the pool might hand back the very connection left open.
    const observer = new Client({ connectionString: api.env.DATABASE_URL });
    await observer.connect();
    const [{ n: openTransactions }] = (
      await observer.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`).finally(() => observer.end())
    ).rows;
    expect(openTransactions).toBe(0);
    expect(await pending()).toHaveLength(1);
    // The row waits for a relay that can reach Redis.
    expect(await live.relayBatch()).toBe(1);
    expect(await pending()).toHaveLength(0);
    expect(await inspector.getJob(`post-${postId}-v1`)).toBeDefined();
  });

  it('survives PostgreSQL dropping its connection while the jobs go to Redis: the batch fails, the rows wait, the api stays up', async () => {
    const live = api.app.get(OutboxRelayService);
    await live.onApplicationShutdown();
    // Redis takes its time with the jobs; meanwhile the relay's connection sits in its transaction.
    let letGo = () => undefined as void;
    const slowRedis = { addBulk: () => new Promise<void>((resolve) => (letGo = resolve)) };
    const relay = new OutboxRelayService(api.db.dataSource, slowRedis as never, slowRedis as never);
    const postId = await writePost(api, 'Written as the database restarted.');
    const relaying = relay.relayBatch().then(
      () => 'relayed',
      (error: Error) => `failed: ${error.message}`,
    );
    const observer = new Client({ connectionString: api.env.DATABASE_URL });
    await observer.connect();
    try {
      const inTransaction = `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`;
      const { pid } = await waitFor(async () => (await observer.query<{ pid: number }>(inTransaction)).rows[0], 10_000, 'the relay in its transaction');
      // PostgreSQL ends that connection (a restart, a failover): the idle, checked-out client hears it first.
      await observer.query(`SELECT pg_terminate_backend($1)`, [pid]);
      await waitFor(async () => ((await observer.query(inTransaction)).rows.length === 0 ? true : undefined), 10_000, 'the connection gone');
      await new Promise((resolve) => setTimeout(resolve, 200));
      letGo();
      expect(await relaying).toMatch(/^failed: /);
    } finally {
      await observer.end();
    }
    // Nothing lost: the row waits, and the next relay sends it.
    expect(await api.db.dataSource.query(`SELECT 1 FROM outbox_events`)).toHaveLength(1);
    expect(await live.relayBatch()).toBe(1);
    expect(await inspector.getJob(`post-${postId}-v1`)).toBeDefined();
  });

  it('classifies each of 1,000 posts exactly once when the worker is killed -9 in the middle of the burst and restarted', async () => {
    const total = 1_000;
    const ids: string[] = [];
    const crisisIds = new Set<string>();
    worker = startWorker(workerEnv());
    for (let i = 0; i < total; i += 1) {
      const crisis = i % 50 === 7;
      const id = await writePost(api, crisis ? `Number ${i}: I want to end my life tonight.` : `Post number ${i}: a quiet day, some reading, an early night.`);
      ids.push(id);
      if (crisis) crisisIds.add(id);
      if (i === 350) {
        // Mid-burst, with jobs in flight: no goodbye, no cleanup.
        await waitFor(async () => (await results(api)).length >= 20, 30_000, 'the worker to be busy');
        worker.child.kill('SIGKILL');
        await worker.exited;
      }
      if (i === 650) worker = startWorker(workerEnv());
    }
    await waitFor(async () => (await inspector.getJobCounts('completed')).completed === total, 90_000, 'every job to complete');
    const rows = await results(api);
    expect(rows).toHaveLength(total);
    expect(rows.every((row) => row.n === 1)).toBe(true);
    expect(new Set(rows.map((row) => row.content_id))).toEqual(new Set(ids));
    const counts = await inspector.getJobCounts('failed', 'waiting', 'active', 'delayed');
    expect(counts).toEqual({ failed: 0, waiting: 0, active: 0, delayed: 0 });
    // Exactly one review item per crisis post, and none for the ordinary ones.
    const flags: Array<{ content_id: string; n: number }> = await api.db.dataSource.query(`SELECT content_id, count(*)::int AS n FROM flags GROUP BY content_id`);
    expect(new Set(flags.map((row) => row.content_id))).toEqual(crisisIds);
    expect(flags.every((row) => row.n === 1)).toBe(true);
  });

  it('finishes jobs in flight and exits cleanly on SIGTERM', async () => {
    for (let i = 0; i < 40; i += 1) await writePost(api, `Checking in, number ${i}.`);
    await waitFor(async () => (await inspector.getJobCounts('waiting')).waiting === 40, 20_000, 'jobs to be waiting');
    worker = startWorker(workerEnv());
    await waitFor(async () => (await results(api)).length >= 5, 30_000, 'the first results');
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    const counts = await inspector.getJobCounts('active', 'failed');
    expect(counts).toEqual({ active: 0, failed: 0 });
    worker = startWorker(workerEnv());
    await waitFor(async () => (await inspector.getJobCounts('completed')).completed === 40, 30_000, 'the rest to complete');
    expect((await results(api)).every((row) => row.n === 1)).toBe(true);
  });
});

describe('RelayPace', () => {
  it('is busy above the threshold in the current or the last full second, and quiet again after a quiet second', () => {
    const pace = new RelayPace(100);
    expect(pace.busy).toBe(false);
    for (let ms = 0; ms < 900; ms += 10) pace.record(1, ms); // 90 rows in 0.9 s
    expect(pace.busy).toBe(false);
    for (let ms = 900; ms < 1000; ms += 10) pace.record(2, ms); // over 100 in this second
    expect(pace.busy).toBe(true);
    pace.record(1, 1000); // a new window: the last one was busy
    expect(pace.busy).toBe(true);
    pace.record(1, 2000); // the window before had 2 rows
    expect(pace.busy).toBe(false);
  });
});
