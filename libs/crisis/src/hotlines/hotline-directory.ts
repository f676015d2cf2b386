import { INTERNATIONAL_REGION, isSupportedRegion, normaliseRegionCode, type SupportedRegion } from '../regions/region-code';
import { AT_HOTLINES } from './at';
import { AU_HOTLINES } from './au';
import { BE_HOTLINES } from './be';
import { BR_HOTLINES } from './br';
import { CA_HOTLINES } from './ca';
import { CH_HOTLINES } from './ch';
import { DE_HOTLINES } from './de';
import { ES_HOTLINES } from './es';
import { FR_HOTLINES } from './fr';
import { GB_HOTLINES } from './gb';
import type { CrisisConcern } from '../copy/safe-messaging-copy';
import type { HotlineEntry, RegionHotlineData, RegionHotlines } from './hotline-entry';
import { IE_HOTLINES } from './ie';
import { FIND_A_HELPLINE, INTERNATIONAL_HOTLINES } from './international';
import { IT_HOTLINES } from './it';
import { MX_HOTLINES } from './mx';
import { NL_HOTLINES } from './nl';
import { NZ_HOTLINES } from './nz';
import { PT_HOTLINES } from './pt';
import { US_HOTLINES } from './us';

/** Typed as a full record so adding a region to SUPPORTED_REGIONS fails to compile until it has data. */
export const HOTLINE_DIRECTORY: Readonly<Record<SupportedRegion, RegionHotlineData>> = {
  US: US_HOTLINES,
  CA: CA_HOTLINES,
  GB: GB_HOTLINES,
  IE: IE_HOTLINES,
  AU: AU_HOTLINES,
  NZ: NZ_HOTLINES,
  DE: DE_HOTLINES,
  AT: AT_HOTLINES,
  CH: CH_HOTLINES,
  FR: FR_HOTLINES,
  BE: BE_HOTLINES,
  ES: ES_HOTLINES,
  MX: MX_HOTLINES,
  NL: NL_HOTLINES,
  IT: IT_HOTLINES,
  PT: PT_HOTLINES,
  BR: BR_HOTLINES,
};

/**
 * The lines to show for a region. Takes any string because it sits behind `GET /hotlines?region=`
 * and socket payloads: anything we have no checked lines for (unknown code, `INTL`, garbage)
 * answers with the international fallback rather than an error, so a person is never shown
 * nothing. `hotlines` is never empty; for `INTL` it is the fallback entry itself, so a client that
 * renders both lists should de-duplicate by `id`.
 */
export function hotlinesFor(region: string | null | undefined): RegionHotlines {
  const code = normaliseRegionCode(region);
  const data = code !== null && isSupportedRegion(code) ? HOTLINE_DIRECTORY[code] : INTERNATIONAL_HOTLINES;
  return { ...data, fallback: FIND_A_HELPLINE };
}

/**
 * The lines a crisis panel shows, in order: for a member in danger from someone else, the lines for
 * abuse at home first, then the crisis lines; for everyone else, the crisis lines. What the panel
 * promises of its lines (linesPromise) holds for all of these.
 */
export function linesShownFor(concern: CrisisConcern, hotlines: Pick<RegionHotlineData, 'hotlines' | 'abuseLines'>): readonly HotlineEntry[] {
  return concern === 'danger' ? [...hotlines.abuseLines, ...hotlines.hotlines] : hotlines.hotlines;
}

/** Whether `hotlinesFor` answered with real regional lines or only with the fallback. */
export function isInternationalFallback(hotlines: Pick<RegionHotlines, 'region'>): boolean {
  return hotlines.region === INTERNATIONAL_REGION;
}
