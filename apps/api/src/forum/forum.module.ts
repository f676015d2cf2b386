import { Module } from '@nestjs/common';
import { ModerationModule } from '../moderation/moderation.module';
import { RepliesToYouModule } from '../replies-to-you/replies-to-you.module';
import { ForumController } from './forum.controller';
import { ForumService } from './forum.service';
import { ThreadAliasService } from './thread-alias.service';

@Module({ imports: [ModerationModule, RepliesToYouModule], controllers: [ForumController], providers: [ForumService, ThreadAliasService], exports: [ForumService, ThreadAliasService] })
export class ForumModule {}
