import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import { changePassphraseSchema, newRecoveryCodeSchema, updateMeSchema, type MemberView, type SessionGrant } from '@lantern/contracts';
import { parseInput } from '../http/parse-input';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { ANY_ROLE, CurrentMember, Roles, type AuthenticatedMember } from './auth.decorators';

@Roles(...ANY_ROLE)
@Controller('v1/me')
export class MeController {
  constructor(
    private readonly accounts: AccountService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  me(@CurrentMember() member: AuthenticatedMember): Promise<MemberView> {
    return this.accounts.me(member.id);
  }

  @Patch()
  update(@Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<MemberView> {
    return this.accounts.update(member.id, parseInput(updateMeSchema, body));
  }

  /** Sets or changes the passphrase: every session ends, and the answer is this device's new one. */
  @Put('passphrase')
  changePassphrase(@Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<SessionGrant> {
    return this.auth.changePassphrase(member.id, parseInput(changePassphraseSchema, body));
  }

  /** A new recovery code, shown once; the old one no longer works. */
  @Post('recovery-code')
  replaceRecoveryCode(@Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<{ recoveryCode: string }> {
    return this.auth.replaceRecoveryCode(member.id, parseInput(newRecoveryCodeSchema, body ?? {}).currentPassphrase);
  }

  /** Signs out everywhere: every refresh token of the account is revoked. */
  @Delete('sessions')
  @HttpCode(204)
  async endAllSessions(@CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.auth.endAllSessions(member.id);
  }

  @Delete()
  @HttpCode(204)
  async erase(@CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.accounts.erase(member.id);
  }
}
