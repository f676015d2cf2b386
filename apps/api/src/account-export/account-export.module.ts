import { Module } from '@nestjs/common';
import { HidesModule } from '../hides/hides.module';
import { SafetyPlanModule } from '../safety-plan/safety-plan.module';
import { AccountExportController } from './account-export.controller';
import { AccountExportService } from './account-export.service';

/** A member's data, downloaded on request (GDPR access and portability). */
@Module({ imports: [HidesModule, SafetyPlanModule], controllers: [AccountExportController], providers: [AccountExportService] })
export class AccountExportModule {}
