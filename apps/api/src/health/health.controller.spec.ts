import { DATA_SOURCE } from '../infra/infra.tokens';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import type { DataSource } from 'typeorm';

describe('GET /api/health (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;
  afterEach(async () => {
    await api?.close();
  });

  it('answers 200 with both services up', async () => {
    api = await startApi('healthup');
    const response = await fetch(`${api.baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', db: 'up', redis: 'up' });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 503 naming Redis when Redis is down', async () => {
    api = await startApi('healthredis', { REDIS_URL: 'redis://127.0.0.1:1' });
    const response = await fetch(`${api.baseUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', db: 'up', redis: 'down' });
  });

  it('answers 503 naming the database when PostgreSQL is gone', async () => {
    api = await startApi('healthdb');
    await api.app.get<DataSource>(DATA_SOURCE).destroy();
    const response = await fetch(`${api.baseUrl}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', db: 'down', redis: 'up' });
  });
});
