import type { ServerEnv } from '@lantern/contracts';

/** Injection token for the parsed environment (parsed once in main.ts, before Nest starts). */
export const SERVER_ENV = Symbol('SERVER_ENV');
export type { ServerEnv };
