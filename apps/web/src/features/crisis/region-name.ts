import { emergencyPrompt, INTERNATIONAL_REGION, SUPPORTED_REGIONS, type RegionHotlines } from '@lantern/crisis';

const REGION_NAMES = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return null;
  }
})();

/** "United Kingdom" for GB; the international lines are for "Somewhere else". */
export function regionName(region: string): string {
  return region === INTERNATIONAL_REGION ? 'Somewhere else' : (REGION_NAMES?.of(region) ?? region);
}

/**
 * The regions with lines of their own, as choices in a select: by name (Australia, Austria,
 * Belgium...), which is how a reader looks for their country in a list of many.
 */
export function regionChoices(): Array<{ value: string; label: string }> {
  return SUPPORTED_REGIONS.map((region) => ({ value: region, label: regionName(region) })).sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The name of a region's list of lines, the same wherever the lines are shown. */
export function crisisLinesLabel(region: string): string {
  return `Crisis lines: ${regionName(region)}`;
}

/**
 * What a screen reader hears after the reader picks another region on /help: where the lines now
 * shown are for, how many there are, and what to do in immediate danger there.
 */
export function linesShownAnnouncement(hotlines: RegionHotlines): string {
  const count = hotlines.hotlines.length;
  return `${regionName(hotlines.region)}: ${count} crisis ${count === 1 ? 'line' : 'lines'} shown. ${emergencyPrompt(hotlines.emergencyNumber)}`;
}
