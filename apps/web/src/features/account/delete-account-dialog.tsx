import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { BusyButton } from '../../components/busy-button';
import { HELP_PATH } from '../../routes/route-paths';
import { describeAuthError, useFocusOnProblem } from '../identity/auth-error-copy';
import { CurrentPassphraseInput } from '../identity/current-passphrase-input';
import { signOutAndGoHome } from '../identity/sign-out-and-go-home';
import classes from '../forum/forum.module.css';
import { eraseAccount } from './account-data-api';

export const ACCOUNT_DELETED_NOTICE = "Your account has been deleted. Take care of yourself; you're welcome back any time.";

export interface DeleteAccountDialogProps {
  pseudonym: string;
  /** Then the passphrase is asked too (the api asks for it again before erasing). */
  hasPassphrase: boolean;
  opened: boolean;
  onClose: () => void;
}

/** Pseudonyms are unique ignoring case, so the confirmation is too; spaces around it are forgiven. */
function confirms(typed: string, pseudonym: string): boolean {
  return typed.trim().toLowerCase() === pseudonym.toLowerCase();
}

/**
 * The last step of deleting an account: typing the pseudonym, so it is never one stray click, and
 * the passphrase when the account has one, so someone holding the member's phone cannot.
 * Afterwards this browser forgets the session and nothing fetched as the member is kept.
 */
export function DeleteAccountDialog({ pseudonym, hasPassphrase, opened, onClose }: DeleteAccountDialogProps) {
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const passphraseRef = useRef<HTMLInputElement>(null);
  const erasing = useMutation({
    mutationFn: () => eraseAccount(hasPassphrase ? passphrase : undefined),
    onSuccess: () => signOutAndGoHome(queryClient, ACCOUNT_DELETED_NOTICE),
  });
  const failure = erasing.isError ? describeAuthError(erasing.error, 'erase') : null;
  useFocusOnProblem(failure, { passphrase: passphraseRef });
  const ready = confirms(typed, pseudonym) && (!hasPassphrase || passphrase !== '');
  const close = () => {
    if (erasing.isPending) return;
    onClose();
    setTyped('');
    setPassphrase('');
    erasing.reset();
  };
  const submit = () => {
    if (ready && !erasing.isPending) erasing.mutate();
  };

  return (
    <Modal opened={opened} onClose={close} title="Delete your account?" closeButtonProps={{ 'aria-label': 'Close without deleting' }}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text>
            This can&apos;t be undone. Your posts and messages stay, shown as &ldquo;former member&rdquo;; everything else about your
            account is deleted and you are signed out.
          </Text>
          <TextInput
            label={`Type your pseudonym, ${pseudonym}, to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            data-autofocus
          />
          {hasPassphrase && (
            <CurrentPassphraseInput
              ref={passphraseRef}
              label="Your passphrase"
              description="Asked again so that nobody else holding this device can delete your account."
              value={passphrase}
              onChange={setPassphrase}
              error={failure?.fields.passphrase}
              showLabel="Show your passphrase, to delete your account"
            />
          )}
          <Text size="sm">
            Whatever you decide, the{' '}
            <Anchor href={HELP_PATH} underline="always">
              help page
            </Anchor>{' '}
            and crisis lines stay open to you, with or without an account.
          </Text>
          {failure && (
            <Alert color="red" variant="light" title="Your account was not deleted" classNames={{ title: classes.alertTitle }}>
              {failure.summary}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep my account
            </Button>
            <BusyButton type="submit" color="red.9" disabled={!ready} busy={erasing.isPending}>
              Delete my account
            </BusyButton>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
