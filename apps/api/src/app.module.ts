import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ConfigModule } from './config/config.module';
import type { ServerEnv } from './config/server-env.provider';
import { HealthModule } from './health/health.module';
import { ApiExceptionFilter } from './http/api-exception.filter';
import { InfraModule } from './infra/infra.module';
import { LoggingModule } from './logging/logging.module';
import { OutboxModule } from './outbox/outbox.module';

@Module({})
export class AppModule {
  static forRoot(env: ServerEnv): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(env), LoggingModule, InfraModule, OutboxModule, HealthModule],
      providers: [{ provide: APP_FILTER, useClass: ApiExceptionFilter }],
    };
  }
}
