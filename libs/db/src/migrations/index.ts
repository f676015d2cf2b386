import { Foundation1763769600000 } from './1763769600000-foundation';

/** Hand-written migrations, in order. `synchronize` is never used. */
export const MIGRATIONS = [Foundation1763769600000];
