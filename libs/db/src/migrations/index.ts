import { Foundation1763769600000 } from './1763769600000-foundation';
import { OutboxNotify1763800000000 } from './1763800000000-outbox-notify';

/** Hand-written migrations, in order. `synchronize` is never used. */
export const MIGRATIONS = [Foundation1763769600000, OutboxNotify1763800000000];
