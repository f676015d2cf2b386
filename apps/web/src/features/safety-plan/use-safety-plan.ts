import { useQuery } from '@tanstack/react-query';
import { useSession } from '../identity/use-session';
import { fetchSafetyPlan, safetyPlanQueryKey } from './safety-plan-api';

/** The signed-in member's plan; asked only for member accounts (the api answers others 403). */
export function useSafetyPlan() {
  const session = useSession();
  const memberId = session.status === 'signed-in' && session.member.role === 'member' ? session.member.id : null;
  return useQuery({
    queryKey: safetyPlanQueryKey(memberId ?? 'none'),
    queryFn: ({ signal }) => fetchSafetyPlan(signal),
    enabled: memberId !== null,
  });
}
