/**
 * Members type `UK` far more often than `GB`; treating it as a typo for the ISO code costs
 * nothing and keeps a British member from landing on the international fallback, or from a
 * British crisis line that serves `GB`.
 */
const REGION_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * Turns free-form input into an upper-case two-letter code (ISO 3166-1 alpha-2, `UK` read as
 * `GB`), or `null` when the value cannot be a country code at all (empty, wrong length, digits). A
 * well-formed code we have no lines for is still returned: "the member is in Japan" is different
 * from "we don't know". A member's region and a crisis line's regions are stored this way, so the
 * two compare as the hotline directory reads them.
 */
export function normaliseRegionCode(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const upper = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  return REGION_ALIASES[upper] ?? upper;
}
