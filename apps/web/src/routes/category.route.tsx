import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '../components/use-document-title';
import { ForumButtonLink, ForumLink } from '../features/forum/forum-link';
import { flattenPages } from '../features/forum/forum-pages';
import { CATEGORY_PATH_PATTERN, newThreadPath, readPathParam, SEARCH_PATH } from '../features/forum/forum-paths';
import { LoadMore } from '../features/forum/load-more';
import { MembersOnly } from '../features/forum/members-only';
import { EmptyState, ErrorState, LoadingState } from '../features/forum/query-states';
import { ThreadList } from '../features/forum/thread-list';
import { useCategories, useCategoryThreads } from '../features/forum/use-forum-queries';
import { useCurrentPathname } from './navigation';
import { HOME_PATH } from './route-paths';

function CategoryThreads({ slug, name }: { slug: string; name: string }) {
  const threads = useCategoryThreads(slug);
  const items = flattenPages(threads.data, (thread) => thread.id);
  if (threads.isPending) return <LoadingState label="Loading threads…" />;
  if (threads.isError) return <ErrorState title="We couldn't load the threads" error={threads.error} onRetry={() => void threads.refetch()} />;
  if (items.length === 0) {
    return (
      <EmptyState>
        <Text>No threads here yet. If something is on your mind, you could be the first to start one.</Text>
      </EmptyState>
    );
  }
  return (
    <>
      <ThreadList threads={items} label={`Threads in ${name}, latest activity first`} />
      <LoadMore
        automatic
        hasNextPage={threads.hasNextPage}
        isFetchingNextPage={threads.isFetchingNextPage}
        fetchNextPage={threads.fetchNextPage}
        label="Load more threads"
      />
    </>
  );
}

function CategoryNotFound() {
  return (
    <Stack gap="md">
      <Title order={1}>We couldn&apos;t find that category</Title>
      <Text>
        It may have been renamed or archived.{' '}
        <Anchor href={HOME_PATH} underline="always">
          See all categories on the home page
        </Anchor>
        .
      </Text>
    </Stack>
  );
}

/** /c/:slug — one category's threads, latest activity first, loading more as the reader scrolls. */
export function CategoryRoute() {
  const slug = readPathParam(CATEGORY_PATH_PATTERN, useCurrentPathname(), 'slug') ?? '';
  const categories = useCategories();
  const category = categories.data?.find((candidate) => candidate.slug === slug);
  useDocumentTitle(category?.name ?? 'Category');

  if (categories.isPending) return <LoadingState label="Loading the category…" />;
  if (categories.isError) {
    return <ErrorState title="We couldn't load this category" error={categories.error} onRetry={() => void categories.refetch()} />;
  }
  if (!category) return <CategoryNotFound />;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Text size="sm">
          <ForumLink href={HOME_PATH} underline="always">
            All categories
          </ForumLink>
        </Text>
        <Title order={1}>{category.name}</Title>
        {category.description && <Text size="lg">{category.description}</Text>}
        {category.contentWarning && (
          <Text size="sm">Threads in this category open behind a content warning, so you can choose when to read them.</Text>
        )}
      </Stack>
      <MembersOnly>
        <Group justify="space-between" align="center" gap="sm">
          <Title order={2} size="h3">
            Threads
          </Title>
          <Group gap="sm">
            <ForumLink href={SEARCH_PATH} underline="always">
              Search the forum
            </ForumLink>
            <ForumButtonLink href={newThreadPath(category.slug)}>Start a thread</ForumButtonLink>
          </Group>
        </Group>
        <CategoryThreads key={category.slug} slug={category.slug} name={category.name} />
      </MembersOnly>
    </Stack>
  );
}

