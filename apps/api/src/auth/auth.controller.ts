import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { loginSchema, recoverSchema, refreshSchema, registerSchema, type RegistrationGrant, type SessionGrant } from '@lantern/contracts';
import type { Request } from 'express';
import { parseInput } from '../http/parse-input';
import { RateLimitService } from '../rate-limit/rate-limit.service';
import { Public } from './auth.decorators';
import { AuthService } from './auth.service';

@Public()
@Controller('v1/auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly limits: RateLimitService,
  ) {}

  /** One click: everything is optional, and nothing that identifies a person is asked for. */
  @Post('register')
  register(@Body() body: unknown, @Req() request: Request): Promise<RegistrationGrant> {
    return this.auth.register(parseInput(registerSchema, body ?? {}), this.limits.ipHash(request.ip));
  }

  @Post('login')
  @HttpCode(200)
  login(@Body() body: unknown, @Req() request: Request): Promise<SessionGrant> {
    const input = parseInput(loginSchema, body);
    return this.auth.login(input.pseudonym, input.passphrase, this.limits.ipHash(request.ip));
  }

  @Post('refresh')
  @HttpCode(200)
  refresh(@Body() body: unknown): Promise<SessionGrant> {
    return this.auth.refresh(parseInput(refreshSchema, body).refreshToken);
  }

  @Post('recover')
  @HttpCode(200)
  recover(@Body() body: unknown, @Req() request: Request): Promise<RegistrationGrant> {
    const input = parseInput(recoverSchema, body);
    return this.auth.recover(input.pseudonym, input.recoveryCode, this.limits.ipHash(request.ip));
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@Body() body: unknown): Promise<void> {
    await this.auth.logout(parseInput(refreshSchema, body).refreshToken);
  }
}
