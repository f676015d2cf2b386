import { useEffect } from 'react';

/** Screen readers announce the title on load, so each page names itself first, Lantern second. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = pageTitle === 'Lantern' ? 'Lantern' : `${pageTitle} · Lantern`;
  }, [pageTitle]);
}
