import { Alert, Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { HELP_PATH } from '../../routes/route-paths';
import { describeForumError } from '../forum/forum-error-copy';
import { signOutAndGoHome } from '../identity/sign-out-and-go-home';
import classes from '../forum/forum.module.css';
import { eraseAccount } from './account-data-api';

export const ACCOUNT_DELETED_NOTICE = "Your account has been deleted. Take care of yourself; you're welcome back any time.";

export interface DeleteAccountDialogProps {
  pseudonym: string;
  opened: boolean;
  onClose: () => void;
}

/** Pseudonyms are unique ignoring case, so the confirmation is too; spaces around it are forgiven. */
function confirms(typed: string, pseudonym: string): boolean {
  return typed.trim().toLowerCase() === pseudonym.toLowerCase();
}

/**
 * The last step of deleting an account: typing the pseudonym, so it is never one stray click.
 * Afterwards this browser forgets the session and nothing fetched as the member is kept.
 */
export function DeleteAccountDialog({ pseudonym, opened, onClose }: DeleteAccountDialogProps) {
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const erasing = useMutation({
    mutationFn: eraseAccount,
    onSuccess: () => signOutAndGoHome(queryClient, ACCOUNT_DELETED_NOTICE),
  });
  const ready = confirms(typed, pseudonym);
  const close = () => {
    if (erasing.isPending) return;
    onClose();
    setTyped('');
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
          <Text size="sm">
            Whatever you decide, the{' '}
            <Anchor href={HELP_PATH} underline="always">
              help page
            </Anchor>{' '}
            and crisis lines stay open to you, with or without an account.
          </Text>
          {erasing.isError && (
            <Alert color="red" variant="light" title="Your account was not deleted" classNames={{ title: classes.alertTitle }}>
              {describeForumError(erasing.error).summary}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep my account
            </Button>
            <Button type="submit" color="red.9" disabled={!ready} loading={erasing.isPending}>
              Delete my account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
