import { Controller, Delete, Get, HttpCode, Patch, Post, Put } from '@nestjs/common';
import {
  changePassphraseSchema,
  changePseudonymSchema,
  eraseAccountSchema,
  memberViewSchema,
  newRecoveryCodeSchema,
  recoveryCodeGrantSchema,
  sessionGrantSchema,
  updateMeSchema,
  type MemberView,
  type SessionGrant,
} from '@lantern/contracts';
import { AccountService } from './account.service';
import { AuthService } from './auth.service';
import { ANY_ROLE, CurrentMember, Roles, type AuthenticatedMember } from './auth.decorators';
import { ValidBody, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

@Roles(...ANY_ROLE)
@Controller('v1/me')
export class MeController {
  constructor(
    private readonly accounts: AccountService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  @Responds(memberViewSchema)
  me(@CurrentMember() member: AuthenticatedMember): Promise<MemberView> {
    return this.accounts.me(member.id);
  }

  @Patch()
  @Responds(memberViewSchema)
  update(@ValidBody(updateMeSchema) body: Valid<typeof updateMeSchema>, @CurrentMember() member: AuthenticatedMember): Promise<MemberView> {
    return this.accounts.update(member.id, body);
  }

  /** Sets or changes the passphrase: every session ends, and the answer is this device's new one. */
  @Put('passphrase')
  @Responds(sessionGrantSchema)
  changePassphrase(@ValidBody(changePassphraseSchema) body: Valid<typeof changePassphraseSchema>, @CurrentMember() member: AuthenticatedMember): Promise<SessionGrant> {
    return this.auth.changePassphrase(member.id, body);
  }

  /** Another name (chosen, or a friendly one when none is given); the old one still signs in. Members only. */
  @Put('pseudonym')
  @Responds(memberViewSchema)
  changePseudonym(@ValidBody(changePseudonymSchema) body: Valid<typeof changePseudonymSchema>, @CurrentMember() member: AuthenticatedMember): Promise<MemberView> {
    return this.auth.changePseudonym(member.id, body);
  }

  /** A new recovery code, shown once; the old one no longer works. */
  @Post('recovery-code')
  @Responds(recoveryCodeGrantSchema)
  replaceRecoveryCode(@ValidBody(newRecoveryCodeSchema, { optional: true }) body: Valid<typeof newRecoveryCodeSchema>, @CurrentMember() member: AuthenticatedMember): Promise<{ recoveryCode: string }> {
    return this.auth.replaceRecoveryCode(member.id, body.currentPassphrase);
  }

  /** Signs out everywhere: every refresh token of the account is revoked. */
  @Delete('sessions')
  @HttpCode(204)
  async endAllSessions(@CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.auth.endAllSessions(member.id);
  }

  /** Erases the account; when it has a passphrase, the passphrase is asked again first (403 WRONG_PASSPHRASE). */
  @Delete()
  @HttpCode(204)
  async erase(@ValidBody(eraseAccountSchema, { optional: true }) body: Valid<typeof eraseAccountSchema>, @CurrentMember() member: AuthenticatedMember): Promise<void> {
    await this.auth.confirmCurrentPassphrase(member.id, body.currentPassphrase);
    await this.accounts.erase(member.id);
  }
}
