import { Agent, get } from 'node:http';
import { startApi, type ApiHarness } from '../../test/support/api-harness';

/** One GET on the agent's connection: its status, and whether it went over a connection already open. */
function getOnce(agent: Agent, url: string): Promise<{ status: number; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode ?? 0, reused: request.reusedSocket }));
    });
    request.on('error', reject);
  });
}

describe('HTTP keep-alive (a real server)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('keep-alive');
  });

  afterAll(async () => {
    await api.close();
  });

  // Node closes idle connections after 5 s by default, so a client (or nginx, which keeps upstream
  // connections 60 s) reusing one just then has its request reset. An idle connection now lasts.
  it('keeps an idle connection open past Node’s default 5 s, so the next request reuses it', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      expect(await getOnce(agent, `${api.baseUrl}/api/health`)).toEqual({ status: 200, reused: false });
      await new Promise((resolve) => setTimeout(resolve, 6_000));
      expect(await getOnce(agent, `${api.baseUrl}/api/health`)).toEqual({ status: 200, reused: true });
    } finally {
      agent.destroy();
    }
  }, 20_000);
});
