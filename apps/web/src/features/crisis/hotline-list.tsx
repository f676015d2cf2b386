import { Anchor, List, Text } from '@mantine/core';
import { smsHref, telHref, type RegionHotlines } from '@lantern/crisis';

/** A region's lines as tap-to-call and tap-to-text links; the same list wherever help is offered. */
export function HotlineList({ hotlines, label = 'People you can reach now', limit }: { hotlines: RegionHotlines; label?: string; limit?: number }) {
  const lines = limit === undefined ? hotlines.hotlines : hotlines.hotlines.slice(0, limit);
  return (
    <List spacing="xs" aria-label={label}>
      {lines.map((line) => {
        const call = telHref(line);
        const text = smsHref(line);
        return (
          <List.Item key={line.id}>
            <Text component="span" fw={600}>
              {line.name}
            </Text>
            {call && (
              <>
                {' — '}
                <Anchor href={call} underline="always">
                  call {line.number}
                </Anchor>
              </>
            )}
            {text && line.sms && (
              <>
                {' — '}
                <Anchor href={text} underline="always">
                  text {line.sms.keyword ? `${line.sms.keyword} to ` : ''}
                  {line.sms.number}
                </Anchor>
              </>
            )}
            {!call && !text && line.url && (
              <>
                {' — '}
                <Anchor href={line.url} target="_blank" rel="noopener noreferrer" underline="always">
                  {line.url.replace(/^https?:\/\//, '')}
                </Anchor>
              </>
            )}
          </List.Item>
        );
      })}
    </List>
  );
}
