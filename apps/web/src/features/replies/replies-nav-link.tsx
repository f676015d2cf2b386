import { Badge, Button, VisuallyHidden } from '@mantine/core';
import { REPLIES_PATH } from '../../routes/route-paths';
import { unreadBadgeText } from './replies-copy';
import { useRepliesMember, useRepliesUnread } from './replies-api';

/**
 * "Replies" in the main navigation, with how many are unread: it changes live, so a member who
 * posted in a hard hour sees that someone answered without reloading. Members, moderators and
 * admins (who all write in the forum); nothing for partners or anyone signed out.
 */
export function RepliesNavLink({ currentPath }: { currentPath: string }) {
  const { memberId } = useRepliesMember();
  const { count } = useRepliesUnread();
  if (!memberId) return null;
  // Named by its content, in one piece ("Replies, 3 unread"): pieces spread over the button's
  // label and badge would be read with a stray space, and an aria-label would not hold the badge's
  // number as it is seen.
  const unread = count > 0 ? unreadBadgeText(count) : null;
  return (
    <Button
      component="a"
      href={REPLIES_PATH}
      variant="default"
      aria-current={currentPath === REPLIES_PATH ? 'page' : undefined}
      data-testid="replies-nav-link"
      rightSection={
        unread ? (
          <Badge color="lantern" variant="filled" size="sm" aria-hidden="true">
            {unread}
          </Badge>
        ) : undefined
      }
    >
      {unread ? (
        <>
          <span aria-hidden="true">Replies</span>
          <VisuallyHidden component="span">{`Replies, ${unread} unread`}</VisuallyHidden>
        </>
      ) : (
        'Replies'
      )}
    </Button>
  );
}
