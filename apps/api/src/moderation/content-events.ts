import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Subject } from 'rxjs';

export interface MessageRemoved {
  room: string;
  id: string;
}

/**
 * What moderation did that live clients must see at once. The realtime gateway subscribes; the
 * moderation module cannot depend on the gateway (the gateway already depends on it).
 */
@Injectable()
export class ContentEvents implements OnModuleDestroy {
  readonly messageRemoved = new Subject<MessageRemoved>();

  onModuleDestroy(): void {
    this.messageRemoved.complete();
  }
}
