/**
 * Commits that need not wait for the disk. A transaction that commits with `synchronous_commit`
 * off returns as soon as its WAL is written, not flushed; the WAL writer flushes it within
 * 3 × `wal_writer_delay` (600 ms by default). A crash of PostgreSQL in that window loses the
 * transaction. Only bookkeeping that is repeated or harmless when lost may use these (the outbox
 * relay's delete, results that flag nothing): every member's words, flag and partner delivery
 * keeps a durable commit. What it buys: one WAL flush fewer for every durable commit (each chat
 * send's) to queue behind.
 */

/** The first statement of a transaction whose commit may be lazy (transaction-local). */
export const LAZY_COMMIT = 'SET LOCAL synchronous_commit = off';

/**
 * A FROM item that makes a single statement's own implicit transaction commit lazily: the
 * parameterised statements of the extended protocol cannot carry a SET before them.
 * `set_config(…, true)` lasts until that transaction ends.
 */
export const LAZY_COMMIT_FROM_ITEM = `(SELECT set_config('synchronous_commit', 'off', true)) AS lazy_commit`;
