import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { BusyButton } from '../../components/busy-button';
import { formatExactTime } from '../forum/forum-copy';
import { useLiftPause } from './mod-api';
import { RecordReasonField, useFocusAfterClosing, useRecordReason } from './record-reason';

const WORDS = {
  suspended: { button: 'Lift the suspension…', title: 'Lift the suspension', what: 'posting', done: 'Their posting is no longer paused. They were told, and can write again now.' },
  muted: { button: 'Lift the mute…', title: 'Lift the mute', what: 'chat messages', done: 'Their chat messages are no longer paused. They were told, and can write again now.' },
} as const;

/**
 * A pause ended early: set in error (the wrong item, a year typed for an hour), or lifted because
 * the member needs to be heard. The moderator says why, for the record; the member's open pages
 * let them write again at once.
 */
export function LiftPauseForm({ memberId, kind, until }: { memberId: string; kind: 'muted' | 'suspended'; until: string | null }) {
  const lift = useLiftPause(memberId);
  const words = WORDS[kind];
  const [open, setOpen] = useState(false);
  /** The api's answer when it did not lift it (a colleague did first: 409 NOT_PAUSED), said aloud. */
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  // A pause set again after this one was lifted is a new one to lift.
  const [doneFor, setDoneFor] = useState<string | null>(null);
  if (done && until && until !== doneFor && Date.parse(until) > Date.now()) {
    setDone(false);
    setDoneFor(null);
  }
  const reason = useRecordReason();
  const { noticeRef, openerRef, focusAfterClosing } = useFocusAfterClosing(open);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const why = reason.take();
    if (why === null) return;
    setRefusal(null);
    try {
      await lift.mutateAsync({ kind, reason: why });
      setDone(true);
      setDoneFor(until);
      setOpen(false);
      focusAfterClosing('notice');
      reason.clear();
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : 'That did not work; please try again.');
    }
  };

  // Its notice stays once the record, read again, shows no pause: it is what says so.
  if (done) {
    return (
      <Alert ref={noticeRef} tabIndex={-1} variant="light" color="lantern" role="status" title={`${words.title}: done`}>
        {words.done}
      </Alert>
    );
  }
  // An open form stays while the record is read again (a colleague lifted it first: its refusal
  // is what says so); a closed one goes with the pause.
  if (!open && (!until || Date.parse(until) <= Date.now())) return null;
  if (!open) {
    return (
      <Button ref={openerRef} variant="default" size="xs" onClick={() => setOpen(true)}>
        {words.button}
      </Button>
    );
  }
  return (
    <Paper withBorder p="sm" radius="md" component="form" onSubmit={(event) => void submit(event)} aria-label={words.title}>
      <Stack gap="xs">
        {refusal && (
          <Alert role="alert" color="red" variant="light" title="Not lifted">
            {refusal}
          </Alert>
        )}
        {until && (
          <Text size="sm">
            Their {words.what} {kind === 'muted' ? 'are' : 'is'} paused until {formatExactTime(until)}. Lifting it lets them write again at once.
          </Text>
        )}
        <RecordReasonField {...reason.field} />
        <Group gap="xs">
          <BusyButton type="submit" busy={lift.isPending}>
            {words.title}
          </BusyButton>
          <Button
            variant="subtle"
            onClick={() => {
              setOpen(false);
              setRefusal(null);
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
