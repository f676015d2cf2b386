import { safetyPlanSchema, type SafetyPlan, type SaveSafetyPlanRequest } from '@lantern/contracts';
import { apiFetch } from '../../api/api-client';
import { isApiError } from '../../api/api-error';

export const SAFETY_PLAN_API_PATH = '/api/v1/me/safety-plan';

/** Per member, so a plan never shows under someone else's session on a shared browser. */
export const safetyPlanQueryKey = (memberId: string) => ['safety-plan', memberId] as const;

export function fetchSafetyPlan(signal?: AbortSignal): Promise<SafetyPlan> {
  return apiFetch(SAFETY_PLAN_API_PATH, { signal, parse: (body) => safetyPlanSchema.parse(body) });
}

export function saveSafetyPlan(request: SaveSafetyPlanRequest): Promise<SafetyPlan> {
  return apiFetch(SAFETY_PLAN_API_PATH, { method: 'PUT', json: request, parse: (body) => safetyPlanSchema.parse(body) });
}

/**
 * The newer plan a 409 SAFETY_PLAN_CHANGED carries (`details.current`), or null when the error is
 * anything else (or the details are not the shape expected).
 */
export function newerPlanFrom(error: unknown): SafetyPlan | null {
  if (!isApiError(error) || error.code !== 'SAFETY_PLAN_CHANGED') return null;
  const details = error.details;
  if (typeof details !== 'object' || details === null || !('current' in details)) return null;
  const parsed = safetyPlanSchema.safeParse(details.current);
  return parsed.success ? parsed.data : null;
}
