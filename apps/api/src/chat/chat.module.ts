import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { createGenericPlanPool } from '@lantern/db';
import { withTimeout } from '@lantern/queue';
import type { Pool } from 'pg';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { CrisisModule } from '../crisis/crisis.module';
import { HidesModule } from '../hides/hides.module';
import { ModerationModule } from '../moderation/moderation.module';
import { PresenceService } from '../realtime/presence.service';
import { RepliesToYouModule } from '../replies-to-you/replies-to-you.module';
import { RealtimeGateway } from '../realtime/realtime.gateway';
import { ChatController } from './chat.controller';
import { CHAT_SEND_POOL, ChatService, SEND_BATCHING } from './chat.service';

/** Chat rooms over REST and the realtime gateway that also carries crisis and queue events. */
@Module({
  imports: [CrisisModule, ModerationModule, HidesModule, RepliesToYouModule],
  controllers: [ChatController],
  providers: [
    ChatService,
    PresenceService,
    RealtimeGateway,
    {
      // One connection per send statement in flight, planned once (see createGenericPlanPool).
      provide: CHAT_SEND_POOL,
      inject: [SERVER_ENV],
      useFactory: (env: ServerEnv) => createGenericPlanPool({ url: env.DATABASE_URL, poolSize: SEND_BATCHING.concurrency, applicationName: 'lantern-api-chat' }),
    },
  ],
  exports: [ChatService, RealtimeGateway],
})
export class ChatModule implements OnApplicationShutdown {
  constructor(@Inject(CHAT_SEND_POOL) private readonly sendPool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    // Bounded: a statement still running ends with statement_timeout at the latest.
    await withTimeout(this.sendPool.end(), 3000, 'chat send pool did not close in time').catch(() => undefined);
  }
}
