import type { RepliesToYouPage, RepliesUnread, RepliesUnreadEvent } from '@lantern/contracts';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiFetch } from '../../api/api-client';
import { acquireSocket, releaseSocket } from '../../api/realtime-socket';
import { FIRST_PAGE_CURSOR, nextPageCursor } from '../forum/forum-pages';
import { useSession } from '../identity/use-session';

export const repliesQueryKeys = {
  all: ['me', 'replies'] as const,
  unread: (memberId: string | null) => [...repliesQueryKeys.all, 'unread', memberId] as const,
  list: (memberId: string | null) => [...repliesQueryKeys.all, 'list', memberId] as const,
};

/** Who may have replies (anyone signed in who writes in the forum), and whether they switched them off. */
export function useRepliesMember(): { memberId: string | null; switchedOff: boolean } {
  const session = useSession();
  if (session.status !== 'signed-in' || session.member.role === 'partner') return { memberId: null, switchedOff: false };
  return { memberId: session.member.id, switchedOff: session.member.repliesToYouOff === true };
}

/**
 * The member's unread replies: read once over REST, then kept current by `replies:unread` from
 * the server (a reply landing, one taken back, a thread read in another tab). A connection that
 * could not be recovered may have missed some, so it reads the count again.
 */
export function useRepliesUnread(): { count: number; enabled: boolean } {
  const { memberId, switchedOff } = useRepliesMember();
  const enabled = memberId !== null && !switchedOff;
  const client = useQueryClient();
  const query = useQuery({
    queryKey: repliesQueryKeys.unread(memberId),
    queryFn: async ({ signal }) => (await apiFetch<RepliesUnread>('/api/v1/me/replies/unread', { signal })).unread,
    enabled,
    staleTime: 60_000,
  });
  useEffect(() => {
    if (!enabled) return;
    const key = repliesQueryKeys.unread(memberId);
    const socket = acquireSocket();
    const onCount = (event: RepliesUnreadEvent) => {
      if (typeof event?.count === 'number') client.setQueryData(key, event.count);
    };
    const onConnect = () => {
      if (!socket.recovered) void client.invalidateQueries({ queryKey: key });
    };
    socket.on('replies:unread', onCount);
    socket.on('connect', onConnect);
    return () => {
      socket.off('replies:unread', onCount);
      socket.off('connect', onConnect);
      releaseSocket();
    };
  }, [enabled, memberId, client]);
  return { count: enabled ? (query.data ?? 0) : 0, enabled };
}

/** The list, newest first, page by page. */
export function useRepliesList() {
  const { memberId, switchedOff } = useRepliesMember();
  return useInfiniteQuery({
    queryKey: repliesQueryKeys.list(memberId),
    queryFn: ({ pageParam, signal }) =>
      apiFetch<RepliesToYouPage>(`/api/v1/me/replies${pageParam ? `?cursor=${encodeURIComponent(pageParam)}` : ''}`, { signal }),
    initialPageParam: FIRST_PAGE_CURSOR,
    getNextPageParam: nextPageCursor,
    enabled: memberId !== null && !switchedOff,
  });
}

/** "Mark all as read", up to the newest reply the page shows: one that arrives meanwhile stays unread. */
export function useMarkAllRead() {
  const { memberId } = useRepliesMember();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upTo: string) => apiFetch<RepliesUnread>('/api/v1/me/replies/read', { method: 'POST', json: { upTo } }),
    onSuccess: async ({ unread }) => {
      client.setQueryData(repliesQueryKeys.unread(memberId), unread);
      await client.invalidateQueries({ queryKey: repliesQueryKeys.list(memberId) });
    },
  });
}
