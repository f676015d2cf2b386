import { Button, Group, Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

export interface LoadMoreProps {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
  /** e.g. "Load more threads"; also names what is loading for screen readers. */
  label: string;
  /** Fetch the next page by itself when the end of the list scrolls into view. */
  automatic?: boolean;
}

/**
 * The end of a paged list: an IntersectionObserver sentinel for people who scroll, and a real
 * button for keyboard and switch users (and browsers without the observer). The status line
 * tells screen readers when more arrived.
 */
export function LoadMore({ hasNextPage, isFetchingNextPage, fetchNextPage, label, automatic = false }: LoadMoreProps) {
  const sentinel = useRef<HTMLDivElement>(null);
  const busy = useRef(isFetchingNextPage);
  busy.current = isFetchingNextPage;
  // The button goes with the last page, and keyboard focus on it would fall to the top of the page:
  // once it has been pressed, the end of the list is marked where it was, and focus moves there
  // (as "Show earlier messages" hands it to the chat log). Shift+Tab goes back into what loaded.
  const [pressed, setPressed] = useState(false);
  const awaitingEnd = useRef(false);
  const end = useRef<HTMLParagraphElement>(null);
  const ended = pressed && !hasNextPage;
  useEffect(() => {
    if (hasNextPage || !awaitingEnd.current) return;
    awaitingEnd.current = false;
    if (!document.activeElement || document.activeElement === document.body) end.current?.focus();
  }, [hasNextPage]);

  useEffect(() => {
    const element = sentinel.current;
    if (!automatic || !hasNextPage || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting) && !busy.current) void fetchNextPage();
      },
      // Start a little before the end comes into view, so the list seems to simply continue.
      { rootMargin: '0px 0px 400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [automatic, hasNextPage, fetchNextPage]);

  return (
    <>
      <div ref={sentinel} aria-hidden="true" />
      <Group gap="sm" py="sm">
        {hasNextPage && (
          // Stays enabled while loading: disabling a focused button drops keyboard focus.
          <Button
            variant="default"
            onClick={() => {
              if (isFetchingNextPage) return;
              setPressed(true);
              awaitingEnd.current = true;
              void fetchNextPage();
            }}
          >
            {label}
          </Button>
        )}
        {ended && (
          <Text ref={end} tabIndex={-1} size="sm">
            That&apos;s everything: there is no more to load.
          </Text>
        )}
        {isFetchingNextPage && <Loader size="sm" aria-hidden="true" />}
        <Text role="status" size="sm">
          {isFetchingNextPage ? 'Loading more…' : ''}
        </Text>
      </Group>
    </>
  );
}
