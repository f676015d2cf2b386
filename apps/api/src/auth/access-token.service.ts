import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { MEMBER_ROLES, type MemberRole } from '@lantern/contracts';
import { errors, jwtVerify, SignJWT } from 'jose';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ApiException } from '../http/api-exception';
import type { AccessTokenVerifier } from '../realtime/access-token-verifier';
import type { AuthenticatedMember } from './auth.decorators';

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'lantern';
const AUDIENCE = 'lantern-api';
/** Outside production a missing JWT_SECRET falls back to this; the config refuses it in production. */
const DEVELOPMENT_SECRET = 'lantern-development-secret-never-use-in-production';

/**
 * Short-lived access tokens: HS256 JWTs signed with JWT_SECRET. Verification pins the algorithm,
 * issuer and audience, so `alg: none`, another algorithm or a token minted elsewhere is refused.
 */
@Injectable()
export class AccessTokenService implements AccessTokenVerifier {
  private readonly key: Uint8Array;

  constructor(@Inject(SERVER_ENV) env: ServerEnv) {
    this.key = new TextEncoder().encode(env.JWT_SECRET ?? DEVELOPMENT_SECRET);
  }

  async sign(member: AuthenticatedMember): Promise<string> {
    return new SignJWT({ role: member.role, name: member.pseudonym })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(member.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${ACCESS_TOKEN_TTL_SECONDS}s`)
      .sign(this.key);
  }

  async verify(token: string): Promise<AuthenticatedMember> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      const role = payload.role;
      if (typeof payload.sub !== 'string' || typeof role !== 'string' || !(MEMBER_ROLES as readonly string[]).includes(role) || typeof payload.name !== 'string') {
        throw new Error('claims');
      }
      return { id: payload.sub, role: role as MemberRole, pseudonym: payload.name };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_EXPIRED', 'Your session expired; sign in again (the app refreshes it for you).');
      }
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'That access token is not valid.');
    }
  }
}
