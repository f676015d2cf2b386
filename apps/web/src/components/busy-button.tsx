import { Button, Loader, type ButtonProps } from '@mantine/core';
import type { ComponentPropsWithoutRef, MouseEvent } from 'react';

export interface BusyButtonProps extends Omit<ButtonProps, 'loading'>, Omit<ComponentPropsWithoutRef<'button'>, keyof ButtonProps> {
  /** While true, a spinner shows and presses are ignored, but the button stays focusable. */
  busy: boolean;
  /**
   * Nothing to do just now (everything already read, say): looks and is announced disabled and
   * ignores presses, but stays focusable. Where `disabled` would drop focus if the button had it
   * when it became so (a press that leaves nothing more to do), this keeps it there.
   */
  unavailable?: boolean;
}

/**
 * A button for an action that takes a moment (saving, reacting, confirming). Mantine's `loading`
 * disables the button, and a focused button that becomes disabled drops keyboard focus to the
 * page body: the next Tab starts again at the top of the page. This one stays enabled and
 * focused while busy, says so with aria-disabled, and ignores presses (a submit is not sent twice).
 */
export function BusyButton({ busy, unavailable = false, onClick, leftSection, ...props }: BusyButtonProps) {
  const press = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy || unavailable) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  };
  return (
    <Button
      {...props}
      aria-disabled={busy || unavailable || undefined}
      data-busy={busy || undefined}
      data-disabled={unavailable || undefined}
      onClick={press}
      leftSection={busy ? <Loader size="xs" color="currentColor" aria-hidden="true" /> : leftSection}
    />
  );
}
