import { emptySafetyPlanSections, safetyPlanHasContent, saveSafetyPlanSchema, SAFETY_PLAN_LIMITS } from './safety-plan.schema';

const sections = (overrides: Partial<Record<string, unknown>> = {}) => ({ ...emptySafetyPlanSections(), ...overrides });

describe('saveSafetyPlanSchema', () => {
  it('trims entries and drops blank ones before counting them', () => {
    const padded = [...Array.from({ length: SAFETY_PLAN_LIMITS.entriesPerSection }, (_, i) => `  call Sam ${i} `), '', '   '];
    const parsed = saveSafetyPlanSchema.parse({ sections: sections({ people: padded }), baseUpdatedAt: null });
    expect(parsed.sections.people).toHaveLength(SAFETY_PLAN_LIMITS.entriesPerSection);
    expect(parsed.sections.people[0]).toBe('call Sam 0');
  });

  it.each([
    ['too many entries', { sections: sections({ people: Array.from({ length: 11 }, (_, i) => `friend ${i}`) }), baseUpdatedAt: null }, 'sections.people', /at most 10 entries/],
    ['an entry too long', { sections: sections({ reasonsToLive: ['x'.repeat(301)] }), baseUpdatedAt: null }, 'sections.reasonsToLive.0', /at most 300 characters/],
    ['a number for an entry', { sections: sections({ copingSteps: [42] }), baseUpdatedAt: null }, 'sections.copingSteps.0', /must be text/],
    ['a missing section', { sections: { people: [] }, baseUpdatedAt: null }, 'sections.warningSigns', /list of entries/],
    ['an unknown section', { sections: sections({ secrets: [] }), baseUpdatedAt: null }, 'sections', /./],
    ['a missing baseUpdatedAt', { sections: sections() }, 'baseUpdatedAt', /first save/],
    ['a baseUpdatedAt that is not a time', { sections: sections(), baseUpdatedAt: 'yesterday' }, 'baseUpdatedAt', /first save/],
  ])('refuses %s, naming the field', (_what, body, path, message) => {
    const result = saveSafetyPlanSchema.safeParse(body);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path.join('.')).toBe(path);
    expect(issue?.message).toMatch(message);
  });
});

describe('safetyPlanHasContent', () => {
  it('is false for an empty plan and true once one entry has words', () => {
    expect(safetyPlanHasContent(emptySafetyPlanSections())).toBe(false);
    expect(safetyPlanHasContent({ ...emptySafetyPlanSections(), reasonsToLive: ['my dog'] })).toBe(true);
  });
});
