import { Button, Checkbox, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { copyToClipboard } from '../../components/clipboard';
import classes from './identity.module.css';

type CopyState = 'idle' | 'copied' | 'failed';

export interface RecoveryCodeStepProps {
  title: string;
  /** A sentence or two above the code: why it matters, in this situation. */
  intro: ReactNode;
  recoveryCode: string;
  continueLabel?: string;
  onContinue: () => void;
}

/**
 * Shows a recovery code exactly once. The member has to say they saved it before moving on,
 * because nobody (not even Lantern) can show it again.
 */
export function RecoveryCodeStep({ title, intro, recoveryCode, continueLabel = 'Continue', onContinue }: RecoveryCodeStepProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const savedRef = useRef<HTMLInputElement>(null);
  const codeLabelId = useId();
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const [saved, setSaved] = useState(false);
  const [showSavedError, setShowSavedError] = useState(false);
  // Each press of Continue without the tick takes focus to the box, described by the error (after
  // it is rendered), so a screen reader reads out why and Space ticks it.
  const [refusals, setRefusals] = useState(0);
  useEffect(() => {
    if (refusals > 0) savedRef.current?.focus();
  }, [refusals]);

  // The step replaces the form the member just used, so tell them where they are now.
  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => setCopyState((await copyToClipboard(recoveryCode)) ? 'copied' : 'failed');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!saved) {
      setShowSavedError(true);
      setRefusals((count) => count + 1);
      return;
    }
    onContinue();
  };

  return (
    <Stack gap="lg" maw="40rem">
      <Title order={1} ref={headingRef} tabIndex={-1} className={classes.pseudonym}>
        {title}
      </Title>
      {intro}
      <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={codeLabelId}>
        <Stack gap="sm">
          <Text id={codeLabelId} fw={600}>
            Your recovery code
          </Text>
          <Code block className={classes.code} data-testid="recovery-code">
            {recoveryCode}
          </Code>
          <Group gap="sm">
            <Button variant="default" onClick={() => void copy()}>
              {copyState === 'copied' ? 'Copied' : 'Copy code'}
            </Button>
          </Group>
          <Text role="status" size="sm">
            {copyState === 'copied' && 'Copied. Now paste it somewhere private, like a password manager or a note only you can open.'}
            {copyState === 'failed' &&
              "We couldn't copy it for you. Please select the code above and copy it by hand, or write it down."}
          </Text>
        </Stack>
      </Paper>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Checkbox
            ref={savedRef}
            label="I've saved my recovery code somewhere safe"
            checked={saved}
            onChange={(event) => {
              setSaved(event.currentTarget.checked);
              if (event.currentTarget.checked) setShowSavedError(false);
            }}
            error={
              showSavedError
                ? "Please save your code and tick this box first. Once you leave this page, we can't show it again."
                : undefined
            }
            aria-invalid={showSavedError || undefined}
          />
          <Group>
            <Button type="submit">{continueLabel}</Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
