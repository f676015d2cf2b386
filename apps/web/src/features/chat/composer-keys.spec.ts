import { sendsOnEnter, type ComposerKey } from './composer-keys';

const key = (overrides: Partial<ComposerKey>): ComposerKey => ({ key: 'Enter', shiftKey: false, isComposing: false, keyCode: 13, ...overrides });

describe('sendsOnEnter', () => {
  it('sends on Enter, and makes a new line with Shift+Enter', () => {
    expect(sendsOnEnter(key({}))).toBe(true);
    expect(sendsOnEnter(key({ shiftKey: true }))).toBe(false);
    expect(sendsOnEnter(key({ key: 'a', keyCode: 65 }))).toBe(false);
  });

  it('does not send the Enter that picks a word in an input method, in Chromium and Firefox (isComposing) or in Safari (keyCode 229 after the composition ended)', () => {
    // Chromium and Firefox: the keydown comes while the composition is still open.
    expect(sendsOnEnter(key({ isComposing: true, keyCode: 229 }))).toBe(false);
    // Safari: compositionend first, then this keydown, no longer composing but taken by the input method.
    expect(sendsOnEnter(key({ isComposing: false, keyCode: 229 }))).toBe(false);
    // The next Enter, once the word is in the field, sends.
    expect(sendsOnEnter(key({ isComposing: false, keyCode: 13 }))).toBe(true);
  });
});
