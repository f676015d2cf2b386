/**
 * The moderation library's server-only part: outside scorers that call the network. Only the
 * worker imports it (`@lantern/moderation/server`); the index, which the web app's bundle reads,
 * never pulls it in.
 */
export { createPerspectiveProvider, PERSPECTIVE_ENDPOINT, type PerspectiveProviderOptions } from './providers/perspective.provider';
