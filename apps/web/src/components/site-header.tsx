import { Anchor, Badge, Box, Burger, Button, Container, Group } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { CHAT_PATH } from '../features/chat/chat-paths';
import { LeaveQuicklyButton } from '../features/crisis/leave-quickly';
import { AccountNav } from '../features/identity/account-nav';
import { useRepliesUnread } from '../features/replies/replies-api';
import { unreadBadgeText } from '../features/replies/replies-copy';
import { RepliesNavLink } from '../features/replies/replies-nav-link';
import { HELP_PATH } from '../routes/route-paths';

/** Below this width the header folds its navigation into a menu (Mantine's "sm", in em: it follows the browser's text size). */
const NARROW = '(max-width: 47.99em)';

/**
 * The header: the way home, the way to help, the way out, and the rest of the navigation. On a
 * phone (and more so with large text) the full row filled the first screen, pushing a crisis
 * panel out of sight: there, "Get help now" and "Leave quickly" stay in view and everything else
 * folds into a Menu button. Not fixed, so at 320px or 200% text it scrolls away instead of
 * covering content.
 */
export function SiteHeader({ currentPath, home }: { currentPath: string; home: string }) {
  // Read at once, not after a first paint: a phone should never flash the full row.
  const narrow = useMediaQuery(NARROW, false, { getInitialValueInEffect: false });
  const [menuOpen, setMenuOpen] = useState(false);
  const menuId = useId();
  // Folded away, "Replies, 3 unread" would go unseen: the Menu button carries the count (live).
  const { count: unreadReplies } = useRepliesUnread();
  // A move to another page closes it: the page they chose is what they want to see.
  useEffect(() => setMenuOpen(false), [currentPath]);

  const homeLink = (
    <Anchor href={home} aria-current={currentPath === home ? 'page' : undefined} underline="never" c="var(--mantine-color-text)" fz="xl" fw={700}>
      Lantern
    </Anchor>
  );
  const getHelp = (
    <Button component="a" href={HELP_PATH} aria-current={currentPath === HELP_PATH ? 'page' : undefined}>
      Get help now
    </Button>
  );
  const places = (
    <>
      <Button component="a" href={CHAT_PATH} variant="default" aria-current={currentPath.startsWith(CHAT_PATH) ? 'page' : undefined}>
        Chat
      </Button>
      <RepliesNavLink currentPath={currentPath} />
    </>
  );
  const account = (
    <nav aria-label="Account">
      <AccountNav currentPath={currentPath} />
    </nav>
  );

  return (
    <Box component="header" py={narrow ? 'xs' : 'md'} data-print="hide" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Container size="md">
        {narrow ? (
          <NarrowHeader
            homeLink={homeLink}
            inView={
              <>
                {getHelp}
                <LeaveQuicklyButton />
              </>
            }
            menu={
              <>
                <nav aria-label="Main">
                  <Group gap="xs" wrap="wrap">
                    {places}
                  </Group>
                </nav>
                {account}
              </>
            }
            menuId={menuId}
            menuOpen={menuOpen}
            unread={unreadReplies > 0 ? { text: unreadBadgeText(unreadReplies), one: unreadReplies === 1 } : null}
            onMenu={() => setMenuOpen((open) => !open)}
          />
        ) : (
          <Group justify="space-between" gap="sm">
            {homeLink}
            <Group gap="xs" wrap="wrap">
              <nav aria-label="Main">
                <Group gap="xs" wrap="wrap">
                  {places}
                  {getHelp}
                </Group>
              </nav>
              <LeaveQuicklyButton />
              {account}
            </Group>
          </Group>
        )}
      </Container>
    </Box>
  );
}

function NarrowHeader(props: {
  homeLink: ReactNode;
  inView: ReactNode;
  menu: ReactNode;
  menuId: string;
  menuOpen: boolean;
  onMenu: () => void;
  unread: { text: string; one: boolean } | null;
}) {
  const label = props.unread ? `Menu, ${props.unread.text} unread ${props.unread.one ? 'reply' : 'replies'}` : 'Menu';
  return (
    <>
      <Group justify="space-between" gap="sm" wrap="nowrap">
        {props.homeLink}
        <Group gap={4} wrap="nowrap">
          {props.unread && (
            <Badge color="lantern" variant="filled" size="sm" aria-hidden="true">
              {props.unread.text}
            </Badge>
          )}
          <Burger opened={props.menuOpen} onClick={props.onMenu} aria-label={label} aria-expanded={props.menuOpen} aria-controls={props.menuId} size="md" />
        </Group>
      </Group>
      <Group gap="xs" wrap="wrap" mt="xs">
        {props.inView}
      </Group>
      <Box id={props.menuId} hidden={!props.menuOpen} mt={props.menuOpen ? 'xs' : undefined}>
        {props.menuOpen && <Group gap="xs" wrap="wrap">{props.menu}</Group>}
      </Box>
    </>
  );
}
