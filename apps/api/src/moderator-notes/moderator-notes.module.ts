import { Module } from '@nestjs/common';
import { ModeratorNotesController } from './moderator-notes.controller';
import { ModeratorNotesService } from './moderator-notes.service';

/** Members read what moderators wrote to them; the moderation console writes it (ModerationService). */
@Module({
  controllers: [ModeratorNotesController],
  providers: [ModeratorNotesService],
})
export class ModeratorNotesModule {}
