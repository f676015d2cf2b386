import { FORUM_LIMITS, type ThreadSummary } from '@lantern/contracts';
import { Badge, Group, Text } from '@mantine/core';
import { pluralise } from './forum-copy';
import { ForumLink } from './forum-link';
import { threadPath } from './forum-paths';
import classes from './forum.module.css';
import { TimeAgo } from './time-ago';

export interface ThreadListProps {
  threads: ThreadSummary[];
  /** Names the list for screen readers, e.g. "Threads in Anxiety". */
  label: string;
  /** Category names by slug, to say where each thread lives in mixed lists. */
  categoryNames?: ReadonlyMap<string, string>;
  /** Slugs of categories shown behind a content warning: a mixed list marks their threads too. */
  warnedCategories?: ReadonlySet<string>;
}

function ThreadListItem({ thread, categoryName, warned }: { thread: ThreadSummary; categoryName?: string; warned: boolean }) {
  const unread = thread.following && thread.unread > 0;
  return (
    <li className={classes.listItem}>
      <Group gap="xs" align="baseline" wrap="wrap">
        <ForumLink href={threadPath(thread.id)} fw={600} fz="lg" className={classes.wrap} underline="hover">
          {thread.title}
        </ForumLink>
        {unread && (
          <Badge color="lantern" variant="filled" size="sm">
            {thread.unread >= FORUM_LIMITS.unreadCap ? `${FORUM_LIMITS.unreadCap - 1}+ new replies` : pluralise(thread.unread, 'new reply', 'new replies')}
          </Badge>
        )}
        {(thread.contentWarning || warned) && (
          <Badge color="gray" variant="outline" size="sm" className={classes.wrap}>
            Content warning
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" className={classes.wrap}>
        {thread.author.displayName}
        {categoryName ? ` in ${categoryName}` : ''} · {pluralise(thread.replyCount, 'reply', 'replies')} · last activity{' '}
        <TimeAgo iso={thread.lastActivityAt} />
        {thread.following ? ' · following' : ''}
      </Text>
    </li>
  );
}

export function ThreadList({ threads, label, categoryNames, warnedCategories }: ThreadListProps) {
  return (
    <ul className={classes.list} aria-label={label}>
      {threads.map((thread) => (
        <ThreadListItem
          key={thread.id}
          thread={thread}
          categoryName={categoryNames?.get(thread.categorySlug)}
          warned={warnedCategories?.has(thread.categorySlug) ?? false}
        />
      ))}
    </ul>
  );
}
