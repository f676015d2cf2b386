import { Anchor, NativeSelect, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { hotlinesFor, INTERNATIONAL_REGION, linesKept, someLinesFree } from '@lantern/crisis';
import { useState } from 'react';
import { CopingResources } from '../features/crisis/coping-resources';
import { ABUSE_LINES_LABEL, HotlineList } from '../features/crisis/hotline-list';
import { HowToHelp } from '../features/crisis/how-to-help';
import { chosenHelpRegion, rememberHelpRegion } from '../features/crisis/local-hotlines';
import { crisisLinesLabel, linesShownAnnouncement, regionChoices, regionName } from '../features/crisis/region-name';
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
  // Empty until the reader picks a region: the list swapped under the select is otherwise silent
  // to a screen reader, and on arrival the page itself is what they hear.
  const [announcement, setAnnouncement] = useState('');
  const hotlines = chosen === null ? guessed : hotlinesFor(chosen);
  const someFree = someLinesFree(hotlines.hotlines);
  return (
    <Stack gap="md" maw="40rem">
      <Title order={1}>Get help now</Title>
      <Text size="lg">
        If things feel like too much right now, you deserve support straight away, and you don&apos;t have to go through
        this alone. These lines are {linesKept(hotlines.hotlines)}, and a person answers.
        {someFree && ` ${someFree}`}
      </Text>
      {/* One block with the select, so the empty status adds no gap to the page. */}
      <div>
        <NativeSelect
          label="Lines for"
          value={hotlines.region}
          onChange={(event) => {
            const region = event.currentTarget.value;
            rememberHelpRegion(region);
            setChosen(region);
            setAnnouncement(linesShownAnnouncement(hotlinesFor(region)));
          }}
          data={[...regionChoices(), { value: INTERNATIONAL_REGION, label: regionName(INTERNATIONAL_REGION) }]}
          maw="20rem"
        />
        <div role="status">
          <VisuallyHidden>{announcement}</VisuallyHidden>
        </div>
      </div>
      <HotlineList hotlines={hotlines} label={crisisLinesLabel(hotlines.region)} />
      <Text>
        {/* noreferrer: the helpline does not need to learn that the visitor came from Lantern. */}
        <Anchor href={FIND_A_HELPLINE_URL} rel="noreferrer" underline="always" fw={600}>
          Find a free, confidential helpline near you at findahelpline.com
        </Anchor>{' '}
        if you are somewhere else, or would like another kind of line.
      </Text>
      <Text>You can also reach out to someone you trust and tell them how you are feeling.</Text>
      {hotlines.abuseLines.length > 0 && (
        <>
          <Title order={2} size="h3">
            If someone is hurting or threatening you
          </Title>
          <Text>
            A partner, an ex or someone at home: it is not your fault. These lines are there for exactly this, and can help you think through how to stay safe.
          </Text>
          <HotlineList hotlines={hotlines} lines={hotlines.abuseLines} label={ABUSE_LINES_LABEL} showEmergency={false} />
        </>
      )}
      <CopingResources />
      <HowToHelp />
      <Title order={2} size="h3">
        If someone might see your screen
      </Title>
      <Text>
        &ldquo;Leave quickly&rdquo;, at the top of every page (or Esc pressed twice), swaps this tab for a weather page at
        once. It cannot wipe what the browser already remembers: pages you opened here before may still be one Back away
        and in the browser&apos;s history, and you stay signed in on this device. Anything you were still writing here
        (not yet sent) about someone hurting or threatening you goes with it; your other unsent words stay for when you
        come back. On a shared
        phone or computer, a private window forgets it all when you close it, and you can sign out when you are done.
      </Text>
    </Stack>
  );
}
