/**
 * SQL: what resolving a review item sets (`by` and `resolution` the placeholders holding who and
 * how; `by` may be NULL, for Lantern itself). One place, so every way an item closes (a
 * moderator's action, an erasure closing its member's requests) leaves it alike: unclaimed, its
 * version moved on for anyone holding the old one.
 */
export function resolvedFlagSet(by: string, resolution: string): string {
  return `status = 'resolved', resolved_by = ${by}, resolved_at = now(), resolution = ${resolution}, claimed_by = NULL, claim_expires_at = NULL,
          version = version + 1, updated_at = now()`;
}
