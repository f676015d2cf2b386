import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { establishSession } from '../../api/session';
import type { SessionMember } from '../../api/session-grant';
import { describeForumError } from '../forum/forum-error-copy';
import classes from '../forum/forum.module.css';
import { changePassphrase, endAllSessions, replaceRecoveryCode } from './account-security-api';
import { CurrentPassphraseInput } from './current-passphrase-input';
import { showPassphraseButton } from './passphrase-visibility';
import { PseudonymForm } from './pseudonym-form';
import { signOutAndGoHome } from './sign-out-and-go-home';

export const SIGNED_OUT_EVERYWHERE_NOTICE = "You've been signed out on every device. Sign in again whenever you're ready.";

function ProblemAlert({ title, error }: { title: string; error: unknown }) {
  return (
    <Alert color="red" variant="light" title={title} classNames={{ title: classes.alertTitle }}>
      {describeForumError(error).summary}
    </Alert>
  );
}

/** Set a first passphrase (one-click accounts) or change it; every other session ends. */
function PassphraseForm({ member }: { member: SessionMember }) {
  const hasPassphrase = member.hasPassphrase === true;
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const saving = useMutation({
    mutationFn: () => changePassphrase({ passphrase: next, ...(hasPassphrase ? { currentPassphrase: current } : {}) }),
    onSuccess: (grant) => {
      establishSession(grant);
      setCurrent('');
      setNext('');
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving.isPending) saving.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label={hasPassphrase ? 'Change your passphrase' : 'Set a passphrase'}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {hasPassphrase ? 'Change your passphrase' : 'Set a passphrase'}
        </Title>
        <Text size="sm">
          {hasPassphrase
            ? 'A few words you will remember work well. Every other device signed in as you will be signed out.'
            : 'Right now only this browser and your recovery code get you in. With a passphrase you can sign in anywhere with your pseudonym. A few words you will remember work well.'}
        </Text>
        {saving.isSuccess && (
          <Text role="status" fw={600}>
            Your passphrase is saved. Any other device signed in as you has been signed out.
          </Text>
        )}
        {saving.isError && <ProblemAlert title="Your passphrase was not changed" error={saving.error} />}
        {hasPassphrase && (
          <CurrentPassphraseInput value={current} onChange={setCurrent} showLabel="Show current passphrase" />
        )}
        <PasswordInput
          label={hasPassphrase ? 'New passphrase' : 'Passphrase'}
          description="At least 8 characters."
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.currentTarget.value)}
          {...showPassphraseButton(hasPassphrase ? 'Show new passphrase' : 'Show passphrase')}
        />
        <Group>
          <Button type="submit">{saving.isPending ? 'Saving…' : hasPassphrase ? 'Change passphrase' : 'Set passphrase'}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A new recovery code, after the passphrase when there is one; the page then shows it once. */
function RecoveryCodeForm({ member, onCode }: { member: SessionMember; onCode: (code: string) => void }) {
  const hasPassphrase = member.hasPassphrase === true;
  const [current, setCurrent] = useState('');
  const making = useMutation({ mutationFn: () => replaceRecoveryCode(hasPassphrase ? current : undefined), onSuccess: ({ recoveryCode }) => onCode(recoveryCode) });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!making.isPending) making.mutate();
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Make a new recovery code">
      <Stack gap="sm">
        <Title order={3} size="h4">
          Recovery code
        </Title>
        <Text size="sm">Lost the code you saved when you joined? Make a new one; the old one stops working.</Text>
        {making.isError && <ProblemAlert title="No new code was made" error={making.error} />}
        {hasPassphrase && (
          <CurrentPassphraseInput value={current} onChange={setCurrent} showLabel="Show current passphrase, for a new recovery code" />
        )}
        <Group>
          <Button type="submit" variant="default">
            {making.isPending ? 'Making it…' : 'Make a new recovery code'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Ends every session of the account (a lost phone, a shared computer), this one included. */
function SignOutEverywhere() {
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const ending = useMutation({
    mutationFn: endAllSessions,
    onSuccess: () => signOutAndGoHome(queryClient, SIGNED_OUT_EVERYWHERE_NOTICE),
  });
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Signed in somewhere you shouldn&apos;t be?
      </Title>
      <Text size="sm">Sign out on every phone, tablet and computer at once, this one too.</Text>
      <Group>
        <Button variant="default" onClick={() => setOpen(true)}>
          Sign out everywhere
        </Button>
      </Group>
      <Modal opened={open} onClose={() => setOpen(false)} title="Sign out on every device?" closeButtonProps={{ 'aria-label': 'Stay signed in' }}>
        <Stack gap="md">
          <Text>Every device signed in as you will need your passphrase or recovery code to get back in. Make sure you have one of them.</Text>
          {ending.isError && <ProblemAlert title="You are still signed in" error={ending.error} />}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)}>
              Stay signed in
            </Button>
            <Button onClick={() => !ending.isPending && ending.mutate()}>{ending.isPending ? 'Signing out…' : 'Sign out everywhere'}</Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** The account page's "Signing in" section. */
export function AccountSecurity({ member, onRecoveryCode }: { member: SessionMember; onRecoveryCode: (code: string) => void }) {
  return (
    <Stack gap="lg" component="section" aria-labelledby="account-signing-in">
      <Title order={2} size="h3" id="account-signing-in">
        Signing in
      </Title>
      {/* Staff and counsellors' names are an operator's to set, so members can trust them. */}
      {member.role === 'member' && <PseudonymForm member={member} />}
      <PassphraseForm member={member} />
      <RecoveryCodeForm member={member} onCode={onRecoveryCode} />
      <SignOutEverywhere />
    </Stack>
  );
}
