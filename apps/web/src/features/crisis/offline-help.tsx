import { Anchor, Stack, Text, Title } from '@mantine/core';
import { offlineHelpMessage, SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { HELP_PATH } from '../../routes/route-paths';
import { ABUSE_LINES_LABEL, HotlineList } from './hotline-list';
import { crisisLinesLabel } from './region-name';
import { useLocalHotlines } from './use-local-hotlines';

const COPY = SAFE_MESSAGING_COPY.unreachable;

/**
 * The emergency number, the reader's crisis lines and their lines for abuse at home, from the
 * directory bundled with the app, so they show even when Lantern's server does not answer (what is
 * promised of them holds for all of them); and the way to /help, which needs no server either.
 */
export function OfflineHelp() {
  const hotlines = useLocalHotlines();
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {COPY.helpHeading}
      </Title>
      <Text>{offlineHelpMessage([...hotlines.hotlines, ...hotlines.abuseLines])}</Text>
      <HotlineList hotlines={hotlines} label={crisisLinesLabel(hotlines.region)} />
      {hotlines.abuseLines.length > 0 && <HotlineList hotlines={hotlines} lines={hotlines.abuseLines} label={ABUSE_LINES_LABEL} showEmergency={false} />}
      <Anchor href={HELP_PATH} underline="always" fw={600}>
        {COPY.helpLink}
      </Anchor>
    </Stack>
  );
}
