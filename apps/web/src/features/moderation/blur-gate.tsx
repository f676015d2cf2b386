import { Box, Button, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import classes from '../forum/forum.module.css';

/**
 * Hides painful content behind a blur until the moderator chooses to look. While blurred, the
 * text is hidden from screen readers too, so the choice is the same for everyone, and anything in
 * it that takes focus (a "Review" beside each line) is out of reach by keyboard as by mouse (inert).
 * Shown, keyboard focus moves to the words (the Show button is gone, and focus on it would fall
 * to the top of the page), so a screen reader reads what was chosen, where it begins.
 */
export function BlurGate({ sensitive, label, children }: { sensitive: boolean; label: string; children: ReactNode }) {
  const [shown, setShown] = useState(!sensitive);
  const [revealed, setRevealed] = useState(false);
  const content = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (revealed) content.current?.focus();
  }, [revealed]);
  if (revealed) {
    // A span that keeps its place inline (a reporter's note within a line) and as a block (a list).
    return (
      <Box component="span" ref={content} tabIndex={-1} className={classes.post} style={{ display: 'inline-block', maxWidth: '100%' }}>
        {children}
      </Box>
    );
  }
  if (shown) return <>{children}</>;
  return (
    <Box>
      <Box aria-hidden="true" inert style={{ filter: 'blur(6px)', userSelect: 'none', pointerEvents: 'none' }} data-testid="blurred">
        {children}
      </Box>
      <Group gap="sm" mt="xs">
        <Text size="sm">This may be hard to read.</Text>
        <Button
          size="xs"
          variant="default"
          onClick={() => {
            setShown(true);
            setRevealed(true);
          }}
          aria-label={`Show ${label}`}
        >
          Show
        </Button>
      </Group>
    </Box>
  );
}
