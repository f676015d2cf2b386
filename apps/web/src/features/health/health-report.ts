// The shape of GET /api/health. When libs/contracts publishes its health schema, parse with that
// schema from @lantern/contracts instead of this hand-written check.

export type ServiceState = 'up' | 'down';

export interface HealthReport {
  status: 'ok' | 'degraded';
  db: ServiceState;
  redis: ServiceState;
}

function isServiceState(value: unknown): value is ServiceState {
  return value === 'up' || value === 'down';
}

export function isHealthReport(value: unknown): value is HealthReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  return (
    (report.status === 'ok' || report.status === 'degraded') && isServiceState(report.db) && isServiceState(report.redis)
  );
}

export function parseHealthReport(value: unknown): HealthReport {
  if (!isHealthReport(value)) throw new TypeError('Expected {status, db, redis} from /api/health');
  return value;
}
