import { type DynamicModule, Module } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';
import { loggableError } from '@lantern/db';
import { LoggerModule } from 'nestjs-pino';
import { WorkerConfigModule } from './config/worker-config.module';
import { WorkerInfraModule } from './infra/worker-infra.module';
import { HeartbeatService } from './health/heartbeat.service';
import { ModerationWorkerService } from './moderation/moderation-worker.service';
import { SessionPurgeService } from './housekeeping/session-purge.service';
import { ModerationProcessor } from './moderation/moderation.processor';
import { moderationProviders } from './moderation/moderation-providers';
import { UnreadWordsService } from './moderation/unread-words.service';
import { WebhookWorkerService } from './partners/webhook-worker.service';
import { WebhookProcessor } from './partners/webhook.processor';

/** Logs as the api's do: an error never carries the data a failed statement was given (`loggableError`). */
@Module({})
export class WorkerModule {
  static forRoot(env: ServerEnv): DynamicModule {
    return {
      module: WorkerModule,
      imports: [WorkerConfigModule.forRoot(env), LoggerModule.forRoot({ pinoHttp: { level: env.LOG_LEVEL, serializers: { err: loggableError } } }), WorkerInfraModule],
      providers: [moderationProviders, ModerationProcessor, ModerationWorkerService, WebhookProcessor, WebhookWorkerService, SessionPurgeService, UnreadWordsService, HeartbeatService],
    };
  }
}
