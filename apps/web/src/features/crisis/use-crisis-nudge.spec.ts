import { nudgeFor } from './use-crisis-nudge';

describe('the pre-send nudge, read in the browser', () => {
  it('offers help for crisis language about the writer', () => {
    expect(nudgeFor('I want to end my life tonight')).toBe('self');
    expect(nudgeFor('honestly thinking about killing myself')).toBe('self');
  });

  it('shows how to help when the writer is worried about someone else', () => {
    expect(nudgeFor('My friend told me she wants to kill herself, what do I do?')).toBe('other');
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
