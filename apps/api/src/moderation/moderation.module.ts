import { Module } from '@nestjs/common';
import { ModerationController } from './moderation.controller';
import { ModerationService } from './moderation.service';
import { ReportFlagger } from './report-flagger';

@Module({ controllers: [ModerationController], providers: [ModerationService, ReportFlagger], exports: [ModerationService, ReportFlagger] })
export class ModerationModule {}
