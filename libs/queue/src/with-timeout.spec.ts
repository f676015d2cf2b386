import { TimeoutError, withTimeout } from './with-timeout';

describe('withTimeout', () => {
  it('answers with the promise when it settles in time, its own failure included', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000, 'late')).resolves.toBe(7);
    const own = new Error('refused');
    await expect(withTimeout(Promise.reject(own), 1000, 'late')).rejects.toBe(own);
  });

  it('rejects with a TimeoutError carrying the message when the promise is late', async () => {
    const late = await withTimeout(new Promise(() => undefined), 20, 'Redis did not answer in time').catch((error: unknown) => error);
    expect(late).toBeInstanceOf(TimeoutError);
    expect((late as TimeoutError).message).toBe('Redis did not answer in time');
    expect((late as TimeoutError).name).toBe('TimeoutError');
  });
});
