import { Controller, Get, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import {
  auditEntrySchema,
  auditQuerySchema,
  createEscalationSchema,
  escalationTargetSchema,
  handoffSchema,
  liftPauseResultSchema,
  liftPauseSchema,
  listSchema,
  memberContextSchema,
  memberLookupQuerySchema,
  memberMatchSchema,
  newMemberNameResultSchema,
  newMemberNameSchema,
  openReviewResultSchema,
  openReviewSchema,
  queueItemDetailSchema,
  queueItemSchema,
  queueQuerySchema,
  resolveFlagSchema,
  shiftSummarySchema,
  supportRoomSchema,
  type AuditEntry,
  type Handoff,
  type LiftPauseResult,
  type MemberContext,
  type MemberMatch,
  type NewMemberNameResult,
  type OpenReviewResult,
  type QueueItem,
  type QueueItemDetail,
  type ShiftSummary,
} from '@lantern/contracts';
import type { Response } from 'express';
import { z } from 'zod';
import { AuditService } from '../audit/audit.service';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { EscalationService } from '../partners/escalation.service';
import { MemberNamesService } from './member-names.service';
import { MemberPausesService } from './member-pauses.service';
import { ModerationContextService } from './moderation-context.service';
import { ModerationService } from './moderation.service';
import { ModeratorReviewsService } from './moderator-reviews.service';
import { ValidBody, ValidParam, ValidQuery, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

const flagId = z.uuid({ error: 'That is not a review item id.' });
const memberId = z.uuid({ error: 'That is not a member id.' });

@Roles('moderator', 'admin')
@Controller('v1/moderation')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly audit: AuditService,
    private readonly context: ModerationContextService,
    private readonly escalations: EscalationService,
    private readonly names: MemberNamesService,
    private readonly reviews: ModeratorReviewsService,
    private readonly pauses: MemberPausesService,
  ) {}

  @Get('queue')
  @Responds(listSchema(queueItemSchema))
  queue(@ValidQuery(queueQuerySchema) query: Valid<typeof queueQuerySchema>, @CurrentMember() member: AuthenticatedMember): Promise<{ items: QueueItem[] }> {
    return this.moderation.queue(query, member);
  }

  /** The item with its whole content, evidence, signals, history and surroundings. */
  @Get('flags/:id')
  @Responds(queueItemDetailSchema)
  async flag(@ValidParam('id', flagId) id: string, @CurrentMember() reader: AuthenticatedMember): Promise<QueueItemDetail> {
    const item = await this.moderation.get(id);
    const content = await this.context.content(item);
    const [signals, history, context, handoffs] = await Promise.all([
      this.context.signals(item.id, item, content),
      this.context.history(item.id, item.contentId),
      this.context.context(item, reader),
      this.escalations.handoffsFor(item.id, item.authorId),
    ]);
    return { ...item, body: content?.body ?? item.excerpt, signals, history, context, handoffs };
  }

  /** The member who goes by a name, or went by it: none or one. */
  @Get('members')
  @Responds(listSchema(memberMatchSchema))
  async findMember(@ValidQuery(memberLookupQuerySchema) query: Valid<typeof memberLookupQuerySchema>): Promise<{ items: MemberMatch[] }> {
    return { items: await this.context.findMember(query.name) };
  }

  @Get('members/:id/context')
  @Responds(memberContextSchema)
  memberContext(@ValidParam('id', memberId) id: string, @CurrentMember() moderator: AuthenticatedMember): Promise<MemberContext> {
    return this.context.member(id, moderator.id);
  }

  /** A generated name in place of one that slipped past the lists; the member is told, and stays signed in. */
  @Post('members/:id/new-name')
  @HttpCode(200)
  @Responds(newMemberNameResultSchema)
  newName(
    @ValidParam('id', memberId) id: string,
    @ValidBody(newMemberNameSchema) body: Valid<typeof newMemberNameSchema>,
    @CurrentMember() moderator: AuthenticatedMember,
  ): Promise<NewMemberNameResult> {
    return this.names.giveNewName(id, body, moderator);
  }

  /** Ends a member's mute or suspension early (set in error, or they need to be heard); they can write again at once. */
  @Post('members/:id/lift-pause')
  @HttpCode(200)
  @Responds(liftPauseResultSchema)
  liftPause(
    @ValidParam('id', memberId) id: string,
    @ValidBody(liftPauseSchema) body: Valid<typeof liftPauseSchema>,
    @CurrentMember() moderator: AuthenticatedMember,
  ): Promise<LiftPauseResult> {
    return this.pauses.lift(id, body, moderator);
  }

  /**
   * A moderator opens the review item of a post or chat message they came across, to act on it and
   * its writer: 201 when this opened it, 200 with the one already open. Claimed for them unless
   * another moderator is on it.
   */
  @Post('reviews')
  @Responds(openReviewResultSchema, { also: { 200: 'An item was already open for it: that item (claimed for you unless someone else is on it).' } })
  async openReview(
    @ValidBody(openReviewSchema) body: Valid<typeof openReviewSchema>,
    @CurrentMember() moderator: AuthenticatedMember,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OpenReviewResult> {
    const result = await this.reviews.open(body, moderator);
    response.status(result.opened ? HttpStatus.CREATED : HttpStatus.OK);
    return result;
  }

  /** The moderator's own count this shift, so the console can suggest a break after a run of crises. */
  @Get('shift')
  @Responds(shiftSummarySchema)
  shift(@CurrentMember() member: AuthenticatedMember): Promise<ShiftSummary> {
    return this.context.shift(member);
  }

  @Post('flags/:id/claim')
  @HttpCode(200)
  @Responds(queueItemSchema)
  claim(@ValidParam('id', flagId) id: string, @CurrentMember() member: AuthenticatedMember): Promise<QueueItem> {
    return this.moderation.claim(id, member);
  }

  @Post('flags/:id/resolve')
  @HttpCode(200)
  @Responds(queueItemSchema)
  resolve(@ValidParam('id', flagId) id: string, @ValidBody(resolveFlagSchema) body: Valid<typeof resolveFlagSchema>, @CurrentMember() member: AuthenticatedMember): Promise<QueueItem> {
    return this.moderation.resolve(id, body, member);
  }

  /** A private room with the member who asked to talk now; answers its slug. */
  @Post('flags/:id/support-room')
  @HttpCode(200)
  @Responds(supportRoomSchema)
  supportRoom(@ValidParam('id', flagId) id: string, @CurrentMember() member: AuthenticatedMember): Promise<{ room: string }> {
    return this.moderation.openSupportRoom(id, member);
  }

  /** The crisis-line partners a moderator can escalate to (no secrets, no webhook address). */
  @Get('partners')
  @Responds(listSchema(escalationTargetSchema))
  partners(): Promise<{ items: Array<{ id: string; name: string; regions: string[]; hours: string }> }> {
    return this.context.partners();
  }

  @Get('audit')
  @Responds(listSchema(auditEntrySchema))
  auditLog(@ValidQuery(auditQuerySchema) query: Valid<typeof auditQuerySchema>): Promise<{ items: AuditEntry[] }> {
    return this.audit.list(query);
  }
}

/**
 * `POST /escalations`: the stable contract's way to hand a review item's member to a crisis
 * line, the same as the item's `escalate` action (`POST /moderation/flags/:id/resolve`), which
 * it resolves. Answers 201 with the hand-off as the item's page shows it.
 */
@Roles('moderator', 'admin')
@Controller('v1/escalations')
export class EscalationsController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly escalations: EscalationService,
  ) {}

  @Post()
  @Responds(handoffSchema)
  async create(@ValidBody(createEscalationSchema) body: Valid<typeof createEscalationSchema>, @CurrentMember() member: AuthenticatedMember): Promise<Handoff> {
    return this.escalations.handoff(await this.moderation.escalate(body, member));
  }
}
