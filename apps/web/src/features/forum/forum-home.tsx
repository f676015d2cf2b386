import { Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { SessionEnded } from '../identity/session-ended';
import { useSession } from '../identity/use-session';
import { CategoryList } from './category-list';
import { ForumButtonLink, ForumLink } from './forum-link';
import { flattenPages } from './forum-pages';
import { newThreadPath, SEARCH_PATH } from './forum-paths';
import { LoadMore } from './load-more';
import { JoinToRead } from './members-only';
import { EmptyState, ErrorState, LoadingState } from './query-states';
import { ThreadList } from './thread-list';
import { useCategories, useRecentThreads } from './use-forum-queries';

function CategoriesSection() {
  const categories = useCategories();
  return (
    <Stack gap="md" component="section" aria-labelledby="forum-categories-heading">
      <Title order={2} id="forum-categories-heading">
        Categories
      </Title>
      {categories.isPending && <LoadingState label="Loading categories…" />}
      {categories.isError && (
        <ErrorState title="We couldn't load the categories" error={categories.error} onRetry={() => void categories.refetch()} />
      )}
      {categories.isSuccess &&
        (categories.data.length === 0 ? (
          <EmptyState>
            <Text>There are no categories yet.</Text>
          </EmptyState>
        ) : (
          <CategoryList categories={categories.data} />
        ))}
    </Stack>
  );
}

function RecentThreadsSection() {
  const recent = useRecentThreads();
  const categories = useCategories();
  const threads = flattenPages(recent.data, (thread) => thread.id);
  const categoryNames = useMemo(() => new Map((categories.data ?? []).map((category) => [category.slug, category.name])), [categories.data]);
  const warnedCategories = useMemo(
    () => new Set((categories.data ?? []).filter((category) => category.contentWarning).map((category) => category.slug)),
    [categories.data],
  );
  return (
    <Stack gap="md" component="section" aria-labelledby="forum-recent-heading">
      <Group justify="space-between" align="center" gap="sm">
        <Title order={2} id="forum-recent-heading">
          Recent threads
        </Title>
        <Group gap="sm">
          <ForumLink href={SEARCH_PATH} underline="always">
            Search the forum
          </ForumLink>
          <ForumButtonLink href={newThreadPath()}>Start a thread</ForumButtonLink>
        </Group>
      </Group>
      {recent.isPending && <LoadingState label="Loading recent threads…" />}
      {recent.isError && <ErrorState title="We couldn't load recent threads" error={recent.error} onRetry={() => void recent.refetch()} />}
      {recent.isSuccess &&
        (threads.length === 0 ? (
          <EmptyState>
            <Text>Nobody has started a thread yet. Yours could be the first.</Text>
          </EmptyState>
        ) : (
          <>
            <ThreadList threads={threads} label="Recent threads" categoryNames={categoryNames} warnedCategories={warnedCategories} />
            <LoadMore
              hasNextPage={recent.hasNextPage}
              isFetchingNextPage={recent.isFetchingNextPage}
              fetchNextPage={recent.fetchNextPage}
              label="Load more threads"
            />
          </>
        ))}
    </Stack>
  );
}

/**
 * The forum on the home page: categories for everyone, recent threads for members, and for
 * visitors an invitation to join (members' words are not shown to the open web).
 */
export function ForumHome() {
  const session = useSession();
  return (
    <Stack gap="xl">
      {session.status === 'signed-in' && <RecentThreadsSection />}
      <CategoriesSection />
      {session.status === 'signed-out' && (session.ended ? <SessionEnded /> : <JoinToRead />)}
    </Stack>
  );
}
