import type { QueueItem } from '@lantern/contracts';

/** Categories whose text can hurt to read; the console blurs them until the moderator chooses. */
const GRAPHIC_CATEGORIES = new Set(['self_harm', 'method_instructions', 'threat', 'sexual', 'attempt', 'means', 'plan']);

/**
 * Crisis and graphic content is blurred until clicked, for the moderator's own wellbeing; so are
 * words the learned second opinion sent (a report by kind, with no risk or category of its own),
 * which may be a crisis the word lists did not read.
 */
export function isSensitive(item: Pick<QueueItem, 'kind' | 'risk' | 'categories' | 'secondOpinion'>): boolean {
  return (
    item.kind === 'crisis' ||
    item.secondOpinion ||
    item.risk === 'high' ||
    item.risk === 'imminent' ||
    item.categories.some((category) => GRAPHIC_CATEGORIES.has(category))
  );
}

/** Controls that answer keys themselves: Enter follows a link or presses a button, letters go into a field. */
const INTERACTIVE_SELECTOR = [
  'a[href]',
  'area[href]',
  'button',
  'input',
  'select',
  'textarea',
  'summary',
  'option',
  'iframe',
  'audio[controls]',
  'video[controls]',
  '[contenteditable]:not([contenteditable="false"])',
  ...[
    'button',
    'link',
    'checkbox',
    'radio',
    'switch',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'tab',
    'option',
    'combobox',
    'textbox',
    'searchbox',
    'spinbutton',
    'slider',
    'scrollbar',
    'listbox',
    'menu',
    'menubar',
    'tree',
    'treeitem',
    'grid',
    'gridcell',
    'treegrid',
  ].map((role) => `[role="${role}"]`),
].join(',');

/**
 * Keyboard shortcuts fire only when focus is on no control: on a link, button, field, select or
 * anything with such a role (or inside one), a key (Enter above all) does what that control does.
 */
export function handlesKeysItself(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest(INTERACTIVE_SELECTOR) !== null;
}

export interface Highlight {
  text: string;
  marked: boolean;
  /** For a marked stretch whose spans said who marked them: each one that did, once, sorted. */
  by?: string[];
}

/**
 * Splits text into plain and marked stretches for the evidence spans (overlaps merged, bad spans
 * ignored). A span may say who marked it (`by`: the word lists, the second opinion), so the page
 * can say whose words a stretch is: where spans of different markers overlap, the stretch is cut
 * where they meet, so each part names only those whose spans cover it ("end" the word lists',
 * "my life" both's).
 */
export function highlightSpans(text: string, spans: ReadonlyArray<{ start: number; end: number; by?: string }>): Highlight[] {
  const valid = spans.filter((span) => Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end);
  const points = [...new Set(valid.flatMap((span) => [span.start, span.end]))].sort((a, b) => a - b);
  const merged: Array<{ start: number; end: number; by: Set<string> }> = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = valid.filter((span) => span.start <= from && span.end >= to);
    if (covering.length === 0) continue;
    const by = new Set(covering.flatMap((span) => (span.by ? [span.by] : [])));
    const last = merged[merged.length - 1];
    if (last && last.end === from && last.by.size === by.size && [...by].every((marker) => last.by.has(marker))) last.end = to;
    else merged.push({ start: from, end: to, by });
  }
  const parts: Highlight[] = [];
  let cursor = 0;
  for (const span of merged) {
    if (span.start > cursor) parts.push({ text: text.slice(cursor, span.start), marked: false });
    parts.push({ text: text.slice(span.start, span.end), marked: true, ...(span.by.size ? { by: [...span.by].sort() } : {}) });
    cursor = span.end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false });
  return parts;
}
