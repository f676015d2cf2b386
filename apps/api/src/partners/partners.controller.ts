import { Controller, Delete, Get, HttpCode, Patch, Post, Res, UseGuards } from '@nestjs/common';
import {
  adminEscalationSchema,
  type AdminEscalation,
  createdPartnerSchema,
  createPartnerSchema,
  escalationSchema,
  listSchema,
  outreachAnswerSchema,
  outreachReceiptSchema,
  outreachRequestSchema,
  partnerOutcomeSchema,
  partnerSummarySchema,
  partnerUpdateSchema,
  redeliveryReceiptSchema,
  type Escalation,
  type OutreachReceipt,
  type OutreachStatus,
  type PartnerSummary,
} from '@lantern/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { EscalationService } from './escalation.service';
import { CurrentPartner, PartnerAccountGuard } from './partner-account.guard';
import { ValidBody, ValidParam, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

const escalationId = z.uuid({ error: 'That is not an escalation id.' });

/** A member's consent to be contacted by a crisis counsellor. */
@Controller('v1/me/outreach')
export class OutreachController {
  constructor(private readonly escalations: EscalationService) {}

  /**
   * 201 with the new request; 200 with the open case when a counsellor's line already has it
   * (nothing new is stored, but a new number for a phone case or a switch of channel, which the line is sent).
   */
  @Roles('member')
  @Post()
  @Responds(outreachReceiptSchema, {
    also: {
      200: 'A crisis line already has the member’s case: that request, unchanged but for a new phone number (`phoneUpdated`) or the other channel (`channelUpdated`), which the line is sent.',
    },
  })
  async request(
    @ValidBody(outreachRequestSchema) body: Valid<typeof outreachRequestSchema>,
    @CurrentMember() member: AuthenticatedMember,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OutreachReceipt> {
    const { outreachId, flagId, created, phoneUpdated, channelUpdated } = await this.escalations.requestOutreach(member, body);
    response.status(created ? 201 : 200);
    return { outreachId, flagId, phoneUpdated, channelUpdated };
  }

  /** The member withdraws their request (and consent): the answer is where it stands now. */
  @Roles('member')
  @Delete()
  @HttpCode(200)
  @Responds(outreachAnswerSchema)
  withdraw(@CurrentMember() member: AuthenticatedMember): Promise<{ request: OutreachStatus | null }> {
    return this.escalations.withdrawOutreach(member);
  }

  /** Where the member's newest request stands, so their panel can say so honestly (a delay included). */
  @Roles('member')
  @Get()
  @Responds(outreachAnswerSchema)
  status(@CurrentMember() member: AuthenticatedMember): Promise<{ request: OutreachStatus | null }> {
    return this.escalations.outreachStatus(member.id);
  }
}

/** The partner portal's api: a partner's own escalations, and only those. */
@Roles('partner')
@UseGuards(PartnerAccountGuard)
@Controller('v1/partner/escalations')
export class PartnerEscalationsController {
  constructor(private readonly escalations: EscalationService) {}

  @Get()
  @Responds(listSchema(escalationSchema))
  list(@CurrentMember() member: AuthenticatedMember, @CurrentPartner() partnerId: string): Promise<{ items: Escalation[] }> {
    return this.escalations.listForPartner(member, partnerId);
  }

  @Get(':id')
  @Responds(escalationSchema)
  get(@ValidParam('id', escalationId) id: string, @CurrentMember() member: AuthenticatedMember, @CurrentPartner() partnerId: string): Promise<Escalation> {
    return this.escalations.getForPartner(member, partnerId, id);
  }

  /** Acknowledge, record contact, close with an outcome. */
  @Patch(':id')
  @Responds(escalationSchema)
  update(
    @ValidParam('id', escalationId) id: string,
    @ValidBody(partnerUpdateSchema) body: Valid<typeof partnerUpdateSchema>,
    @CurrentMember() member: AuthenticatedMember,
    @CurrentPartner() partnerId: string,
  ): Promise<Escalation> {
    return this.escalations.updateByPartner(member, partnerId, id, body);
  }

  /** The line has it. Sent again (or after contact was recorded), it answers the escalation unchanged. */
  @Post(':id/ack')
  @HttpCode(200)
  @Responds(escalationSchema)
  acknowledge(@ValidParam('id', escalationId) id: string, @CurrentMember() member: AuthenticatedMember, @CurrentPartner() partnerId: string): Promise<Escalation> {
    return this.escalations.updateByPartner(member, partnerId, id, { status: 'acknowledged' }, { repeatIsNoop: true });
  }

  /** Closes the escalation with how it ended; `note` is what its timeline's last step says. */
  @Post(':id/outcome')
  @HttpCode(200)
  @Responds(escalationSchema)
  outcome(
    @ValidParam('id', escalationId) id: string,
    @ValidBody(partnerOutcomeSchema) body: Valid<typeof partnerOutcomeSchema>,
    @CurrentMember() member: AuthenticatedMember,
    @CurrentPartner() partnerId: string,
  ): Promise<Escalation> {
    return this.escalations.updateByPartner(member, partnerId, id, { status: 'closed', outcome: body.outcome, note: body.note });
  }
}

/** Admins see every escalation (failed deliveries first, and the ones made without consent) and can re-deliver. */
@Roles('admin')
@Controller('v1/admin/escalations')
export class AdminEscalationsController {
  constructor(private readonly escalations: EscalationService) {}

  @Get()
  @Responds(listSchema(adminEscalationSchema))
  list(): Promise<{ items: AdminEscalation[] }> {
    return this.escalations.listForAdmin();
  }

  @Post(':id/redeliver')
  @HttpCode(202)
  @Responds(redeliveryReceiptSchema)
  async redeliver(@ValidParam('id', escalationId) id: string, @CurrentMember() admin: AuthenticatedMember): Promise<{ queued: true }> {
    await this.escalations.redeliver(id, admin);
    return { queued: true };
  }
}

/** Admins add crisis-line partners here (or with `npm run cli -- partner:create`). */
@Roles('admin')
@Controller('v1/admin/partners')
export class AdminPartnersController {
  constructor(private readonly escalations: EscalationService) {}

  @Get()
  @Responds(listSchema(partnerSummarySchema))
  list(): Promise<{ items: PartnerSummary[] }> {
    return this.escalations.listPartners();
  }

  /** The answer holds the webhook secret; it is shown this once. */
  @Post()
  @Responds(createdPartnerSchema)
  create(@ValidBody(createPartnerSchema) body: Valid<typeof createPartnerSchema>, @CurrentMember() admin: AuthenticatedMember): Promise<PartnerSummary & { secret: string }> {
    return this.escalations.createPartner(body, admin);
  }
}
