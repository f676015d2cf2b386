import { CLIENT_ERROR_CODES, isApiError } from '../../api/api-client';
import type { HealthReport } from './health-report';

/** `unknown` when the API could not be asked: we do not guess about what sits behind it. */
export type DisplayedServiceState = 'up' | 'down' | 'unknown';

export interface ServiceRow {
  key: 'api' | 'db' | 'redis';
  label: string;
  state: DisplayedServiceState;
}

const CLIENT_CODES: ReadonlySet<string> = new Set(Object.values(CLIENT_ERROR_CODES));

/** The API counts as up whenever it answered with JSON, even a Lantern error body. */
function apiAnsweredWithJson(error: unknown): boolean {
  return isApiError(error) && error.status > 0 && !CLIENT_CODES.has(error.code);
}

export function serviceRows(report: HealthReport | undefined, error: unknown): ServiceRow[] {
  if (report && !error) {
    return [
      { key: 'api', label: 'API', state: 'up' },
      { key: 'db', label: 'Database', state: report.db },
      { key: 'redis', label: 'Redis', state: report.redis },
    ];
  }
  return [
    { key: 'api', label: 'API', state: apiAnsweredWithJson(error) ? 'up' : 'down' },
    { key: 'db', label: 'Database', state: 'unknown' },
    { key: 'redis', label: 'Redis', state: 'unknown' },
  ];
}
