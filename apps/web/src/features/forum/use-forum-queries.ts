import type { Post, Thread } from '@lantern/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSession } from '../identity/use-session';
import { isApiError } from '../../api/api-client';
import {
  createPost,
  deletePost,
  editConflictFrom,
  editPost,
  fetchCategories,
  fetchCategoryThreads,
  fetchRecentThreads,
  fetchThread,
  fetchThreadPosts,
  searchForum,
  setFollowing,
  setReaction,
  type NewPostInput,
} from './forum-api';
import { appendPostToPages, FIRST_PAGE_CURSOR, markPostDeleted, nextPageCursor, replacePostInPages, type PagedData } from './forum-pages';
import { forumQueryKeys } from './forum-query-keys';

/** Everything but the category list needs a member; ask only once the session is known. */
function useSignedIn(): boolean {
  return useSession().status === 'signed-in';
}

export function useCategories() {
  return useQuery({ queryKey: forumQueryKeys.categories(), queryFn: ({ signal }) => fetchCategories(signal), staleTime: 60_000 });
}

export function useRecentThreads() {
  return useInfiniteQuery({
    queryKey: forumQueryKeys.recentThreads(),
    queryFn: ({ pageParam, signal }) => fetchRecentThreads(pageParam, signal),
    initialPageParam: FIRST_PAGE_CURSOR,
    getNextPageParam: nextPageCursor,
    enabled: useSignedIn(),
  });
}

export function useCategoryThreads(slug: string) {
  return useInfiniteQuery({
    queryKey: forumQueryKeys.categoryThreads(slug),
    queryFn: ({ pageParam, signal }) => fetchCategoryThreads(slug, pageParam, signal),
    initialPageParam: FIRST_PAGE_CURSOR,
    getNextPageParam: nextPageCursor,
    enabled: useSignedIn(),
  });
}

export function useThread(threadId: string) {
  return useQuery({
    queryKey: forumQueryKeys.thread(threadId),
    queryFn: ({ signal }) => fetchThread(threadId, signal),
    enabled: useSignedIn(),
  });
}

export function useThreadPosts(threadId: string) {
  const queryClient = useQueryClient();
  return useInfiniteQuery({
    queryKey: forumQueryKeys.threadPosts(threadId),
    queryFn: async ({ pageParam, signal }) => {
      const page = await fetchThreadPosts(threadId, pageParam, signal);
      // The thread's end was read, so a follower's "new replies" in the cached lists are out of
      // date: the lists read their counts again when next shown, not a stale badge for 10 s.
      if (page.nextCursor === null) void queryClient.invalidateQueries({ queryKey: forumQueryKeys.threadLists() });
      return page;
    },
    initialPageParam: FIRST_PAGE_CURSOR,
    getNextPageParam: nextPageCursor,
    enabled: useSignedIn(),
  });
}

export function useSearch(query: string) {
  const trimmed = query.trim();
  return useInfiniteQuery({
    queryKey: forumQueryKeys.search(trimmed),
    queryFn: ({ pageParam, signal }) => searchForum(trimmed, pageParam, signal),
    initialPageParam: FIRST_PAGE_CURSOR,
    getNextPageParam: nextPageCursor,
    enabled: useSignedIn() && trimmed !== '',
  });
}

/** Writes into a thread's cached posts; the server's answer is always the truth that lands. */
function usePostCache(threadId: string) {
  const queryClient = useQueryClient();
  const key = forumQueryKeys.threadPosts(threadId);
  return {
    replace: (post: Post) => queryClient.setQueryData<PagedData<Post>>(key, (data) => replacePostInPages(data, post)),
    append: async (post: Post) => {
      const next = appendPostToPages(queryClient.getQueryData<PagedData<Post>>(key), post);
      if (next) queryClient.setQueryData(key, next);
      else await queryClient.invalidateQueries({ queryKey: key });
    },
  };
}

export function useReplyMutation(threadId: string) {
  const queryClient = useQueryClient();
  const cache = usePostCache(threadId);
  return useMutation({
    mutationFn: (input: NewPostInput) => createPost(threadId, input),
    onSuccess: async (post) => {
      await cache.append(post);
      // Replies others wrote while this page was open come too: the thread is read again behind
      // the reply just shown (a reply that came meanwhile would otherwise wait for a reload).
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.threadPosts(threadId) });
      // The thread moved to the top of its lists and its reply count changed.
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.threadLists() });
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.thread(threadId), exact: true });
    },
    onError: (error) => {
      // An earlier try of the same draft was stored after all (its answer was lost): shown now.
      if (isApiError(error) && error.code === 'CLIENT_POST_ID_REUSED') void queryClient.invalidateQueries({ queryKey: forumQueryKeys.threadPosts(threadId) });
    },
  });
}

export function useReactionMutation(threadId: string) {
  const cache = usePostCache(threadId);
  return useMutation({
    mutationFn: ({ post, kind, on }: { post: Post; kind: Parameters<typeof setReaction>[1]; on: boolean }) => setReaction(post.id, kind, on),
    onSuccess: (post) => cache.replace(post),
  });
}

export function useEditPostMutation(threadId: string) {
  const cache = usePostCache(threadId);
  return useMutation({
    mutationFn: ({ postId, body, version }: { postId: string; body: string; version: number }) => editPost(postId, body, version),
    onSuccess: (post) => cache.replace(post),
    // The post changed since the editor opened (a moderator's edit, another tab): the page shows it as it is now.
    onError: (error) => {
      const conflict = editConflictFrom(error);
      if (conflict) cache.replace(conflict.current);
    },
  });
}

export function useDeletePostMutation(threadId: string) {
  const queryClient = useQueryClient();
  const cache = usePostCache(threadId);
  return useMutation({
    mutationFn: (post: Post) => deletePost(post.id),
    onSuccess: (_nothing, post) => {
      cache.replace(markPostDeleted(post));
      // A reply taken back no longer counts: the thread's "N replies" and the lists' counts are read again.
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.thread(threadId), exact: true });
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.threadLists() });
    },
  });
}

export function useFollowMutation(threadId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (follow: boolean) => setFollowing(threadId, follow),
    onSuccess: (thread: Thread) => {
      queryClient.setQueryData(forumQueryKeys.thread(threadId), thread);
      void queryClient.invalidateQueries({ queryKey: forumQueryKeys.threadLists() });
    },
  });
}
