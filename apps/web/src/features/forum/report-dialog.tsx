import { FORUM_LIMITS, REPORT_REASONS, type ReportPostRequest, type ReportReason } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { Alert, Anchor, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HELP_PATH } from '../../routes/route-paths';
import { CrisisNudge } from '../crisis/crisis-nudge';
import { HowToHelp } from '../crisis/how-to-help';
import { fieldTooLong, REPORT_REASON_LABELS } from './forum-copy';
import { describeForumError } from './forum-error-copy';
import classes from './forum.module.css';

export interface ReportDialogProps {
  /** What is reported, in the dialog's words: a forum post or a chat message. */
  subject: 'post' | 'message';
  /** Its writer's display name, for the title. */
  author: string;
  /** Sends the report (the post's or the message's own route). */
  send: (input: ReportPostRequest) => Promise<unknown>;
  opened: boolean;
  onClose: () => void;
}

/**
 * A member's worry about a post or a chat message, to the moderators (never to the writer).
 * Mantine's Modal traps focus, closes on Escape and gives focus back to the opening button.
 * A send without a reason puts focus on the reasons (their error is read with them); once sent,
 * focus goes to Close, since the Send button it was on is gone with the form.
 */
export function ReportDialog({ subject, author, send, opened, onClose }: ReportDialogProps) {
  const [reason, setReason] = useState<ReportReason | null>(null);
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const reporting = useMutation({ mutationFn: () => send({ reason: reason ?? 'other', ...(note.trim() ? { note: note.trim() } : {}) }) });
  const failure = reporting.isError ? describeForumError(reporting.error, ['reason', 'note'] as const) : null;
  const noteTooLong = fieldTooLong(note, FORUM_LIMITS.reportNoteMax, 'a note', 'sending');
  const firstReason = useRef<HTMLInputElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (reporting.isSuccess) closeButton.current?.focus();
  }, [reporting.isSuccess]);

  const close = () => {
    onClose();
    const sent = reporting.isSuccess;
    setTimeout(() => {
      reporting.reset();
      setMissingReason(false);
      // A sent report starts afresh next time. One closed unsent (a stray Escape or tap outside,
      // or Cancel) keeps its reason and note for when the dialog opens again on this page.
      if (!sent) return;
      setReason(null);
      setNote('');
    }, 200);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setMissingReason(true);
      firstReason.current?.focus();
      return;
    }
    if (!reporting.isPending && !noteTooLong) reporting.mutate();
  };

  return (
    <Modal opened={opened} onClose={close} title={`Report a ${subject} by ${author}`} size="lg" classNames={{ title: classes.wrap }} closeButtonProps={{ 'aria-label': 'Close the report' }}>
      {reporting.isSuccess ? (
        <Stack gap="md">
          <Text role="status">
            Thank you for telling us. A volunteer moderator will look at it{reason === 'crisis_concern' ? ' as a priority' : ''}. The
            writer won&apos;t know who reported it.
          </Text>
          {reason === 'crisis_concern' && (
            <>
              <Text>
                If you think someone is in immediate danger, you can also{' '}
                <Anchor href={HELP_PATH} underline="always">
                  find a helpline or emergency number
                </Anchor>
                .
              </Text>
              <HowToHelp heading={3} />
            </>
          )}
          <Group justify="flex-end">
            <Button ref={closeButton} onClick={close}>
              Close
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label={`Report this ${subject}`}>
          <Stack gap="md">
            {failure && (
              <Alert color="red" variant="light" title="We couldn't send your report" classNames={{ title: classes.alertTitle }}>
                {failure.summary}
              </Alert>
            )}
            <Radio.Group
              label={`What worries you about this ${subject}?`}
              withAsterisk
              value={reason}
              onChange={(value) => {
                setReason(value as ReportReason);
                setMissingReason(false);
              }}
              error={missingReason ? 'Please choose a reason.' : failure?.fields.reason}
            >
              <Stack gap="sm" mt="xs">
                {REPORT_REASONS.map((value, index) => (
                  <Radio key={value} ref={index === 0 ? firstReason : undefined} value={value} label={REPORT_REASON_LABELS[value].label} description={REPORT_REASON_LABELS[value].description} />
                ))}
              </Stack>
            </Radio.Group>
            <Textarea
              label="Anything the moderators should know? (optional)"
              autosize
              minRows={2}
              // No maxLength: the browser would cut a long paste short without a word (what a worried
              // member wrote about someone in danger, its end lost); too long is said instead.
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              error={noteTooLong ?? failure?.fields.note}
            />
            {/* A note is the reporter's own words too ("I feel the same"): help is offered here, before it is sent. */}
            <CrisisNudge text={note} selfMessage={SAFE_MESSAGING_COPY.searchNudge.message} dangerMessage={SAFE_MESSAGING_COPY.searchNudge.danger} />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" disabled={noteTooLong !== null}>
                {reporting.isPending ? 'Sending…' : 'Send report'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
