/** Exact path matching, trailing slashes ignored. Pure, so it is tested without a DOM. */
export function matchRoute<R extends { path: string }>(pathname: string, routes: readonly R[], fallback: R): R {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  return routes.find((route) => route.path === normalised) ?? fallback;
}
