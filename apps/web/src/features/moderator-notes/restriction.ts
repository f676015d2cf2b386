import type { MemberRestrictedEvent } from '@lantern/contracts';

export type RestrictionUntil = Partial<Record<MemberRestrictedEvent['kind'], string>>;

/** The later of two instants (either may be missing): a pause set again only grows (the api extends, never shortens); a moderator's lift is its own event (`member:restriction-lifted`). */
function later(a: string | null | undefined, b: string | null | undefined): string | undefined {
  if (!a) return b ?? undefined;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

/**
 * The pause a member is under now, if any: a suspension (no posting at all) before a mute (no chat),
 * from the session's member and what arrived live since.
 */
export function currentRestriction(fromSession: RestrictionUntil, live: RestrictionUntil, now: number): MemberRestrictedEvent | null {
  for (const kind of ['suspended', 'muted'] as const) {
    const until = later(fromSession[kind], live[kind]);
    if (until && Date.parse(until) > now) return { kind, until };
  }
  return null;
}
