import { savedStateText } from './saved-state';

describe('savedStateText', () => {
  it('says when the plan was saved, as a time today and with the date on another day', () => {
    const saved = new Date(2025, 11, 3, 14, 2);
    expect(savedStateText(saved.toISOString(), new Date(2025, 11, 3, 18, 30), 'en-GB')).toBe('Saved at 14:02');
    expect(savedStateText(saved.toISOString(), new Date(2025, 11, 5, 9, 0), 'en-GB')).toBe('Saved on 3 Dec at 14:02');
    expect(savedStateText(null)).toBe('Not saved yet');
  });
});
