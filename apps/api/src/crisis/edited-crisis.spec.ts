import { moderationJobId, type Post, type Thread } from '@lantern/contracts';
import { seedDemoData } from '@lantern/db';
import { closeQueue, createBullConnection, createModerationQueue } from '@lantern/queue';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { completedJobOutcomes, supportSignals } from '../../test/support/moderation-queue';
import { registerMember, rest, type Session } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

/**
 * Words of crisis in a post its writer changed before the worker read them (the queue was behind):
 * the version that was on the page is read all the same, from the post's history.
 */
describe('crisis words edited away before they were read (real PostgreSQL, Redis, worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    api = await startApi('edited-crisis');
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    worker?.child.kill('SIGKILL');
    await worker?.exited;
    await api.close();
  });

  const newPost = async (member: Session, title: string, body: string) => {
    const thread = await rest<Thread>(api, 'POST', '/api/v1/threads', { token: member.token, body: { categorySlug: 'depression', title, body } });
    expect(thread.status).toBe(201);
    const posts = await rest<{ items: Post[] }>(api, 'GET', `/api/v1/threads/${thread.body.id}/posts`, { token: member.token });
    return posts.body.items[0].id;
  };
  const edit = async (member: Session, postId: string, body: string) => {
    const edited = await rest<Post>(api, 'PATCH', `/api/v1/posts/${postId}`, { token: member.token, body: { body, version: 1 } });
    expect(edited.status).toBe(200);
  };
  const results = (postId: string): Promise<Array<{ version: number; crisis: boolean }>> =>
    api.db.dataSource.query(`SELECT version, crisis FROM moderation_results WHERE content_id = $1 ORDER BY version`, [postId]);

  it('shows the writer their lines and puts them on top of the moderators’ queue, once; an old version with no crisis in it changes nothing', async () => {
    // No worker yet: the jobs wait, and the writers change their words meanwhile.
    const writer = await registerMember(api, 'Edited Heron');
    const tookItBack = await newPost(writer, 'Tonight', 'I am going to end my life tonight, I have the pills ready.');
    await edit(writer, tookItBack, 'Ignore me, I am fine. Sorry everyone.');
    const other = await registerMember(api, 'Edited Wren');
    const typo = await newPost(other, 'Tea', 'Made a pot of tea and sat by the window for an hour.');
    await edit(other, typo, 'Made a pot of tea and sat by the window for an hour or two.');

    worker = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX });
    await waitFor(async () => (await results(tookItBack)).length === 2 && (await results(typo)).length === 1, 30_000, `both posts read (worker: ${worker?.output().slice(-400)})`);
    // The version members saw first spoke of crisis; the one there now does not.
    expect(await results(tookItBack)).toEqual([
      { version: 1, crisis: true },
      { version: 2, crisis: false },
    ]);
    expect(await supportSignals(api, writer.memberId, 'crisis_in_edited_words')).toBe(1);
    // What Redis keeps beside the job's id (for an hour) says the version was superseded, not that it spoke of crisis.
    const firstVersionJob = moderationJobId({ contentType: 'post', contentId: tookItBack, version: 1 });
    expect(await completedJobOutcomes(api, [firstVersionJob], 'the first version’s job')).toEqual(['superseded']);
    const notices = await rest<{ items: Array<{ contentId: string; concern: string }> }>(api, 'GET', '/api/v1/me/crisis-notices', { token: writer.token });
    expect(notices.body.items).toEqual([expect.objectContaining({ contentId: tookItBack, concern: 'self' })]);
    // The post itself is neither hidden nor held: crisis is not abuse.
    expect(await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [tookItBack])).toEqual([{ status: 'visible' }]);

    // An ordinary edit: its earlier version is not read for anything.
    expect(await results(typo)).toEqual([{ version: 2, crisis: false }]);
    expect(await api.db.dataSource.query(`SELECT 1 FROM flags WHERE content_type = 'member' AND content_id = $1`, [other.memberId])).toEqual([]);

    // The earlier version's job run again (a retry) adds nothing.
    const queue = createModerationQueue(createBullConnection(api.env.REDIS_URL, 'producer', 'edited-crisis'), api.env.QUEUE_PREFIX);
    try {
      await queue.add('classify', { contentType: 'post', contentId: tookItBack, version: 1 }, { jobId: `again-${tookItBack}` });
      await waitFor(async () => (await queue.getJob(`again-${tookItBack}`))?.finishedOn !== undefined, 20_000, 'the job run again');
      expect((await queue.getJob(`again-${tookItBack}`))?.returnvalue).toBe('superseded');
      expect(await supportSignals(api, writer.memberId, 'crisis_in_edited_words')).toBe(1);
    } finally {
      await closeQueue(queue);
    }
  });
});
