import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { establishSession } from '../../api/session';
import { CrisisNudge } from '../crisis/crisis-nudge';
import type { SessionGrantWithRecoveryCode } from '../../api/session-grant';
import { AuthErrorAlert } from './auth-error-alert';
import { register } from './auth-api';
import { describeAuthError, useFocusOnProblem } from './auth-error-copy';

export interface JoinFormProps {
  onJoined: (grant: SessionGrantWithRecoveryCode) => void;
}

/** Both fields are optional: an empty form and one click is a complete, anonymous account. */
export function JoinForm({ onJoined }: JoinFormProps) {
  const [pseudonym, setPseudonym] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const pseudonymRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const joining = useMutation({
    mutationFn: register,
    // The page takes the recovery code first, so it never flashes the "already signed in" view.
    onSuccess: (grant) => {
      onJoined(grant);
      establishSession(grant);
    },
  });
  const failure = joining.isError ? describeAuthError(joining.error, 'join') : null;

  useFocusOnProblem(failure, { pseudonym: pseudonymRef, passphrase: passphraseRef });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (joining.isPending) return;
    joining.mutate({ pseudonym, passphrase });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Join Lantern">
      <Stack gap="md">
        {failure && <AuthErrorAlert title="We couldn't create your account" message={failure.summary} />}
        {/* No maxLength: a browser cuts a longer paste short without a word, and the account would
            get a name the member never chose (and could not sign in with); the server says it is too long. */}
        <TextInput
          ref={pseudonymRef}
          label="Pseudonym (optional)"
          description="The name others see, 3 to 32 characters. Leave it empty and we'll pick a friendly one for you."
          autoComplete="username"
          autoCapitalize="words"
          spellCheck={false}
          value={pseudonym}
          onChange={(event) => setPseudonym(event.currentTarget.value)}
          error={failure?.fields.pseudonym}
        />
        {/* Read in the browser as it is typed (nothing leaves the page); a name that sounds like
            crisis is never refused, and the lines are right here. */}
        <CrisisNudge text={pseudonym} label="Support while you choose a name" selfMessage={SAFE_MESSAGING_COPY.nameNudge.message} dangerMessage={SAFE_MESSAGING_COPY.searchNudge.danger} />
        <PasswordInput
          ref={passphraseRef}
          label="Passphrase (optional)"
          description="A few words only you know. With one, you can sign in on other devices; without one, this browser keeps you signed in and your recovery code gets you back in."
          autoComplete="new-password"
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={failure?.fields.passphrase}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': 'Show passphrase' }}
        />
        <Group gap="sm" align="center">
          {/* Stays enabled while joining: disabling a focused button drops keyboard focus. */}
          <Button type="submit" size="md">
            {joining.isPending ? 'Joining…' : 'Join anonymously'}
          </Button>
          <Text role="status" size="sm">
            {joining.isPending ? 'Creating your account…' : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
