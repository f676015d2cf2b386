import type { Provider } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';
import type { ModerationProvider } from '@lantern/moderation';
import { createPerspectiveProvider } from '@lantern/moderation/server';
import { SERVER_ENV } from '../config/worker-config.module';

/** The outside scorers the worker asks beside the local classifier: Perspective when a key is set, else none. */
export const MODERATION_PROVIDERS = Symbol('MODERATION_PROVIDERS');

export const moderationProviders: Provider = {
  provide: MODERATION_PROVIDERS,
  inject: [SERVER_ENV],
  useFactory: (env: ServerEnv): ModerationProvider[] =>
    env.PERSPECTIVE_API_KEY ? [createPerspectiveProvider({ apiKey: env.PERSPECTIVE_API_KEY, endpoint: env.PERSPECTIVE_ENDPOINT })] : [],
};
