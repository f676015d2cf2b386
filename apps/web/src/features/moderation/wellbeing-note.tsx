import { Alert, Text } from '@mantine/core';
import { BREAK_WINDOW_MINUTES } from '@lantern/contracts';
import { useShift } from './mod-api';

/** The moderator's own count this shift, and a gentle nudge to pause after a run of crisis items. */
export function WellbeingNote() {
  const shift = useShift();
  if (!shift.data) return null;
  const { crisisHandled, handled, suggestBreak, recentCrisis } = shift.data;
  return (
    <div aria-live="polite">
      {suggestBreak ? (
        <Alert variant="light" color="grape" title="Time for a breather?" mb="md">
          <Text size="sm">
            You&apos;ve supported {recentCrisis} people in crisis in the last {BREAK_WINDOW_MINUTES} minutes. That is heavy work. A short break — some water, a
            stretch, a few slow breaths — helps you and the people you help. The queue will be looked after.
          </Text>
        </Alert>
      ) : (
        <Text size="sm" c="dimmed" mb="md" data-testid="shift-count">
          This shift: {handled} {handled === 1 ? 'item' : 'items'} handled, {crisisHandled} of them crisis.
        </Text>
      )}
    </div>
  );
}
