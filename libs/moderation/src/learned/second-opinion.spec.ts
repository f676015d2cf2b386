import { decodeBase64, encodeBase64 } from './base64';
import { featurise } from './features';
import { SECOND_OPINION_MODEL_ID, SECOND_OPINION_THRESHOLDS, secondOpinion } from './second-opinion';

const { T1, T2 } = SECOND_OPINION_THRESHOLDS;

describe('secondOpinion', () => {
  it('is deterministic and names its model', () => {
    const text = 'im done trying guys this is it for me';
    const first = secondOpinion(text);
    expect(secondOpinion(text)).toEqual(first);
    expect(secondOpinion(`${text}`)).toEqual(first);
    expect(first.model).toBe(SECOND_OPINION_MODEL_ID);
    expect(first.model).toMatch(/^lr-ngram-[0-9a-f]{12}$/);
    expect(first.score).toBeGreaterThanOrEqual(0);
    expect(first.score).toBeLessThanOrEqual(1);
    expect(featurise(text)).toEqual(featurise(text));
  });

  it('has T1 stricter than T2, both high', () => {
    expect(T2).toBeGreaterThan(0.5);
    expect(T1).toBeGreaterThan(T2);
    expect(T1).toBeLessThan(1);
  });

  it('scores an empty or odd text without throwing', () => {
    for (const text of ['', '   ', '🙂', 'a'.repeat(5000), '\u0000\uffff']) {
      const { score } = secondOpinion(text);
      expect(Number.isFinite(score)).toBe(true);
      expect(score).toBeLessThan(T2);
    }
  });

  // Crisis texts of the labelled sets that the lexicon missed when the experiment ran
  // (/tmp/learned-exp/results/loso-scores.jsonl: crisis, current lexicon false, held-out score >= T2),
  // each beside its everyday twin from the same set. The model has since been trained on them, so
  // this checks that the shipped model keeps them apart, not that it generalises.
  it.each<[string, string]>([
    ['i think tonights the night ngl', 'i think tonights the night we finally beat the raid'],
    ['im done trying guys this is it for me', 'im done trying to get this achievement this is it for me'],
    [
      "No papers, no family here, no way back. I've decided I'm not going to wake up tomorrow.",
      "No papers due, no family here this week, no lectures. I've decided I'm not going to wake up before noon tomorrow.",
    ],
    ['why am i even alive lmao', 'i dont wanna wake up tmrw for that 8am'],
  ])('flags %j above T2 and not its twin %j', (crisis, everyday) => {
    expect(secondOpinion(crisis).score).toBeGreaterThanOrEqual(T2);
    expect(secondOpinion(everyday).score).toBeLessThan(T2);
  });

  it.each([
    "Everyone keeps saying the wifi gets better after midnight. I've decided to stop waiting for it.",
    "my best friend texted me 'thank you for everything' after the wedding",
    'Tonight\'s the night, the final episode!',
    'This homework is killing me.',
    'I am so tired of this weather, I want to go home',
  ])('leaves the everyday %j below T2', (text) => {
    expect(secondOpinion(text).score).toBeLessThan(T2);
  });
});

describe('base64', () => {
  it('round-trips every length and byte', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = Uint8Array.from({ length: n * 7 + (n % 3) }, (_, i) => (i * 37 + n) & 0xff);
      expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
    }
    expect(encodeBase64(Uint8Array.from([0xff, 0x00, 0x80]))).toBe('/wCA');
    expect(encodeBase64(Uint8Array.from([104, 105]))).toBe('aGk=');
  });
});
