import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';

export type NotificationHandler = (payload: string) => void;

const MAX_BACKOFF_MS = 5000;

/**
 * One dedicated PostgreSQL connection per api process that LISTENs for the channels features
 * subscribe to (the outbox relay, crisis notices, review items). Triggers NOTIFY on commit, so
 * every api node hears about a row the moment it exists, whichever process wrote it.
 *
 * If the connection drops it reconnects with backoff and calls each channel's `onReconnect`, so
 * a feature can catch up on anything it missed (notifications are not queued while away).
 */
@Injectable()
export class PgListenerService implements OnApplicationShutdown {
  private readonly logger = new Logger(PgListenerService.name);
  private readonly handlers = new Map<string, { onNotify: NotificationHandler[]; onReconnect: Array<() => void> }>();
  private client: Client | undefined;
  private connecting: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private lastTurn: Promise<unknown> = Promise.resolve();

  constructor(@Inject(SERVER_ENV) private readonly env: ServerEnv) {}

  /** Subscribes to a channel; `onReconnect` also runs once the first LISTEN succeeds. */
  listen(channel: string, onNotify: NotificationHandler, onReconnect: () => void = () => undefined): void {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
    const entry = this.handlers.get(channel) ?? { onNotify: [], onReconnect: [] };
    entry.onNotify.push(onNotify);
    entry.onReconnect.push(onReconnect);
    this.handlers.set(channel, entry);
    if (this.client && !this.connecting) {
      this.inTurn(this.client, `LISTEN ${channel}`)
        .then(onReconnect)
        .catch(() => undefined);
    } else {
      void this.connect(0);
    }
  }

  /**
   * One statement at a time on the connection: features subscribe as they start, several in the
   * same tick, and a client asked for a query while it runs one queues it only until pg 9 (which
   * refuses it), as it warns.
   */
  private inTurn(client: Client, sql: string): Promise<unknown> {
    const turn = this.lastTurn.then(() => client.query(sql));
    this.lastTurn = turn.catch(() => undefined);
    return turn;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private connect(attempt: number): Promise<void> {
    if (this.stopped || this.client) return this.connecting ?? Promise.resolve();
    const client = new Client({ connectionString: this.env.DATABASE_URL, application_name: 'lantern-listener', connectionTimeoutMillis: 3000 });
    this.client = client;
    const lost = () => {
      if (this.client !== client) return;
      this.client = undefined;
      client.end().catch(() => undefined);
      if (!this.stopped) this.retry = setTimeout(() => void this.connect(attempt + 1), Math.min(500 * 2 ** attempt, MAX_BACKOFF_MS));
    };
    client.on('error', lost);
    client.on('end', lost);
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel)?.onNotify ?? []) handler(message.payload ?? '');
    });
    this.connecting = (async () => {
      try {
        await client.connect();
        for (const channel of this.handlers.keys()) await this.inTurn(client, `LISTEN ${channel}`);
        if (attempt > 0) this.logger.log('listening to PostgreSQL notifications again');
        for (const entry of this.handlers.values()) for (const callback of entry.onReconnect) callback();
        attempt = 0;
      } catch (error) {
        if (attempt === 0) this.logger.warn(`PostgreSQL notifications unavailable, will retry: ${(error as Error).message}`);
        lost();
      } finally {
        this.connecting = undefined;
      }
    })();
    return this.connecting;
  }
}
