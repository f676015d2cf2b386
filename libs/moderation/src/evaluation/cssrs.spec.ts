import { CSSRS_CREDIT, parseCssrsUser, scoreCssrs } from './cssrs';
import { keywordBaseline } from './keyword-baseline';

const user = (id: string, label: string, posts: string[]) => parseCssrsUser(JSON.stringify({ id, label, posts }), id);

describe('scoreCssrs', () => {
  const users = [
    user('1', 'Ideation', ['fine', 'I want to die']),
    user('2', 'Behavior', ['nothing here']),
    user('3', 'Attempt', ['I tried']),
    user('4', 'Supportive', ['please stay']),
    user('5', 'Supportive', ['I want to die']),
    user('6', 'Indicator', ['I want to die']),
  ];

  it('flags a user when any post is crisis and reports recall, supportive FPR and Indicator apart', () => {
    const score = scoreCssrs(users, (post) => post.includes('die'));
    expect(score.atRiskRecall).toBeCloseTo(1 / 3);
    expect(score.supportiveFalsePositiveRate).toBeCloseTo(0.5);
    expect(score.indicatorFlaggedRate).toBe(1);
    expect(score.byLabel.Ideation).toEqual({ users: 1, flagged: 1 });
    expect(score.byLabel.Behavior).toEqual({ users: 1, flagged: 0 });
  });

  it('rejects unknown labels and missing posts', () => {
    expect(() => parseCssrsUser('{"label":"Maybe","posts":[]}', 'l:1')).toThrow(/unknown label/);
    expect(() => parseCssrsUser('{"label":"Ideation"}', 'l:2')).toThrow(/posts/);
  });

  it('credits the dataset authors and licence', () => {
    expect(CSSRS_CREDIT).toMatch(/Gaur/);
    expect(CSSRS_CREDIT).toMatch(/CC BY 4\.0/);
  });
});

describe('keywordBaseline', () => {
  it('matches plain keywords, including where a reader would not', () => {
    expect(keywordBaseline('I want to die').crisis).toBe(true);
    expect(keywordBaseline("please don't kill yourself").crisis).toBe(true);
    expect(keywordBaseline('this homework is killing me').crisis).toBe(true);
    expect(keywordBaseline('lovely day').crisis).toBe(false);
    expect(keywordBaseline('kys').categories).toContain('incitement');
  });
});
