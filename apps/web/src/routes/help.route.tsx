import { Anchor, Stack, Text, Title } from '@mantine/core';

export const FIND_A_HELPLINE_URL = 'https://findahelpline.com';

/**
 * A first version of the help page: one dependable way to reach a person. The crisis-support
 * work replaces this with hotlines for the member's region from libs/crisis.
 */
export function HelpRoute() {
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>Get help now</Title>
      <Text size="lg">
        If things feel like too much right now, you deserve support straight away, and you don&apos;t have to go through
        this alone.
      </Text>
      <Text>If you are in immediate danger, call your local emergency number.</Text>
      <Text>
        {/* noreferrer: the helpline does not need to learn that the visitor came from Lantern. */}
        <Anchor href={FIND_A_HELPLINE_URL} rel="noreferrer" underline="always" fw={600}>
          Find a free, confidential helpline near you at findahelpline.com
        </Anchor>
      </Text>
      <Text>You can also reach out to someone you trust and tell them how you are feeling.</Text>
    </Stack>
  );
}
