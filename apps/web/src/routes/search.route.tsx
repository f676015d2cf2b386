import { FORUM_LIMITS, type PostStatus, type SearchHit } from '@lantern/contracts';
import { SAFE_MESSAGING_COPY } from '@lantern/crisis';
import { Badge, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { CrisisNudge } from '../features/crisis/crisis-nudge';
import { contentWarningFor } from '../features/forum/forum-copy';
import { ForumLink } from '../features/forum/forum-link';
import { flattenPages } from '../features/forum/forum-pages';
import { readSearchParam, SEARCH_PATH, threadPath } from '../features/forum/forum-paths';
import classes from '../features/forum/forum.module.css';
import { LoadMore } from '../features/forum/load-more';
import { MembersOnly } from '../features/forum/members-only';
import { EmptyState, ErrorState, LoadingState } from '../features/forum/query-states';
import { TimeAgo } from '../features/forum/time-ago';
import { useCategories, useSearch } from '../features/forum/use-forum-queries';

/** The search term of this history entry: kept in its state, never in its URL. */
function readQuery(): string {
  const state: unknown = window.history.state;
  const kept = typeof state === 'object' && state !== null && 'searchQuery' in state && typeof state.searchQuery === 'string' ? state.searchQuery : '';
  return kept || (readSearchParam(window.location.search, 'q') ?? '');
}

/**
 * The search term lives in the history entry's state, not its URL: a browser keeps every URL and
 * page title it shows in its history, and on a shared computer someone else may read that list.
 * A search can still be reloaded and reached with Back (the state survives both), but not shared
 * as a link. A link from before (?q=) still works, and its term is taken out of the address. The
 * shared navigation only follows the pathname, so this page follows the state itself.
 */
function useSearchQuery(): [string, (query: string) => void] {
  const [query, setQuery] = useState(readQuery);
  useEffect(() => {
    if (window.location.search) window.history.replaceState({ ...(window.history.state as object | null), searchQuery: readQuery() }, '', SEARCH_PATH);
    const onPopState = () => setQuery(readQuery());
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
  const submit = (next: string) => {
    const trimmed = next.trim();
    if (trimmed !== readQuery()) window.history.pushState({ searchQuery: trimmed }, '', SEARCH_PATH);
    setQuery(trimmed);
  };
  return [query, submit];
}

/**
 * A hit from a thread or category behind a content warning keeps its words folded, as every other
 * list does: the reader opens the thread when they feel up to it.
 */
function SearchExcerpt({ hit }: { hit: SearchHit }) {
  const warning = contentWarningFor(hit.contentWarning, hit.categoryContentWarning);
  return (
    <Text size="sm" className={classes.wrap}>
      {/* The excerpt is plain text from the server; React escapes it. */}
      {warning ? `Content warning: ${warning} Open the thread when you feel up to it.` : hit.excerpt}
    </Text>
  );
}

const POST_STATUS_BADGES: Record<Exclude<PostStatus, 'visible'>, string> = {
  hidden: 'Held for review',
  removed: 'Removed by a moderator',
  deleted: 'Deleted by its writer',
};
const THREAD_STATUS_BADGES: Record<Exclude<PostStatus, 'visible'>, string> = {
  hidden: 'In a thread held for review',
  removed: 'In a removed thread',
  deleted: 'In a deleted thread',
};

/**
 * Moderators also find words members are never shown: a hit that members cannot read says why,
 * so a removed post is not taken for a live one. Members' hits carry no status and show nothing.
 */
function hitStatusLabel(hit: SearchHit): string | null {
  if (hit.status && hit.status !== 'visible') return POST_STATUS_BADGES[hit.status];
  if (hit.threadStatus && hit.threadStatus !== 'visible') return THREAD_STATUS_BADGES[hit.threadStatus];
  return null;
}

function SearchResults({ query }: { query: string }) {
  const search = useSearch(query);
  const categories = useCategories();
  const hits = flattenPages(search.data, (hit) => hit.postId);
  const categoryNames = useMemo(() => new Map((categories.data ?? []).map((category) => [category.slug, category.name])), [categories.data]);

  if (search.isPending) return <LoadingState label="Searching…" />;
  if (search.isError) return <ErrorState title="We couldn't search just now" error={search.error} onRetry={() => void search.refetch()} />;
  return (
    <Stack gap="sm">
      <Text role="status">
        {hits.length === 0
          ? `Nothing matched “${query}”.`
          : `${search.hasNextPage ? 'More than ' : ''}${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”, newest first.`}
      </Text>
      {hits.length === 0 ? (
        <EmptyState>
          <Text>Try fewer or different words. Quotes find an exact phrase: &quot;trouble sleeping&quot;.</Text>
        </EmptyState>
      ) : (
        <>
          <ul className={classes.list} aria-label={`Search results for ${query}`}>
            {hits.map((hit) => {
              const statusLabel = hitStatusLabel(hit);
              return (
                <li key={hit.postId} className={classes.listItem}>
                  <Stack gap={4}>
                    <ForumLink href={threadPath(hit.threadId)} fw={600} fz="lg" className={classes.wrap} underline="hover">
                      {hit.title}
                    </ForumLink>
                    {statusLabel && (
                      <Group gap="xs">
                        <Badge color="red.9" variant="filled" tt="none" size="sm" data-testid="search-hit-status">
                          {statusLabel}
                        </Badge>
                      </Group>
                    )}
                    <SearchExcerpt hit={hit} />
                    <Text size="sm" c="dimmed">
                      {categoryNames.get(hit.categorySlug) ?? hit.categorySlug} · <TimeAgo iso={hit.createdAt} />
                    </Text>
                  </Stack>
                </li>
              );
            })}
          </ul>
          <LoadMore
            automatic
            hasNextPage={search.hasNextPage}
            isFetchingNextPage={search.isFetchingNextPage}
            fetchNextPage={search.fetchNextPage}
            label="Load more results"
          />
        </>
      )}
    </Stack>
  );
}

/** /search — full-text search over thread titles and posts. */
export function SearchRoute() {
  const [query, setQuery] = useSearchQuery();
  const [draft, setDraft] = useState(query);
  const [missing, setMissing] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => setDraft(query), [query]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === '') {
      setMissing(true);
      field.current?.focus();
      return;
    }
    setMissing(false);
    setQuery(draft);
  };

  return (
    <Stack gap="lg">
      <Title order={1}>Search the forum</Title>
      <MembersOnly>
        <form role="search" onSubmit={submit} noValidate aria-label="Search the forum">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              ref={field}
              type="search"
              label="Words to look for"
              description="Searches thread titles and posts."
              maxLength={FORUM_LIMITS.searchMax}
              value={draft}
              onChange={(event) => setDraft(event.currentTarget.value)}
              error={missing ? 'Please type something to search for.' : undefined}
              style={{ flex: '1 1 14rem' }}
            />
            <Button type="submit">Search</Button>
          </Group>
        </form>
        {/* Someone may search in the words of their worst hour ("I want to die"): a person to talk
            to comes first, and the results still follow. The browser's own classifier reads the
            words; the server never classifies or keeps a search. */}
        <CrisisNudge text={query} label="Support while you search" selfMessage={SAFE_MESSAGING_COPY.searchNudge.message} dangerMessage={SAFE_MESSAGING_COPY.searchNudge.danger} />
        {query ? (
          <SearchResults key={query} query={query} />
        ) : (
          <Text>
            Looking for somewhere to start?{" "}
            <ForumLink href="/" underline="always">
              Browse the categories
            </ForumLink>
            .
          </Text>
        )}
      </MembersOnly>
    </Stack>
  );
}
