import { Controller, Get, Headers, HttpCode, Post } from '@nestjs/common';
import { closeCrisisNoticeSchema, hotlinesQuerySchema, supportRequestSchema, type CrisisResources } from '@lantern/contracts';
import { z } from 'zod';
import { CurrentMember, OptionalMember, Public, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { CrisisService, type HotlineAnswer } from './crisis.service';
import { ValidBody, ValidParam, ValidQuery, type Valid } from '../http/valid-input.decorators';

const noticeId = z.uuid({ error: 'That is not a notice id.' });

@Controller('v1')
export class CrisisController {
  constructor(private readonly crisis: CrisisService) {}

  /** Open to everyone, signed in or not: help must never sit behind a login. */
  @Public()
  @Get('hotlines')
  hotlines(@ValidQuery(hotlinesQuerySchema) query: Valid<typeof hotlinesQuerySchema>, @Headers('accept-language') acceptLanguage: string | undefined, @OptionalMember() member: AuthenticatedMember | undefined): Promise<HotlineAnswer> {
    const { region } = query;
    return this.crisis.memberRegion(member?.id).then((memberRegion) => this.crisis.hotlines({ queryRegion: region, memberRegion, acceptLanguage }));
  }

  @Roles('member', 'moderator', 'admin')
  @Get('me/crisis-notices')
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
  @Post('me/support-requests')
  requestSupport(@ValidBody(supportRequestSchema, { optional: true }) body: Valid<typeof supportRequestSchema>, @CurrentMember() member: AuthenticatedMember): Promise<{ flagId: string; dueAt: string }> {
    return this.crisis.requestSupport(member.id, body.noticeId);
  }
}
