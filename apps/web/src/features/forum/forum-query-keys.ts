/**
 * Query keys for the forum, shaped as a tree so one `invalidateQueries({ queryKey: prefix })`
 * refreshes a whole branch: every thread list after posting, one thread's posts after replying.
 */
export const forumQueryKeys = {
  all: ['forum'] as const,
  categories: () => [...forumQueryKeys.all, 'categories'] as const,
  threadLists: () => [...forumQueryKeys.all, 'thread-list'] as const,
  recentThreads: () => [...forumQueryKeys.threadLists(), 'recent'] as const,
  categoryThreads: (slug: string) => [...forumQueryKeys.threadLists(), 'category', slug] as const,
  thread: (threadId: string) => [...forumQueryKeys.all, 'thread', threadId] as const,
  threadPosts: (threadId: string) => [...forumQueryKeys.thread(threadId), 'posts'] as const,
  search: (query: string) => [...forumQueryKeys.all, 'search', query.trim()] as const,
};
