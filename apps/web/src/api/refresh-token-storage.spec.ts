import { clearRefreshToken, readRefreshToken, REFRESH_TOKEN_STORAGE_KEY, writeRefreshToken } from './refresh-token-storage';

function installStorage(storage: Partial<Storage> | undefined): void {
  Object.defineProperty(globalThis, 'localStorage', { value: storage, configurable: true });
}

function mapStorage(items = new Map<string, string>()): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('refresh token storage', () => {
  afterEach(() => {
    clearRefreshToken();
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('keeps the token in localStorage under one key', () => {
    const items = new Map<string, string>();
    installStorage(mapStorage(items));
    writeRefreshToken('r-1');
    expect(items.get(REFRESH_TOKEN_STORAGE_KEY)).toBe('r-1');
    expect(readRefreshToken()).toBe('r-1');
    clearRefreshToken();
    expect(items.has(REFRESH_TOKEN_STORAGE_KEY)).toBe(false);
    expect(readRefreshToken()).toBeNull();
  });

  it('does not revive a token another tab removed', () => {
    const items = new Map<string, string>();
    installStorage(mapStorage(items));
    writeRefreshToken('r-1');
    items.delete(REFRESH_TOKEN_STORAGE_KEY); // another tab signed out
    expect(readRefreshToken()).toBeNull();
  });

  it('falls back to memory for this tab when there is no storage', () => {
    installStorage(undefined);
    writeRefreshToken('r-1');
    expect(readRefreshToken()).toBe('r-1');
  });

  it('falls back to memory when storage refuses to write (quota, privacy mode)', () => {
    installStorage({
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    });
    writeRefreshToken('r-1');
    expect(readRefreshToken()).toBe('r-1');
    clearRefreshToken();
    expect(readRefreshToken()).toBeNull();
  });
});
