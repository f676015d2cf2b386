import type { HiddenMember } from '@lantern/contracts';
import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ACCOUNT_PATH } from '../../routes/route-paths';
import { describeForumError } from '../forum/forum-error-copy';
import { forumQueryKeys } from '../forum/forum-query-keys';
import classes from '../forum/forum.module.css';
import { hiddenMembersQueryKey } from './hidden-members-api';

export interface HideMemberDialogProps {
  /** The name the member sees on the post or message. */
  author: string;
  /** A thread alias is hidden in its thread only. */
  isAlias: boolean;
  /** Hides the writer of this post or message (its own request). */
  send: () => Promise<HiddenMember>;
  opened: boolean;
  onClose: () => void;
  /** After the hide is stored: the page drops what it shows of them. */
  onHidden?: (hidden: HiddenMember) => void;
  /**
   * The dialog has closed after a hide: the button that opened it is usually gone with what the
   * page dropped, so the page says where focus goes instead of letting it fall to the <body>.
   */
  onClosedAfterHide?: () => void;
}

/**
 * "Hide this member": from the member's own view only. Said plainly what it does and does not do,
 * because someone being hurt by another member needs to know the moderators still see them.
 */
export function HideMemberDialog({ author, isAlias, send, opened, onClose, onHidden, onClosedAfterHide }: HideMemberDialogProps) {
  const queryClient = useQueryClient();
  const hid = useRef(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const hiding = useMutation({
    mutationFn: send,
    onSuccess: async (hidden) => {
      hid.current = true;
      onHidden?.(hidden);
      await Promise.all([queryClient.invalidateQueries({ queryKey: forumQueryKeys.all }), queryClient.invalidateQueries({ queryKey: hiddenMembersQueryKey })]);
    },
  });
  const failure = hiding.isError ? describeForumError(hiding.error).summary : null;
  const close = () => {
    onClose();
    setTimeout(() => hiding.reset(), 200);
  };
  // The Hide button focus was on is gone with the question: Close takes it (the status is read).
  useEffect(() => {
    if (hiding.isSuccess) closeButton.current?.focus();
  }, [hiding.isSuccess]);

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={`Hide ${author}?`}
      classNames={{ title: classes.wrap }}
      closeButtonProps={{ 'aria-label': 'Close without hiding' }}
      onExitTransitionEnd={() => {
        if (!hid.current) return;
        hid.current = false;
        onClosedAfterHide?.();
      }}
    >
      {hiding.isSuccess ? (
        <Stack gap="md">
          <Text role="status">
            Done: you won&apos;t see {author} {isAlias ? 'in this thread' : 'in threads or chat'} any more. You can show them again from{' '}
            <Anchor href={ACCOUNT_PATH} underline="always">
              your account
            </Anchor>
            .
          </Text>
          <Text size="sm">If they hurt or frightened you, please report what they wrote too: hiding them protects you, a report lets the moderators act.</Text>
          <Group justify="flex-end">
            <Button ref={closeButton} onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text>
            {isAlias
              ? `Their posts under this name in this thread will be folded away, for you only.`
              : `Their posts will be folded away, their threads left out of your lists and search, and their chat messages kept from you, for you only.`}
          </Text>
          <Text size="sm">They won&apos;t be told. Moderators still see everything they write. You can show them again at any time from your account.</Text>
          {failure && (
            <Alert color="red" variant="light" title="They were not hidden" classNames={{ title: classes.alertTitle }}>
              {failure}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep seeing them
            </Button>
            <Button onClick={() => !hiding.isPending && hiding.mutate()}>{hiding.isPending ? 'Hiding…' : `Hide ${author}`}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
