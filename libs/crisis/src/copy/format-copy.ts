import type { HotlineEntry } from '../hotlines/hotline-entry';
import { SAFE_MESSAGING_COPY, type CrisisConcern, type CrisisPanelForDangerCopy, type CrisisPanelForOtherCopy, type CrisisPanelForSelfCopy } from './safe-messaging-copy';

/**
 * Fills `{name}` placeholders. An unknown placeholder is left as written rather than replaced by
 * an empty string: a visible `{number}` in review is better than a sentence that silently reads
 * "call ." to someone in crisis.
 */
export function formatCopy(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder: string, name: string) => values[name] ?? placeholder);
}

/** "If you're in immediate danger, call 999." or the local-number advice when we cannot know it. */
export function emergencyPrompt(emergencyNumber: string | null): string {
  return emergencyNumber === null
    ? SAFE_MESSAGING_COPY.emergency.withoutNumber
    : formatCopy(SAFE_MESSAGING_COPY.emergency.withNumber, { number: emergencyNumber });
}

/**
 * What may be said of the lines shown together: free where every one is (HotlineEntry.free), "the
 * ones marked free" where only some are, any time only where every one answers round the clock.
 */
export function linesPromise(lines: readonly HotlineEntry[]): { free: 'all' | 'some' | 'none'; anyTime: boolean } {
  const free = lines.filter((line) => line.free === true).length;
  return {
    free: lines.length > 0 && free === lines.length ? 'all' : free > 0 ? 'some' : 'none',
    anyTime: lines.length > 0 && lines.every((line) => line.hours === '24/7'),
  };
}

/** The crisis panel's message to a member in crisis (or in danger), promising of the lines shown only what holds for them. */
export function crisisPanelMessage(lines: readonly HotlineEntry[], template = SAFE_MESSAGING_COPY.crisisPanel.self.message): string {
  const { free, anyTime } = linesPromise(lines);
  const words = SAFE_MESSAGING_COPY.linePromises;
  const promise = (free === 'all' ? words.allFree : words.confidential) + (anyTime ? words.anyTime : words.hours) + (free === 'some' ? words.someFree : '');
  return formatCopy(template, { promise });
}

/**
 * Which crisis panel to show (the flag's category says whether the author or someone else is at
 * risk), its words filled in for the lines shown beside it: the message to a member in crisis
 * promises of them only what holds (crisisPanelMessage), so no caller shows its bare template.
 */
export function crisisPanelCopyFor(concern: 'self', lines: readonly HotlineEntry[]): CrisisPanelForSelfCopy;
export function crisisPanelCopyFor(concern: 'danger', lines: readonly HotlineEntry[]): CrisisPanelForDangerCopy;
export function crisisPanelCopyFor(concern: 'concern_for_other', lines: readonly HotlineEntry[]): CrisisPanelForOtherCopy;
export function crisisPanelCopyFor(concern: CrisisConcern, lines: readonly HotlineEntry[]): CrisisPanelForSelfCopy | CrisisPanelForDangerCopy | CrisisPanelForOtherCopy;
export function crisisPanelCopyFor(concern: CrisisConcern, lines: readonly HotlineEntry[]): CrisisPanelForSelfCopy | CrisisPanelForDangerCopy | CrisisPanelForOtherCopy {
  if (concern === 'concern_for_other') return SAFE_MESSAGING_COPY.crisisPanel.concernForOther;
  if (concern === 'danger') {
    const danger = SAFE_MESSAGING_COPY.crisisPanel.danger;
    return { ...danger, message: crisisPanelMessage(lines, danger.message) };
  }
  return { ...SAFE_MESSAGING_COPY.crisisPanel.self, message: crisisPanelMessage(lines) };
}

/** "free and confidential" where every line shown is free, else "confidential". */
export function linesKept(lines: readonly HotlineEntry[]): string {
  return linesPromise(lines).free === 'all' ? SAFE_MESSAGING_COPY.linePromises.kept.free : SAFE_MESSAGING_COPY.linePromises.kept.notFree;
}

/** Said after linesKept's sentence where only some of the lines shown are free: the list marks which. */
export function someLinesFree(lines: readonly HotlineEntry[]): string | null {
  return linesPromise(lines).free === 'some' ? SAFE_MESSAGING_COPY.linePromises.kept.someFree : null;
}

/** The unreachable notice's word on the lines beside it. */
export function offlineHelpMessage(lines: readonly HotlineEntry[]): string {
  const cost = someLinesFree(lines);
  return formatCopy(SAFE_MESSAGING_COPY.unreachable.helpMessage, { kept: linesKept(lines), cost: cost ? ` ${cost}` : '' });
}

/**
 * Whether one of these lines is open to anyone at any hour (round the clock, for no one group in
 * particular): where none is (Italy's adult line keeps hours, its free line is for the young), a
 * note that says "talk to someone right now" shows the emergency number beside them too.
 */
export function roundTheClockForEveryone(lines: readonly HotlineEntry[]): boolean {
  return lines.some((line) => line.hours === '24/7' && line.audience === undefined);
}
