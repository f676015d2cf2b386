import type { ChangePseudonymRequest, MemberView } from '@lantern/contracts';
import { PSEUDONYM_CHANGES } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { apiFetch } from '../../api/api-client';
import { updateSessionMember } from '../../api/session';
import type { SessionMember } from '../../api/session-grant';
import { CrisisNudge } from '../crisis/crisis-nudge';
import { AuthErrorAlert } from './auth-error-alert';
import { describeAuthError, useFocusOnProblem } from './auth-error-copy';
import { CurrentPassphraseInput } from './current-passphrase-input';

const changePseudonym = (input: ChangePseudonymRequest) => apiFetch<MemberView>('/api/v1/me/pseudonym', { method: 'PUT', json: input });

/**
 * Another name: one the member chose by mistake (their real name, a name they have outgrown), or
 * a friendly one picked for them. What they wrote shows the new name at once; the old one still
 * signs them in and nobody else can take it; every device stays signed in.
 */
export function PseudonymForm({ member }: { member: SessionMember }) {
  const hasPassphrase = member.hasPassphrase === true;
  const [pseudonym, setPseudonym] = useState('');
  const [current, setCurrent] = useState('');
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const pseudonymRef = useRef<HTMLInputElement>(null);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const saving = useMutation({
    mutationFn: () => changePseudonym({ ...(pseudonym.trim() ? { pseudonym } : {}), ...(hasPassphrase ? { currentPassphrase: current } : {}) }),
    onSuccess: (view) => {
      updateSessionMember({ ...member, pseudonym: view.pseudonym });
      setChangedTo(view.pseudonym);
      setPseudonym('');
      setCurrent('');
    },
  });
  const failure = saving.isError ? describeAuthError(saving.error, 'name') : null;
  useFocusOnProblem(failure, { pseudonym: pseudonymRef, passphrase: passphraseRef });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving.isPending) saving.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Change your name">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Your name
        </Title>
        <Text size="sm">
          Others see it beside everything you write, and you sign in with it. Used your real name by mistake? Change it here: everything you wrote shows the new one
          at once, your old name still signs you in, and nobody else can take it (you can take it back later). You can change it {PSEUDONYM_CHANGES.perWindow} times in {PSEUDONYM_CHANGES.windowDays} days.
        </Text>
        {changedTo && (
          <Text role="status" fw={600}>
            You are now “{changedTo}”. Sign in with it from now on (your old name still works, and your passphrase and recovery code stay the same).
          </Text>
        )}
        {failure && <AuthErrorAlert title="Your name was not changed" message={failure.summary} />}
        <TextInput
          ref={pseudonymRef}
          label="New name (optional)"
          description="3 to 32 characters. Leave it empty and we'll pick a friendly one for you."
          autoComplete="username"
          autoCapitalize="words"
          spellCheck={false}
          value={pseudonym}
          onChange={(event) => setPseudonym(event.currentTarget.value)}
          error={failure?.fields.pseudonym}
        />
        <CrisisNudge text={pseudonym} label="Support while you choose a name" selfMessage={SAFE_MESSAGING_COPY.nameNudge.message} dangerMessage={SAFE_MESSAGING_COPY.searchNudge.danger} />
        {hasPassphrase && (
          <CurrentPassphraseInput ref={passphraseRef} value={current} onChange={setCurrent} error={failure?.fields.passphrase} showLabel="Show current passphrase, for a new name" />
        )}
        <Group>
          <Button type="submit" variant="default">
            {saving.isPending ? 'Changing it…' : pseudonym.trim() ? 'Change my name' : 'Pick a friendly name for me'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
