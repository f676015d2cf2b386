import { nudgeFor } from './use-crisis-nudge';

describe('the pre-send nudge, read in the browser', () => {
  it('offers help for crisis language about the writer', () => {
    expect(nudgeFor('I want to end my life tonight')).toBe('self');
    expect(nudgeFor('honestly thinking about killing myself')).toBe('self');
  });

  it('shows how to help when the writer is worried about someone else', () => {
    expect(nudgeFor('My friend told me she wants to kill herself, what do I do?')).toBe('other');
  });

  it("offers safety when someone else hurts or threatens the writer, and the writer's own crisis first", () => {
    expect(nudgeFor('my husband told me if I leave he will kill me')).toBe('danger');
    expect(nudgeFor('he choked me during an argument last night')).toBe('danger');
    expect(nudgeFor("I'm scared he will kill me tonight")).toBe('danger');
    expect(nudgeFor('he hits me when he drinks and I want to die')).toBe('self');
    expect(nudgeFor('this game is killing me, my brother keeps beating me at chess')).toBeNull();
  });

  it('stays quiet for ordinary, figurative, supportive and recovered writing', () => {
    for (const text of [
      'Had a better day today, went for a walk.',
      'This homework is killing me',
      "Please don't hurt yourself, we're here for you",
      "I'm not suicidal, just tired",
      'hi',
    ]) {
      expect(nudgeFor(text)).toBeNull();
    }
  });
});
