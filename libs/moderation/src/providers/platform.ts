/**
 * The few platform APIs the providers need. Node and browsers both have them, but the library is
 * type-checked without DOM or Node typings (tsconfig.lib.json) to prove it stays portable, so they
 * are described here by the parts used, and reached through `globalThis`.
 */
export interface AbortSignalLike {
  readonly aborted: boolean;
  addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}

export interface AbortControllerLike {
  readonly signal: AbortSignalLike;
  abort(): void;
}

interface Platform {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  AbortController: new () => AbortControllerLike;
}

const platform = globalThis as unknown as Platform;

export function startTimer(callback: () => void, ms: number): unknown {
  return platform.setTimeout(callback, ms);
}

export function stopTimer(handle: unknown): void {
  platform.clearTimeout(handle);
}

export function newAbortController(): AbortControllerLike {
  return new platform.AbortController();
}
