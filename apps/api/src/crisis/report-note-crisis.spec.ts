import { seedDemoData } from '@lantern/db';
import type { AccountExport, CrisisResources, Thread } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { completedJobOutcomes, memberItemOnQueue, storedJobOutcomes, supportSignals } from '../../test/support/moderation-queue';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';
import { collect, emitAck, TestSockets } from '../../test/support/socket-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

const IN_CRISIS = 'I’m reporting this because I feel the same and want to die';
const WORRIED = 'It sounded like they want to die';
/** Crisis words the classifier alone would read as the writer's own, with no "I" in their sentence. */
const ABOUT_THE_POST = 'I reported it. Whoever wrote this wants to die.';
const PLAIN = 'This is a rude reply, please look at it.';

describe('a reporter’s own crisis in a report’s note (real PostgreSQL, Redis and worker)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let writer: Session;
  let moderator: Session;
  const sockets = new TestSockets();

  beforeAll(async () => {
    api = await startApi('report-note');
    await seedDemoData(api.db.dataSource);
    worker = startWorker({ DATABASE_URL: api.env.DATABASE_URL, REDIS_URL: api.env.REDIS_URL, QUEUE_PREFIX: api.env.QUEUE_PREFIX, WORKER_CONCURRENCY: '2' });
    writer = await registerMember(api, 'Reported Writer');
    moderator = await withRole(api, await registerMember(api, 'Mod Lamplight'), 'moderator');
  });

  afterEach(() => sockets.closeAll());

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await api.close();
  });

  const newPost = async (): Promise<string> =>
    (await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'anxiety', title: 'a hard week', body: 'Does anyone have tips for sleeping before an exam?' } })).body.firstPost.id;

  const reportPost = async (postId: string, reporter: Session, note?: string): Promise<string> => {
    const response = await rest<{ id: string }>(api, 'POST', `/api/v1/posts/${postId}/reports`, { token: reporter.token, body: { reason: 'other', ...(note ? { note } : {}) } });
    expect(response.status).toBe(201);
    return response.body.id;
  };

  /** Waits until the worker has read the note (its job ran to the end), whatever it found. */
  const noteRead = (table: 'post_reports' | 'message_reports', reporterId: string) =>
    waitFor(
      async () => ((await api.db.dataSource.query(`SELECT 1 FROM ${table} WHERE reporter_id = $1 AND note_checked_at IS NOT NULL`, [reporterId])).length ? true : undefined),
      20_000,
      `the report note read (worker: ${worker.output().slice(-300)})`,
    );

  const notices = async (member: Session) => (await rest<{ items: CrisisResources[] }>(api, 'GET', '/api/v1/me/crisis-notices', { token: member.token })).body.items;

  const memberItem = (memberId: string) => memberItemOnQueue(api, moderator.token, memberId);
  const noteSignals = (memberId: string) => supportSignals(api, memberId, 'crisis_in_report_note');

  it('speaks to a reporter who writes that someone threatens them of their safety', async () => {
    const reporter = await registerMember(api, 'Reporter In Danger');
    const live = collect<CrisisResources>(await sockets.connected(api, reporter.token), 'crisis:resources');
    const postId = await newPost();
    await reportPost(postId, reporter, "Reporting him. He's my ex and he says he'll kill me if I ever leave him.");
    const pushed = await waitFor(async () => live.find((notice) => notice.contentId === postId), 20_000, `crisis:resources (worker: ${worker.output().slice(-300)})`);
    expect(pushed).toMatchObject({ contentType: 'post', concern: 'danger', heading: 'You deserve to be safe' });
    expect(await noteSignals(reporter.memberId)).toBe(1);
  });

  it('shows a reporter who says they are in crisis their crisis lines live and puts them on the moderators’ queue, changing nothing about the post', async () => {
    const reporter = await registerMember(api, 'Reporter In Crisis');
    const socket = await sockets.connected(api, reporter.token);
    const live = collect<CrisisResources>(socket, 'crisis:resources');
    const postId = await newPost();
    await reportPost(postId, reporter, IN_CRISIS);

    const pushed = await waitFor(async () => live.find((notice) => notice.contentId === postId), 20_000, `crisis:resources (worker: ${worker.output().slice(-300)})`);
    expect(pushed).toMatchObject({ contentType: 'post', concern: 'self' });
    expect((await notices(reporter)).map((notice) => [notice.contentId, notice.concern])).toEqual([[postId, 'self']]);

    const item = await waitFor(() => memberItem(reporter.memberId), 10_000, 'the reporter’s item on the queue');
    expect(item).toMatchObject({ kind: 'crisis', authorId: reporter.memberId });
    expect(item.excerpt).toContain('report’s note that they are in crisis themself');
    // Which report is not said, nor the note's words.
    expect(item.excerpt).not.toContain(postId);
    expect(item.excerpt).not.toContain('want to die');
    expect(await noteSignals(reporter.memberId)).toBe(1);
    const exported = await rest<AccountExport>(api, 'GET', '/api/v1/me/export', { token: reporter.token });
    expect(exported.body.crisisSupport.moderatorsTold).toEqual([{ at: expect.any(String), because: 'crisis_in_report_note' }]);

    // The reported post and its writer: as any report leaves them, and nothing more.
    const [post] = await api.db.dataSource.query(`SELECT status FROM posts WHERE id = $1`, [postId]);
    expect(post.status).toBe('visible');
    const [postItem] = await api.db.dataSource.query(`SELECT kind, risk FROM flags WHERE content_type = 'post' AND content_id = $1`, [postId]);
    expect(postItem).toEqual({ kind: 'report', risk: 'none' });
    expect(await notices(writer)).toEqual([]);
  });

  it('does nothing for the reporter when the note is worried about the writer, speaks of the post’s words, or is plain', async () => {
    const postId = await newPost();
    for (const [name, note] of [['Worried Reporter', WORRIED], ['Post Quoting Reporter', ABOUT_THE_POST], ['Plain Reporter', PLAIN]] as const) {
      const reporter = await registerMember(api, name);
      await reportPost(postId, reporter, note);
      await noteRead('post_reports', reporter.memberId);
      expect(await notices(reporter)).toEqual([]);
      expect(await memberItem(reporter.memberId)).toBeUndefined();
    }
  });

  it('reads a chat message report’s note the same way', async () => {
    const writerSocket = await sockets.connected(api, writer.token);
    expect((await emitAck(writerSocket, 'room:join', { room: 'lounge' })).ok).toBe(true);
    const sent = await emitAck(writerSocket, 'message:send', { room: 'lounge', body: 'does anyone have tips for sleeping before an exam', clientMsgId: 'report-note-1' });
    const path = `/api/v1/rooms/lounge/messages/${sent.id}/reports`;
    const inCrisis = await registerMember(api, 'Chat Reporter In Crisis');
    const worried = await registerMember(api, 'Chat Worried Reporter');
    expect((await rest(api, 'POST', path, { token: inCrisis.token, body: { reason: 'other', note: IN_CRISIS } })).status).toBe(201);
    expect((await rest(api, 'POST', path, { token: worried.token, body: { reason: 'crisis_concern', note: WORRIED } })).status).toBe(201);

    const notice = await waitFor(async () => (await notices(inCrisis))[0], 20_000, `the chat reporter’s notice (worker: ${worker.output().slice(-300)})`);
    expect(notice).toMatchObject({ contentType: 'message', contentId: sent.id, concern: 'self' });
    expect(await waitFor(() => memberItem(inCrisis.memberId), 10_000, 'the chat reporter’s item')).toMatchObject({ kind: 'crisis' });

    await noteRead('message_reports', worried.memberId);
    expect(await notices(worried)).toEqual([]);
    expect(await memberItem(worried.memberId)).toBeUndefined();
    const [message] = await api.db.dataSource.query(`SELECT status FROM messages WHERE id = $1`, [sent.id]);
    expect(message.status).toBe('visible');
  });

  it('opens one notice and one signal when the job runs twice, and completes a job whose report is gone', async () => {
    const reporter = await registerMember(api, 'Twice Reporter');
    const reportId = await reportPost(await newPost(), reporter, IN_CRISIS);
    await waitFor(async () => ((await noteSignals(reporter.memberId)) > 0 ? true : undefined), 20_000, `the first run (worker: ${worker.output().slice(-300)})`);

    // The same job again (a retried job, an outbox row relayed twice), and one for a report deleted meanwhile.
    const rows: Array<{ id: string }> = await api.db.dataSource.query(
      `INSERT INTO outbox_events (topic, payload) VALUES ('report-note', $1), ('report-note', $2) RETURNING id`,
      [{ reportKind: 'post', reportId }, { reportKind: 'post', reportId: '00000000-0000-4000-8000-000000000000' }],
    );
    const outcomes = await completedJobOutcomes(
      api,
      rows.map((row) => `report-note-${row.id}`),
      'both jobs completed',
    );
    expect(outcomes).toEqual(['already-read', 'gone']);
    // The first run's outcome in Redis, beside a job id that leads to the report, says only that the note was read.
    const stored = await storedJobOutcomes(api);
    expect(stored).toContain('read');
    expect(JSON.stringify(stored)).not.toMatch(/crisis/);
    expect((await notices(reporter)).length).toBe(1);
    expect(await noteSignals(reporter.memberId)).toBe(1);
  });
});
