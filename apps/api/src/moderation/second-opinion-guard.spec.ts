import { classify, type Classification } from '@lantern/moderation';
import { secondOpinionWords } from '@lantern/moderation/server';
import type { DataSource } from 'typeorm';
// The worker's own code, as lock-order.spec reads it; the api itself never imports the worker.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { learnedCrisis, ModerationProcessor } from '../../../worker/src/moderation/moderation.processor';

let failing = false;
jest.mock('@lantern/moderation/server', () => {
  const actual = jest.requireActual('@lantern/moderation/server');
  return {
    ...actual,
    secondOpinion: (text: string) => {
      if (failing) throw new Error('the model file is damaged');
      return actual.secondOpinion(text);
    },
  };
});

const unlisted = 'im done trying guys this is it for me';

describe('the second opinion in the worker', () => {
  afterEach(() => {
    failing = false;
  });

  it('asks nothing of texts under four words, and takes the stronger reading of a heading and its post', () => {
    // At a threshold of 0 any text asked would be kept: only the word count keeps these out.
    for (const text of ['Goodbye!', 'ok goodbye', 'goodbye all x']) expect(learnedCrisis([text], classify(text), 0)).toBeNull();
    expect(learnedCrisis(['four words said here'], classify('four words said here'), 0)).not.toBeNull();
    const both = learnedCrisis(['pipeline test heading', unlisted], classify(unlisted), 0.9);
    expect(both?.score).toBeGreaterThan(0.9);
    // The post gave the reading: the words marked are the post's, at their places in it.
    expect(both?.part).toBe(1);
    expect(both?.words.length).toBeGreaterThan(0);
    expect(both?.words).toEqual(secondOpinionWords(unlisted));
    // Off, or a crisis the word lists read: never asked.
    expect(learnedCrisis([unlisted], classify(unlisted), null)).toBeNull();
    const crisis: Classification = classify('I want to end my life tonight, I have the pills ready');
    expect(learnedCrisis(['I want to end my life tonight, I have the pills ready'], crisis, 0)).toBeNull();
  });

  it('leaves a failing model out, saying so once, rather than failing the words', () => {
    const processor = new ModerationProcessor({} as DataSource);
    const errors: unknown[] = [];
    (processor as unknown as { logger: { error: (...args: unknown[]) => void } }).logger.error = (...args) => errors.push(args);
    const ask = () => (processor as unknown as { secondOpinionOn: (parts: string[], result: Classification) => unknown }).secondOpinionOn([unlisted], classify(unlisted));
    expect(ask()).not.toBeNull();
    failing = true;
    expect(ask()).toBeNull();
    expect(ask()).toBeNull();
    expect(errors).toHaveLength(1);
  });
});
