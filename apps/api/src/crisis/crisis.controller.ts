import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { closeCrisisNoticeSchema, hotlinesQuerySchema, supportRequestSchema, type CrisisResources } from '@lantern/contracts';
import { z } from 'zod';
import { CurrentMember, OptionalMember, Public, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { parseInput } from '../http/parse-input';
import { CrisisService, type HotlineAnswer } from './crisis.service';

const noticeId = z.uuid({ error: 'That is not a notice id.' });

@Controller('v1')
export class CrisisController {
  constructor(private readonly crisis: CrisisService) {}

  /** Open to everyone, signed in or not: help must never sit behind a login. */
  @Public()
  @Get('hotlines')
  hotlines(@Query() query: unknown, @Headers('accept-language') acceptLanguage: string | undefined, @OptionalMember() member: AuthenticatedMember | undefined): Promise<HotlineAnswer> {
    const { region } = parseInput(hotlinesQuerySchema, query);
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
  async close(@Param('id') id: string, @Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.crisis.closeNotice(member.id, parseInput(noticeId, id), parseInput(closeCrisisNoticeSchema, body).how);
  }

  @Roles('member', 'moderator', 'admin')
  @Post('me/support-requests')
  requestSupport(@Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<{ flagId: string; dueAt: string }> {
    return this.crisis.requestSupport(member.id, parseInput(supportRequestSchema, body ?? {}).noticeId);
  }
}
