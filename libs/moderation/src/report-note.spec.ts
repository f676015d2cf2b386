import { classify } from './classifier/classify';
import { noticeConcernOf } from './categories';
import { reporterInCrisis } from './report-note';

describe('reporterInCrisis', () => {
  it('finds a reporter who says they are in crisis themself', () => {
    expect(reporterInCrisis('I’m reporting this because I feel the same and want to die')).toMatchObject({ categories: ['suicidal_ideation'] });
    expect(reporterInCrisis('Reporting because this made me want to kill myself.')).not.toBeNull();
  });

  it('finds a reporter in danger from someone else, whose panel then speaks of their safety', () => {
    const reporter = reporterInCrisis("Reporting him. He's my ex and he says he'll kill me if I ever leave him.");
    expect(reporter).toMatchObject({ categories: ['danger_from_other'], risk: 'high' });
    expect(noticeConcernOf(reporter!.categories)).toBe('danger');
  });

  it.each([
    ['It sounded like they want to die'],
    ['it sounded like a goodbye'],
    ['I’m worried, she said she wants to end it all'],
    ['This is spam, please remove it'],
  ])('leaves a note about the reported words alone: %s', (note) => {
    expect(reporterInCrisis(note)).toBeNull();
  });

  it('needs the first person in the same sentence as the crisis words', () => {
    const note = 'I reported it. Whoever wrote this wants to die.';
    // The classifier alone reads crisis here (it is written for a writer's own words).
    expect(classify(note).crisis).toBe(true);
    expect(reporterInCrisis(note)).toBeNull();
  });
});
