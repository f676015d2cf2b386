import type { ReplyToYou } from '@lantern/contracts';
import { Alert, Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { BusyButton } from '../../components/busy-button';
import { ACCOUNT_PATH } from '../../routes/route-paths';
import { contentWarningFor } from '../forum/forum-copy';
import { describeForumError } from '../forum/forum-error-copy';
import { ForumLink } from '../forum/forum-link';
import { flattenPages } from '../forum/forum-pages';
import { threadPath } from '../forum/forum-paths';
import classes from '../forum/forum.module.css';
import { LoadMore } from '../forum/load-more';
import { EmptyState, ErrorState, LoadingState } from '../forum/query-states';
import { TimeAgo } from '../forum/time-ago';
import { repliesQueryKeys, useMarkAllRead, useRepliesList, useRepliesMember, useRepliesUnread } from './replies-api';
import { replyHeadline } from './replies-copy';

function ReplyItem({ item }: { item: ReplyToYou }) {
  const warning = contentWarningFor(item.contentWarning, item.categoryContentWarning);
  return (
    <li className={classes.listItem}>
      <Group gap="xs" align="baseline" wrap="wrap">
        <ForumLink href={threadPath(item.threadId, item.postId)} fw={600} className={classes.wrap} underline="hover">
          {!item.read && <VisuallyHidden component="span">Unread:</VisuallyHidden>}
          {replyHeadline(item)}
        </ForumLink>
        {!item.read && (
          <Badge color="lantern" variant="filled" size="sm" aria-hidden="true">
            New
          </Badge>
        )}
        {item.author.isModerator && (
          <Badge color="blue" variant="light" size="sm">
            Moderator
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" className={classes.wrap}>
        In “{item.threadTitle}” · <TimeAgo iso={item.createdAt} />
      </Text>
      {/* Behind a warning, the words wait in the thread, where the reader chooses to open them. */}
      {warning ? (
        <Text size="sm" mt={4} className={classes.wrap}>
          Content warning: {warning} Open the thread when you feel up to it.
        </Text>
      ) : (
        <Text size="sm" mt={4} className={classes.wrap}>
          {item.excerpt}
        </Text>
      )}
    </li>
  );
}

/**
 * Replies to you, newest first: who answered a thread you started or quoted you, each a link to
 * the reply in its thread (opening it marks that thread's replies read). The list follows the
 * live count, so a reply that lands while the page is open appears without a reload.
 */
export function RepliesList() {
  const { memberId, switchedOff } = useRepliesMember();
  const replies = useRepliesList();
  const { count } = useRepliesUnread();
  const markAll = useMarkAllRead();
  const client = useQueryClient();
  const items = flattenPages(replies.data, (item) => item.postId);

  // The list and the live count keep each other honest: a fresh list brings its count, and a count
  // that moved without this page asking (a reply arrived, another tab read some) brings the list again.
  const listed = replies.data?.pages[0]?.unread;
  useEffect(() => {
    if (listed !== undefined) client.setQueryData(repliesQueryKeys.unread(memberId), listed);
  }, [listed, client, memberId]);
  // Only a change of the live count asks again (the list's own count is set above), so a ref.
  const listedNow = useRef(listed);
  listedNow.current = listed;
  useEffect(() => {
    if (listedNow.current !== undefined && count !== listedNow.current) void client.invalidateQueries({ queryKey: repliesQueryKeys.list(memberId) });
  }, [count, client, memberId]);

  if (switchedOff) {
    return (
      <Alert variant="light" color="gray" title="Replies to you are switched off" classNames={{ title: classes.alertTitle }}>
        <Text size="sm">
          Lantern isn&apos;t keeping track of replies for you right now. You can switch them back on from{' '}
          <Anchor href={ACCOUNT_PATH} underline="always" inherit>
            your account page
          </Anchor>
          , whenever you like.
        </Text>
      </Alert>
    );
  }
  if (replies.isPending) return <LoadingState label="Loading your replies…" />;
  if (replies.isError) return <ErrorState title="We couldn't load your replies" error={replies.error} onRetry={() => void replies.refetch()} />;
  if (items.length === 0) {
    return (
      <EmptyState>
        <Text>No replies yet. When someone answers you, it shows up here.</Text>
      </EmptyState>
    );
  }
  const unread = items.some((item) => !item.read);
  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text role="status">{count > 0 ? `${count >= 100 ? '99+' : count} unread` : "You're all caught up."}</Text>
        {/* Focusable throughout: busy while it saves, then unavailable once all is read, so the
            keyboard stays here rather than falling to the top of the page. */}
        <BusyButton variant="default" busy={markAll.isPending} unavailable={!unread} onClick={() => markAll.mutate(items[0].postId)}>
          Mark all as read
        </BusyButton>
      </Group>
      {markAll.isError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {describeForumError(markAll.error).summary}
        </Text>
      )}
      <ul className={classes.list} aria-label="Replies to you">
        {items.map((item) => (
          <ReplyItem key={item.postId} item={item} />
        ))}
      </ul>
      <LoadMore hasNextPage={replies.hasNextPage} isFetchingNextPage={replies.isFetchingNextPage} fetchNextPage={replies.fetchNextPage} label="Load more replies" />
    </Stack>
  );
}
