import { matchPathPattern } from '../features/forum/forum-paths';

/**
 * Exact path matching, trailing slashes ignored; a route path with `:name` segments matches any
 * value there (the page reads it from the location). Pure, so it is tested without a DOM.
 */
export function matchRoute<R extends { path: string }>(pathname: string, routes: readonly R[], fallback: R): R {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  return routes.find((route) => route.path === normalised || (route.path.includes(':') && matchPathPattern(route.path, normalised) !== null)) ?? fallback;
}
