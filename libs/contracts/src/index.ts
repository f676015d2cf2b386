export * from './errors/error-codes';
export * from './health/health.schema';
export * from './jobs/moderation-job.schema';
export * from './config/server-env.schema';
export * from './forum/forum.schema';
export * from './moderation/moderation.schema';
export * from './crisis/crisis.schema';
export * from './chat/chat.schema';
