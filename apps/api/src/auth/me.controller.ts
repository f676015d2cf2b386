import { Body, Controller, Delete, Get, HttpCode, Patch } from '@nestjs/common';
import { updateMeSchema, type MemberView } from '@lantern/contracts';
import { parseInput } from '../http/parse-input';
import { AccountService } from './account.service';
import { ANY_ROLE, CurrentMember, Roles, type AuthenticatedMember } from './auth.decorators';

@Roles(...ANY_ROLE)
@Controller('v1/me')
export class MeController {
  constructor(private readonly accounts: AccountService) {}

  @Get()
  me(@CurrentMember() member: AuthenticatedMember): Promise<MemberView> {
    return this.accounts.me(member.id);
  }

  @Patch()
  update(@Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<MemberView> {
    return this.accounts.update(member.id, parseInput(updateMeSchema, body));
  }

  @Delete()
  @HttpCode(204)
  async erase(@CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.accounts.erase(member.id);
  }
}
