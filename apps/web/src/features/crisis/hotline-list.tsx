import { Button, Group, Stack, Text } from '@mantine/core';
import { emergencyPrompt, formatCopy, SAFE_MESSAGING_COPY, smsHref, telHref, type HotlineEntry, type RegionHotlines } from '@lantern/crisis';

const ACTIONS = SAFE_MESSAGING_COPY.hotlineActions;

/** The list of a region's lines for abuse at home, wherever it is shown. */
export const ABUSE_LINES_LABEL = 'Help with abuse at home';

/**
 * Every way to reach a line is a button at least 44 CSS px high (WCAG 2.5.5; Mantine's "sm" is 36):
 * it is tapped on a phone by someone in crisis, maybe with a shaking hand. Set as the button's
 * height, so its label stays centred and a long one still wraps.
 */
const TAP_TARGET = { '--button-height': '2.75rem' } as const;

/**
 * A region's lines, each with tap-to-call and tap-to-text buttons big enough for a shaking thumb,
 * who it is for, when it answers, whether it is free (a cost can keep someone from calling), what
 * the directory notes of it (its other numbers and ways in), and any menu choice to make after
 * dialling (the Veterans Crisis Line is 988, then 1). Above them, what to do in immediate danger:
 * the region's emergency number as a button, or the advice to call the local one where we cannot
 * know it. The same list wherever help is offered.
 */
export function HotlineList({
  hotlines,
  label = 'People you can reach now',
  limit,
  showEmergency = true,
  lines: chosenLines = hotlines.hotlines,
}: {
  hotlines: RegionHotlines;
  label?: string;
  limit?: number;
  showEmergency?: boolean;
  /** Other lines of the region than its crisis lines (its lines for abuse at home). */
  lines?: readonly HotlineEntry[];
}) {
  const lines = limit === undefined ? chosenLines : chosenLines.slice(0, limit);
  const emergency = hotlines.emergencyNumber;
  return (
    <Stack gap="sm">
      {showEmergency && (
        <Group gap="sm" wrap="wrap" align="center" data-testid="emergency-line">
          <Text fw={600}>{emergencyPrompt(emergency)}</Text>
          {emergency && <EmergencyCallButton number={emergency} />}
        </Group>
      )}
      <Stack component="ul" gap="sm" aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {lines.map((line) => (
          <HotlineItem key={line.id} line={line} />
        ))}
      </Stack>
    </Stack>
  );
}

/** The region's emergency number, to tap. */
export function EmergencyCallButton({ number }: { number: string }) {
  return (
    // The app's red that passes AA in both schemes (red 9 on light, red 4 on dark); red 9 on the dark body is 2.8:1.
    <Button component="a" href={telHref({ number }) ?? undefined} color="var(--mantine-color-error)" variant="outline" size="sm" style={TAP_TARGET}>
      {formatCopy(ACTIONS.call, { number })}
    </Button>
  );
}

/**
 * A line's ways in, as buttons: call, text, chat online, else its website. `withChat` false leaves
 * "Chat online" out where calling or texting is there (a bar with room for one row).
 */
export function LineButtons({ line, withChat = true }: { line: HotlineEntry; withChat?: boolean }) {
  const call = telHref(line);
  const text = smsHref(line);
  const callLabel = line.number && formatCopy(ACTIONS.call, { number: line.number });
  const textLabel =
    line.sms && formatCopy(line.sms.keyword ? ACTIONS.textKeyword : ACTIONS.text, { number: line.sms.number, keyword: line.sms.keyword ?? '' });
  const chat = line.chatUrl && (withChat || (!call && !text));
  return (
    <>
      {call && callLabel && (
        <Button component="a" href={call} size="sm" style={TAP_TARGET}>
          {line.pressAfterDialing ? `${callLabel}, ${formatCopy(ACTIONS.thenPress, { digit: line.pressAfterDialing })}` : callLabel}
        </Button>
      )}
      {text && textLabel && (
        <Button component="a" href={text} size="sm" variant="light" style={TAP_TARGET}>
          {textLabel}
        </Button>
      )}
      {chat && (
        <Button component="a" href={line.chatUrl} target="_blank" rel="noopener noreferrer" size="sm" variant="light" style={TAP_TARGET}>
          {ACTIONS.chat}
        </Button>
      )}
      {line.url && !call && !text && !line.chatUrl && (
        <Button component="a" href={line.url} target="_blank" rel="noopener noreferrer" size="sm" variant="light" style={TAP_TARGET}>
          {line.url.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        </Button>
      )}
    </>
  );
}

/**
 * Who a line is for (when it is not everyone) and when it answers, in the list's words: said
 * wherever a line is offered, so no one calls a line that is not for them, or not open, unawares.
 */
export function whoAndWhen(line: Pick<HotlineEntry, 'audience' | 'hours'>): string {
  return [line.audience?.replace(/\.$/, ''), line.hours === '24/7' ? 'Any time, day or night' : line.hours].filter(Boolean).join(' · ');
}

function HotlineItem({ line }: { line: HotlineEntry }) {
  const free = line.free ? (line.kind === 'text' ? 'Free to text' : line.kind === 'call' ? 'Free to call' : 'Free') : undefined;
  const details = [whoAndWhen(line), free].filter(Boolean).join(' · ');
  return (
    <li>
      <Text component="span" fw={600}>
        {line.name}
      </Text>
      {details && (
        <Text size="sm" c="dimmed">
          {details}
        </Text>
      )}
      {/* Its other numbers and ways in. */}
      {line.notes && <Text size="sm">{line.notes}</Text>}
      <Group gap="xs" mt={4} wrap="wrap">
        <LineButtons line={line} />
      </Group>
    </li>
  );
}
