import { z } from 'zod';

/**
 * An instant as the api sends it: JSON has no date type, so every timestamp is the ISO 8601
 * string of `Date.prototype.toISOString()` (UTC, `Z`), which sorts and parses the same everywhere.
 */
export const isoTimestampSchema = z.iso.datetime();
