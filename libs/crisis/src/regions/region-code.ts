/**
 * Regions with a checked hotline directory. Codes are ISO 3166-1 alpha-2 (what `DEFAULT_REGION`,
 * a member's saved region and the region subtag of a language tag all use), so the United
 * Kingdom is `GB`, not `UK`. The English-speaking six first, then the countries whose languages
 * the crisis classifier also reads (German, French, Spanish) and their neighbours, then Italy,
 * Portugal and Brazil.
 */
export const SUPPORTED_REGIONS = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'MX', 'NL', 'IT', 'PT', 'BR'] as const;

export type SupportedRegion = (typeof SUPPORTED_REGIONS)[number];

/**
 * Where nobody has told us a region we have lines for. Not an ISO code on purpose: it can never
 * collide with a real country, and clients can show "find a line where you are" for it.
 */
export const INTERNATIONAL_REGION = 'INTL';

export type InternationalRegion = typeof INTERNATIONAL_REGION;

/** Every region a directory lookup can answer for. */
export type DirectoryRegion = SupportedRegion | InternationalRegion;

/**
 * As `normaliseRegionCode` in @lantern/contracts, by which the api stores members' and crisis
 * lines' regions (kept apart: this library builds without the contracts' server schemas).
 * Members type `UK` far more often than `GB`; treating it as a typo for the ISO code costs
 * nothing and keeps a British member from landing on the international fallback.
 */
const REGION_ALIASES: Readonly<Record<string, string>> = { UK: 'GB' };

/**
 * Turns free-form input into an upper-case two-letter code, or `null` when the value cannot be
 * a country code at all (empty, wrong length, digits). A well-formed code we have no lines for
 * is still returned: "the member is in Japan" is different from "we don't know".
 */
export function normaliseRegionCode(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const upper = value.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(upper)) return null;
  return REGION_ALIASES[upper] ?? upper;
}

export function isSupportedRegion(value: string): value is SupportedRegion {
  return (SUPPORTED_REGIONS as readonly string[]).includes(value);
}
