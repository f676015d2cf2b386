import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Thread } from '@lantern/contracts';
import { io } from 'socket.io-client';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, type Session } from '../../test/support/rest-client';
import { startWorker, waitFor, type WorkerProcess } from '../../test/support/worker-process';

/**
 * A stand-in for Perspective's comments:analyze endpoint (outside our walls, so the one thing
 * mocked): it scores by a word in the text, and fails on another, as the real one may.
 */
class StandInPerspective {
  readonly received: Array<{ url: string; text: string; doNotStore: unknown; attributes: string[] }> = [];
  private readonly server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const payload = JSON.parse(body) as { comment: { text: string }; doNotStore: unknown; requestedAttributes: Record<string, unknown> };
      this.received.push({ url: request.url ?? '', text: payload.comment.text, doNotStore: payload.doNotStore, attributes: Object.keys(payload.requestedAttributes) });
      if (payload.comment.text.includes('standinfails')) {
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'backend error' } }));
        return;
      }
      const severe = payload.comment.text.includes('standinharm') ? 0.97 : 0.02;
      const score = (value: number) => ({ summaryScore: { value, type: 'PROBABILITY' } });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ attributeScores: { TOXICITY: score(severe), SEVERE_TOXICITY: score(severe), INSULT: score(0.01) } }));
    });
  });

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1alpha1/comments:analyze`;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('Perspective as an optional second scorer for posts, never chat (real worker, a stand-in Perspective)', () => {
  let api: ApiHarness;
  let worker: WorkerProcess;
  let perspective: StandInPerspective;
  let writer: Session;

  beforeAll(async () => {
    perspective = new StandInPerspective();
    const endpoint = await perspective.start();
    api = await startApi('perspective');
    await api.db.dataSource.query(`INSERT INTO categories (slug, name) VALUES ('introductions', 'Introductions')`);
    worker = startWorker({
      DATABASE_URL: api.env.DATABASE_URL,
      REDIS_URL: api.env.REDIS_URL,
      QUEUE_PREFIX: api.env.QUEUE_PREFIX,
      PERSPECTIVE_API_KEY: 'stand-in-key',
      PERSPECTIVE_ENDPOINT: endpoint,
    });
    writer = await registerMember(api, 'Quill Sparrow');
  });

  afterAll(async () => {
    worker.child.kill('SIGKILL');
    await worker.exited;
    await api.close();
    await perspective.close();
  });

  async function post(title: string, body: string): Promise<string> {
    const made = await rest<Thread>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'introductions', title, body } });
    expect(made.status).toBe(201);
    const [{ id }] = await api.db.dataSource.query(`SELECT id FROM posts WHERE thread_id = $1`, [made.body.id]);
    return id;
  }

  const resultOf = (postId: string) =>
    waitFor(
      async () => (await api.db.dataSource.query(`SELECT flagged, crisis, categories, scores FROM moderation_results WHERE content_id = $1`, [postId]))[0] as
        | { flagged: boolean; crisis: boolean; categories: string[]; scores: Record<string, number> }
        | undefined,
      20_000,
      `the post classified (worker: ${worker.output().slice(-300)})`,
    );

  it('adds the harm Perspective finds and the local classifier did not, asking with the key and doNotStore', async () => {
    const postId = await post('Morning walk', 'What a lovely morning by the river standinharm');
    const result = await resultOf(postId);
    expect(result).toMatchObject({ flagged: true, crisis: false, categories: ['harassment'] });
    expect(result.scores['harassment']).toBeCloseTo(0.97);
    expect(await api.db.dataSource.query(`SELECT kind FROM flags WHERE content_id = $1`, [postId])).toEqual([{ kind: 'harm' }]);
    const asked = perspective.received.find((request) => request.text.includes('lovely morning by the river'));
    expect(asked).toMatchObject({ doNotStore: true });
    expect(asked?.url).toContain('key=stand-in-key');
  });

  it('keeps the local result when Perspective finds nothing or fails, and never sends it a crisis', async () => {
    const calm = await post('Hello', 'Glad to have found this place, thank you all');
    expect(await resultOf(calm)).toMatchObject({ flagged: false, categories: [] });
    const failing = await post('Still here', 'Another quiet evening at home standinfails');
    expect(await resultOf(failing)).toMatchObject({ flagged: false, categories: [] });
    expect(perspective.received.some((request) => request.text.includes('quiet evening at home'))).toBe(true);
    // Logged before the result is stored, but the worker's log reaches its stdout a moment later.
    await waitFor(async () => worker.output().includes('an outside scorer did not answer'), 10_000, 'the failure logged');

    // A crisis is flagged for a person and its writer offered help at once: it never waits on, nor is read by, an outside service.
    const crisis = await post('Tonight', 'I want to end my life tonight, I have the pills ready');
    expect(await resultOf(crisis)).toMatchObject({ flagged: true, crisis: true });
    expect(perspective.received.some((request) => request.text.includes('end my life'))).toBe(false);
    expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM crisis_notices WHERE content_id = $1`, [crisis])).toEqual([{ n: 1 }]);
  });

  it('never sends chat to Perspective: a message is read by the local classifier alone', async () => {
    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: writer.token }, transports: ['websocket'] });
    try {
      expect(await socket.timeout(5_000).emitWithAck('room:join', { room: 'lounge' })).toMatchObject({ ok: true });
      const sent = (await socket.timeout(5_000).emitWithAck('message:send', { room: 'lounge', body: 'Evening all, a quiet chat by the fire standinharm', clientMsgId: 'perspective-chat' })) as { ok: boolean; id: string };
      expect(sent.ok).toBe(true);
      // Read and stored by the worker: the word Perspective would score as harm added nothing.
      expect(await resultOf(sent.id)).toMatchObject({ flagged: false, categories: [] });
      // A post sent after it is asked about, so the worker is past the message and still asks Perspective.
      const later = await post('After the chat', 'A post after the chat, by the fire');
      await resultOf(later);
      expect(perspective.received.some((request) => request.text.includes('A post after the chat'))).toBe(true);
      expect(perspective.received.some((request) => request.text.includes('quiet chat by the fire'))).toBe(false);
    } finally {
      socket.disconnect();
    }
  });
});
