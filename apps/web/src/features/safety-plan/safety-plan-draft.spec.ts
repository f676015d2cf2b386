import { emptySafetyPlanSections, type SafetyPlan, type SafetyPlanSections } from '@lantern/contracts';
import { addKeptBack, afterConflict, afterSaved, draftFromPlan, hasUnsavedWords, normalisedSections, startEditing, wordsNotIn } from './safety-plan-draft';

const sections = (overrides: Partial<SafetyPlanSections> = {}): SafetyPlanSections => ({ ...emptySafetyPlanSections(), ...overrides });
const stored = (overrides: Partial<SafetyPlanSections>, updatedAt: string | null): SafetyPlan => ({ sections: sections(overrides), updatedAt });

describe('safety plan drafts', () => {
  it('starts from the stored plan with one blank input per empty list', () => {
    const draft = draftFromPlan(stored({ people: ['Jo'] }, 'v1'));
    expect(draft.sections.people).toEqual(['Jo']);
    expect(draft.sections.warningSigns).toEqual(['']);
    expect(draft).toMatchObject({ baseUpdatedAt: 'v1', kept: null });
    expect(hasUnsavedWords(draft, stored({ people: ['Jo'] }, 'v1'))).toBe(false);
  });

  it('restores unsaved work from this tab when the plan has not changed since', () => {
    const plan = stored({ people: ['Jo'] }, 'v1');
    const unsaved = { ...draftFromPlan(plan), sections: sections({ people: ['Jo', 'Sam'] }) };
    expect(hasUnsavedWords(unsaved, plan)).toBe(true);
    expect(startEditing(plan, unsaved)).toEqual(unsaved);
  });

  it('shows the newer plan when it changed elsewhere, and keeps every word of the draft it lacks', () => {
    const unsaved = { sections: sections({ people: ['Jo', 'Sam 555 0100'], reasonsToLive: ['my garden'] }), baseUpdatedAt: 'v1', kept: null };
    const newer = stored({ people: ['Jo', 'Priya'] }, 'v2');
    const started = startEditing(newer, unsaved);
    expect(normalisedSections(started.sections)).toEqual(newer.sections);
    expect(started.baseUpdatedAt).toBe('v2');
    expect(started.kept).toEqual(sections({ people: ['Sam 555 0100'], reasonsToLive: ['my garden'] }));
    expect(hasUnsavedWords(started, newer)).toBe(true);
  });

  it('after a refused save keeps the words, also those kept from an earlier refusal, and adds them back on request', () => {
    const refused = { sections: sections({ people: ['Jo', 'Sam'] }), baseUpdatedAt: 'v1', kept: sections({ copingSteps: ['cold water'] }) };
    const newer = stored({ people: ['Jo', 'Priya'] }, 'v2');
    const conflicted = afterConflict(newer, refused);
    expect(conflicted.kept).toEqual(sections({ people: ['Sam'], copingSteps: ['cold water'] }));
    const merged = addKeptBack(conflicted);
    expect(merged.kept).toBeNull();
    expect(merged.baseUpdatedAt).toBe('v2');
    expect(normalisedSections(merged.sections)).toEqual(sections({ people: ['Jo', 'Priya', 'Sam'], copingSteps: ['cold water'] }));
  });

  it('keeps nothing aside when the newer plan already holds every word', () => {
    expect(wordsNotIn(sections({ people: ['Jo', 'Sam'] }), sections({ people: ['  Sam ', '', 'Jo'] }))).toBeNull();
    expect(afterConflict(stored({ people: ['Jo'] }, 'v2'), { sections: sections({ people: ['Jo'] }), baseUpdatedAt: 'v1', kept: null }).kept).toBeNull();
  });

  it('after a save keeps what was typed while it was on its way, unsaved, on top of the saved version', () => {
    const sent = { sections: sections({ people: ['Jo', ''] }), baseUpdatedAt: 'v1', kept: null };
    const saved = stored({ people: ['Jo'] }, 'v2');
    // Nothing typed meanwhile: the saved plan, nothing unsaved.
    const quiet = afterSaved(saved, sent, sent);
    expect(quiet).toEqual(draftFromPlan(saved));
    expect(hasUnsavedWords(quiet, saved)).toBe(false);
    // "Sam" typed into the blank entry while the save was on its way: still there, unsaved, and the next save starts from v2.
    const typing = { ...sent, sections: sections({ people: ['Jo', 'Sam'] }) };
    const after = afterSaved(saved, sent, typing);
    expect(after.sections.people).toEqual(['Jo', 'Sam']);
    expect(after.baseUpdatedAt).toBe('v2');
    expect(hasUnsavedWords(after, saved)).toBe(true);
  });

  it('after a refused save keeps what was typed while it was on its way, too', () => {
    const typing = { sections: sections({ people: ['Jo', 'Sam'] }), baseUpdatedAt: 'v1', kept: null };
    const newer = stored({ people: ['Jo', 'Priya'] }, 'v2');
    expect(afterConflict(newer, typing).kept).toEqual(sections({ people: ['Sam'] }));
  });
});
