import { SAFE_MESSAGING_COPY, formatCopy } from '@lantern/crisis';
import { SAFETY_PLAN_SECTIONS, type SafetyPlanSections } from '@lantern/contracts';
import { List, Stack, Text, Title } from '@mantine/core';
import { useLocalHotlines } from '../crisis/use-local-hotlines';
import classes from './safety-plan.module.css';

const COPY = SAFE_MESSAGING_COPY.safetyPlan;

/**
 * The plan as it reads on paper: shown only when printing (the editor, with its inputs and
 * buttons, is left off the page), with the region's crisis lines under it, since a paper plan
 * is read when the screen is not at hand.
 */
export function PrintableSafetyPlan({ sections }: { sections: SafetyPlanSections }) {
  const lines = useLocalHotlines();
  const filled = SAFETY_PLAN_SECTIONS.filter((section) => sections[section].some((entry) => entry.trim() !== ''));
  return (
    <div className={classes.printOnly} data-testid="printable-safety-plan">
      <Stack gap="md">
        {filled.map((section) => (
          <div key={section}>
            <Title order={2} size="h4">
              {COPY.sections[section].heading}
            </Title>
            <List>
              {sections[section]
                .filter((entry) => entry.trim() !== '')
                .map((entry, index) => (
                  <List.Item key={`${index}-${entry}`}>{entry}</List.Item>
                ))}
            </List>
          </div>
        ))}
        <div>
          <Title order={2} size="h4">
            {COPY.print.linesHeading}
          </Title>
          {lines.emergencyNumber && <Text>{formatCopy(COPY.print.emergency, { number: lines.emergencyNumber })}</Text>}
          <List>
            {lines.hotlines
              .filter((line) => line.number || line.sms)
              .map((line) => (
                <List.Item key={line.id}>
                  {line.name}: {[line.number, line.sms ? `text ${line.sms.keyword ? `${line.sms.keyword} to ` : ''}${line.sms.number}` : null].filter(Boolean).join(', ')} ({line.hours})
                </List.Item>
              ))}
          </List>
        </div>
      </Stack>
    </div>
  );
}
