import type { CrisisResources } from '@lantern/contracts';
import { crisisPanelCopyFor, hotlinesFor, linesShownFor, selectRegion, type RegionHotlines } from '@lantern/crisis';

/** Where the region chosen on /help is kept: this tab only, and only a region code. */
const CHOSEN_REGION_KEY = 'lantern.helpRegion';

/** The region this reader chose on /help in this tab, if any. */
export function chosenHelpRegion(): string | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage.getItem(CHOSEN_REGION_KEY);
  } catch {
    return null;
  }
}

/**
 * Keeps the region chosen on /help for the tab, so the next page, a reload, and the lines shown
 * when Lantern cannot be reached are for the place the reader said they are, not the browser's guess.
 */
export function rememberHelpRegion(region: string): void {
  try {
    sessionStorage.setItem(CHOSEN_REGION_KEY, region);
  } catch {
    // Storage refused (private mode, full): the choice still holds on the page.
  }
}

/**
 * The hotlines for this reader, worked out in the browser from the directory bundled with the app:
 * their saved region, then the region they chose on /help in this tab, then the browser's
 * languages, then the international lines. No request is made, so nothing about the reader (or
 * what they are typing) leaves the page for this.
 */
export function localHotlines(
  memberRegion: string | null | undefined,
  languages: readonly string[] = browserLanguages(),
  chosenRegion: string | null = chosenHelpRegion(),
): RegionHotlines {
  return hotlinesFor(selectRegion({ memberRegion: memberRegion ?? chosenRegion, acceptLanguage: languages.join(','), defaultRegion: null }));
}

/**
 * A crisis notice's lines, and its message (which promises only what those lines keep), as this tab
 * shows them. The api chose the lines by the member's saved region, else by the tab's languages; a
 * region the reader chose on /help in this tab is never sent, so it is put in here, in the same
 * place as on every other page: after a saved region, before the languages.
 */
export function noticeAsShownHere(
  notice: Pick<CrisisResources, 'concern' | 'hotlines' | 'message'>,
  chosenRegion: string | null = chosenHelpRegion(),
): { hotlines: RegionHotlines; message: string } {
  const asSent = { hotlines: notice.hotlines as RegionHotlines, message: notice.message };
  if (chosenRegion === null || notice.hotlines.basis === 'member' || notice.hotlines.basis === 'query') return asSent;
  const hotlines = hotlinesFor(chosenRegion);
  if (hotlines.region === notice.hotlines.region) return asSent;
  return { hotlines, message: notice.concern === 'concern_for_other' ? notice.message : crisisPanelCopyFor(notice.concern, linesShownFor(notice.concern, hotlines)).message };
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : navigator.language ? [navigator.language] : [];
}
