import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ACCESS_TOKEN_VERIFIER } from '../realtime/access-token-verifier';
import { AccessTokenService } from './access-token.service';
import { AccountService } from './account.service';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { MeController } from './me.controller';
import { SessionsEnded } from './sessions-ended.service';

@Global()
@Module({
  controllers: [AuthController, MeController],
  providers: [
    AccessTokenService,
    SessionsEnded,
    AuthService,
    AccountService,
    { provide: ACCESS_TOKEN_VERIFIER, useExisting: AccessTokenService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccessTokenService, AuthService, SessionsEnded, ACCESS_TOKEN_VERIFIER],
})
export class AuthModule {}
