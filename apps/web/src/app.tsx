import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { AppLayout } from './components/app-layout';
import { MAIN_CONTENT_ID } from './components/skip-link';
import { useDocumentTitle } from './components/use-document-title';
import { createQueryClient } from './query-client';
import { routeForPath } from './routes/app-routes';
import { lanternTheme } from './theme';

export interface AppProps {
  /** The location to render; passed in so a router can take over without touching the pages. */
  pathname: string;
}

/**
 * After an in-app move (no page load), put focus at the top of the new page, as a page load
 * would, so keyboard and screen-reader users are not left on a control that has vanished.
 */
function useFocusMainOnPageChange(pathname: string): void {
  const shownPathname = useRef(pathname);
  useEffect(() => {
    if (pathname === shownPathname.current) return;
    shownPathname.current = pathname;
    window.scrollTo(0, 0);
    document.getElementById(MAIN_CONTENT_ID)?.focus();
  }, [pathname]);
}

export function App({ pathname }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const route = routeForPath(pathname);
  useDocumentTitle(route.title);
  const Page = route.component;
  useFocusMainOnPageChange(pathname);

  return (
    <MantineProvider theme={lanternTheme} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <AppLayout currentPath={route.path}>
          <Page />
        </AppLayout>
      </QueryClientProvider>
    </MantineProvider>
  );
}
