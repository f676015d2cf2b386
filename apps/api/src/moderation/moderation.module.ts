import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { RepliesToYouModule } from '../replies-to-you/replies-to-you.module';
import { DeadLettersController, QueuesController } from './dead-letters.controller';
import { MemberNamesService } from './member-names.service';
import { MemberPausesService } from './member-pauses.service';
import { ModeratorReviewsService } from './moderator-reviews.service';
import { ModerationContextService } from './moderation-context.service';
import { EscalationsController, ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { ReportFlagger } from './report-flagger';

@Module({ imports: [PartnersModule, RepliesToYouModule], controllers: [ModerationController, EscalationsController, DeadLettersController, QueuesController], providers: [ModerationService, ModerationContextService, MemberNamesService, MemberPausesService, ModeratorReviewsService, ReportFlagger], exports: [ModerationService, ReportFlagger] })
export class ModerationModule {}
