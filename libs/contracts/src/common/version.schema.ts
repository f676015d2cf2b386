import { z } from 'zod';

/** The largest version PostgreSQL's integer column holds: a larger one cannot be anything stored. */
export const MAX_VERSION = 2_147_483_647;

/**
 * The version of a post or review item the client last saw, sent back so a change made since is
 * not overwritten. Bounded as the column is: past it, the number reached the database as a bound
 * parameter it could not take (a 500, not the 409 or 400 it deserves).
 */
export const seenVersionSchema = z
  .number({ error: 'version must be a number.' })
  .int({ error: 'version must be a whole number.' })
  .positive({ error: 'version must be at least 1.' })
  .max(MAX_VERSION, { error: 'version is not one Lantern could have given.' });
