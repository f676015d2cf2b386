import { Box, Button, Group, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';

/**
 * Hides painful content behind a blur until the moderator chooses to look. While blurred, the
 * text is hidden from screen readers too, so the choice is the same for everyone, and anything in
 * it that takes focus (a "Review" beside each line) is out of reach by keyboard as by mouse (inert).
 */
export function BlurGate({ sensitive, label, children }: { sensitive: boolean; label: string; children: ReactNode }) {
  const [shown, setShown] = useState(!sensitive);
  if (shown) return <>{children}</>;
  return (
    <Box>
      <Box aria-hidden="true" inert style={{ filter: 'blur(6px)', userSelect: 'none', pointerEvents: 'none' }} data-testid="blurred">
        {children}
      </Box>
      <Group gap="sm" mt="xs">
        <Text size="sm">This may be hard to read.</Text>
        <Button size="xs" variant="default" onClick={() => setShown(true)} aria-label={`Show ${label}`}>
          Show
        </Button>
      </Group>
    </Box>
  );
}
