import { Module } from '@nestjs/common';
import { CrisisModule } from '../crisis/crisis.module';
import { EscalationService } from './escalation.service';
import { AdminEscalationsController, AdminPartnersController, OutreachController, PartnerEscalationsController } from './partners.controller';

@Module({
  imports: [CrisisModule],
  controllers: [OutreachController, PartnerEscalationsController, AdminEscalationsController, AdminPartnersController],
  providers: [EscalationService],
  exports: [EscalationService],
})
export class PartnersModule {}
