import { dangerBesideOwnCrisis, noticeConcernOf, onlyConcernForOther } from './categories';
import { decide, DUE_MINUTES, SECOND_OPINION_PRIORITY, SEVERE_HARM_CATEGORIES } from './policy';
import type { PolicyInput } from './policy';

const clean: PolicyInput = { crisis: false, risk: 'none', categories: [] };

describe('decide', () => {
  it('does nothing for clean content', () => {
    expect(decide(clean)).toEqual({ flag: false, kind: null, priority: 0, dueInMinutes: null, action: 'none', notifyAuthor: false });
  });

  it.each([
    ['imminent', DUE_MINUTES.imminent, 100],
    ['high', DUE_MINUTES.high, 90],
    ['moderate', DUE_MINUTES.standard, 80],
    ['low', DUE_MINUTES.standard, 70],
  ] as const)('flags %s crisis with the author told and due in %i minutes', (risk, due, priority) => {
    const decision = decide({ crisis: true, risk, categories: ['suicidal_ideation'] });
    expect(decision).toEqual({ flag: true, kind: 'crisis', priority, dueInMinutes: due, action: 'flag', notifyAuthor: true });
  });

  it('never holds or blocks a crisis, even with a blocking watched word or method detail, and keeps the sooner due time', () => {
    for (const harm of ['method_instructions', 'harassment'] as const) {
      const decision = decide({ crisis: true, risk: 'moderate', categories: ['suicidal_ideation', harm] }, { watchedWords: { action: 'block' } });
      expect(decision).toMatchObject({ action: 'flag', kind: 'crisis', notifyAuthor: true });
    }
    expect(decide({ crisis: true, risk: 'moderate', categories: ['suicidal_ideation', 'method_instructions'] }).dueInMinutes).toBe(DUE_MINUTES.severeHarm);
  });

  it.each(['threat', 'incitement'] as const)('hides a crisis that also carries %s from the others, still as a crisis with the writer told', (harm) => {
    const decision = decide({ crisis: true, risk: 'high', categories: ['suicidal_ideation', harm] }, { watchedWords: { action: 'block' } });
    expect(decision).toEqual({ flag: true, kind: 'crisis', priority: 90, dueInMinutes: DUE_MINUTES.high, action: 'hide', notifyAuthor: true });
  });

  it('treats concern for another person as crisis so the writer is shown how to help', () => {
    const decision = decide({ crisis: true, risk: 'high', categories: ['concern_for_other'] });
    expect(decision.kind).toBe('crisis');
    expect(decision.notifyAuthor).toBe(true);
  });

  it.each(SEVERE_HARM_CATEGORIES)('hides %s pending review, due in 15 minutes', (category) => {
    const decision = decide({ crisis: false, risk: 'none', categories: [category] });
    expect(decision).toMatchObject({ flag: true, kind: 'harm', action: 'hide', dueInMinutes: 15, notifyAuthor: false });
  });

  it('only flags lesser harm, due within a day', () => {
    for (const category of ['harassment', 'hate', 'sexual', 'spam', 'drug_selling'] as const) {
      expect(decide({ crisis: false, risk: 'none', categories: [category] })).toMatchObject({
        kind: 'harm',
        action: 'flag',
        dueInMinutes: 1440,
      });
    }
  });

  it('ranks every crisis above every abuse flag, and abuse above reports', () => {
    const lowCrisis = decide({ crisis: true, risk: 'low', categories: ['hopelessness'] }).priority;
    const severe = decide({ crisis: false, risk: 'none', categories: ['incitement'] }).priority;
    const lesser = decide({ crisis: false, risk: 'none', categories: ['spam'] }).priority;
    const reported = decide(clean, { reports: 50 }).priority;
    expect(lowCrisis).toBeGreaterThan(severe);
    expect(severe).toBeGreaterThan(lesser);
    expect(lesser).toBeGreaterThan(reported);
  });

  it('turns member reports into a report flag that rises with more reports', () => {
    const one = decide(clean, { reports: 1 });
    const five = decide(clean, { reports: 5 });
    expect(one).toMatchObject({ flag: true, kind: 'report', action: 'flag', dueInMinutes: 1440 });
    expect(five.priority).toBeGreaterThan(one.priority);
  });

  it('sends words only the learned second opinion reads as crisis to a person, after every crisis and severe abuse, before lesser abuse, and does nothing else', () => {
    const guessed = decide(clean, { secondOpinion: true });
    expect(guessed).toEqual({ flag: true, kind: 'report', priority: SECOND_OPINION_PRIORITY, dueInMinutes: DUE_MINUTES.standard, action: 'flag', notifyAuthor: false });
    expect(decide({ crisis: true, risk: 'low', categories: ['hopelessness'] }).priority).toBeGreaterThan(SECOND_OPINION_PRIORITY);
    expect(decide({ crisis: false, risk: 'none', categories: ['incitement'] }).priority).toBeGreaterThan(SECOND_OPINION_PRIORITY);
    expect(decide({ crisis: false, risk: 'none', categories: ['harassment'] }).priority).toBeLessThan(SECOND_OPINION_PRIORITY);
    // Beside abuse the lexicon found it keeps what that calls for (hidden until someone looks).
    expect(decide({ crisis: false, risk: 'none', categories: ['threat'] }, { secondOpinion: true })).toEqual(decide({ crisis: false, risk: 'none', categories: ['threat'] }));
    expect(decide({ crisis: false, risk: 'none', categories: ['spam'] }, { secondOpinion: true })).toMatchObject({ kind: 'harm', priority: SECOND_OPINION_PRIORITY, action: 'flag' });
    expect(decide(clean, { secondOpinion: true, watchedWords: { action: 'hold' } })).toMatchObject({ action: 'hold', priority: SECOND_OPINION_PRIORITY });
    // A crisis the lexicon read is decided as before.
    expect(decide({ crisis: true, risk: 'high', categories: ['suicidal_ideation'] }, { secondOpinion: true })).toEqual(decide({ crisis: true, risk: 'high', categories: ['suicidal_ideation'] }));
  });

  it('lets a watched word hold or block content that is not a crisis', () => {
    expect(decide(clean, { watchedWords: { action: 'hold' } })).toMatchObject({ kind: 'report', action: 'hold' });
    expect(decide({ crisis: false, risk: 'none', categories: ['spam'] }, { watchedWords: { action: 'block' } }).action).toBe('block');
  });
});

describe('onlyConcernForOther', () => {
  it('speaks to a worried friend only when no words are about the writer themself', () => {
    expect(onlyConcernForOther(['concern_for_other'])).toBe(true);
    // Harm words beside the worry do not make it about the writer.
    expect(onlyConcernForOther(['concern_for_other', 'harassment'])).toBe(true);
    expect(onlyConcernForOther(['concern_for_other', 'hopelessness'])).toBe(false);
    expect(onlyConcernForOther(['suicidal_ideation'])).toBe(false);
    expect(onlyConcernForOther([])).toBe(false);
  });
});

describe('noticeConcernOf', () => {
  it('speaks to someone in danger from another person only when that is their only crisis', () => {
    expect(noticeConcernOf(['danger_from_other'])).toBe('danger');
    expect(noticeConcernOf(['danger_from_other', 'concern_for_other'])).toBe('danger');
    expect(noticeConcernOf(['danger_from_other', 'harassment'])).toBe('danger');
    // A time beside it tells how urgent the danger is, not that the crisis is the writer's own; the
    // writer's own means do ("he hits me. I've got the pills": someone else's weapon is read into the danger).
    expect(noticeConcernOf(['timing', 'danger_from_other'])).toBe('danger');
    expect(noticeConcernOf(['means', 'danger_from_other'])).toBe('self');
    expect(noticeConcernOf(['timing', 'suicidal_ideation', 'danger_from_other'])).toBe('self');
    // Their own wish to die beside it: the panel for the writer in crisis, lines and safety plan first.
    expect(noticeConcernOf(['suicidal_ideation', 'danger_from_other'])).toBe('self');
    expect(noticeConcernOf(['suicidal_ideation'])).toBe('self');
    expect(noticeConcernOf(['concern_for_other'])).toBe('concern_for_other');
    expect(noticeConcernOf([])).toBe('self');
  });

  it('marks danger told beside the writer’s own crisis, and only there', () => {
    expect(dangerBesideOwnCrisis(['suicidal_ideation', 'danger_from_other'])).toBe(true);
    expect(dangerBesideOwnCrisis(['hopelessness', 'danger_from_other'])).toBe(true);
    expect(dangerBesideOwnCrisis(['danger_from_other'])).toBe(false);
    expect(dangerBesideOwnCrisis(['timing', 'danger_from_other'])).toBe(false);
    expect(dangerBesideOwnCrisis(['suicidal_ideation'])).toBe(false);
  });
});
