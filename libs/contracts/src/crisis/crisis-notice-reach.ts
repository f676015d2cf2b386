import type { CrisisResources } from './crisis.schema';

/**
 * How far a notice's concern has come. A kept concern only grows (the worker's insertCrisisNotice):
 * words for a friend become the member's own crisis or danger from someone else, and danger told
 * later is kept beside their own crisis; nothing takes either back. So of two copies of one notice,
 * the one that has come less far was read before the other, whichever arrives last: a read of open
 * notices answered after a live push of the change must not put the older concern back.
 */
export function crisisNoticeReach(notice: Pick<CrisisResources, 'concern' | 'alsoInDanger'>): number {
  if (notice.concern === 'concern_for_other') return 0;
  return notice.concern === 'self' && notice.alsoInDanger !== true ? 1 : 2;
}
