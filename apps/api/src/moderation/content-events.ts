import { Global, Injectable, Module, type OnModuleDestroy } from '@nestjs/common';
import type { MemberRestrictedEvent, ModeratorNote } from '@lantern/contracts';
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

/** People taken out of a private room (the counsellors of a case their line closed): their open sockets leave it now. */
export interface PrivateRoomLeft {
  memberIds: string[];
  room: string;
}

/** A member hid another's pseudonym from their view (or showed it again): their live chat follows. */
export interface MemberHidden {
  memberId: string;
  hiddenId: string;
  hidden: boolean;
}

/** A moderator wrote to a member (a warning): their open tabs show it at once. */
export interface ModeratorNoteSent {
  memberId: string;
  note: ModeratorNote;
}

/** A member's count of unread replies to them changed: their open tabs show the new one. */
export interface RepliesUnreadChanged {
  memberId: string;
  count: number;
}

/** A moderator muted or suspended a member: their open tabs say so, and until when. */
export interface MemberRestricted extends MemberRestrictedEvent {
  memberId: string;
}

/**
 * What moderators, partners and members did that live clients must see at once. The realtime gateway
 * subscribes; the services that raise these cannot depend on the gateway (it depends on them).
 */
@Injectable()
export class ContentEvents implements OnModuleDestroy {
  readonly messageRemoved = new Subject<MessageRemoved>();
  /** A message back in its room after a moderator restored it from its review item. */
  readonly messageRestored = new Subject<{ id: string }>();
  readonly privateRoomReady = new Subject<PrivateRoomReady>();
  readonly privateRoomLeft = new Subject<PrivateRoomLeft>();
  readonly memberHidden = new Subject<MemberHidden>();
  readonly moderatorNote = new Subject<ModeratorNoteSent>();
  readonly memberRestricted = new Subject<MemberRestricted>();
  /** A moderator ended a member's pause early: their open tabs let them write again at once. */
  readonly memberRestrictionLifted = new Subject<{ memberId: string; kind: MemberRestrictedEvent['kind'] }>();
  readonly repliesUnread = new Subject<RepliesUnreadChanged>();

  onModuleDestroy(): void {
    this.messageRemoved.complete();
    this.messageRestored.complete();
    this.privateRoomReady.complete();
    this.privateRoomLeft.complete();
    this.memberHidden.complete();
    this.moderatorNote.complete();
    this.memberRestricted.complete();
    this.memberRestrictionLifted.complete();
    this.repliesUnread.complete();
  }
}

/** One instance for every module (moderation, partners, the gateway). */
@Global()
@Module({ providers: [ContentEvents], exports: [ContentEvents] })
export class ContentEventsModule {}
