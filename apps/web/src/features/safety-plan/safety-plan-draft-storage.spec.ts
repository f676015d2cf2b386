import { emptySafetyPlanSections } from '@lantern/contracts';
import { MemoryStorage } from '../../testing/memory-storage';
import type { SafetyPlanDraft } from './safety-plan-draft';
import { clearSafetyPlanDraft, readSafetyPlanDraft, safetyPlanDraftKey, writeSafetyPlanDraft } from './safety-plan-draft-storage';

const draft: SafetyPlanDraft = {
  sections: { ...emptySafetyPlanSections(), people: ['Aunt Rosa 555 0199', ''] },
  baseUpdatedAt: '2025-12-01T14:02:00.000Z',
  kept: { ...emptySafetyPlanSections(), reasonsToLive: ['Biscuit'] },
};

describe('safety plan draft storage', () => {
  it('keeps a draft per member and gives it back as written, blank inputs included', () => {
    const storage = new MemoryStorage();
    expect(writeSafetyPlanDraft('member-a', draft, storage)).toBe(true);
    expect(readSafetyPlanDraft('member-a', storage)).toEqual(draft);
    expect(readSafetyPlanDraft('member-b', storage)).toBeNull();
  });

  it('forgets it on clear (a successful save, or sign-out), leaving other members’ drafts alone', () => {
    const storage = new MemoryStorage();
    writeSafetyPlanDraft('member-a', draft, storage);
    writeSafetyPlanDraft('member-b', draft, storage);
    clearSafetyPlanDraft('member-a', storage);
    expect(readSafetyPlanDraft('member-a', storage)).toBeNull();
    expect(storage.getItem(safetyPlanDraftKey('member-a'))).toBeNull();
    expect(readSafetyPlanDraft('member-b', storage)).toEqual(draft);
  });

  it('offers nothing for a value that is not a draft, and says so when storage refuses a write', () => {
    const storage = new MemoryStorage();
    storage.setItem(safetyPlanDraftKey('member-a'), '{not json');
    expect(readSafetyPlanDraft('member-a', storage)).toBeNull();
    storage.setItem(safetyPlanDraftKey('member-a'), JSON.stringify({ sections: { people: 'Rosa' }, baseUpdatedAt: null, kept: null }));
    expect(readSafetyPlanDraft('member-a', storage)).toBeNull();
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    expect(writeSafetyPlanDraft('member-a', draft, full)).toBe(false);
    expect(writeSafetyPlanDraft('member-a', draft, undefined)).toBe(false);
  });
});
