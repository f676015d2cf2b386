import { classify, type ClassifyOptions } from './classifier/classify';

/**
 * One line of `npm run classify`: `{"id","text"}` in, `{"id","flagged","crisis","risk",
 * "categories","scores"}` out (the stable contract), then `evidence`: the spans of the text that
 * fired, with their category and signal, so a moderator sees why. A bad line gives a line with an error for
 * that id, never an exception: one broken record must not stop a batch.
 * Returns null for a blank line.
 */
export function classifyJsonLine(line: string, options: ClassifyOptions = {}): string | null {
  if (line.trim().length === 0) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return errorLine(null, 'BAD_JSON', 'The line is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorLine(null, 'BAD_LINE', 'The line must be a JSON object with "id" and "text".');
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (typeof record.text !== 'string') return errorLine(id, 'BAD_LINE', 'The line has no "text" string.');
  const text = record.text;
  try {
    const { flagged, crisis, risk, categories, scores, evidence } = classify(text, options);
    const spans = evidence.map((span) => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end), category: span.category, signal: span.signal }));
    return JSON.stringify({ id, flagged, crisis, risk, categories, scores, evidence: spans });
  } catch {
    return errorLine(id, 'CLASSIFY_FAILED', 'The text could not be classified.');
  }
}

function errorLine(id: string | number | null, code: string, message: string): string {
  return JSON.stringify({ id, error: { code, message } });
}
