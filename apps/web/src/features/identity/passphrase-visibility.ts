/**
 * A passphrase field's eye button, named for the field it shows (Mantine's "Toggle password
 * visibility" is the same for every field, and the account page has up to four) and reachable by
 * Tab, as on the sign-up and sign-in pages.
 */
export function showPassphraseButton(name: string) {
  return { visibilityToggleButtonProps: { 'aria-label': name }, visibilityToggleFocusable: true } as const;
}
