import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { useGiveNewName } from './mod-api';
import { RecordReasonField, useFocusAfterClosing, useRecordReason } from './record-reason';

/**
 * For a name that slipped past the lists (a slur, a real name, someone else's): Lantern picks a
 * friendly one; the moderator says why (for the record) and may add a word to the member, who is
 * told their new name and that their old one still signs them in.
 */
export function NewNameForm({ memberId, pseudonym }: { memberId: string; pseudonym: string }) {
  const giveNewName = useGiveNewName(memberId);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const reason = useRecordReason();
  const { noticeRef, openerRef, focusAfterClosing } = useFocusAfterClosing(open);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const why = reason.take();
    if (why === null) return;
    try {
      const result = await giveNewName.mutateAsync({ reason: why, ...(message.trim() ? { message: message.trim() } : {}) });
      setDone(result.pseudonym);
      setOpen(false);
      focusAfterClosing('notice');
      reason.clear();
      setMessage('');
    } catch (error) {
      reason.setProblem(error instanceof Error ? error.message : 'That did not work; please try again.');
    }
  };

  if (!open) {
    return (
      <Stack gap="xs" align="flex-start">
        {done && (
          <Alert ref={noticeRef} tabIndex={-1} variant="light" color="lantern" role="status" title="Their name is replaced">
            They are now “{done}”. They were told, and stay signed in; their old name still signs them in, and nobody else can take it.
          </Alert>
        )}
        <Button ref={openerRef} variant="default" size="xs" onClick={() => setOpen(true)}>
          Give a new name…
        </Button>
      </Stack>
    );
  }
  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={(event) => void submit(event)} aria-label="Give a new name">
      <Stack gap="xs">
        <Title order={3} size="h5">
          Give “{pseudonym}” a new name
        </Title>
        <Text size="sm">Lantern picks a friendly one. Everything they wrote shows it at once.</Text>
        <RecordReasonField {...reason.field} />
        <Textarea
          label="A word to them (optional)"
          description="Added to the note that tells them their new name and how to sign in."
          value={message}
          onChange={(event) => setMessage(event.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group gap="xs">
          <BusyButton type="submit" busy={giveNewName.isPending}>
            Give a new name
          </BusyButton>
          <Button
            variant="subtle"
            onClick={() => {
              setOpen(false);
              focusAfterClosing('opener');
            }}
          >
            Cancel
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
