import { hotlinesFor, selectRegion, type RegionHotlines } from '@lantern/crisis';

/**
 * The hotlines for this reader, worked out in the browser from the directory bundled with the app:
 * their saved region, then the browser's languages, then the international lines. No request is
 * made, so nothing about the reader (or what they are typing) leaves the page for this.
 */
export function localHotlines(memberRegion: string | null | undefined, languages: readonly string[] = browserLanguages()): RegionHotlines {
  return hotlinesFor(selectRegion({ memberRegion, acceptLanguage: languages.join(','), defaultRegion: null }));
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
