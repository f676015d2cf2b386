import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { SAFETY_PLAN_SECTIONS, type SafetyPlan, type SafetyPlanSections } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { isApiError } from '../../api/api-error';
import { newerPlanFrom, safetyPlanQueryKey, saveSafetyPlan } from './safety-plan-api';
import { addKeptBack, afterConflict, afterSaved, hasUnsavedWords, normalisedSections, startEditing, type SafetyPlanDraft } from './safety-plan-draft';
import { clearSafetyPlanDraft, readSafetyPlanDraft, writeSafetyPlanDraft } from './safety-plan-draft-storage';
import { PrintableSafetyPlan } from './printable-safety-plan';
import classes from './safety-plan.module.css';
import { SafetyPlanSectionEditor } from './safety-plan-section-editor';
import { savedStateText } from './saved-state';
import { BusyButton } from '../../components/busy-button';

const COPY = SAFE_MESSAGING_COPY.safetyPlan;

/**
 * The member's plan, editable. Unsaved words live in the tab's sessionStorage until saved; a save
 * made from a copy another tab has since replaced is refused by the api (409), and then the page
 * shows the newer plan and keeps the member's words aside, to add back with one button.
 */
export function SafetyPlanEditor({ memberId, plan }: { memberId: string; plan: SafetyPlan }) {
  const queryClient = useQueryClient();
  // The plan this page's draft started from; background refetches do not move it (see hasUnsavedWords).
  const [base, setBase] = useState(plan);
  const [draft, setDraft] = useState<SafetyPlanDraft>(() => startEditing(plan, readSafetyPlanDraft(memberId)));
  const [changedElsewhere, setChangedElsewhere] = useState(() => draft.kept !== null);
  const [saveFailed, setSaveFailed] = useState<string | null>(null);
  const unsaved = hasUnsavedWords(draft, base);

  useEffect(() => {
    if (unsaved) writeSafetyPlanDraft(memberId, draft);
    else clearSafetyPlanDraft(memberId);
  }, [memberId, draft, unsaved]);

  const save = useMutation({
    mutationFn: (toSave: SafetyPlanDraft) => saveSafetyPlan({ sections: normalisedSections(toSave.sections), baseUpdatedAt: toSave.baseUpdatedAt }),
    onSuccess: (saved, toSave) => {
      queryClient.setQueryData(safetyPlanQueryKey(memberId), saved);
      setBase(saved);
      // The form stays open while a save is on its way: what was typed meanwhile stays too.
      setDraft((current) => afterSaved(saved, toSave, current));
      // Still there while words are kept aside, unless the member dealt with them meanwhile.
      setChangedElsewhere((shown) => shown && toSave.kept !== null);
      setSaveFailed(null);
    },
    onError: (error) => {
      const newer = newerPlanFrom(error);
      if (newer) {
        queryClient.setQueryData(safetyPlanQueryKey(memberId), newer);
        setBase(newer);
        setDraft((current) => afterConflict(newer, current));
        setChangedElsewhere(true);
        setSaveFailed(null);
        return;
      }
      // A 400 says which entry is wrong in words the member can act on; anything else is ours.
      setSaveFailed(isApiError(error) && error.code === 'VALIDATION_FAILED' ? error.message : COPY.saveFailed);
    },
  });

  const setSection = (section: keyof SafetyPlanSections, entries: string[]) => setDraft((current) => ({ ...current, sections: { ...current.sections, [section]: entries } }));

  return (
    <>
    <Stack gap="xl" className={classes.screenOnly}>
      {changedElsewhere && (
        <Alert variant="light" color="yellow" title={COPY.changedElsewhere.heading} role="alert" styles={{ title: { color: 'var(--mantine-color-text)' } }}>
          <Stack gap="sm">
            <Text size="sm">{COPY.changedElsewhere.message}</Text>
            {draft.kept !== null && (
              <KeptWords
                kept={draft.kept}
                onAddBack={() => {
                  setDraft((current) => addKeptBack(current));
                  setChangedElsewhere(false);
                }}
                onDiscard={() => {
                  setDraft((current) => ({ ...current, kept: null }));
                  setChangedElsewhere(false);
                }}
              />
            )}
          </Stack>
        </Alert>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          // Enter in an entry while a save is on its way: that one saves first (a second, from the
          // same older copy, would be refused as if another tab had changed the plan).
          if (save.isPending) return;
          save.mutate(draft);
        }}
      >
        <Stack gap="xl">
          {SAFETY_PLAN_SECTIONS.map((section) => (
            <SafetyPlanSectionEditor key={section} copy={COPY.sections[section]} entries={draft.sections[section]} onChange={(entries) => setSection(section, entries)} />
          ))}
          <Group gap="md">
            <BusyButton type="submit" busy={save.isPending}>
              {save.isPending ? COPY.saving : COPY.save}
            </BusyButton>
            <Text role="status" data-testid="safety-plan-saved-state">
              {unsaved ? COPY.unsaved : savedStateText(base.updatedAt)}
            </Text>
          </Group>
          <div aria-live="polite">{saveFailed && <Text c="red.9">{saveFailed}</Text>}</div>
        </Stack>
      </form>
      <Stack gap="xs" align="flex-start">
        <Button variant="default" onClick={() => window.print()}>
          {COPY.print.button}
        </Button>
        <Text size="sm">{COPY.print.hint}</Text>
      </Stack>
    </Stack>
    <PrintableSafetyPlan sections={draft.sections} />
    </>
  );
}

function KeptWords({ kept, onAddBack, onDiscard }: { kept: SafetyPlanSections; onAddBack: () => void; onDiscard: () => void }) {
  return (
    <Stack gap="xs" data-testid="safety-plan-kept-words">
      <Text size="sm" fw={600}>
        {COPY.changedElsewhere.yourWords}
      </Text>
      {SAFETY_PLAN_SECTIONS.filter((section) => kept[section].length > 0).map((section) => (
        <div key={section}>
          <Text size="sm">{COPY.sections[section].heading}:</Text>
          <List size="sm">
            {kept[section].map((entry) => (
              <List.Item key={entry}>{entry}</List.Item>
            ))}
          </List>
        </div>
      ))}
      <Group gap="sm">
        <Button size="sm" onClick={onAddBack}>
          {COPY.changedElsewhere.addBack}
        </Button>
        <Button size="sm" variant="default" onClick={onDiscard}>
          {COPY.changedElsewhere.discard}
        </Button>
      </Group>
    </Stack>
  );
}
