import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import {
  loginSchema,
  recoverSchema,
  refreshSchema,
  registerSchema,
  registrationGrantSchema,
  sessionGrantSchema,
  type RegistrationGrant,
  type SessionGrant,
} from '@lantern/contracts';
import type { Request } from 'express';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { Public } from './auth.decorators';
import { AuthService } from './auth.service';
import { ValidBody, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

@Public()
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly limits: RateLimitService,
  ) {}

  /** One click: everything is optional, and nothing that identifies a person is asked for. */
  @Post('register')
  @Responds(registrationGrantSchema)
  register(@ValidBody(registerSchema, { optional: true }) body: Valid<typeof registerSchema>, @Req() request: Request): Promise<RegistrationGrant> {
    return this.auth.register(body, this.limits.ipHash(request.ip));
  }

  @Post('login')
  @HttpCode(200)
  @Responds(sessionGrantSchema)
  login(@ValidBody(loginSchema) input: Valid<typeof loginSchema>, @Req() request: Request): Promise<SessionGrant> {
    return this.auth.login(input.pseudonym, input.passphrase, this.limits.ipHash(request.ip));
  }

  @Post('refresh')
  @HttpCode(200)
  @Responds(sessionGrantSchema)
  refresh(@ValidBody(refreshSchema) body: Valid<typeof refreshSchema>): Promise<SessionGrant> {
    return this.auth.refresh(body.refreshToken);
  }

  @Post('recover')
  @HttpCode(200)
  @Responds(registrationGrantSchema)
  recover(@ValidBody(recoverSchema) input: Valid<typeof recoverSchema>, @Req() request: Request): Promise<RegistrationGrant> {
    return this.auth.recover(input.pseudonym, input.recoveryCode, this.limits.ipHash(request.ip));
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@ValidBody(refreshSchema) body: Valid<typeof refreshSchema>): Promise<void> {
    await this.auth.logout(body.refreshToken);
  }
}
