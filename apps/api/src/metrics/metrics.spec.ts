import { connect } from 'node:net';
import { io } from 'socket.io-client';
import { seedDemoData } from '@lantern/db';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest } from '../../test/support/rest-client';
import { waitFor } from '../../test/support/worker-process';

const TOKEN = 'metrics-token-for-tests-0123456789';

describe('Prometheus metrics', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('metrics', { METRICS_TOKEN: TOKEN });
    await seedDemoData(api.db.dataSource);
  });

  afterAll(async () => {
    await api.close();
  });

  const scrape = (authorization?: string) =>
    fetch(`${api.baseUrl}/api/metrics`, { headers: authorization ? { Authorization: authorization } : {} });

  it('opens only to the metrics token, not to members', async () => {
    const member = await registerMember(api, 'Metric Moth');
    expect((await scrape()).status).toBe(401);
    expect((await scrape(`Bearer ${member.token}`)).status).toBe(401);
    expect((await scrape('Bearer metrics-token-for-tests-0123456788')).status).toBe(401);
    const ok = await scrape(`Bearer ${TOKEN}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('counts requests by route pattern, sockets, socket events, queue depth and open review items, and never names a member', async () => {
    const member = await registerMember(api, 'Quiet Heron');
    const threads = await rest<{ items: Array<{ id: string }> }>(api, 'GET', '/api/v1/threads', { token: member.token });
    await rest(api, 'GET', `/api/v1/threads/${threads.body.items[0].id}`, { token: member.token });
    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    try {
      await socket.timeout(5000).emitWithAck('room:join', { room: 'lounge' });
      await socket.timeout(5000).emitWithAck('room:join', { room: 'nowhere' });
      const text = await (await scrape(`Bearer ${TOKEN}`)).text();
      expect(text).toMatch(/lantern_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/threads\/:id",status="2xx"\} 1\b/);
      expect(text).toMatch(/lantern_sockets_connected 1\b/);
      expect(text).toMatch(/lantern_socket_events_total\{event="room:join",outcome="ok"\} 1\b/);
      expect(text).toMatch(/lantern_socket_events_total\{event="room:join",outcome="ROOM_NOT_FOUND"\} 1\b/);
      expect(text).toMatch(/lantern_moderation_jobs\{state="waiting"\} \d+/);
      expect(text).toMatch(/lantern_outbox_backlog \d+/);
      expect(text).toMatch(/lantern_moderation_oldest_waiting_seconds \d+/);
      expect(text).toMatch(/lantern_process_cpu_seconds_total/);
      expect(text).not.toContain('Quiet Heron');
      expect(text).not.toContain(member.memberId);
      expect(text).not.toContain(threads.body.items[0].id);
    } finally {
      socket.disconnect();
    }
  });

  it('counts refusals by their final status: a guard refusal and a handler error are 4xx, not 2xx or missing', async () => {
    const member = await registerMember(api, 'Counted Crane');
    expect((await rest(api, 'GET', '/api/v1/moderation/queue', { token: member.token })).status).toBe(403);
    expect((await rest(api, 'GET', '/api/v1/threads/00000000-0000-4000-8000-000000000000', { token: member.token })).status).toBe(404);
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    expect(text).toMatch(/lantern_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/moderation\/queue",status="4xx"\} 1\b/);
    expect(text).toMatch(/lantern_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/threads\/:id",status="4xx"\} 1\b/);
  });

  it('counts a request whose client went away before the answer as aborted, not as answered', async () => {
    const scrapeText = async () => (await scrape(`Bearer ${TOKEN}`)).text();
    const aborted = (text: string) => Number(/^lantern_http_request_duration_seconds_count\{method="POST",route="unmatched",status="aborted"\} (\d+)$/m.exec(text)?.[1] ?? 0);
    const before = aborted(await scrapeText());
    // Headers promise 100 bytes of body; two arrive, then the client is gone.
    const { port } = new URL(api.baseUrl);
    const socket = connect(Number(port), '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    socket.write('POST /api/v1/threads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"');
    await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    await waitFor(async () => aborted(await scrapeText()) === before + 1, 5000, 'the aborted request to be counted');
    const text = await scrapeText();
    expect(aborted(text)).toBe(before + 1);
    expect(text).not.toMatch(/lantern_http_request_duration_seconds_count\{method="POST",route="unmatched",status="[2-5]xx"\}/);
  });

  it("times each stage of a chat message's way on the node, once per message", async () => {
    const member = await registerMember(api, 'Timed Wren');
    const socket = io(api.baseUrl, { path: '/socket.io', auth: { token: member.token }, transports: ['websocket'] });
    const count = (text: string, series: string) => Number(new RegExp(`^${series} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
    try {
      // Joining broadcasts the room's presence: it is counted before the first scrape.
      const presence = new Promise((resolve) => socket.once('presence', resolve));
      await socket.timeout(5000).emitWithAck('room:join', { room: 'night-owls' });
      await presence;
      // ... and stored in the stream, which may come after its delivery here.
      let before = '';
      await waitFor(async () => {
        before = await (await scrape(`Bearer ${TOKEN}`)).text();
        return count(before, 'lantern_socket_stream_append_seconds_count') === count(before, 'lantern_socket_broadcast_seconds_count');
      }, 5_000, 'the presence broadcast stored in the stream');
      for (const n of [1, 2]) {
        const delivered = new Promise((resolve) => socket.once('message:new', resolve));
        expect(await socket.timeout(5000).emitWithAck('message:send', { room: 'night-owls', body: `timed ${n}`, clientMsgId: `timed-${n}` })).toMatchObject({ ok: true });
        await delivered;
      }
      // A resend goes the same way (found stored already by the statement), and is heard again by the
      // room (its first broadcast may have been lost with its answer): a third broadcast.
      const again = new Promise((resolve) => socket.once('message:new', resolve));
      await socket.timeout(5000).emitWithAck('message:send', { room: 'night-owls', body: 'timed 2', clientMsgId: 'timed-2' });
      await again;
      const after = await (await scrape(`Bearer ${TOKEN}`)).text();
      const grew = (series: string, now = after) => count(now, series) - count(before, series);
      expect(after).not.toMatch(/stage="rate_limit"/);
      expect(grew('lantern_chat_send_stage_seconds_count{stage="queue"}')).toBe(3);
      expect(grew('lantern_chat_send_stage_seconds_count{stage="statement"}')).toBe(3);
      expect(grew('lantern_socket_broadcast_seconds_count')).toBe(3);
      // Each also stored in the stream, for other nodes and for recovery.
      await waitFor(async () => grew('lantern_socket_stream_append_seconds_count', await (await scrape(`Bearer ${TOKEN}`)).text()) === 3, 5_000, 'every append counted');
      // The node reads the shared stream back (alone, at its own pace): those reads are counted too.
      await waitFor(async () => grew('lantern_socket_stream_reads_total', await (await scrape(`Bearer ${TOKEN}`)).text()) > 0, 5_000, 'a read of the stream counted');
      const statementSeconds = Number(/^lantern_chat_send_stage_seconds_sum\{stage="statement"\} ([0-9.e-]+)$/m.exec(after)?.[1]);
      expect(statementSeconds).toBeGreaterThan(0);
      expect(statementSeconds).toBeLessThan(15);
      expect(after).toMatch(/^lantern_chat_send_stage_seconds_bucket\{le="0.0005",stage="statement"\} \d+$/m);
    } finally {
      socket.disconnect();
    }
  });

  it('reports classification latency from the stored results', async () => {
    const [thread] = await api.db.dataSource.query(`INSERT INTO threads (category_id, title) SELECT id, 'latency' FROM categories LIMIT 1 RETURNING id`);
    const [post] = await api.db.dataSource.query(`INSERT INTO posts (thread_id, body, created_at) VALUES ($1, 'hello', now() - interval '2 seconds') RETURNING id`, [thread.id]);
    await api.db.dataSource.query(`INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk) VALUES ('post', $1, 1, false, false, 'none')`, [post.id]);
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    const p50 = Number(/lantern_classification_latency_seconds\{quantile="0.5"\} ([0-9.]+)/.exec(text)?.[1]);
    expect(p50).toBeGreaterThan(1.5);
    expect(p50).toBeLessThan(10);
  });

  it('reads only the latest 1,000 classifications, so a scrape stays cheap however many are stored', async () => {
    // 500 older results, each 8 s after its post, then 1,000 newer ones 2 s after theirs.
    await api.db.dataSource.query(
      `WITH t AS (INSERT INTO threads (category_id, title) SELECT id, 'bounded' FROM categories LIMIT 1 RETURNING id),
            made AS (INSERT INTO posts (thread_id, body, created_at)
                     SELECT t.id, 'post ' || n, now() - make_interval(secs => CASE WHEN n <= 500 THEN 100 ELSE 50 END)
                       FROM t, generate_series(1, 1500) AS n RETURNING id, created_at)
       INSERT INTO moderation_results (content_type, content_id, version, flagged, crisis, risk, classified_at)
       SELECT 'post', made.id, 1, false, false, 'none',
              made.created_at + CASE WHEN made.created_at < now() - interval '75 seconds' THEN interval '8 seconds' ELSE interval '2 seconds' END
         FROM made`,
    );
    const text = await (await scrape(`Bearer ${TOKEN}`)).text();
    const p99 = Number(/lantern_classification_latency_seconds\{quantile="0.99"\} ([0-9.]+)/.exec(text)?.[1]);
    expect(p99).toBeGreaterThan(1.5);
    expect(p99).toBeLessThan(3);
    const [plan] = await api.db.dataSource.query(`SELECT indexdef FROM pg_indexes WHERE indexname = 'moderation_results_classified_idx'`);
    expect(plan.indexdef).toContain('(classified_at)');
  });

  describe('without a token configured', () => {
    let plain: ApiHarness;
    beforeAll(async () => {
      plain = await startApi('metrics-off');
    });
    afterAll(async () => {
      await plain.close();
    });

    it('is off, with a clear 404', async () => {
      const response = await fetch(`${plain.baseUrl}/api/metrics`);
      expect(response.status).toBe(404);
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('METRICS_DISABLED');
    });
  });
});
