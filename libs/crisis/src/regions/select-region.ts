import { regionFromAcceptLanguage } from './accept-language';
import { INTERNATIONAL_REGION, isSupportedRegion, normaliseRegionCode, type DirectoryRegion } from './region-code';

export interface RegionSelectionInput {
  /** The region the member saved on their profile, if any. */
  readonly memberRegion?: string | null;
  /** The raw `Accept-Language` request header. */
  readonly acceptLanguage?: string | null;
  /** The deployment's `DEFAULT_REGION`. */
  readonly defaultRegion?: string | null;
}

/** Which input decided, so a client can say "showing lines for GB because you chose it". */
export type RegionSelectionBasis = 'member' | 'accept-language' | 'default' | 'fallback';

export interface RegionSelection {
  readonly region: DirectoryRegion;
  readonly basis: RegionSelectionBasis;
}

/** A saved or configured region; `INTL` is a real choice there ("my country is not listed"). */
function statedRegion(value: string | null | undefined): string | null {
  if (typeof value === 'string' && value.trim().toUpperCase() === INTERNATIONAL_REGION) return INTERNATIONAL_REGION;
  return normaliseRegionCode(value);
}

/**
 * Decides whose hotlines to show: the member's saved region, then the region in their browser's
 * language preference, then the deployment default, then the international fallback. Never IP
 * geolocation: Lantern keeps no IP addresses, and a guess from one is wrong often enough (VPNs,
 * mobile carriers) to show someone the wrong country's number.
 *
 * Each source is consulted only if it names a country at all. When it names a country we have
 * no lines for (a member in Japan, a `ja-JP` browser), the answer is the international
 * fallback rather than the next source: the next source would show lines for a country the
 * person has just told us they are not in.
 */
export function selectRegionWithBasis(input: RegionSelectionInput): RegionSelection {
  const candidates: ReadonlyArray<readonly [RegionSelectionBasis, string | null]> = [
    ['member', statedRegion(input.memberRegion)],
    ['accept-language', normaliseRegionCode(regionFromAcceptLanguage(input.acceptLanguage))],
    ['default', statedRegion(input.defaultRegion)],
  ];
  for (const [basis, code] of candidates) {
    if (code === null) continue;
    return { region: isSupportedRegion(code) ? code : INTERNATIONAL_REGION, basis };
  }
  return { region: INTERNATIONAL_REGION, basis: 'fallback' };
}

/** The region to pass to `hotlinesFor`; see `selectRegionWithBasis` for the order. */
export function selectRegion(input: RegionSelectionInput): DirectoryRegion {
  return selectRegionWithBasis(input).region;
}
