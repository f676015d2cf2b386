import { safetyPlanSchema } from '@lantern/contracts';
import { z } from 'zod';
import { browserStorage } from '../../api/browser-storage';
import type { SafetyPlanDraft } from './safety-plan-draft';

/**
 * Unsaved safety-plan words, kept in this tab's sessionStorage while they are unsaved, so a
 * failed save or a reload loses nothing. sessionStorage, not localStorage: the plan holds the
 * names and numbers of people the member trusts, and should not outlive the tab on a shared
 * device. Per member, and forgotten at sign-out (main.tsx) and on a successful save.
 */
export const SAFETY_PLAN_DRAFT_KEY_PREFIX = 'lantern.safety-plan-draft.';

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const sectionsSchema = safetyPlanSchema.shape.sections;
const storedDraftSchema = z.object({ sections: sectionsSchema, baseUpdatedAt: z.string().nullable(), kept: sectionsSchema.nullable() });

export const safetyPlanDraftKey = (memberId: string) => `${SAFETY_PLAN_DRAFT_KEY_PREFIX}${memberId}`;

const sessionStore = () => browserStorage('session');

export function readSafetyPlanDraft(memberId: string, storage: DraftStorage | undefined = sessionStore()): SafetyPlanDraft | null {
  try {
    const raw = storage?.getItem(safetyPlanDraftKey(memberId));
    if (!raw) return null;
    const parsed = storedDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    // Blocked storage or a value that is not JSON: there is no draft to offer.
    return null;
  }
}

/** Returns whether the draft is kept, so the page only says so when it is true. */
export function writeSafetyPlanDraft(memberId: string, draft: SafetyPlanDraft, storage: DraftStorage | undefined = sessionStore()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(safetyPlanDraftKey(memberId), JSON.stringify(draft));
    return true;
  } catch {
    // Full or refused: the words stay on the page for as long as it is open.
    return false;
  }
}

/** After a successful save, and at sign-out (registered in main.tsx). */
export function clearSafetyPlanDraft(memberId: string, storage: DraftStorage | undefined = sessionStore()): void {
  try {
    storage?.removeItem(safetyPlanDraftKey(memberId));
  } catch {
    // Nothing stored, or storage blocked.
  }
}
