import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { safetyPlanHasContent } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { useId } from 'react';
import { SAFETY_PLAN_PATH } from '../../routes/route-paths';
import { useSafetyPlan } from './use-safety-plan';

const COPY = SAFE_MESSAGING_COPY.safetyPlan.inPanel;

/**
 * In the crisis panel, for a member who has written a safety plan: the people they chose and
 * their reasons for living, in their own words (what helps most in the moment), and the way to the
 * whole plan. Nothing at all when there is no plan, or it could not be read: the panel's lines
 * and buttons never wait for it.
 */
export function SafetyPlanInPanel() {
  const plan = useSafetyPlan();
  const headingId = useId();
  if (!plan.isSuccess || !safetyPlanHasContent(plan.data.sections)) return null;
  const { people, reasonsToLive } = plan.data.sections;
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId} data-testid="safety-plan-in-panel">
      <Title order={3} size="h4" id={headingId}>
        {COPY.heading}
      </Title>
      {people.length > 0 && <EntryList label={COPY.people} entries={people} />}
      {reasonsToLive.length > 0 && <EntryList label={COPY.reasonsToLive} entries={reasonsToLive} />}
      <Text>
        <Anchor href={SAFETY_PLAN_PATH} underline="always" fw={600}>
          {COPY.open}
        </Anchor>
      </Text>
    </Stack>
  );
}

function EntryList({ label, entries }: { label: string; entries: string[] }) {
  const labelId = useId();
  return (
    <div>
      <Text size="sm" fw={600} id={labelId}>
        {label}
      </Text>
      <List size="sm" aria-labelledby={labelId}>
        {entries.map((entry, index) => (
          // A member may write the same words twice; the position keeps the keys apart.
          <List.Item key={`${index}:${entry}`}>{entry}</List.Item>
        ))}
      </List>
    </div>
  );
}
