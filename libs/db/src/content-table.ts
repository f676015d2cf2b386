/** The table that stores each kind of content a review item (flag) can be about. */
export const CONTENT_TABLES = { post: 'posts', message: 'messages' } as const;

export type ContentKind = keyof typeof CONTENT_TABLES;

/**
 * The table that holds a review item's post or message, to name in SQL; null for an item about
 * anything else (a member's support request), so no caller builds a statement from an unknown kind.
 */
export function contentTable(contentType: string | undefined): (typeof CONTENT_TABLES)[ContentKind] | null {
  return contentType !== undefined && Object.hasOwn(CONTENT_TABLES, contentType) ? CONTENT_TABLES[contentType as ContentKind] : null;
}
