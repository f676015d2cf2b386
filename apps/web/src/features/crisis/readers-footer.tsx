import { Anchor, Paper, Text } from '@mantine/core';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { HELP_PATH } from '../../routes/route-paths';

/** Under a thread where someone wrote in crisis: a quiet pointer to help for everyone reading. */
export function ReadersFooter() {
  const copy = SAFE_MESSAGING_COPY.readersFooter;
  return (
    <Paper component="aside" aria-label="Support for readers" withBorder p="md" radius="md">
      <Text size="sm">
        {copy.message}{' '}
        <Anchor href={HELP_PATH} underline="always" inherit>
          {copy.action}
        </Anchor>
      </Text>
    </Paper>
  );
}
