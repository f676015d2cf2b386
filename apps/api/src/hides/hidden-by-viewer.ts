/**
 * SQL conditions: has the viewer hidden the identity a row was written under? Used by every read
 * that shows members' words to members (thread lists, a thread's posts, search, chat history).
 *
 * A hide made on a pseudonym (`thread_id` NULL) covers what was written under that pseudonym; a
 * hide made on a thread alias covers that alias in that thread only. So hiding an alias never
 * hides, and so never points to, the pseudonym behind it (or the other way round). The unique
 * key (member_id, hidden_id, thread_id) serves the lookup.
 */
export interface WrittenAs {
  /** Column of the author's member id. */
  author: string;
  /** Column of the alias the row was written under (NULL: the pseudonym). */
  alias: string;
  /** Column of the thread the row belongs to. */
  thread: string;
}

/** `viewer` is the placeholder of the viewer's member id, for example `$1`. */
export function hiddenByViewer(viewer: string, row: WrittenAs): string {
  return `EXISTS (SELECT 1 FROM member_hides h WHERE h.member_id = ${viewer}::uuid AND h.hidden_id = ${row.author}
                     AND h.thread_id IS NOT DISTINCT FROM (CASE WHEN ${row.alias} IS NULL THEN NULL ELSE ${row.thread} END))`;
}

/** Chat messages are always written under the pseudonym. */
export function messageHiddenByViewer(viewer: string, author: string): string {
  return `EXISTS (SELECT 1 FROM member_hides h WHERE h.member_id = ${viewer}::uuid AND h.hidden_id = ${author} AND h.thread_id IS NULL)`;
}
