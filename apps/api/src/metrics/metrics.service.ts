import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE, MODERATION_QUEUE } from '../infra/infra.tokens';

/** Fine at the low end, where a chat message's stages live (a millisecond or a few). */
const LATENCY_BUCKETS = [0.0005, 0.001, 0.002, 0.003, 0.005, 0.0075, 0.01, 0.015, 0.025, 0.05, 0.1, 0.25, 1, 5];

/**
 * Prometheus metrics for one api process (prom-client). Counts and timings only: no member id,
 * pseudonym, text or address ever becomes a label. Queue depths and the outbox backlog are read
 * at scrape time, so they are right even when another node did the work.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration = new Histogram({
    name: 'lantern_http_request_duration_seconds',
    help: 'REST request duration by route pattern and status class',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly socketEvents = new Counter({
    name: 'lantern_socket_events_total',
    help: 'Socket.IO events handled, by event and outcome',
    labelNames: ['event', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly socketsConnected = new Gauge({ name: 'lantern_sockets_connected', help: 'Sockets connected to this node', registers: [this.registry] });
  /**
   * Where a chat message's time goes on its node, per message: waiting for the send statement, the
   * statement itself (checks every rule, the burst limit included, and stores it with its outbox
   * row). Together with `lantern_socket_broadcast_seconds` and
   * `lantern_socket_stream_append_seconds` it says which part of a slow delivery was whose.
   */
  readonly chatSendStage = new Histogram({
    name: 'lantern_chat_send_stage_seconds',
    help: 'Time a chat message spends in each stage of sending on its node: queue (waiting for the send statement), statement',
    labelNames: ['stage'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly socketBroadcast = new Histogram({
    name: 'lantern_socket_broadcast_seconds',
    help: 'From a room broadcast to its packets written to this node\'s sockets (at once, unless the node has not yet read the Redis stream and waits for the packet\'s own offset)',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly socketStreamAppend = new Histogram({
    name: 'lantern_socket_stream_append_seconds',
    help: 'From a room broadcast to Redis storing it in the stream, where other nodes read it and connection state recovery replays it',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  readonly socketStreamReads = new Counter({
    name: 'lantern_socket_stream_reads_total',
    help: 'Reads (XREAD) of the stream the api nodes share: about one per ALONE_READ_INTERVAL_MS while a node is alone, one per packet or batch once others share it',
    registers: [this.registry],
  });
  readonly crisisDelivered = new Counter({
    name: 'lantern_crisis_resources_delivered_total',
    help: 'crisis:resources notices pushed to members on this node',
    registers: [this.registry],
  });
  readonly replicaFallbacks = new Counter({
    name: 'lantern_db_read_replica_fallbacks_total',
    help:
      'Reads meant for the read replica that the primary answered: the replica failed (failed), was set aside after failing (set_aside) or for lagging (lagging), or the reader wrote lately (own_write)',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly replicaLag = new Gauge({
    name: 'lantern_db_read_replica_lag_seconds',
    help: 'How far the read replica is behind the primary, measured every second (0 without a streaming replica)',
    registers: [this.registry],
  });

  constructor(
    @Inject(MODERATION_QUEUE) queue: Queue,
    @Inject(DATA_SOURCE) dataSource: DataSource,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'lantern_' });
    const depth = new Gauge({
      name: 'lantern_moderation_jobs',
      help: 'Moderation jobs by state (failed = the dead-letter list)',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed').catch(() => null);
        if (!counts) return;
        for (const [state, count] of Object.entries(counts)) this.set({ state }, count);
      },
    });
    void depth;
    new Gauge({
      name: 'lantern_moderation_oldest_waiting_seconds',
      help: 'Age of the oldest moderation job still waiting (0 when none waits)',
      registers: [this.registry],
      async collect() {
        const [oldest] = await queue.getWaiting(0, 0).catch(() => []);
        this.set(oldest?.timestamp ? Math.max(0, (Date.now() - oldest.timestamp) / 1000) : 0);
      },
    });
    new Gauge({
      name: 'lantern_classification_latency_seconds',
      help: 'From a first post or message version being written to its classification, over the latest 1,000 classified in the last 5 minutes',
      labelNames: ['quantile'] as const,
      registers: [this.registry],
      async collect() {
        // The newest thousand first versions (an index scan), each timed by one lookup of its post
        // or message; one ordered pass gives all three quantiles.
        const rows: Array<{ q: number[] | null }> | null = await dataSource
          .query(
            `SELECT percentile_cont(ARRAY[0.5, 0.95, 0.99]::float8[]) WITHIN GROUP (ORDER BY d) AS q
               FROM (SELECT extract(epoch FROM r.classified_at - CASE r.content_type
                                 WHEN 'post' THEN (SELECT p.created_at FROM posts p WHERE p.id = r.content_id)
                                 ELSE (SELECT g.created_at FROM messages g WHERE g.id = r.content_id) END) AS d
                       FROM (SELECT content_type, content_id, classified_at FROM moderation_results
                              WHERE version = 1 AND classified_at > now() - interval '5 minutes'
                              ORDER BY classified_at DESC LIMIT 1000) r) latencies`,
          )
          .catch(() => null);
        const quantiles = rows?.[0]?.q;
        if (!quantiles || quantiles[0] === null) return;
        ['0.5', '0.95', '0.99'].forEach((quantile, i) => this.set({ quantile }, Number(quantiles[i])));
      },
    });
    new Gauge({
      name: 'lantern_outbox_backlog',
      help: 'Outbox rows written but not yet relayed to the queue',
      registers: [this.registry],
      async collect() {
        const rows: Array<{ n: number }> | null = await dataSource.query(`SELECT count(*)::int AS n FROM outbox_events`).catch(() => null);
        if (rows?.[0]) this.set(rows[0].n);
      },
    });
    new Gauge({
      name: 'lantern_review_items_open',
      help: 'Open review items by kind; overdue counts those past their due time',
      labelNames: ['kind', 'overdue'] as const,
      registers: [this.registry],
      async collect() {
        const rows: Array<{ kind: string; overdue: boolean; n: number }> | null = await dataSource
          .query(`SELECT kind, due_at < now() AS overdue, count(*)::int AS n FROM flags WHERE status <> 'resolved' GROUP BY 1, 2`)
          .catch(() => null);
        if (!rows) return;
        this.reset();
        for (const row of rows) this.set({ kind: row.kind, overdue: String(row.overdue) }, row.n);
      },
    });
  }
}
