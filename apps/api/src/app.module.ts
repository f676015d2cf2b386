import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AccountExportModule } from './account-export/account-export.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ChatModule } from './chat/chat.module';
import { ConfigModule } from './config/config.module';
import { CrisisModule } from './crisis/crisis.module';
import { ForumModule } from './forum/forum.module';
import { ContentEventsModule } from './moderation/content-events';
import { ModerationModule } from './moderation/moderation.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { RepliesToYouModule } from './replies-to-you/replies-to-you.module';
import { SafetyPlanModule } from './safety-plan/safety-plan.module';
import type { ServerEnv } from './config/server-env.provider';
import { HealthModule } from './health/health.module';
import { HidesModule } from './hides/hides.module';
import { ModeratorNotesModule } from './moderator-notes/moderator-notes.module';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { InfraModule } from './infra/infra.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsModule } from './metrics/metrics.module';
import { OutboxModule } from './outbox/outbox.module';
import { PartnersModule } from './partners/partners.module';
import { WatchedWordsModule } from './watched-words/watched-words.module';
import { WithheldWordsModule } from './withheld-words/withheld-words.module';

@Module({})
export class AppModule {
  static forRoot(env: ServerEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggingModule,
        InfraModule,
        MetricsModule,
        RateLimitModule,
        AuditModule,
        ContentEventsModule,
        OutboxModule,
        AuthModule,
        HealthModule,
        WatchedWordsModule,
        WithheldWordsModule,
        ForumModule,
        ModerationModule,
        CrisisModule,
        ChatModule,
        PartnersModule,
        HidesModule,
        RepliesToYouModule,
        ModeratorNotesModule,
        SafetyPlanModule,
        AccountExportModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
