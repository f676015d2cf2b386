import { Global, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import { Subject } from 'rxjs';

export interface MessageRemoved {
  room: string;
  id: string;
}

/** A private room a member can now talk in: a moderator opened it, or a counsellor joined it. */
export interface PrivateRoomReady {
  memberId: string;
  room: string;
  by: 'moderator' | 'counsellor';
}

/**
 * What moderators and partners did that live clients must see at once. The realtime gateway
 * subscribes; the services that raise these cannot depend on the gateway (it depends on them).
 */
@Injectable()
export class ContentEvents implements OnModuleDestroy {
  readonly messageRemoved = new Subject<MessageRemoved>();
  readonly privateRoomReady = new Subject<PrivateRoomReady>();

  onModuleDestroy(): void {
    this.messageRemoved.complete();
    this.privateRoomReady.complete();
  }
}

/** One instance for every module (moderation, partners, the gateway). */
@Global()
@Module({ providers: [ContentEvents], exports: [ContentEvents] })
export class ContentEventsModule {}
