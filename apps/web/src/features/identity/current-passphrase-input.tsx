import { PasswordInput } from '@mantine/core';
import type { Ref } from 'react';
import { showPassphraseButton } from './passphrase-visibility';

export interface CurrentPassphraseInputProps {
  /** What the eye button says it shows ("Show current passphrase, for a new name"): the account page has several. */
  showLabel: string;
  value: string;
  onChange: (passphrase: string) => void;
  label?: string;
  description?: string;
  error?: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * The member's passphrase, asked again before something that could lock them out or cannot be
 * undone (a new passphrase, name or recovery code, deleting the account): the browser may fill it
 * in as the current one, and its eye button says which field it shows.
 */
export function CurrentPassphraseInput({ showLabel, value, onChange, label = 'Current passphrase', description, error, ref }: CurrentPassphraseInputProps) {
  return (
    <PasswordInput
      ref={ref}
      label={label}
      description={description}
      autoComplete="current-password"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={error}
      {...showPassphraseButton(showLabel)}
    />
  );
}
