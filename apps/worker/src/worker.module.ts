import { type DynamicModule, Module } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';
import { LoggerModule } from 'nestjs-pino';
import { WorkerConfigModule } from './config/worker-config.module';
import { WorkerInfraModule } from './infra/worker-infra.module';
import { ModerationWorkerService } from './moderation/moderation-worker.service';
import { ModerationProcessor } from './moderation/moderation.processor';
import { WebhookWorkerService } from './partners/webhook-worker.service';
import { WebhookProcessor } from './partners/webhook.processor';

@Module({})
export class WorkerModule {
  static forRoot(env: ServerEnv): DynamicModule {
    return {
      module: WorkerModule,
      imports: [WorkerConfigModule.forRoot(env), LoggerModule.forRoot({ pinoHttp: { level: env.LOG_LEVEL } }), WorkerInfraModule],
      providers: [ModerationProcessor, ModerationWorkerService, WebhookProcessor, WebhookWorkerService],
    };
  }
}
