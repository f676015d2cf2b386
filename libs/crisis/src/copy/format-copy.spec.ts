import { emergencyPrompt, formatCopy } from './format-copy';

describe('formatCopy', () => {
  it('fills named placeholders', () => {
    expect(formatCopy('Text {keyword} to {number}', { keyword: 'HOME', number: '741741' })).toBe('Text HOME to 741741');
  });

  it('leaves an unknown placeholder visible rather than blank', () => {
    expect(formatCopy('Call {number}', {})).toBe('Call {number}');
  });
});

describe('emergencyPrompt', () => {
  it('names the region’s number', () => {
    expect(emergencyPrompt('999')).toBe("If you're in immediate danger, call 999.");
  });

  it('advises the local number when we cannot know it', () => {
    expect(emergencyPrompt(null)).toBe("If you're in immediate danger, call your local emergency number.");
  });
});
