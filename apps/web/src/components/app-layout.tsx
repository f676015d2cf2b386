import { Alert, Anchor, Box, Container, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { CrisisPanel } from '../features/crisis/crisis-panel';
import { PrivateChatInvite } from '../features/crisis/private-chat-invite';
import { UnreachableNotice } from '../features/health/unreachable-notice';
import { useSession } from '../features/identity/use-session';
import { SessionBanner } from '../features/identity/session-banner';
import { ModeratorNoteBanner } from '../features/moderator-notes/moderator-note-banner';
import { RestrictionNotice } from '../features/moderator-notes/restriction-notice';
import { useNavigationNotice } from '../routes/navigation';
import { HELP_PATH, HOME_PATH, PARTNER_PATH } from '../routes/route-paths';
import { SiteHeader } from './site-header';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';

export interface AppLayoutProps {
  /** Path of the route being shown, to mark the matching navigation link as current. */
  currentPath: string;
  children: ReactNode;
}

/**
 * The frame around every page: skip link, header with the way to help, main, footer.
 */
export function AppLayout({ currentPath, children }: AppLayoutProps) {
  const notice = useNavigationNotice();
  const session = useSession();
  // A crisis-line counsellor's home is their portal (the forum is for members).
  const home = session.status === 'signed-in' && session.member.role === 'partner' ? PARTNER_PATH : HOME_PATH;
  return (
    <>
      <SkipLink />
      <SiteHeader currentPath={currentPath} home={home} />
      <Container size="md" component="main" id={MAIN_CONTENT_ID} tabIndex={-1} py="xl">
        <UnreachableNotice withHelp={currentPath !== HELP_PATH} />
        <SessionBanner />
        <CrisisPanel />
        <PrivateChatInvite />
        <ModeratorNoteBanner />
        <RestrictionNotice />
        {/* Mounted always, so the notice is announced when it appears after an in-app move. */}
        <div aria-live="polite">
          {notice && (
            <Alert variant="light" mb="lg" role="note">
              <Text>{notice}</Text>
            </Alert>
          )}
        </div>
        {children}
      </Container>
      <Box component="footer" py="lg" style={{ borderTop: '1px solid var(--mantine-color-default-border)' }}>
        <Container size="md">
          <Text size="sm">
            Lantern is peer support, not a crisis or medical service. If you might act on thoughts of harming
            yourself, <Anchor href={HELP_PATH} inherit underline="always">reach someone who can help right now</Anchor>.
          </Text>
        </Container>
      </Box>
    </>
  );
}
