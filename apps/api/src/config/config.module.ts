import { type DynamicModule, Global, Module } from '@nestjs/common';
import { SERVER_ENV, type ServerEnv } from './server-env.provider';

@Global()
@Module({})
export class ConfigModule {
  static forRoot(env: ServerEnv): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: SERVER_ENV, useValue: env }], exports: [SERVER_ENV] };
  }
}
