import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { ServerEnv } from '@lantern/contracts';

export const SERVER_ENV = Symbol('SERVER_ENV');

@Global()
@Module({})
export class WorkerConfigModule {
  static forRoot(env: ServerEnv): DynamicModule {
    return { module: WorkerConfigModule, providers: [{ provide: SERVER_ENV, useValue: env }], exports: [SERVER_ENV] };
  }
}
