import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { establishSession } from '../../api/session';
import type { SessionGrant, SessionGrantWithRecoveryCode } from '../../api/session-grant';
import { AuthErrorAlert } from './auth-error-alert';
import { signInWithPassphrase, signInWithRecoveryCode } from './auth-api';
import { describeAuthError, type AuthErrorCopy, type AuthField } from './auth-error-copy';

const FAILURE_TITLE = "We couldn't sign you in";

const MISSING: Record<AuthField, string> = {
  pseudonym: 'Please enter your pseudonym.',
  passphrase: 'Please enter your passphrase.',
  recoveryCode: 'Please enter your recovery code.',
};

/** Empty required fields are caught here, before bothering the server (or its rate limit). */
function missingFields(values: Partial<Record<AuthField, string>>): AuthErrorCopy | null {
  const fields: AuthErrorCopy['fields'] = {};
  for (const [field, value] of Object.entries(values) as [AuthField, string][]) {
    if (value.trim() === '') fields[field] = MISSING[field];
  }
  return Object.keys(fields).length > 0 ? { summary: 'Please fill in the highlighted fields.', fields } : null;
}

type FieldRefs = Partial<Record<AuthField, RefObject<HTMLInputElement | null>>>;

/** After a failed try, put focus on the first field the server complained about. */
function useFocusFirstInvalidField(failure: AuthErrorCopy | null, refs: FieldRefs, order: readonly AuthField[]): void {
  const first = order.find((field) => failure?.fields[field]);
  const message = first ? failure?.fields[first] : undefined;
  useEffect(() => {
    if (first) refs[first]?.current?.focus();
  }, [first, message, refs]);
}

function SubmitRow({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <Group gap="sm" align="center">
      {/* Stays enabled while signing in: disabling a focused button drops keyboard focus. */}
      <Button type="submit" size="md">
        {pending ? pendingLabel : label}
      </Button>
      <Text role="status" size="sm">
        {pending ? 'Signing you in…' : ''}
      </Text>
    </Group>
  );
}

export interface PassphraseSignInFormProps {
  onSignedIn: (grant: SessionGrant) => void;
}

export function PassphraseSignInForm({ onSignedIn }: PassphraseSignInFormProps) {
  const [pseudonym, setPseudonym] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const pseudonymRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const signingIn = useMutation({
    mutationFn: signInWithPassphrase,
    onSuccess: (grant) => {
      onSignedIn(grant);
      establishSession(grant);
    },
  });
  const [missing, setMissing] = useState<AuthErrorCopy | null>(null);
  const [refs] = useState<FieldRefs>(() => ({ pseudonym: pseudonymRef, passphrase: passphraseRef }));
  const failure = missing ?? (signingIn.isError ? describeAuthError(signingIn.error, 'passphrase') : null);
  useFocusFirstInvalidField(failure, refs, ['pseudonym', 'passphrase']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signingIn.isPending) return;
    const empty = missingFields({ pseudonym, passphrase });
    setMissing(empty);
    if (!empty) signingIn.mutate({ pseudonym, passphrase });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in with your passphrase">
      <Stack gap="md">
        {failure && <AuthErrorAlert title={FAILURE_TITLE} message={failure.summary} />}
        <TextInput
          ref={pseudonymRef}
          label="Pseudonym"
          autoComplete="username"
          autoCapitalize="words"
          spellCheck={false}
          required
          value={pseudonym}
          onChange={(event) => setPseudonym(event.currentTarget.value)}
          error={failure?.fields.pseudonym}
        />
        <PasswordInput
          ref={passphraseRef}
          label="Passphrase"
          autoComplete="current-password"
          required
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={failure?.fields.passphrase}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': 'Show passphrase' }}
        />
        <SubmitRow pending={signingIn.isPending} label="Sign in" pendingLabel="Signing in…" />
      </Stack>
    </form>
  );
}

export interface RecoveryCodeSignInFormProps {
  onSignedIn: (grant: SessionGrantWithRecoveryCode) => void;
}

export function RecoveryCodeSignInForm({ onSignedIn }: RecoveryCodeSignInFormProps) {
  const [pseudonym, setPseudonym] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const pseudonymRef = useRef<HTMLInputElement>(null);
  const recoveryCodeRef = useRef<HTMLInputElement>(null);
  const signingIn = useMutation({
    mutationFn: signInWithRecoveryCode,
    // The page takes the new recovery code first, so it never flashes the "signed in" view.
    onSuccess: (grant) => {
      onSignedIn(grant);
      establishSession(grant);
    },
  });
  const [missing, setMissing] = useState<AuthErrorCopy | null>(null);
  const [refs] = useState<FieldRefs>(() => ({ pseudonym: pseudonymRef, recoveryCode: recoveryCodeRef }));
  const failure = missing ?? (signingIn.isError ? describeAuthError(signingIn.error, 'recovery-code') : null);
  useFocusFirstInvalidField(failure, refs, ['pseudonym', 'recoveryCode']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signingIn.isPending) return;
    const empty = missingFields({ pseudonym, recoveryCode });
    setMissing(empty);
    if (!empty) signingIn.mutate({ pseudonym, recoveryCode });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Sign in with your recovery code">
      <Stack gap="md">
        {failure && <AuthErrorAlert title={FAILURE_TITLE} message={failure.summary} />}
        <TextInput
          ref={pseudonymRef}
          label="Pseudonym"
          autoComplete="username"
          autoCapitalize="words"
          spellCheck={false}
          required
          value={pseudonym}
          onChange={(event) => setPseudonym(event.currentTarget.value)}
          error={failure?.fields.pseudonym}
        />
        <TextInput
          ref={recoveryCodeRef}
          label="Recovery code"
          description="The code you saved when you joined, or the newest one Lantern gave you."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={recoveryCode}
          onChange={(event) => setRecoveryCode(event.currentTarget.value)}
          error={failure?.fields.recoveryCode}
        />
        <SubmitRow pending={signingIn.isPending} label="Sign in" pendingLabel="Signing in…" />
      </Stack>
    </form>
  );
}
