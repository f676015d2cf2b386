import { Button, Group, Stack, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { SAFETY_PLAN_LIMITS } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY, type SafetyPlanSectionCopy } from '@lantern/crisis';
import { useId } from 'react';

export interface SafetyPlanSectionEditorProps {
  copy: SafetyPlanSectionCopy;
  entries: string[];
  onChange: (entries: string[]) => void;
}

/** What an entry over the limit is told (the api refuses it with the same advice). */
function tooLong(entry: string): string | undefined {
  const length = entry.trim().length;
  if (length <= SAFETY_PLAN_LIMITS.entryLength) return undefined;
  return `This entry is ${length} characters; an entry can be at most ${SAFETY_PLAN_LIMITS.entryLength}. Try splitting it into two.`;
}

/**
 * One list of the plan: its prompt, an input per entry (each labelled with the list and its
 * number, so a screen reader says which one it is in), remove, and "Add another" up to the limit.
 */
export function SafetyPlanSectionEditor({ copy, entries, onChange }: SafetyPlanSectionEditorProps) {
  const headingId = useId();
  const promptId = useId();
  const full = entries.length >= SAFETY_PLAN_LIMITS.entriesPerSection;
  const change = (index: number, value: string) => onChange(entries.map((entry, i) => (i === index ? value : entry)));
  const remove = (index: number) => {
    const rest = entries.filter((_, i) => i !== index);
    onChange(rest.length === 0 ? [''] : rest);
  };

  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId}>
        {copy.heading}
      </Title>
      <Text size="sm" id={promptId}>
        {copy.prompt}
      </Text>
      {entries.map((entry, index) => (
        // Entries have no identity of their own; the position is what the label names too.
        <Group key={index} gap="xs" align="center" wrap="nowrap">
          <TextInput
            // The heading and prompt are right above; the full name is for screen readers.
            label={<VisuallyHidden>{`${copy.heading}, entry ${index + 1}`}</VisuallyHidden>}
            aria-describedby={promptId}
            value={entry}
            // No maxLength: a browser cuts a pasted entry at the limit without a word, and the end
            // of it (a phone number, a name) would be lost. The words stay, and we say it is too long.
            error={tooLong(entry)}
            onChange={(event) => change(index, event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button variant="subtle" color="gray" onClick={() => remove(index)} aria-label={`Remove ${copy.heading}, entry ${index + 1}`}>
            Remove
          </Button>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="sm" disabled={full} onClick={() => onChange([...entries, ''])} aria-label={`${SAFE_MESSAGING_COPY.safetyPlan.addEntry}: ${copy.heading}`}>
          {SAFE_MESSAGING_COPY.safetyPlan.addEntry}
        </Button>
        {full && <Text size="sm">This list holds up to {SAFETY_PLAN_LIMITS.entriesPerSection} entries.</Text>}
      </Group>
    </Stack>
  );
}
