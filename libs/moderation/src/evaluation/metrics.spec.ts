import { parseLabelledExample, type LabelledExample } from './labelled-example';
import {
  crisisErrorsByGroup,
  crisisFalsePositiveRate,
  precisionRecallF1,
  type Prediction,
  riskAgreement,
  scoreLabels,
} from './metrics';

const example = (text: string, crisis: boolean, categories: LabelledExample['categories'], group = 'g'): LabelledExample =>
  parseLabelledExample(JSON.stringify({ text, crisis, categories, group }), 'test');

describe('precisionRecallF1', () => {
  it('computes the usual ratios', () => {
    const { precision, recall, f1 } = precisionRecallF1(8, 2, 4);
    expect(precision).toBeCloseTo(0.8);
    expect(recall).toBeCloseTo(8 / 12);
    expect(f1).toBeCloseTo((2 * 0.8 * (8 / 12)) / (0.8 + 8 / 12));
  });

  it('gives 0 for an undefined ratio, and 1 throughout when a label never occurs nor is predicted', () => {
    expect(precisionRecallF1(0, 0, 3)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecallF1(0, 3, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
    expect(precisionRecallF1(0, 0, 0)).toEqual({ precision: 1, recall: 1, f1: 1 });
  });
});

describe('scoreLabels', () => {
  const examples = [
    example('a', true, ['suicidal_ideation']),
    example('b', true, ['self_harm']),
    example('c', false, ['harassment']),
    example('d', false, []),
  ];

  it('counts true and false positives and negatives per label', () => {
    const predictions: Prediction[] = [
      { crisis: true, categories: ['suicidal_ideation'] },
      { crisis: false, categories: [] },
      { crisis: true, categories: ['harassment'] },
      { crisis: false, categories: ['harassment'] },
    ];
    const rows = scoreLabels(examples, predictions, ['crisis', 'harassment', 'self_harm']);
    expect(rows.map((r) => [r.label, r.truePositives, r.falsePositives, r.falseNegatives, r.support])).toEqual([
      ['crisis', 1, 1, 1, 2],
      ['harassment', 1, 1, 0, 1],
      ['self_harm', 0, 0, 1, 1],
    ]);
    expect(rows[0].precision).toBeCloseTo(0.5);
  });

  it('scores fine crisis categories only where they were labelled', () => {
    const coarse = [example('x', true, [])];
    const rows = scoreLabels(coarse, [{ crisis: true, categories: ['suicidal_ideation'] }], ['crisis', 'suicidal_ideation']);
    expect(rows[0].truePositives).toBe(1);
    expect(rows[1]).toMatchObject({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  });

  it('refuses mismatched lists', () => {
    expect(() => scoreLabels(examples, [])).toThrow(RangeError);
  });
});

describe('crisis rates and risk agreement', () => {
  const examples = [
    example('a', true, ['suicidal_ideation'], 'crisis'),
    example('b', false, [], 'figurative'),
    example('c', false, [], 'figurative'),
    example('d', false, [], 'everyday'),
  ];
  const predictions: Prediction[] = [
    { crisis: true, risk: 'high', categories: [] },
    { crisis: true, categories: [] },
    { crisis: false, categories: [] },
    { crisis: false, categories: [] },
  ];

  it('gives the false-positive rate over non-crisis examples and errors per group', () => {
    expect(crisisFalsePositiveRate(examples, predictions)).toBeCloseTo(1 / 3);
    expect(crisisErrorsByGroup(examples, predictions)).toEqual([
      { group: 'crisis', texts: 1, crisisErrors: 0, crisisErrorRate: 0 },
      { group: 'figurative', texts: 2, crisisErrors: 1, crisisErrorRate: 0.5 },
      { group: 'everyday', texts: 1, crisisErrors: 0, crisisErrorRate: 0 },
    ]);
  });

  it('compares risk tiers exactly and within one step', () => {
    const rated = [parseLabelledExample(JSON.stringify({ text: 'a', crisis: true, risk: 'moderate', categories: [] }), 't')];
    expect(riskAgreement(rated, [{ crisis: true, risk: 'high', categories: [] }])).toEqual({ rated: 1, exact: 0, withinOne: 1 });
    expect(riskAgreement(rated, [{ crisis: true, risk: 'moderate', categories: [] }])).toEqual({ rated: 1, exact: 1, withinOne: 1 });
  });
});

describe('parseLabelledExample', () => {
  it('reads a line and names the place of a bad one', () => {
    expect(parseLabelledExample('{"text":"hi","crisis":false}', 'f:1')).toMatchObject({ text: 'hi', group: 'unspecified', lang: 'en' });
    expect(() => parseLabelledExample('{', 'f:2')).toThrow('f:2 is not valid JSON.');
    expect(() => parseLabelledExample('{"text":"x","crisis":false,"categories":["nope"]}', 'f:3')).toThrow(/unknown category/);
    expect(() => parseLabelledExample('{"text":"x"}', 'f:4')).toThrow(/crisis/);
  });
});
