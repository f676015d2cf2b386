import { z } from 'zod';
import { instantInputSchema, isoTimestampSchema } from '../common/timestamp.schema';

/**
 * A member's own safety plan (Stanley–Brown): seven short lists in their own words, read when
 * things get hard. The order here is the order the plan is written and read in.
 */
export const SAFETY_PLAN_SECTIONS = ['warningSigns', 'copingSteps', 'distractions', 'people', 'professionals', 'safeEnvironment', 'reasonsToLive'] as const;
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

/** Enough room for a real plan, small enough that one fits well inside the 64 KB body limit. */
export const SAFETY_PLAN_LIMITS = { entriesPerSection: 10, entryLength: 300 } as const;

const entrySchema = z
  .string({ error: 'Each entry must be text.' })
  .trim()
  .max(SAFETY_PLAN_LIMITS.entryLength, { error: `An entry can be at most ${SAFETY_PLAN_LIMITS.entryLength} characters; try splitting it into two.` });

/** Blank entries (an input added and left empty) are dropped before the count is checked. */
const sectionSchema = z
  .array(entrySchema, { error: 'Each section is a list of entries.' })
  .transform((entries) => entries.filter((entry) => entry !== ''))
  .pipe(z.array(z.string()).max(SAFETY_PLAN_LIMITS.entriesPerSection, { error: `A section can hold at most ${SAFETY_PLAN_LIMITS.entriesPerSection} entries.` }));

export const safetyPlanSectionsSchema = z.strictObject(
  Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, sectionSchema])) as Record<SafetyPlanSection, typeof sectionSchema>,
  { error: 'sections is an object with the seven lists of the plan.' },
);
export type SafetyPlanSections = Record<SafetyPlanSection, string[]>;

/**
 * `PUT /me/safety-plan`. `baseUpdatedAt` is the `updatedAt` of the plan the member started
 * editing (null for a first save): a save made from an older copy is refused with 409
 * SAFETY_PLAN_CHANGED instead of silently replacing what another tab saved.
 */
export const saveSafetyPlanSchema = z.strictObject({
  sections: safetyPlanSectionsSchema,
  baseUpdatedAt: instantInputSchema('baseUpdatedAt is the updatedAt of the plan you started from, or null for a first save.').nullable(),
});
export type SaveSafetyPlanRequest = z.infer<typeof saveSafetyPlanSchema>;

/** `GET` and `PUT /me/safety-plan`, and `details.current` of a 409: the stored plan (empty, `updatedAt` null, before the first save). */
export const safetyPlanSchema = z.object({
  sections: z.object(Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, z.array(z.string())])) as Record<SafetyPlanSection, z.ZodArray<z.ZodString>>),
  updatedAt: isoTimestampSchema.nullable(),
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;

export function emptySafetyPlanSections(): SafetyPlanSections {
  return Object.fromEntries(SAFETY_PLAN_SECTIONS.map((section) => [section, []])) as unknown as SafetyPlanSections;
}

/** Whether the plan has anything written in it (the crisis panel shows it only then). */
export function safetyPlanHasContent(sections: SafetyPlanSections): boolean {
  return SAFETY_PLAN_SECTIONS.some((section) => sections[section].some((entry) => entry.trim() !== ''));
}
