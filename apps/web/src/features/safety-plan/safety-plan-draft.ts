import { SAFETY_PLAN_SECTIONS, type SafetyPlan, type SafetyPlanSections } from '@lantern/contracts';

/**
 * What the safety plan page is editing: the lists as typed (blank inputs included), the version
 * they started from, and `kept`: words from a save refused because the plan changed elsewhere,
 * waiting for the member to add them back. Nothing a member typed is dropped by these functions;
 * words leave only when the member saves them or says they do not need them.
 */
export interface SafetyPlanDraft {
  sections: SafetyPlanSections;
  baseUpdatedAt: string | null;
  kept: SafetyPlanSections | null;
}

function mapSections(transform: (entries: string[]) => string[], sections: SafetyPlanSections): SafetyPlanSections {
  return Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, transform(sections[section])])) as SafetyPlanSections;
}

/** As the api stores it: trimmed, blank entries gone. */
export function normalisedSections(sections: SafetyPlanSections): SafetyPlanSections {
  return mapSections((entries) => entries.map((entry) => entry.trim()).filter((entry) => entry !== ''), sections);
}

/** An empty list shows one blank input, ready to type into. */
export function editableSections(sections: SafetyPlanSections): SafetyPlanSections {
  return mapSections((entries) => (entries.length === 0 ? [''] : [...entries]), sections);
}

export function sameSections(a: SafetyPlanSections, b: SafetyPlanSections): boolean {
  const left = normalisedSections(a);
  const right = normalisedSections(b);
  return SAFETY_PLAN_SECTIONS.every((section) => left[section].length === right[section].length && left[section].every((entry, i) => entry === right[section][i]));
}

function hasWords(sections: SafetyPlanSections): boolean {
  return SAFETY_PLAN_SECTIONS.some((section) => normalisedSections(sections)[section].length > 0);
}

/** The entries of `words` not already in `plan`, section by section, once each; null when there are none. */
export function wordsNotIn(plan: SafetyPlanSections, words: SafetyPlanSections): SafetyPlanSections | null {
  const present = normalisedSections(plan);
  const missing = normalisedSections(words);
  for (const section of SAFETY_PLAN_SECTIONS) missing[section] = missing[section].filter((entry, i, all) => !present[section].includes(entry) && all.indexOf(entry) === i);
  return hasWords(missing) ? missing : null;
}

function combined(first: SafetyPlanSections | null, second: SafetyPlanSections): SafetyPlanSections {
  if (first === null) return second;
  return Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, [...first[section], ...second[section]]])) as SafetyPlanSections;
}

/** A fresh start from the stored plan. */
export function draftFromPlan(plan: SafetyPlan, kept: SafetyPlanSections | null = null): SafetyPlanDraft {
  return { sections: editableSections(plan.sections), baseUpdatedAt: plan.updatedAt, kept };
}

/**
 * Where the page starts: unsaved work from this tab when it was made on the plan as it still is;
 * otherwise the stored plan, with whatever the member had written that is not in it kept aside
 * (the plan was saved elsewhere meanwhile, so their draft could no longer be saved as it was).
 */
export function startEditing(plan: SafetyPlan, stored: SafetyPlanDraft | null): SafetyPlanDraft {
  if (stored === null) return draftFromPlan(plan);
  if (stored.baseUpdatedAt === plan.updatedAt) return stored;
  return draftFromPlan(plan, wordsNotIn(plan.sections, combined(stored.kept, stored.sections)));
}

/**
 * After 409 SAFETY_PLAN_CHANGED: show the newer plan, keep every word of the refused save that it
 * lacks. `refused` is the page's draft as it is when the answer comes, which holds what was sent
 * and anything typed while it was on its way.
 */
export function afterConflict(newer: SafetyPlan, refused: SafetyPlanDraft): SafetyPlanDraft {
  return draftFromPlan(newer, wordsNotIn(newer.sections, combined(refused.kept, refused.sections)));
}

/**
 * After a save: the saved plan, or, when the member went on typing while it was on its way
 * (`current` is no longer what was `sent`), their words as they are now, on top of the saved
 * version (so they are unsaved, kept in the tab, and the next save is not refused as stale).
 */
export function afterSaved(saved: SafetyPlan, sent: SafetyPlanDraft, current: SafetyPlanDraft): SafetyPlanDraft {
  if (sameSections(current.sections, sent.sections)) return draftFromPlan(saved, current.kept);
  return { sections: current.sections, baseUpdatedAt: saved.updatedAt, kept: current.kept };
}

/** "Add my words back": the kept entries go at the end of their lists, ready to save. */
export function addKeptBack(draft: SafetyPlanDraft): SafetyPlanDraft {
  if (draft.kept === null) return draft;
  const kept = draft.kept;
  const sections = normalisedSections(draft.sections);
  for (const section of SAFETY_PLAN_SECTIONS) sections[section] = [...sections[section], ...kept[section].filter((entry) => !sections[section].includes(entry))];
  return { ...draft, sections: editableSections(sections), kept: null };
}

/**
 * Whether anything on the page is not saved yet (then it is kept in the tab). `base` is the plan
 * the draft started from, not whatever the server holds now: a save from elsewhere is found out
 * by the next save's 409, and must not make this tab's untouched copy look like unsaved work.
 */
export function hasUnsavedWords(draft: SafetyPlanDraft, base: SafetyPlan): boolean {
  return draft.kept !== null || !sameSections(draft.sections, base.sections);
}
