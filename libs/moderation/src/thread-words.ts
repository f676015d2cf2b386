/**
 * What the checks read above a thread's opening post: its title, then its content warning when it
 * has one. Both are words its writer chose that every reader of the lists sees, so crisis or harm
 * in either is heard as it would be in the body. The worker and the api's refused-words path read
 * the same text, in the same order.
 */
export function threadHeading(title: string, contentWarning?: string | null): string {
  return contentWarning ? `${title}\n\n${contentWarning}` : title;
}
