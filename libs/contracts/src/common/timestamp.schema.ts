import { z } from 'zod';

/**
 * An instant as the api sends it: JSON has no date type, so every timestamp is the ISO 8601
 * string of `Date.prototype.toISOString()` (UTC, `Z`), which sorts and parses the same everywhere.
 */
export const isoTimestampSchema = z.iso.datetime();

const INSTANT_LENGTH_MAX = 64;
const OFFSET_HOURS_MAX = 15;

/** The hours of a `+HH:MM` or `-HH:MM` offset; 0 for `Z`. */
const offsetHours = (instant: string) => Number(/[+-](\d{2}):\d{2}$/.exec(instant)?.[1] ?? 0);

/**
 * An instant a client hands back (an audit page's bound, the version a save started from, a
 * page cursor's sort key): ISO 8601 with an offset, as Lantern sent it. Some valid ISO is not a
 * PostgreSQL timestamp, and the database would refuse it with a 500, so it is refused here: year
 * 0000, a UTC offset past ±15:59 (ISO allows up to ±23:59), and a fraction so long PostgreSQL
 * cannot read it (Lantern's own instants are at most 32 characters).
 */
export function instantInputSchema(error = 'Expected an ISO 8601 instant with an offset, such as 2026-12-04T10:14:11Z.') {
  return z.iso
    .datetime({ offset: true, error })
    .max(INSTANT_LENGTH_MAX, { error })
    .refine((value) => !value.startsWith('0000') && offsetHours(value) <= OFFSET_HOURS_MAX, { error });
}
