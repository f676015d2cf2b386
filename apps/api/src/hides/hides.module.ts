import { Module } from '@nestjs/common';
import { HiddenMembersController } from './hidden-members.controller';
import { HiddenMembersService } from './hidden-members.service';

/** Members hiding members from their own view; the forum and chat reads filter with hidden-by-viewer.ts. */
@Module({
  controllers: [HiddenMembersController],
  providers: [HiddenMembersService],
  exports: [HiddenMembersService],
})
export class HidesModule {}
