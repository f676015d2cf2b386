import type { HotlineEntry, RegionHotlineData } from './hotline-entry';

/**
 * Find A Helpline lists free, confidential lines in most countries. It backs every region (people
 * travel and move) and is the whole answer where we have no checked lines of our own.
 */
export const FIND_A_HELPLINE: HotlineEntry = {
  id: 'intl-find-a-helpline',
  name: 'Find A Helpline',
  kind: 'web',
  url: 'https://findahelpline.com/',
  source: 'https://findahelpline.com/',
  checkedOn: '2026-11-22',
  hours: '24/7',
  languages: ['en'],
  // Free to use, and the lines it lists "offer free, confidential counseling support"
  // (https://findahelpline.com/AU, a stored copy, checked 2026-12-06).
  free: true,
  // Shown under the line; the list's emergency prompt above it already says to call the local number.
  notes: 'Find a free, confidential line in your country.',
};

/**
 * No emergency number here: we do not know where the member is, and a wrong number in an
 * emergency is worse than advice to call the local one.
 */
export const INTERNATIONAL_HOTLINES: RegionHotlineData = {
  region: 'INTL',
  emergencyNumber: null,
  otherEmergencyNumbers: [],
  hotlines: [FIND_A_HELPLINE],
  // Find A Helpline lists lines for abuse at home too, under every region's crisis lines.
  abuseLines: [],
};
