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

/** Removes every key that starts with `prefix` (a member's entries, at sign-out); blocked storage is left as it is. */
export function forgetKeysStartingWith(prefix: string, storage: Storage | undefined): void {
  try {
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key?.startsWith(prefix) === true);
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Nothing stored, or storage blocked.
  }
}
