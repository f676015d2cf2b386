import { CHAT_LIMITS, type ChatMessage } from '@lantern/contracts';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { describeForumError } from '../forum/forum-error-copy';
import { fieldTooLong } from '../forum/forum-copy';
import classes from '../forum/forum.module.css';

/** How much of the message the dialog quotes: enough to be sure it is the right one. */
const QUOTED = 140;

export interface RemoveMessageDialogProps {
  message: ChatMessage;
  /** Removes it (the room's own route), with the moderator's reason when they gave one. */
  remove: (reason: string | undefined) => Promise<unknown>;
  opened: boolean;
  onClose: () => void;
  /** After the api took it out: the moderator's own log marks it at once, whatever the socket does. */
  onRemoved?: () => void;
}

/**
 * A moderator's removal of a chat message, asked once before it happens: in a hard moment a
 * misclick would otherwise take someone's words out of the room. The reason goes to the audit log
 * only; the writer is not told who removed it or why. A removal can be undone from the log.
 * On the reader's own message it is their deletion: no reason, and no way back.
 */
export function RemoveMessageDialog({ message, remove, opened, onClose, onRemoved }: RemoveMessageDialogProps) {
  const own = message.author.isYou;
  const [reason, setReason] = useState('');
  const removing = useMutation({
    mutationFn: () => remove(reason.trim() || undefined),
    onSuccess: () => {
      onRemoved?.();
      close();
    },
  });
  const failure = removing.isError ? describeForumError(removing.error, ['reason'] as const) : null;
  // Said, never cut: only the moderator's own reason is checked, and only when there is one.
  const reasonTooLong = own ? null : fieldTooLong(reason, CHAT_LIMITS.removeReasonMax, 'a reason', 'removing');
  const quoted = message.body.length > QUOTED ? `${message.body.slice(0, QUOTED).trimEnd()}…` : message.body;

  function close() {
    onClose();
    // Start afresh next time (after the modal has animated out).
    setTimeout(() => {
      removing.reset();
      setReason('');
    }, 200);
  }

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={own ? 'Delete your message?' : 'Remove this message?'}
      classNames={{ title: classes.wrap }}
      closeButtonProps={{ 'aria-label': own ? 'Close without deleting' : 'Close without removing' }}
    >
      <Stack gap="md">
        <Text size="sm" component="blockquote" m={0} pl="sm" className={classes.wrap} style={{ borderInlineStart: '3px solid var(--mantine-color-default-border)' }}>
          <Text component="span" fw={700}>
            {message.author.isYou ? 'You' : message.author.displayName}
          </Text>
          {': '}
          {quoted}
        </Text>
        {own ? (
          <Text size="sm">It leaves the room for everyone at once, and this can&apos;t be undone. The moderators can still read it while they look after the room.</Text>
        ) : (
          <>
            <Text size="sm">It leaves the room for everyone at once. You and the other moderators still see it here, and can restore it.</Text>
            <Textarea
              label="Why (for the audit log; the writer is not told)"
              autosize
              minRows={2}
              // No maxLength: the browser would cut a long paste short without a word (the end of
              // what a moderator wrote for the audit log lost); too long is said instead.
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              error={reasonTooLong ?? failure?.fields.reason}
              data-autofocus
            />
          </>
        )}
        {failure && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            It was not {own ? 'deleted' : 'removed'}: {failure.summary}
          </Text>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={close} data-autofocus={own || undefined}>
            Keep it
          </Button>
          <Button color="red.9" disabled={reasonTooLong !== null} onClick={() => !removing.isPending && !reasonTooLong && removing.mutate()}>
            {own ? (removing.isPending ? 'Deleting…' : 'Delete') : removing.isPending ? 'Removing…' : 'Remove'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
