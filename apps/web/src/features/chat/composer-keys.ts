/** The parts of a keydown the chat composer reads (React's and the DOM's events both have them). */
export interface ComposerKey {
  key: string;
  shiftKey: boolean;
  isComposing: boolean;
  keyCode: number;
}

/**
 * Whether Enter in the composer sends: not with Shift (a new line), and never while an input
 * method is composing (Chinese, Japanese, Korean: Enter there picks the word). Safari ends the
 * composition before the keydown of the Enter that confirms it, so that keydown says
 * `isComposing: false`; its keyCode is still 229, the code every browser gives a key an input
 * method took.
 */
export function sendsOnEnter(event: ComposerKey): boolean {
  return event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229;
}
