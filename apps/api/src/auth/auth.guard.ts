import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { MemberRole } from '@lantern/contracts';
import { ApiException } from '../http/api-exception';
import { AccessTokenService } from './access-token.service';
import { IS_PUBLIC, ROLES, type AuthenticatedRequest } from './auth.decorators';

/**
 * The one gate every HTTP route passes. It fails closed: a route that declares neither
 * @Public() nor @Roles(...) is refused for everyone, so forgetting a guard cannot open a route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) === true;
    const roles = this.reflector.getAllAndOverride<MemberRole[] | undefined>(ROLES, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers.authorization;
    const token = typeof header === 'string' && /^Bearer\s+/i.test(header) ? header.replace(/^Bearer\s+/i, '').trim() : undefined;

    if (isPublic) {
      // A valid token still tells a public route who is asking (their hotline region, say).
      if (token) request.member = await this.tokens.verify(token).catch(() => undefined);
      return true;
    }
    if (!roles) throw new ApiException(HttpStatus.FORBIDDEN, 'ROUTE_NOT_GUARDED', 'This route has no access rule, so nobody may use it.');
    if (!token) throw new ApiException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Sign in first: this needs an Authorization: Bearer token.');
    const member = await this.tokens.verify(token);
    if (!roles.includes(member.role)) throw new ApiException(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'Your account cannot do this.');
    request.member = member;
    return true;
  }
}
