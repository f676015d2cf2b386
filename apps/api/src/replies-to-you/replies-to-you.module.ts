import { Module } from '@nestjs/common';
import { RepliesToYouController } from './replies-to-you.controller';
import { RepliesToYouService } from './replies-to-you.service';

/** Replies to you: the forum records them as posts are written, members read them here, the gateway tells their tabs. */
@Module({
  controllers: [RepliesToYouController],
  providers: [RepliesToYouService],
  exports: [RepliesToYouService],
})
export class RepliesToYouModule {}
