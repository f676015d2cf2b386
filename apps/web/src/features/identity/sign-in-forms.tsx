import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { establishSession } from '../../api/session';
import type { SessionGrant, SessionGrantWithRecoveryCode } from '../../api/session-grant';
import { AuthErrorAlert } from './auth-error-alert';
import { signInWithPassphrase, signInWithRecoveryCode } from './auth-api';
import { describeAuthError, type AuthErrorCopy, type AuthField, type AuthForm } from './auth-error-copy';

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

type SecretField = 'passphrase' | 'recoveryCode';

interface SecretInputProps {
  ref: RefObject<HTMLInputElement | null>;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}

interface SignInFormProps<Grant extends SessionGrant> {
  /** The field that proves who the member is, besides their pseudonym. */
  secret: SecretField;
  formLabel: string;
  errorForm: AuthForm;
  signIn: (input: { pseudonym: string } & Record<SecretField, string>) => Promise<Grant>;
  renderSecret: (props: SecretInputProps) => ReactNode;
  onSignedIn: (grant: Grant) => void;
}

/** A pseudonym and one secret: the passphrase form and the recovery-code form are this form. */
function SignInForm<Grant extends SessionGrant>({ secret, formLabel, errorForm, signIn, renderSecret, onSignedIn }: SignInFormProps<Grant>) {
  const [pseudonym, setPseudonym] = useState('');
  const [secretValue, setSecretValue] = useState('');
  const pseudonymRef = useRef<HTMLInputElement>(null);
  const secretRef = useRef<HTMLInputElement>(null);
  const signingIn = useMutation({
    mutationFn: (input: { pseudonym: string; secret: string }) => signIn({ pseudonym: input.pseudonym, [secret]: input.secret } as { pseudonym: string } & Record<SecretField, string>),
    // The page takes what it must show (a new recovery code) first, so it never flashes the
    // "signed in" view.
    onSuccess: (grant) => {
      onSignedIn(grant);
      establishSession(grant);
    },
  });
  const [missing, setMissing] = useState<AuthErrorCopy | null>(null);
  const [refs] = useState<FieldRefs>(() => ({ pseudonym: pseudonymRef, [secret]: secretRef }));
  const failure = missing ?? (signingIn.isError ? describeAuthError(signingIn.error, errorForm) : null);
  useFocusFirstInvalidField(failure, refs, ['pseudonym', secret]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signingIn.isPending) return;
    const empty = missingFields({ pseudonym, [secret]: secretValue });
    setMissing(empty);
    if (!empty) signingIn.mutate({ pseudonym, secret: secretValue });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={formLabel}>
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
        {renderSecret({ ref: secretRef, value: secretValue, onChange: setSecretValue, error: failure?.fields[secret] })}
        <SubmitRow pending={signingIn.isPending} label="Sign in" pendingLabel="Signing in…" />
      </Stack>
    </form>
  );
}

export interface PassphraseSignInFormProps {
  onSignedIn: (grant: SessionGrant) => void;
}

export function PassphraseSignInForm({ onSignedIn }: PassphraseSignInFormProps) {
  return (
    <SignInForm
      secret="passphrase"
      formLabel="Sign in with your passphrase"
      errorForm="passphrase"
      signIn={signInWithPassphrase}
      onSignedIn={onSignedIn}
      renderSecret={({ ref, value, onChange, error }) => (
        <PasswordInput
          ref={ref}
          label="Passphrase"
          autoComplete="current-password"
          required
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': 'Show passphrase' }}
        />
      )}
    />
  );
}

export interface RecoveryCodeSignInFormProps {
  onSignedIn: (grant: SessionGrantWithRecoveryCode) => void;
}

export function RecoveryCodeSignInForm({ onSignedIn }: RecoveryCodeSignInFormProps) {
  return (
    <SignInForm
      secret="recoveryCode"
      formLabel="Sign in with your recovery code"
      errorForm="recovery-code"
      signIn={signInWithRecoveryCode}
      onSignedIn={onSignedIn}
      renderSecret={({ ref, value, onChange, error }) => (
        <TextInput
          ref={ref}
          label="Recovery code"
          description="The code you saved when you joined, or the newest one Lantern gave you."
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={value}
          onChange={(event) => onChange(event.currentTarget.value)}
          error={error}
        />
      )}
    />
  );
}
