/**
 * The browser's localStorage or sessionStorage, or `undefined` where there is none or it is
 * blocked: in some private windows and with storage disabled, reading the property itself throws.
 * Callers still guard their reads and writes (a full quota throws on `setItem`).
 */
export function browserStorage(kind: 'local' | 'session'): Storage | undefined {
  try {
    if (kind === 'local') return typeof localStorage === 'undefined' ? undefined : localStorage;
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
