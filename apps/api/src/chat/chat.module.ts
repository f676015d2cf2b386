import { Module } from '@nestjs/common';
import { CrisisModule } from '../crisis/crisis.module';
import { ModerationModule } from '../moderation/moderation.module';
import { ChatRateLimiter } from '../realtime/chat-rate-limiter';
import { PresenceService } from '../realtime/presence.service';
import { RealtimeGateway } from '../realtime/realtime.gateway';
import { ChatController } from './chat.controller';
import { ChatService } from './chat.service';

/** Chat rooms over REST and the realtime gateway that also carries crisis and queue events. */
@Module({
  imports: [CrisisModule, ModerationModule],
  controllers: [ChatController],
  providers: [ChatService, PresenceService, ChatRateLimiter, RealtimeGateway],
  exports: [ChatService, RealtimeGateway],
})
export class ChatModule {}
