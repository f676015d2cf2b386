import { linesShownFor, roundTheClockForEveryone, type HotlineEntry, type RegionHotlineData } from '@lantern/crisis';

/** How many of the region's lines the note shows (the help page has them all). */
export const NUDGE_LINES = 3;

/** Lines a note beside a composer offers, and whether the emergency number goes with them. */
export interface NoteLines {
  readonly lines: readonly HotlineEntry[];
  readonly showEmergency: boolean;
}

/**
 * "Right now": where none of the lines offered answers anyone at any hour, the emergency number
 * does; danger from someone else always shows it.
 */
function withEmergency(danger: boolean, lines: readonly HotlineEntry[]): NoteLines {
  return { lines, showEmergency: danger || !roundTheClockForEveryone(lines) };
}

/**
 * What the note offers in full (the region's first lines, those for abuse at home first to a
 * member in danger), and what it offers as a bar on a phone: the first of them alone. The bar
 * decides on the emergency number by that line only, as a line further down that answers anyone
 * at any hour is folded away there: a first line that keeps hours, or is for one group (young
 * people, women), never stands alone as if anyone could reach it now.
 */
export function noteLines(danger: boolean, hotlines: Pick<RegionHotlineData, 'hotlines' | 'abuseLines'>): { full: NoteLines; bar: NoteLines } {
  const lines = linesShownFor(danger ? 'danger' : 'self', hotlines).slice(0, NUDGE_LINES);
  return { full: withEmergency(danger, lines), bar: withEmergency(danger, lines.slice(0, 1)) };
}
