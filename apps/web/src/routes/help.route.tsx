import { Anchor, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { hotlinesFor, INTERNATIONAL_REGION, SUPPORTED_REGIONS } from '@lantern/crisis';
import { useState } from 'react';
import { CopingResources } from '../features/crisis/coping-resources';
import { HotlineList } from '../features/crisis/hotline-list';
import { HowToHelp } from '../features/crisis/how-to-help';
import { chosenHelpRegion, rememberHelpRegion } from '../features/crisis/local-hotlines';
import { crisisLinesLabel, regionName } from '../features/crisis/region-name';
import { useLocalHotlines } from '../features/crisis/use-local-hotlines';

export const FIND_A_HELPLINE_URL = 'https://findahelpline.com';

/**
 * Where "Get help now" leads, from every page: the emergency number and the crisis lines for the
 * reader's region (their saved region, else their browser's languages, worked out here in the
 * browser), with every way to reach each; a choice of region for a reader who is elsewhere (kept
 * for the tab, so the next page and the lines shown when Lantern cannot be reached agree with it,
 * and never sent anywhere); and Find A Helpline for everywhere else. Readable signed out.
 */
export function HelpRoute() {
  const guessed = useLocalHotlines();
  const [chosen, setChosen] = useState<string | null>(chosenHelpRegion);
  const hotlines = chosen === null ? guessed : hotlinesFor(chosen);
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>Get help now</Title>
      <Text size="lg">
        If things feel like too much right now, you deserve support straight away, and you don&apos;t have to go through
        this alone. These lines are free and confidential, and a person answers.
      </Text>
      <NativeSelect
        label="Lines for"
        value={hotlines.region}
        onChange={(event) => {
          const region = event.currentTarget.value;
          rememberHelpRegion(region);
          setChosen(region);
        }}
        data={[...SUPPORTED_REGIONS, INTERNATIONAL_REGION].map((region) => ({ value: region, label: regionName(region) }))}
        maw="20rem"
      />
      <HotlineList hotlines={hotlines} label={crisisLinesLabel(hotlines.region)} />
      <Text>
        {/* noreferrer: the helpline does not need to learn that the visitor came from Lantern. */}
        <Anchor href={FIND_A_HELPLINE_URL} rel="noreferrer" underline="always" fw={600}>
          Find a free, confidential helpline near you at findahelpline.com
        </Anchor>{' '}
        if you are somewhere else, or would like another kind of line.
      </Text>
      <Text>You can also reach out to someone you trust and tell them how you are feeling.</Text>
      <CopingResources />
      <HowToHelp />
    </Stack>
  );
}
