import type { HiddenMember, HideMemberRequest } from '@lantern/contracts';
import { apiFetch } from '../../api/api-client';

export const hiddenMembersQueryKey = ['me', 'hidden-members'] as const;

export const listHiddenMembers = () => apiFetch<{ items: HiddenMember[] }>('/api/v1/me/hidden-members');

export const hideMember = (input: HideMemberRequest) => apiFetch<HiddenMember>('/api/v1/me/hidden-members', { method: 'POST', json: input });

export const showMemberAgain = (id: string) => apiFetch<void>(`/api/v1/me/hidden-members/${encodeURIComponent(id)}`, { method: 'DELETE' });
