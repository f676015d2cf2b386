import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { SAFETY_PLAN_PATH } from '../../routes/route-paths';

const COPY = SAFE_MESSAGING_COPY.copingResources;

/**
 * "Things that can help right now", from the safe-messaging copy. The safety-plan step leads to
 * the member's own plan, where it can be written (and read again when things get hard).
 */
export function CopingResources() {
  return (
    <Stack gap="xs" component="section" aria-labelledby="coping-resources-heading">
      <Title order={2} size="h4" id="coping-resources-heading">
        {COPY.heading}
      </Title>
      <Text size="sm">{COPY.intro}</Text>
      <List size="sm" spacing={6}>
        {COPY.items.map((item) => (
          <List.Item key={item.id}>
            <Text size="sm" span fw={600}>
              {item.title}.
            </Text>{' '}
            {item.description}
            {item.id === 'safety-plan' && (
              <>
                {' '}
                <Anchor href={SAFETY_PLAN_PATH} underline="always" fw={600}>
                  {SAFE_MESSAGING_COPY.safetyPlan.writeOne}
                </Anchor>
              </>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
