import { List, Stack, Text, Title } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';

const COPY = SAFE_MESSAGING_COPY.crisisPanel.concernForOther;

/**
 * For someone worried about another person (a friend, a member in a room): how to help, in
 * #chatsafe's order (ask, listen, stay, connect), and that the helper may use the lines too.
 * `heading` is the level that fits where it is shown (a page section, or inside a dialog); `intro`
 * is off where the heading and the first words are already said (the crisis panel's own).
 */
export function HowToHelp({ heading = 2, intro = true }: { heading?: 2 | 3; intro?: boolean }) {
  return (
    <Stack gap="xs" component="section" aria-label="How to help someone who is struggling">
      {intro && (
        <>
          <Title order={heading} size="h4">
            {COPY.heading}
          </Title>
          <Text size="sm">{COPY.message}</Text>
        </>
      )}
      <List type="ordered" size="sm" spacing={4}>
        {COPY.steps.map((step) => (
          <List.Item key={step}>{step}</List.Item>
        ))}
      </List>
      <Text size="sm">{COPY.lookAfterYourself}</Text>
    </Stack>
  );
}
