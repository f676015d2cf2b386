import { seedDemoData } from '@lantern/db';
import { createTestDatabase, type TestDatabase } from '@lantern/db/testing';
import type { SearchHit, ThreadSummary } from '@lantern/contracts';
import { Client } from 'pg';
import { startApi, startApiNode, type ApiHarness } from '../../test/support/api-harness';
import { startStreamingPair, type StreamingPair } from '../../test/support/streaming-standby';
import { registerMember, rest, type Session } from '../../test/support/rest-client';
import { waitFor } from '../../test/support/worker-process';

const METRICS = 'metrics-token-for-replica-tests-0123';

async function metricsPage(api: ApiHarness): Promise<string> {
  return (await fetch(`${api.baseUrl}/api/metrics`, { headers: { Authorization: `Bearer ${METRICS}` } })).text();
}

/** The fallbacks the api has counted, by reason, from its Prometheus page. */
async function fallbacks(api: ApiHarness): Promise<Record<string, number>> {
  const text = await metricsPage(api);
  return Object.fromEntries([...text.matchAll(/^lantern_db_read_replica_fallbacks_total\{reason="(\w+)"\} (\d+)$/gm)].map((match) => [match[1], Number(match[2])]));
}

/** The replica's lag as the api last measured it. */
async function lagSeconds(api: ApiHarness): Promise<number> {
  const found = /^lantern_db_read_replica_lag_seconds ([\d.e+-]+)$/m.exec(await metricsPage(api));
  if (!found) throw new Error('no lantern_db_read_replica_lag_seconds on the metrics page');
  return Number(found[1]);
}

interface ErrorResponse {
  error: { code: string; message: string };
}

/**
 * The replica is a second database that stands in for a streaming replica (PostgreSQL replicates;
 * what is tested here is which reads go where). It holds the same demo forum as the primary, with
 * every thread title marked, so an answer shows where it was read.
 */
describe('reads from DATABASE_READ_URL: the category lists and search on the replica, the rest on the primary (real PostgreSQL)', () => {
  let replica: TestDatabase;
  let api: ApiHarness;
  let member: Session;
  const list = () => rest<{ items: ThreadSummary[] } & ErrorResponse>(api, 'GET', '/api/v1/categories/anxiety/threads', { token: member.token });
  const titles = async () => {
    const answer = await list();
    expect(answer.status).toBe(200);
    return answer.body.items.map((thread) => thread.title);
  };
  const readConnections = async () =>
    (await replica.dataSource.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND application_name = 'lantern-api-read'`, [replica.name]))[0].n as number;

  beforeAll(async () => {
    replica = await createTestDatabase('readreplica');
    await seedDemoData(replica.dataSource);
    await replica.dataSource.query(`UPDATE threads SET title = title || ' (replica)'`);
    api = await startApi('readprimary', { DATABASE_READ_URL: replica.url, METRICS_TOKEN: METRICS });
    await seedDemoData(api.db.dataSource);
    member = await registerMember(api, 'Replica Reader');
  });

  afterAll(async () => {
    await api?.close();
    await replica?.drop();
  });

  it('lists a category and searches on the replica, and opens a thread on the primary', async () => {
    const listed = await list();
    expect(listed.status).toBe(200);
    expect(listed.body.items.length).toBeGreaterThan(1);
    expect(listed.body.items.every((thread) => thread.title.endsWith(' (replica)'))).toBe(true);
    const [first] = listed.body.items;
    const searched = await rest<{ items: SearchHit[] }>(api, 'GET', `/api/v1/search?q=${encodeURIComponent(first.title.replace(' (replica)', ''))}`, { token: member.token });
    expect(searched.body.items.length).toBeGreaterThan(0);
    expect(searched.body.items.every((hit) => hit.title.endsWith(' (replica)'))).toBe(true);
    // A thread page reads the primary (a member's own new post is there at once): the replica's
    // copy of the forum was seeded apart, so its ids are not the primary's.
    const elsewhere = await rest<ErrorResponse>(api, 'GET', `/api/v1/threads/${first.id}`, { token: member.token });
    expect([elsewhere.status, elsewhere.body.error.code]).toEqual([404, 'THREAD_NOT_FOUND']);
    const [own] = await api.db.dataSource.query(`SELECT id, title FROM threads ORDER BY created_at LIMIT 1`);
    expect((await rest<{ title: string }>(api, 'GET', `/api/v1/threads/${own.id}`, { token: member.token })).body.title).toBe(own.title);
    const unknown = await rest<ErrorResponse>(api, 'GET', '/api/v1/categories/no-such-place/threads', { token: member.token });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'CATEGORY_NOT_FOUND']);

    expect(await readConnections()).toBeGreaterThan(0);
    expect(await fallbacks(api)).toEqual({});
  });

  it('answers from the primary while the replica is away, and goes back to it once it answers again', async () => {
    // From another database: a server that refuses new connections to it, and drops the api's.
    const server = api.db.dataSource;
    await server.query(`ALTER DATABASE ${replica.name} ALLOW_CONNECTIONS false`);
    await server.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'lantern-api-read'`, [replica.name]);
    try {
      for (let read = 0; read < 3; read += 1) {
        expect((await titles()).some((title) => title.endsWith(' (replica)'))).toBe(false);
        const searched = await rest<{ items: SearchHit[] }>(api, 'GET', '/api/v1/search?q=sleep', { token: member.token });
        expect(searched.status).toBe(200);
      }
      expect(await readConnections()).toBe(0);
      // The first read found it gone and set it aside; the rest did not try it.
      const counted = await fallbacks(api);
      expect(counted.failed).toBeGreaterThanOrEqual(1);
      expect(counted.set_aside).toBeGreaterThanOrEqual(4);
    } finally {
      await server.query(`ALTER DATABASE ${replica.name} ALLOW_CONNECTIONS true`);
    }
    await waitFor(async () => (await titles()).every((title) => title.endsWith(' (replica)')), 15_000, 'reads back on the replica');
  });

  it('starts and serves with a replica that never answers', async () => {
    const alone = await startApi('readnoreplica', { DATABASE_READ_URL: 'postgres://postgres@127.0.0.1:1/lantern' });
    try {
      await seedDemoData(alone.db.dataSource);
      const who = await registerMember(alone, 'Replica Orphan');
      const answer = await rest<{ items: ThreadSummary[] }>(alone, 'GET', '/api/v1/categories/anxiety/threads', { token: who.token });
      expect(answer.status).toBe(200);
      expect(answer.body.items.length).toBeGreaterThan(1);
    } finally {
      await alone.close();
    }
  });
});

/**
 * A real streaming pair (initdb, pg_basebackup, a hot standby following the primary on ports of
 * its own): the standby's replay is paused to make it fall behind, as a stuck or cut-off replica
 * does.
 */
describe('a streaming standby behind the primary: members see their own writes, and a standby too far behind is set aside (real PostgreSQL replication)', () => {
  const MAX_LAG = 3;
  let pair: StreamingPair;
  let api: ApiHarness;
  let otherNode: ApiHarness;
  let standby: Client;
  let writer: Session;
  let reader: Session;
  const titlesFor = async (node: ApiHarness, who: Session) => {
    const answer = await rest<{ items: ThreadSummary[] }>(node, 'GET', '/api/v1/categories/anxiety/threads', { token: who.token });
    expect(answer.status).toBe(200);
    return answer.body.items.map((thread) => thread.title);
  };
  /** Waits until the standby has replayed everything the primary has written so far (committed or not yet flushed). */
  const caughtUp = async () => {
    const [{ lsn }] = await api.db.dataSource.query('SELECT pg_current_wal_insert_lsn()::text AS lsn');
    await waitFor(async () => (await standby.query('SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done', [lsn])).rows[0].done === true, 20_000, 'the standby caught up');
  };
  const startThread = async (title: string) => {
    const created = await rest<{ id: string }>(api, 'POST', '/api/v1/threads', { token: writer.token, body: { categorySlug: 'anxiety', title, body: 'Written on the primary.' } });
    expect(created.status).toBe(201);
  };

  beforeAll(async () => {
    pair = await startStreamingPair();
    api = await startApi('standby', { METRICS_TOKEN: METRICS, DATABASE_READ_MAX_LAG_SECONDS: String(MAX_LAG) }, { databaseServer: pair.primaryUrl, readReplica: pair.standbyUrl });
    otherNode = await startApiNode(api.db, api.env);
    await seedDemoData(api.db.dataSource);
    writer = await registerMember(api, 'Standby Writer');
    reader = await registerMember(api, 'Standby Reader');
    standby = new Client({ connectionString: pair.standbyUrl(api.db.name) });
    await standby.connect();
    // The migrations and the seed, replayed before anything is read there.
    await caughtUp();
  }, 60_000);

  afterAll(async () => {
    await standby?.end();
    await otherNode?.close();
    await api?.close();
    await pair?.stop();
  }, 30_000);

  it('reads the category list from the standby once it has replayed a new thread, without falling back', async () => {
    await startThread('Streaming: replayed on the standby');
    await waitFor(async () => (await titlesFor(api, reader)).includes('Streaming: replayed on the standby'), 10_000, 'the thread on the standby');
    const [{ n }] = (await standby.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'lantern-api-read'`)).rows;
    expect(n).toBeGreaterThan(0);
    await waitFor(async () => (await lagSeconds(api)) === 0, 10_000, 'no lag measured');
    expect((await fallbacks(api)).lagging).toBeUndefined();
  }, 30_000);

  it('lets a member who just wrote read the primary on every node, while everyone else reads the standby behind', async () => {
    await caughtUp();
    await standby.query('SELECT pg_wal_replay_pause()');
    await waitFor(async () => (await standby.query(`SELECT pg_get_wal_replay_pause_state() AS state`)).rows[0].state === 'paused', 10_000, 'replay paused');
    try {
      await startThread('Streaming: my own new thread');
      // A write that was refused marks nothing: its member still reads the standby.
      const refused = await rest<ErrorResponse>(api, 'POST', '/api/v1/threads', { token: reader.token, body: { categorySlug: 'anxiety', title: '' } });
      expect(refused.status).toBe(400);
      const [byWriterElsewhere, byReader] = await Promise.all([titlesFor(otherNode, writer), titlesFor(api, reader)]);
      expect(byWriterElsewhere).toContain('Streaming: my own new thread');
      expect(byReader).not.toContain('Streaming: my own new thread');
      expect((await fallbacks(otherNode)).own_write).toBeGreaterThanOrEqual(1);
      expect((await standby.query(`SELECT 1 FROM threads WHERE title = 'Streaming: my own new thread'`)).rows).toEqual([]);
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
  }, 30_000);

  it('sets a standby more than DATABASE_READ_MAX_LAG_SECONDS behind aside, and reads it again once it has caught up', async () => {
    await caughtUp();
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      await startThread('Streaming: written while the standby is stuck');
      const seen = await waitFor(
        async () => ((await titlesFor(api, reader)).includes('Streaming: written while the standby is stuck') ? Date.now() : undefined),
        20_000,
        'the primary answering for a standby too far behind',
      );
      expect(seen).toBeGreaterThan(0);
      expect(await lagSeconds(api)).toBeGreaterThan(MAX_LAG);
      expect((await fallbacks(api)).lagging).toBeGreaterThanOrEqual(1);
      expect((await standby.query(`SELECT 1 FROM threads WHERE title = 'Streaming: written while the standby is stuck'`)).rows).toEqual([]);
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
    await waitFor(async () => (await lagSeconds(api)) === 0, 10_000, 'the standby caught up');
    const before = await fallbacks(api);
    expect(await titlesFor(api, reader)).toContain('Streaming: written while the standby is stuck');
    expect(await fallbacks(api)).toEqual(before);
  }, 60_000);
});
