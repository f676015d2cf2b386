import { ApiError, CLIENT_ERROR_CODES } from '../../api/api-client';
import { parseHealthReport } from './health-report';
import { serviceRows } from './service-state';

const states = (rows: ReturnType<typeof serviceRows>) => Object.fromEntries(rows.map((row) => [row.key, row.state]));

describe('serviceRows', () => {
  it('shows the reported db and redis states with the API up', () => {
    expect(states(serviceRows({ status: 'degraded', db: 'up', redis: 'down' }, undefined))).toEqual({
      api: 'up',
      db: 'up',
      redis: 'down',
    });
  });

  it('shows the API down and the rest unknown when the API could not be reached', () => {
    const error = new ApiError({ code: CLIENT_ERROR_CODES.NETWORK_ERROR, message: 'offline', status: 0 });
    expect(states(serviceRows(undefined, error))).toEqual({ api: 'down', db: 'unknown', redis: 'unknown' });
  });

  it('shows the API down when it answered with something other than JSON', () => {
    const error = new ApiError({ code: CLIENT_ERROR_CODES.BAD_RESPONSE, message: 'html', status: 502 });
    expect(states(serviceRows(undefined, error)).api).toBe('down');
  });

  it('shows the API up when it answered with a Lantern error body', () => {
    const error = new ApiError({ code: 'RATE_LIMITED', message: 'Slow down.', status: 429 });
    expect(states(serviceRows(undefined, error))).toEqual({ api: 'up', db: 'unknown', redis: 'unknown' });
  });

  it('prefers the latest error over an older report', () => {
    const error = new ApiError({ code: CLIENT_ERROR_CODES.TIMEOUT, message: 'slow', status: 0 });
    expect(states(serviceRows({ status: 'ok', db: 'up', redis: 'up' }, error)).db).toBe('unknown');
  });
});

describe('parseHealthReport', () => {
  it('accepts the documented shape', () => {
    expect(parseHealthReport({ status: 'ok', db: 'up', redis: 'up' })).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it.each([null, 'ok', { status: 'ok', db: 'up' }, { status: 'fine', db: 'up', redis: 'up' }, { error: { code: 'X' } }])(
    'rejects %p',
    (body) => {
      expect(() => parseHealthReport(body)).toThrow(TypeError);
    },
  );
});
