import { Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import {
  closeCrisisNoticeSchema,
  hideCrisisNoticeSchema,
  crisisResourcesSchema,
  hotlinesAnswerSchema,
  hotlinesQuerySchema,
  listSchema,
  supportRequestReceiptSchema,
  supportRequestSchema,
  type CrisisResources,
  type HotlinesAnswer,
} from '@lantern/contracts';
import { z } from 'zod';
import { CurrentMember, OptionalMember, Public, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { CrisisService } from './crisis.service';
import { ValidBody, ValidParam, ValidQuery, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

const noticeId = z.uuid({ error: 'That is not a notice id.' });

@Controller('v1')
export class CrisisController {
  constructor(private readonly crisis: CrisisService) {}

  /** Open to everyone, signed in or not: help must never sit behind a login. */
  @Public()
  @Get('hotlines')
  @Responds(hotlinesAnswerSchema)
  hotlines(@ValidQuery(hotlinesQuerySchema) query: Valid<typeof hotlinesQuerySchema>, @Headers('accept-language') acceptLanguage: string | undefined, @OptionalMember() member: AuthenticatedMember | undefined): Promise<HotlinesAnswer> {
    const { region } = query;
    return this.crisis.memberRegion(member?.id).then((memberRegion) => this.crisis.hotlines({ queryRegion: region, memberRegion, acceptLanguage }));
  }

  @Roles('member', 'moderator', 'admin')
  @Get('me/crisis-notices')
  @Responds(listSchema(crisisResourcesSchema))
  notices(@CurrentMember() member: AuthenticatedMember, @Headers('accept-language') acceptLanguage?: string): Promise<{ items: CrisisResources[] }> {
    return this.crisis.openNotices(member.id, acceptLanguage);
  }

  @Roles('member', 'moderator', 'admin')
  @Post('me/crisis-notices/:id/close')
  @HttpCode(204)
  async close(@ValidParam('id', noticeId) id: string, @ValidBody(closeCrisisNoticeSchema) body: Valid<typeof closeCrisisNoticeSchema>, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.crisis.closeNotice(member.id, id, body.how);
  }

  @Roles('member', 'moderator', 'admin')
  @Post('me/crisis-notices/:id/hidden')
  @HttpCode(204)
  async hide(@ValidParam('id', noticeId) id: string, @ValidBody(hideCrisisNoticeSchema) body: Valid<typeof hideCrisisNoticeSchema>, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.crisis.setHidden(member.id, id, body.hidden);
  }

  @Roles('member', 'moderator', 'admin')
  @Post('me/support-requests')
  @Responds(supportRequestReceiptSchema)
  requestSupport(@ValidBody(supportRequestSchema, { optional: true }) body: Valid<typeof supportRequestSchema>, @CurrentMember() member: AuthenticatedMember): Promise<{ flagId: string; dueAt: string }> {
    return this.crisis.requestSupport(member.id, body.noticeId);
  }
}
