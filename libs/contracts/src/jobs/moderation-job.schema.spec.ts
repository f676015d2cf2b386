import { moderationJobId, moderationJobSchema } from './moderation-job.schema';
import { summariseHealth } from '../health/health.schema';

describe('moderation job contract', () => {
  const job = { contentType: 'post' as const, contentId: '0b7f3c1e-8d6a-4c31-9e2f-5a4b3c2d1e0f', version: 2 };

  it('derives one job id per content version so duplicates collapse', () => {
    expect(moderationJobId(job)).toBe('post-0b7f3c1e-8d6a-4c31-9e2f-5a4b3c2d1e0f-v2');
    expect(moderationJobId({ ...job, version: 3 })).not.toBe(moderationJobId(job));
  });

  it('refuses a payload that carries text', () => {
    expect(moderationJobSchema.strict().safeParse({ ...job, text: 'secret words' }).success).toBe(false);
    expect(moderationJobSchema.safeParse({ ...job, contentId: 'nope' }).success).toBe(false);
  });
});

describe('summariseHealth', () => {
  it('is ok only when both services are up', () => {
    expect(summariseHealth('up', 'up').status).toBe('ok');
    expect(summariseHealth('down', 'up')).toEqual({ status: 'degraded', db: 'down', redis: 'up' });
    expect(summariseHealth('up', 'down').status).toBe('degraded');
  });
});
