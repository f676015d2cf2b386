import { useSyncExternalStore } from 'react';

/**
 * In-app navigation without a router library: the History API plus a subscription, so a page
 * can move on (after signing in, say) without reloading and dropping the in-memory access token.
 * Plain links still work; they load the page afresh and the session is restored from storage.
 */
export interface NavigationState {
  /** A short message for the next page to show once, e.g. "You've signed out." */
  notice?: string;
}

const listeners = new Set<() => void>();

function notify(): void {
  for (const listener of listeners) listener();
}

/** `replace`: the page moved on by itself (a redirect), so Back should not lead to where it was. */
export function navigate(path: string, state: NavigationState = {}, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) window.history.replaceState(state, '', path);
  else window.history.pushState(state, '', path);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export function useCurrentPathname(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** What the current history entry carries (a notice), to keep it when a redirect replaces the entry. */
export function currentNavigationState(): NavigationState {
  const notice = readNotice();
  return notice === null ? {} : { notice };
}

function readNotice(): string | null {
  const state: unknown = window.history.state;
  if (typeof state !== 'object' || state === null || !('notice' in state)) return null;
  return typeof state.notice === 'string' ? state.notice : null;
}

/** The notice the current history entry carries, if any. */
export function useNavigationNotice(): string | null {
  return useSyncExternalStore(subscribe, readNotice);
}
