import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AppLayout } from './components/app-layout';
import { useDocumentTitle } from './components/use-document-title';
import { createQueryClient } from './query-client';
import { routeForPath } from './routes/app-routes';
import { lanternTheme } from './theme';

export interface AppProps {
  /** The location to render; passed in so a router can take over without touching the pages. */
  pathname: string;
}

export function App({ pathname }: AppProps) {
  const [queryClient] = useState(createQueryClient);
  const route = routeForPath(pathname);
  useDocumentTitle(route.title);
  const Page = route.component;

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
