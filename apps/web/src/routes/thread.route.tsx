import type { Post, Thread } from '@lantern/contracts';
import { Anchor, Button, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { ReadersFooter } from '../features/crisis/readers-footer';
import { ContentWarningGate } from '../features/forum/content-warning-gate';
import { contentWarningFor, pluralise } from '../features/forum/forum-copy';
import { describeForumError, isNotFound } from '../features/forum/forum-error-copy';
import { ForumLink } from '../features/forum/forum-link';
import { flattenPages } from '../features/forum/forum-pages';
import { categoryPath, linkedPostId, postElementId, readPathParam, THREAD_PATH_PATTERN } from '../features/forum/forum-paths';
import classes from '../features/forum/forum.module.css';
import { LoadMore } from '../features/forum/load-more';
import { MembersOnly } from '../features/forum/members-only';
import { PostCard } from '../features/forum/post-card';
import { EmptyState, ErrorState, LoadingState } from '../features/forum/query-states';
import { ReplyComposer, type ReplyComposerHandle } from '../features/forum/reply-composer';
import { TimeAgo } from '../features/forum/time-ago';
import { useCategories, useFollowMutation, useThread, useThreadPosts } from '../features/forum/use-forum-queries';
import { usePostingPausedUntil } from '../features/forum/use-posting-pause';
import { useSession } from '../features/identity/use-session';
import { useCurrentPathname } from './navigation';
import { HOME_PATH } from './route-paths';

function FollowButton({ thread }: { thread: Thread }) {
  const following = useFollowMutation(thread.id);
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant={thread.following ? 'light' : 'default'}
        aria-pressed={thread.following}
        onClick={() => !following.isPending && following.mutate(!thread.following)}
      >
        {thread.following ? 'Following this thread' : 'Follow this thread'}
      </Button>
      {following.isError && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {describeForumError(following.error).summary}
        </Text>
      )}
    </Stack>
  );
}

/** How many pages a link to one post may load to find it (20 posts each). */
const LINKED_POST_PAGES = 10;

function ThreadPosts({ thread, memberId }: { thread: Thread; memberId: string }) {
  const posts = useThreadPosts(thread.id);
  const categories = useCategories();
  const composer = useRef<ReplyComposerHandle>(null);
  // Read once for the page (not per post): a moderator's pause, from the member's record and live.
  const postingPaused = usePostingPausedUntil() !== null;
  const [focusPostId, setFocusPostId] = useState<string | null>(null);
  const items = flattenPages(posts.data, (post) => post.id);
  const categoryWarns = categories.data?.find((category) => category.slug === thread.category.slug)?.contentWarning ?? false;
  const warning = contentWarningFor(thread.contentWarning, categoryWarns);

  // After posting, put focus on the new reply so a screen reader reads it and the keyboard
  // continues from there, rather than staying in an emptied text box.
  useEffect(() => {
    if (!focusPostId) return;
    const element = document.getElementById(postElementId(focusPostId));
    if (!element) return;
    element.focus();
    element.scrollIntoView({ block: 'nearest' });
    setFocusPostId(null);
  }, [focusPostId, items]);

  // A link to one post (from Replies to you: `#post-<id>`) opens the thread at it, loading a few
  // more pages if it is further down; once, so the reader is free to scroll away afterwards.
  const linkedPost = useRef<string | null>(linkedPostId(window.location.hash));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = posts;
  const pagesLoaded = posts.data?.pages.length ?? 0;
  useEffect(() => {
    const wanted = linkedPost.current;
    if (!wanted || pagesLoaded === 0) return;
    const element = document.getElementById(postElementId(wanted));
    if (element) {
      linkedPost.current = null;
      element.focus();
      element.scrollIntoView({ block: 'start' });
    } else if (hasNextPage && !isFetchingNextPage && pagesLoaded < LINKED_POST_PAGES) {
      void fetchNextPage();
    } else if (!isFetchingNextPage) {
      linkedPost.current = null;
    }
  }, [items, pagesLoaded, hasNextPage, isFetchingNextPage, fetchNextPage]);

  const onPosted = (post: Post) => setFocusPostId(post.id);
  const deletedPostIds = new Set(items.filter((post) => post.status === 'deleted').map((post) => post.id));

  let list;
  if (posts.isPending) list = <LoadingState label="Loading posts…" />;
  else if (posts.isError) list = <ErrorState title="We couldn't load the posts" error={posts.error} onRetry={() => void posts.refetch()} />;
  else if (items.length === 0) {
    list = (
      <EmptyState>
        <Text>There are no posts to show in this thread.</Text>
      </EmptyState>
    );
  } else {
    list = (
      <Stack gap="md">
        {items.map((post) => (
          <PostCard
            key={post.id}
            post={post}
            kind={post.id === thread.firstPost.id ? 'Original post' : 'Reply'}
            onQuote={(quoted) => composer.current?.quote(quoted)}
            postingPaused={postingPaused}
          />
        ))}
        <LoadMore
          hasNextPage={posts.hasNextPage}
          isFetchingNextPage={posts.isFetchingNextPage}
          fetchNextPage={posts.fetchNextPage}
          label="Load more replies"
        />
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <section aria-labelledby="posts-heading">
        <VisuallyHidden component="h2" id="posts-heading">
          Posts
        </VisuallyHidden>
        <ContentWarningGate warning={warning} openLabel="Show the posts">
          {list}
        </ContentWarningGate>
      </section>
      <ReplyComposer ref={composer} threadId={thread.id} memberId={memberId} onPosted={onPosted} paused={postingPaused} deletedPostIds={deletedPostIds} />
    </Stack>
  );
}

/**
 * A thread opened by someone the reader hid (reached by a link, the history or a notice; lists and
 * search leave it out) folds its title, which is their words, as its opening post is folded. The
 * reader may still read it, on this page. The tab title never carries a thread's title anyway.
 */
function ThreadTitle({ thread }: { thread: Thread }) {
  const [shown, setShown] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const folded = thread.hiddenByYou === true && !shown;
  // The button goes with the fold: focus moves to the title it revealed, not to the page.
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  return (
    <>
      <Title order={1} ref={heading} tabIndex={-1} className={classes.wrap} dir="auto">
        {folded ? 'A thread by someone you hid' : thread.title}
      </Title>
      {folded && (
        <Group>
          <Button variant="default" size="xs" onClick={() => setShown(true)}>
            Show the title
          </Button>
        </Group>
      )}
    </>
  );
}

function ThreadNotFound() {
  return (
    <Stack gap="md">
      <Title order={1}>We couldn&apos;t find that thread</Title>
      <Text>
        It may have been removed, or the link may be incomplete.{' '}
        <Anchor href={HOME_PATH} underline="always">
          Go back to the forum
        </Anchor>
        .
      </Text>
    </Stack>
  );
}

function ThreadPage({ threadId }: { threadId: string }) {
  const session = useSession();
  const thread = useThread(threadId);

  if (thread.isPending) return <LoadingState label="Loading the thread…" />;
  if (thread.isError) {
    if (isNotFound(thread.error)) return <ThreadNotFound />;
    return <ErrorState title="We couldn't load this thread" error={thread.error} onRetry={() => void thread.refetch()} />;
  }
  const data = thread.data;
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text size="sm">
          <ForumLink href={categoryPath(data.category.slug)} underline="always">
            {data.category.name}
          </ForumLink>
        </Text>
        <ThreadTitle thread={data} />
        <Text size="sm" c="dimmed" className={classes.wrap}>
          Started by {data.author.displayName} <TimeAgo iso={data.createdAt} /> · {pluralise(data.replyCount, 'reply', 'replies')}
        </Text>
        <Group>
          <FollowButton thread={data} />
        </Group>
      </Stack>
      {session.status === 'signed-in' && <ThreadPosts thread={data} memberId={session.member.id} />}
      {data.crisisSupport && <ReadersFooter />}
    </Stack>
  );
}

/** /t/:id — a thread's posts, oldest first, with reactions, reports and the reply composer. */
export function ThreadRoute() {
  const threadId = readPathParam(THREAD_PATH_PATTERN, useCurrentPathname(), 'id');
  if (!threadId) return <ThreadNotFound />;
  return (
    <MembersOnly headingLevel={1}>
      {/* Keyed, so moving to another thread starts with a fresh page (and draft). */}
      <ThreadPage key={threadId} threadId={threadId} />
    </MembersOnly>
  );
}
