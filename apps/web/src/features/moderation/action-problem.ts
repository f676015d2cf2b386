import type { ModerationActionName } from '@lantern/contracts';
import { isApiError } from '../../api/api-error';

/** The fields of the action form ("For how many minutes" is `minutes`, the partner select `partner`). */
export type ActionField = 'note' | 'body' | 'minutes' | 'partner';
export type ActionFieldProblems = Partial<Record<ActionField, string>>;

/** What the moderator filled in, as the form holds it. */
export interface ActionDraft {
  action: ModerationActionName;
  note: string;
  body: string;
  /** NumberInput's value: '' once cleared. */
  minutes: number | string;
  partnerId: string | undefined;
  withoutConsent: boolean;
}

export const MAX_MINUTES = 60 * 24 * 365;
const NOTE_MAX = 2_000;
const BODY_MAX = 20_000;

const MINUTES_WORDS = `Say for how many minutes: a whole number from 1 to ${MAX_MINUTES.toLocaleString('en')} (a year).`;
const PARTNER_WORDS = 'Choose the partner to escalate to.';

/** The minutes as a number, or null when the field does not hold a whole number of minutes in range. */
export function minutesOf(value: number | string): number | null {
  const minutes = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_MINUTES ? minutes : null;
}

/** What the note needs for this action, in the form's words. */
function noteWords(action: ModerationActionName, withoutConsent: boolean): string {
  if (action === 'dismiss') return 'Say why you are dismissing this item.';
  if (action === 'edit') return 'Write the note members will see on the post.';
  if (action === 'escalate' && withoutConsent) return 'Write why you are escalating without their request: it is recorded and shown to admins.';
  return 'Write the note for the record.';
}

function bodyWords(action: ModerationActionName): string {
  if (action === 'edit') return 'Write the corrected text.';
  if (action === 'warn') return 'Write the warning the member will read.';
  return 'Write the text.';
}

/**
 * Checks the form before anything is sent, with the rules the api keeps (resolveFlagSchema), so
 * the moderator reads what is missing next to the field, in the form's words.
 */
export function checkAction(draft: ActionDraft): ActionFieldProblems {
  const problems: ActionFieldProblems = {};
  const note = draft.note.trim();
  const body = draft.body.trim();
  const noteNeeded = draft.action === 'dismiss' || draft.action === 'note' || draft.action === 'edit' || (draft.action === 'escalate' && draft.withoutConsent);
  if (noteNeeded && !note) problems.note = noteWords(draft.action, draft.withoutConsent);
  else if (note.length > NOTE_MAX) problems.note = `The note can be at most ${NOTE_MAX.toLocaleString('en')} characters.`;
  const bodyNeeded = draft.action === 'edit' || draft.action === 'warn';
  const bodySent = bodyNeeded || draft.action === 'keep' || draft.action === 'escalate';
  if (bodyNeeded && !body) problems.body = bodyWords(draft.action);
  else if (bodySent && body.length > BODY_MAX) problems.body = `The text can be at most ${BODY_MAX.toLocaleString('en')} characters.`;
  if ((draft.action === 'mute' || draft.action === 'suspend') && minutesOf(draft.minutes) === null) problems.minutes = MINUTES_WORDS;
  if (draft.action === 'escalate' && !draft.partnerId) problems.partner = PARTNER_WORDS;
  return problems;
}

/** A field name as the api spells it ("durationMinutes", "note: …"), which no moderator should have to read. */
const RAW_NAME = /\b(durationMinutes|partnerId|basis|version|action|note|body)\s*:|\b[a-z]+[A-Z]\w*\b/;

/** The api's VALIDATION_FAILED, field by field in the form's words; `summary` is the first of them. */
export function refusalInFormWords(error: unknown, action: ModerationActionName | undefined, withoutConsent = false): { summary: string; fields: ActionFieldProblems } | null {
  if (!isApiError(error) || error.code !== 'VALIDATION_FAILED') return null;
  const fields: ActionFieldProblems = {};
  const others: string[] = [];
  const details = Array.isArray(error.details) ? (error.details as unknown[]) : [];
  for (const detail of details) {
    if (typeof detail !== 'object' || detail === null) continue;
    const { path, message } = detail as { path?: unknown; message?: unknown };
    const field = typeof path === 'string' ? path.split('.')[0] : Array.isArray(path) ? String(path[0]) : '';
    const said = typeof message === 'string' && message && !RAW_NAME.test(message) ? message : '';
    if (field === 'durationMinutes') fields.minutes ??= MINUTES_WORDS;
    else if (field === 'partnerId') fields.partner ??= PARTNER_WORDS;
    else if (field === 'note') fields.note ??= said || (action ? noteWords(action, withoutConsent) : 'The note is not right yet.');
    else if (field === 'body') fields.body ??= said || (action ? bodyWords(action) : 'The text is not right yet.');
    else if (field === 'basis') others.push('Escalating without the member’s request needs the box ticked and your reason in the note.');
    else if (field === 'version') others.push('This item changed since you opened it. Look at it again, then act.');
    // Anything else is not a field of the form (the action itself, an unknown field): nothing the
    // moderator can fix by typing, so the general sentence below says it.
  }
  const summary = fields.minutes ?? fields.partner ?? fields.body ?? fields.note ?? others[0] ?? 'Lantern could not accept that. Check what you filled in and try again.';
  return { summary, fields };
}

/**
 * The item's version a refusal was about, where the api says it (an item claimed by another,
 * resolved, or changed since it was read): the page's copy may be older than that for a moment (a
 * read that lands late) and the refusal still holds; once the copy is newer, it no longer does.
 */
export function refusedAtVersion(error: unknown): number | undefined {
  if (!isApiError(error) || typeof error.details !== 'object' || error.details === null) return undefined;
  const { version } = error.details as { version?: unknown };
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

/** A sentence for what went wrong, naming the other moderator when there is one, and never a field name. */
export function actionProblem(error: unknown, action?: ModerationActionName): string {
  const refused = refusalInFormWords(error, action);
  if (refused) return refused.summary;
  if (isApiError(error)) return error.message;
  return 'That did not go through. Check your connection and try again.';
}
