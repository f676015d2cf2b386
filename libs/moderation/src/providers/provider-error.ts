export type ProviderErrorCode =
  | 'PROVIDER_TIMEOUT'
  | 'PROVIDER_ABORTED'
  | 'PROVIDER_QUEUE_FULL'
  | 'PROVIDER_HTTP_ERROR'
  | 'PROVIDER_BAD_RESPONSE'
  | 'PROVIDER_FAILED';

/** Every failure of an outside scorer, with a stable code and a sentence for the logs. */
export class ProviderError extends Error {
  constructor(
    readonly code: ProviderErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}
