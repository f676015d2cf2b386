import { Module } from '@nestjs/common';
import { DeadLettersController } from './dead-letters.controller';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { ReportFlagger } from './report-flagger';

@Module({ controllers: [ModerationController, DeadLettersController], providers: [ModerationService, ReportFlagger], exports: [ModerationService, ReportFlagger] })
export class ModerationModule {}
