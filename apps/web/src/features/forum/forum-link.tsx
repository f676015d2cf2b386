import { Anchor, Button, type AnchorProps, type ButtonProps } from '@mantine/core';
import type { MouseEvent, ReactNode } from 'react';
import { navigate } from '../../routes/navigation';

/**
 * A plain click moves within the app (History API) instead of loading the page again, so the
 * fetched threads stay cached and the session is not restored on every link. Modified clicks
 * (new tab, new window) and middle clicks keep the browser's own behaviour.
 */
export function followInApp(event: MouseEvent<HTMLAnchorElement>, href: string): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(href);
}

export interface ForumLinkProps extends AnchorProps {
  href: string;
  children: ReactNode;
  'aria-describedby'?: string;
}

export function ForumLink({ href, children, ...rest }: ForumLinkProps) {
  return (
    <Anchor href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => followInApp(event, href)} {...rest}>
      {children}
    </Anchor>
  );
}

export interface ForumButtonLinkProps extends ButtonProps {
  href: string;
  children: ReactNode;
}

/** A link that looks like a button: it goes somewhere, so it is announced as a link. */
export function ForumButtonLink({ href, children, ...rest }: ForumButtonLinkProps) {
  return (
    <Button component="a" href={href} onClick={(event: MouseEvent<HTMLAnchorElement>) => followInApp(event, href)} {...rest}>
      {children}
    </Button>
  );
}
