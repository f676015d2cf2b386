import type { AuditEntry, AuditQuery, LiftPauseRequest, LiftPauseResult, MemberContext, MemberMatch, NewMemberNameRequest, NewMemberNameResult, OpenReviewRequest, OpenReviewResult, QueueItem, QueueItemDetail, ResolveFlagRequest, ShiftSummary } from '@lantern/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';

export interface QueueFilters {
  kind: '' | QueueItem['kind'];
  status: 'active' | 'open' | 'claimed' | 'resolved';
  mine: boolean;
}


export const modKeys = {
  all: ['moderation'] as const,
  queue: (filters: QueueFilters) => ['moderation', 'queue', filters] as const,
  flag: (id: string) => ['moderation', 'flag', id] as const,
  member: (id: string) => ['moderation', 'member', id] as const,
  shift: ['moderation', 'shift'] as const,
  audit: (query: Partial<AuditQuery>) => ['moderation', 'audit', query] as const,
};

export function queueSearch(filters: QueueFilters): string {
  const params = new URLSearchParams({ status: filters.status });
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.mine) params.set('mine', 'true');
  return params.toString();
}

export function useQueue(filters: QueueFilters) {
  return useQuery({
    queryKey: modKeys.queue(filters),
    queryFn: ({ signal }) => apiFetch<{ items: QueueItem[] }>(`/api/v1/moderation/queue?${queueSearch(filters)}`, { signal }),
    // Live events refresh it at once; this is the safety net for a dropped socket.
    refetchInterval: 30_000,
  });
}

export function useFlag(flagId: string) {
  return useQuery({
    queryKey: modKeys.flag(flagId),
    queryFn: ({ signal }) => apiFetch<QueueItemDetail>(`/api/v1/moderation/flags/${encodeURIComponent(flagId)}`, { signal }),
    // A hand-off on its way is watched until it arrives or fails (a failure is also announced live).
    refetchInterval: (query) => (query.state.data?.handoffs.some((handoff) => handoff.status === 'created' && !handoff.deliveryFailed) ? 5_000 : false),
  });
}

export function useMemberContext(memberId: string) {
  return useQuery({
    queryKey: modKeys.member(memberId),
    queryFn: ({ signal }) => apiFetch<MemberContext>(`/api/v1/moderation/members/${encodeURIComponent(memberId)}/context`, { signal }),
  });
}

/** The member who goes by a name, or went by it (none or one). */
export function useFindMember() {
  return useMutation({
    mutationFn: async (name: string) => (await apiFetch<{ items: MemberMatch[] }>(`/api/v1/moderation/members?${new URLSearchParams({ name }).toString()}`)).items[0] ?? null,
  });
}

export function useShift() {
  return useQuery({ queryKey: modKeys.shift, queryFn: ({ signal }) => apiFetch<ShiftSummary>('/api/v1/moderation/shift', { signal }), refetchInterval: 60_000 });
}

export interface PartnerOption {
  id: string;
  name: string;
  regions: string[];
  hours: string;
}

export function usePartners() {
  return useQuery({ queryKey: ['moderation', 'partners'], queryFn: ({ signal }) => apiFetch<{ items: PartnerOption[] }>('/api/v1/moderation/partners', { signal }), staleTime: 60_000 });
}

export function useAudit(query: Partial<AuditQuery>) {
  return useQuery({
    queryKey: modKeys.audit(query),
    queryFn: ({ signal }) => {
      const params = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
      return apiFetch<{ items: AuditEntry[] }>(`/api/v1/moderation/audit?${params.toString()}`, { signal });
    },
  });
}

/** Claim and resolve; both refresh everything moderation-shaped, since one action moves an item between lists. */
export function useModerationActions() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: modKeys.all });
  const claim = useMutation({
    mutationFn: (flagId: string) => apiFetch<QueueItem>(`/api/v1/moderation/flags/${encodeURIComponent(flagId)}/claim`, { method: 'POST', json: {} }),
    onSettled: refresh,
  });
  const resolve = useMutation({
    mutationFn: ({ flagId, request }: { flagId: string; request: ResolveFlagRequest }) =>
      apiFetch<QueueItem>(`/api/v1/moderation/flags/${encodeURIComponent(flagId)}/resolve`, { method: 'POST', json: request }),
    onSettled: refresh,
  });
  return { claim, resolve };
}

/** A generated name in place of the member's; their record, the item and the lists show it after. */
export function useGiveNewName(memberId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: NewMemberNameRequest) =>
      apiFetch<NewMemberNameResult>(`/api/v1/moderation/members/${encodeURIComponent(memberId)}/new-name`, { method: 'POST', json: request }),
    onSettled: () => client.invalidateQueries({ queryKey: modKeys.all }),
  });
}

/** Ends a member's mute or suspension early; their record and the lists read it again after. */
export function useLiftPause(memberId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: LiftPauseRequest) =>
      apiFetch<LiftPauseResult>(`/api/v1/moderation/members/${encodeURIComponent(memberId)}/lift-pause`, { method: 'POST', json: request }),
    onSettled: () => client.invalidateQueries({ queryKey: modKeys.all }),
  });
}

/** Opens (or finds) the review item of a post or chat message; the queue and lists show it after. */
export function useOpenReview() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (request: OpenReviewRequest) => apiFetch<OpenReviewResult>('/api/v1/moderation/reviews', { method: 'POST', json: request }),
    onSettled: () => client.invalidateQueries({ queryKey: modKeys.all }),
  });
}
