import { z } from 'zod';

const url = (protocols: string[], example: string) =>
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, `must be a URL starting with ${protocols.map((protocol) => `${protocol}//`).join(' or ')} (for example ${example})`);

const region = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2}$/, 'must be a two-letter region code such as US, CA or GB')
  .transform((value) => value.toUpperCase());

/**
 * A key that seals members' secrets (AES-256-GCM): 32 bytes, base64. Checked at start-up, so a
 * wrong one stops the process with a sentence instead of failing the first seal or open.
 */
const sealingKeySchema = () =>
  z
    .string()
    .trim()
    // 43 base64 characters are 32 bytes: padded or not, url-safe or not, as the decoder reads them.
    .regex(/^[A-Za-z0-9+/_-]{43}=?$/, 'must be 32 random bytes, base64-encoded (for example the output of openssl rand -base64 32)')
    .optional();

/**
 * The environment the api and the worker read, parsed once at start. Every variable here is
 * listed with a comment in `.env.example`.
 */
export const serverEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: url(['postgres:', 'postgresql:'], 'postgres://postgres@127.0.0.1:5432/lantern').default(
    'postgres://postgres@127.0.0.1:5432/lantern',
  ),
  /** How long start-up keeps trying to reach PostgreSQL while it is not there yet (starting beside it, a loaded machine). */
  DATABASE_CONNECT_WAIT_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** A streaming replica of DATABASE_URL for the heavy read paths (category lists, search); unset, they read the primary. */
  DATABASE_READ_URL: url(['postgres:', 'postgresql:'], 'postgres://lantern@postgres-replica:5432/lantern').optional(),
  /** A replica further behind the primary than this is set aside (the primary answers) until it catches up. */
  DATABASE_READ_MAX_LAG_SECONDS: z.coerce.number().int().min(1).max(300).default(5),
  REDIS_URL: url(['redis:', 'rediss:'], 'redis://127.0.0.1:6379').default('redis://127.0.0.1:6379'),
  QUEUE_PREFIX: z
    .string()
    .regex(/^[a-z0-9:_-]{1,64}$/i, 'must be 1-64 letters, digits, colons, dashes or underscores')
    .default('lantern'),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters of random data').optional(),
  /** Turns on Perspective as a second harm scorer for posts (the local classifier stays first and decides crisis alone). */
  PERSPECTIVE_API_KEY: z.string().min(1).optional(),
  /** Where Perspective requests go: its own endpoint unless set (a proxy, or a stand-in server in tests). */
  PERSPECTIVE_ENDPOINT: url(['https:', 'http:'], 'https://commentanalyzer.googleapis.com/v1alpha1/comments:analyze').optional(),
  /**
   * The learned second opinion (worker): words the word lists do not read as crisis but the model
   * does go to the moderators' queue. `standard` at its threshold T2 (about 2% of everyday words
   * held out in training), `strict` at T1 (about 1%), `off` never.
   */
  SECOND_OPINION: z.enum(['standard', 'strict', 'off']).default('standard'),
  DEFAULT_REGION: region.default('US'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CORS_ORIGIN: z.string().default('http://localhost:3000'),
  WEB_DIST: z.string().optional(),
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /**
   * The worker's heartbeat: a file it writes every WORKER_HEARTBEAT_SECONDS while PostgreSQL and
   * Redis answer it and it takes jobs; the worker image's HEALTHCHECK reads how old it is.
   */
  WORKER_HEARTBEAT_FILE: z.string().min(1).default('/tmp/lantern-worker-alive'),
  WORKER_HEARTBEAT_SECONDS: z.coerce.number().int().min(1).max(300).default(10),
  /**
   * How long work may wait with no job in Redis to do it (words nothing has read: posts, chat
   * messages, reports' notes, withheld words; a hand-off not delivered to its crisis line) before
   * the worker queues it again: Redis lost its queue.
   */
  LOST_JOBS_AFTER_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  /** How often the worker deletes sessions past their end (refresh-token rows: a record of when a member was here). */
  SESSION_PURGE_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  /** New accounts per network address per hour (counted on a keyed hash, never the address). */
  RATE_LIMIT_REGISTER_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(20),
  /** Failed sign-ins per pseudonym (and per address) per 15 minutes before a 15-minute pause. */
  RATE_LIMIT_LOGIN_FAILURES: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Forum posts (threads and replies) per member per minute; a flood gets 429 and nobody else slows. */
  RATE_LIMIT_POSTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(10),
  /** Reports (of posts and chat messages together) per member per hour; more get 429, so one member cannot flood the moderators' queue. */
  RATE_LIMIT_REPORTS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(30),
  /** Data exports (GET /me/export) per member per hour: each reads everything the member wrote, so a loop cannot turn it into load. */
  RATE_LIMIT_EXPORTS_PER_HOUR: z.coerce.number().int().min(1).max(100_000).default(5),
  /** Requests to "Replies to you" (the list, its unread count, marking read) per member per minute: the nav asks on every page, a loop gets 429. */
  RATE_LIMIT_REPLIES_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(120),
  /** Socket connections and events (join, leave, send, typing) per member per 10 s on one node, all their connections together; more are refused with RATE_LIMITED. */
  RATE_LIMIT_SOCKET_EVENTS_PER_10S: z.coerce.number().int().min(1).max(100_000).default(50),
  /** Trust X-Forwarded-For from this many proxies (1 behind the bundled nginx); 0 trusts none. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** How often moderators are alerted again about imminent-risk items nobody has claimed in time. */
  OVERDUE_ALERT_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Turns on GET /api/metrics (Prometheus) for scrapers that send it as a bearer token. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** 32 bytes, base64: seals the phone numbers members give for a counsellor's call (else derived from JWT_SECRET). */
  PHONE_ENCRYPTION_KEY: sealingKeySchema(),
  /**
   * 32 bytes, base64: seals members' safety plans (AES-256-GCM). Unset, the key is derived from
   * JWT_SECRET with HKDF; either way, changing it leaves the plans already stored unreadable.
   */
  SAFETY_PLAN_KEY: sealingKeySchema(),
  /** How long a partner's webhook may take before the delivery counts as failed and is retried. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /** The first retry's delay; each further retry waits twice as long (5 attempts in all). */
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).max(600_000).default(1_000),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly problem: string) {
    super(`Configuration error: ${variable} ${problem}.`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses the environment; a bad value throws a ConfigError whose message is one sentence naming
 * the variable, which the entry points print before exiting (no stack trace).
 */
export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const result = serverEnvSchema.safeParse(cleaned);
  if (result.success) {
    if (result.data.NODE_ENV === 'production' && !result.data.JWT_SECRET) {
      throw new ConfigError('JWT_SECRET', 'is required in production');
    }
    return result.data;
  }
  const issue = result.error.issues[0];
  const variable = String(issue.path[0] ?? 'environment');
  const shown = cleaned[variable] === undefined ? 'is missing' : `is invalid (${JSON.stringify(String(cleaned[variable]).slice(0, 80))})`;
  throw new ConfigError(variable, `${shown}: ${issue.message}`);
}
