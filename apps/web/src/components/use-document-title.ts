import { useEffect, useLayoutEffect } from 'react';

/**
 * Screen readers announce the title on load, so each page names itself first, Lantern second.
 * Never with a member's words (a thread's title, a search term): a browser keeps every page title
 * in its history, and on a shared computer someone else may read it.
 */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = documentTitle(pageTitle);
  }, [pageTitle]);
}

function documentTitle(pageTitle: string): string {
  return pageTitle === 'Lantern' ? 'Lantern' : `${pageTitle} · Lantern`;
}

/**
 * The route's own title ("Category"), for the app shell. Set in a layout effect, so it comes
 * before the page's useDocumentTitle ("Anxiety"): effects run child first, and a plain effect
 * here would put "Category" back over the category's name after every in-app move.
 */
export function useRouteDocumentTitle(routeTitle: string): void {
  useLayoutEffect(() => {
    document.title = documentTitle(routeTitle);
  }, [routeTitle]);
}
