import { classify } from '../classifier/classify';
import type { ModerationProvider, ProviderScores } from './moderation-provider';
import { ProviderError } from './provider-error';
import { PROVIDER_HARM_THRESHOLD, withProviders } from './with-providers';

const answering = (name: string, scores: ProviderScores['scores'], delayMs = 0): ModerationProvider => ({
  name,
  score: () =>
    new Promise((resolve) => setTimeout(() => resolve({ provider: name, scores, attributes: { RAW: 0.5 } }), delayMs)),
});

describe('withProviders', () => {
  it('returns the local result unchanged when there are no providers', async () => {
    const local = classify('hello');
    await expect(withProviders('hello', local, [])).resolves.toEqual({ ...local, providers: [] });
  });

  it('adds a harm category a provider is sure about, and keeps the higher score', async () => {
    const text = 'what a lovely day';
    const local = classify(text);
    const enriched = await withProviders(text, local, [answering('p', { harassment: 0.95, hate: 0.1 })]);
    expect(enriched.flagged).toBe(true);
    expect(enriched.categories).toEqual(['harassment']);
    expect(enriched.scores.harassment).toBe(0.95);
    expect(enriched.scores.hate).toBe(0.1);
    expect(enriched.providers).toEqual([
      { provider: 'p', status: 'ok', scores: { harassment: 0.95, hate: 0.1 }, attributes: { RAW: 0.5 } },
    ]);
  });

  it('ignores provider scores below its threshold and anything that is not harm', async () => {
    const text = 'just a day';
    const enriched = await withProviders(text, classify(text), [
      answering('p', { harassment: PROVIDER_HARM_THRESHOLD - 0.01, suicidal_ideation: 0.99 }),
    ]);
    expect(enriched.flagged).toBe(false);
    expect(enriched.categories).toEqual([]);
    expect(enriched.scores.suicidal_ideation).toBe(0);
  });

  it('never adds harm to a crisis: a person in pain is not abusive', async () => {
    const text = 'I fucking hate myself and I want to die';
    const local = classify(text);
    expect(local.crisis).toBe(true);
    const enriched = await withProviders(text, local, [answering('p', { harassment: 0.99 })]);
    expect(enriched.categories).toEqual(local.categories);
    expect(enriched.scores.harassment).toBe(0.99);
  });

  it('resolves by the timeout, cancels slow providers, and reports each failure', async () => {
    let cancelled = false;
    const slow: ModerationProvider = {
      name: 'slow',
      score: (_text, signal) =>
        new Promise((_resolve, reject) => {
          signal?.addEventListener('abort', () => {
            cancelled = true;
            reject(new ProviderError('PROVIDER_ABORTED', 'cancelled'));
          });
        }),
    };
    const deaf: ModerationProvider = { name: 'deaf', score: () => new Promise(() => undefined) };
    const broken: ModerationProvider = { name: 'broken', score: () => Promise.reject(new Error('down')) };
    const text = 'hello';
    const started = Date.now();
    const enriched = await withProviders(text, classify(text), [slow, deaf, broken, answering('ok', {})], { timeoutMs: 100 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(cancelled).toBe(true);
    expect(enriched.providers.map((p) => [p.provider, p.status, p.error?.code])).toEqual([
      ['slow', 'timed_out', 'PROVIDER_ABORTED'],
      ['deaf', 'timed_out', 'PROVIDER_TIMEOUT'],
      ['broken', 'failed', 'PROVIDER_FAILED'],
      ['ok', 'ok', undefined],
    ]);
  });
});
