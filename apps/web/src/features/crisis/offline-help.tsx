import { Anchor, Stack, Text, Title } from '@mantine/core';
import { offlineHelpMessage, SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { HELP_PATH } from '../../routes/route-paths';
import { HotlineList } from './hotline-list';
import { crisisLinesLabel } from './region-name';
import { useLocalHotlines } from './use-local-hotlines';

const COPY = SAFE_MESSAGING_COPY.unreachable;

/**
 * The emergency number and the reader's crisis lines, from the directory bundled with the app,
 * so they show even when Lantern's server does not answer; and the way to /help, which needs no
 * server either.
 */
export function OfflineHelp() {
  const hotlines = useLocalHotlines();
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {COPY.helpHeading}
      </Title>
      <Text>{offlineHelpMessage(hotlines.hotlines)}</Text>
      <HotlineList hotlines={hotlines} label={crisisLinesLabel(hotlines.region)} />
      <Anchor href={HELP_PATH} underline="always" fw={600}>
        {COPY.helpLink}
      </Anchor>
    </Stack>
  );
}
