import { CategoryEntity } from './category.entity';
import { MemberEntity } from './member.entity';
import { ModerationResultEntity } from './moderation-result.entity';
import { OutboxEventEntity } from './outbox-event.entity';
import { PostEntity } from './post.entity';
import { ThreadEntity } from './thread.entity';

export * from './category.entity';
export * from './member.entity';
export * from './moderation-result.entity';
export * from './outbox-event.entity';
export * from './post.entity';
export * from './thread.entity';

export const ENTITIES = [MemberEntity, CategoryEntity, ThreadEntity, PostEntity, OutboxEventEntity, ModerationResultEntity];
