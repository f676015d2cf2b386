/**
 * The id of a thread's opening post, as a scalar subquery: its oldest post (ties by id). A thread's
 * title is read, searched and classified with this post. `thread` is the SQL expression of the
 * thread's id; `as` names the posts row inside, so it cannot clash with the caller's own.
 * (The migration that mirrors an opening post's status onto its thread spells the same rule out,
 * as migrations must not change.)
 */
export function openingPostId(thread: string, as = 'opening'): string {
  return `(SELECT ${as}.id FROM posts ${as} WHERE ${as}.thread_id = ${thread} ORDER BY ${as}.created_at, ${as}.id LIMIT 1)`;
}
