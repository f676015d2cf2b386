export * from './redis-connections';
export * from './moderation-queue';
export * from './with-timeout';
