import { Alert, Button, Stack, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import classes from './forum.module.css';

export interface ContentWarningGateProps {
  /** The warning to show, or null for no gate. */
  warning: string | null;
  /** e.g. "Show the posts"; the button names what opens. */
  openLabel: string;
  children: ReactNode;
}

/**
 * Content behind a warning stays closed until the reader chooses to open it: a reader who is
 * not up to it today can leave without having seen a word. After opening, focus moves to the
 * content so keyboard and screen-reader users continue where it begins.
 */
export function ContentWarningGate({ warning, openLabel, children }: ContentWarningGateProps) {
  const [open, setOpen] = useState(false);
  const content = useRef<HTMLDivElement>(null);
  if (!warning) return <>{children}</>;
  if (open) {
    return (
      <div ref={content} tabIndex={-1} className={classes.post} aria-label="Content after the warning">
        {children}
      </div>
    );
  }
  return (
    <Alert color="gray" variant="light" title="Content warning" classNames={{ title: classes.alertTitle }}>
      <Stack gap="sm" align="flex-start">
        <Text size="sm" className={classes.wrap}>
          {warning}
        </Text>
        <Text size="sm">Take care of yourself: open it only if you feel up to it right now.</Text>
        <Button
          variant="default"
          onClick={() => {
            setOpen(true);
            requestAnimationFrame(() => content.current?.focus());
          }}
        >
          {openLabel}
        </Button>
      </Stack>
    </Alert>
  );
}
