import { z } from 'zod';

/**
 * An instant as the api sends it: JSON has no date type, so every timestamp is the ISO 8601
 * string of `Date.prototype.toISOString()` (UTC, `Z`), which sorts and parses the same everywhere.
 */
export const isoTimestampSchema = z.iso.datetime();

/**
 * An instant a client hands back (an audit page's bound, the version a save started from, a
 * page cursor's sort key): ISO 8601 with an offset, as Lantern sent it. Year 0000 is valid ISO
 * but not a PostgreSQL timestamp, so it is refused here rather than by the database.
 */
export function instantInputSchema(error = 'Expected an ISO 8601 instant with an offset, such as 2026-12-04T10:14:11Z.') {
  return z.iso.datetime({ offset: true, error }).refine((value) => !value.startsWith('0000'), { error });
}
