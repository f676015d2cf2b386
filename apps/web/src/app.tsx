import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { AppLayout } from './components/app-layout';
import { MAIN_CONTENT_ID } from './components/skip-link';
import { useRouteDocumentTitle } from './components/use-document-title';
import { useSession } from './features/identity/use-session';
import { createQueryClient } from './query-client';
import { routeForPath, type AppRoute } from './routes/app-routes';
import { currentNavigationState, navigate } from './routes/navigation';
import { PARTNER_PATH } from './routes/route-paths';
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

/**
 * A crisis-line counsellor's Lantern is their portal: the forum, and a member's replies and safety
 * plan, are refused them by the api, so those addresses take them there (replacing the entry, so
 * Back does not lead to a page they cannot use). The page is not drawn meanwhile, so it asks the
 * api nothing.
 */
function usePartnerRedirect(route: AppRoute): boolean {
  const session = useSession();
  const redirect = session.status === 'signed-in' && session.member.role === 'partner' ? route.partnerGoesToPortal : undefined;
  useEffect(() => {
    if (redirect) navigate(PARTNER_PATH, redirect.notice ? { notice: redirect.notice } : currentNavigationState(), { replace: true });
  }, [redirect]);
  return redirect !== undefined;
}

function NothingYet() {
  return null;
}

export function App({ pathname }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const route = routeForPath(pathname);
  useRouteDocumentTitle(route.title);
  const Page = usePartnerRedirect(route) ? NothingYet : route.component;
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
