import { Textarea } from '@mantine/core';
import { useEffect, useRef, useState, type Ref } from 'react';

/** What a moderator's form says when the reason for the record is left out. */
export const REASON_MISSING = 'Say why, for the moderators’ record.';

/**
 * A moderator's form that goes once it is done or cancelled: keyboard focus in it would fall to
 * the top of the page, so it moves to the notice saying it is done, or back to the button that
 * opened the form. Call `focusAfterClosing` as the form closes.
 */
export function useFocusAfterClosing(open: boolean) {
  const noticeRef = useRef<HTMLDivElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const [focusNext, setFocusNext] = useState<'notice' | 'opener' | null>(null);
  useEffect(() => {
    if (open || !focusNext) return;
    (focusNext === 'notice' ? noticeRef : openerRef).current?.focus();
    setFocusNext(null);
  }, [open, focusNext]);
  return { noticeRef, openerRef, focusAfterClosing: setFocusNext };
}

/**
 * The reason a moderator's form asks for: `take()` gives it trimmed, or says under the field that
 * it is missing, puts focus there and gives null; `field` is what `RecordReasonField` shows.
 */
export function useRecordReason() {
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const take = (): string | null => {
    const trimmed = reason.trim();
    if (!trimmed) {
      setProblem(REASON_MISSING);
      fieldRef.current?.focus();
      return null;
    }
    setProblem(null);
    return trimmed;
  };
  const onChange = (value: string) => {
    setReason(value);
    setProblem(null);
  };
  return { take, setProblem, clear: () => setReason(''), field: { fieldRef, value: reason, problem, onChange } };
}

/** Why, for the moderators' record: asked of every action on a member; a missing one is said under it. */
export function RecordReasonField({ value, onChange, problem, fieldRef }: { value: string; onChange: (value: string) => void; problem: string | null; fieldRef: Ref<HTMLTextAreaElement> }) {
  return (
    <Textarea
      ref={fieldRef}
      label="Why (for the moderators’ record)"
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      error={problem}
      autosize
      minRows={2}
      maxLength={2000}
    />
  );
}
