/** Injection tokens for the shared connections the api owns. */
export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');
export const MODERATION_QUEUE = Symbol('MODERATION_QUEUE');
export const PARTNER_QUEUE = Symbol('PARTNER_QUEUE');
