import { Stack, Text, Title } from '@mantine/core';
import type { Thread } from '@lantern/contracts';
import { useState } from 'react';
import { useDocumentTitle } from '../components/use-document-title';
import { useSession } from '../features/identity/use-session';
import { ForumLink } from '../features/forum/forum-link';
import { categoryPath, readSearchParam, threadPath } from '../features/forum/forum-paths';
import { MembersOnly } from '../features/forum/members-only';
import { NewThreadForm } from '../features/forum/new-thread-form';
import { ErrorState, LoadingState } from '../features/forum/query-states';
import { useCategories } from '../features/forum/use-forum-queries';
import { usePostingPausedUntil } from '../features/forum/use-posting-pause';
import { navigate } from './navigation';
import { HOME_PATH } from './route-paths';

/** /new-thread?category=slug — the form to start a thread, the category chosen when known. */
export function NewThreadRoute() {
  useDocumentTitle('Start a thread');
  const [initialSlug] = useState(() => readSearchParam(window.location.search, 'category'));
  const categories = useCategories();
  const postingPaused = usePostingPausedUntil() !== null;
  const session = useSession();
  const memberId = session.status === 'signed-in' ? session.member.id : null;
  const backTo = initialSlug ? categoryPath(initialSlug) : HOME_PATH;

  return (
    <Stack gap="lg" maw="44rem">
      <Stack gap="xs">
        <Text size="sm">
          <ForumLink href={backTo} underline="always">
            Back without posting
          </ForumLink>
        </Text>
        <Title order={1}>Start a thread</Title>
        <Text>
          Say as much or as little as feels right. Others here have been through similar things, and volunteer moderators
          look out for everyone.
        </Text>
      </Stack>
      <MembersOnly>
        {categories.isPending && <LoadingState label="Loading categories…" />}
        {categories.isError && (
          <ErrorState title="We couldn't load the categories" error={categories.error} onRetry={() => void categories.refetch()} />
        )}
        {categories.isSuccess && memberId && (
          <NewThreadForm
            // Each member's own draft: another account signing in on this tab starts from theirs.
            key={memberId}
            memberId={memberId}
            categories={categories.data}
            initialCategorySlug={initialSlug}
            paused={postingPaused}
            onCreated={(thread: Thread) => navigate(threadPath(thread.id))}
          />
        )}
      </MembersOnly>
    </Stack>
  );
}
