import { useEffect } from 'react';

/**
 * Screen readers announce the title on load, so each page names itself first, Lantern second.
 * Never with a member's words (a thread's title, a search term): a browser keeps every page title
 * in its history, and on a shared computer someone else may read it.
 */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = pageTitle === 'Lantern' ? 'Lantern' : `${pageTitle} · Lantern`;
  }, [pageTitle]);
}
