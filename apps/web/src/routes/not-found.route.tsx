import { Anchor, Stack, Text, Title } from '@mantine/core';
import { HOME_PATH } from './route-paths';

export function NotFoundRoute() {
  return (
    <Stack gap="md">
      <Title order={1}>We couldn&apos;t find that page</Title>
      <Text>
        The link may be old or mistyped. <Anchor href={HOME_PATH} underline="always">Go to the Lantern home page</Anchor>.
      </Text>
    </Stack>
  );
}
