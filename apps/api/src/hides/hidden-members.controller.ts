import { Controller, Delete, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { hiddenMemberSchema, hideMemberSchema, listSchema, type HiddenMember } from '@lantern/contracts';
import type { Response } from 'express';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { HiddenMembersService } from './hidden-members.service';
import { ValidBody, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

/**
 * Members hide other members from their own view. Members only: moderators and admins read
 * everything, which is their job.
 */
@Roles('member')
@Controller('v1/me/hidden-members')
export class HiddenMembersController {
  constructor(private readonly hides: HiddenMembersService) {}

  @Get()
  @Responds(listSchema(hiddenMemberSchema))
  list(@CurrentMember() member: AuthenticatedMember): Promise<{ items: HiddenMember[] }> {
    return this.hides.list(member);
  }

  /** 201 with the new hide; 200 with the same one when it was already there. */
  @Post()
  @Responds(hiddenMemberSchema, { also: { 200: 'That author was already hidden: the same hide, unchanged.' } })
  async hide(@ValidBody(hideMemberSchema) body: Valid<typeof hideMemberSchema>, @CurrentMember() member: AuthenticatedMember, @Res({ passthrough: true }) response: Response): Promise<HiddenMember> {
    const { hidden, created } = await this.hides.hide(body, member);
    response.status(created ? 201 : 200);
    return hidden;
  }

  @Delete(':id')
  @HttpCode(204)
  async unhide(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.hides.unhide(id, member);
  }
}
