import { HttpStatus, Inject, Injectable, Optional } from '@nestjs/common';
import { MEMBER_ROLES, type MemberRole } from '@lantern/contracts';
import { errors, jwtVerify, SignJWT } from 'jose';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ApiException } from '../http/api-exception';
import { type AccessTokenVerifier, sessionEnded } from '../realtime/access-token-verifier';
import type { AuthenticatedMember } from './auth.decorators';
import { SessionsEnded } from './sessions-ended.service';
import { ACCESS_TOKEN_TTL_SECONDS } from './token-lifetime';

export { ACCESS_TOKEN_TTL_SECONDS };
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

  constructor(
    @Inject(SERVER_ENV) env: Pick<ServerEnv, 'JWT_SECRET'>,
    /** Absent where tokens are only signed (the benchmark's load generator). */
    @Optional() private readonly sessionsEnded?: SessionsEnded,
  ) {
    this.key = new TextEncoder().encode(env.JWT_SECRET ?? DEVELOPMENT_SECRET);
  }

  /** `lifetimeSeconds` is for tests of what happens as a token runs out; everything else takes the default. */
  async sign(member: AuthenticatedMember, lifetimeSeconds: number = ACCESS_TOKEN_TTL_SECONDS): Promise<string> {
    // `iat` counts whole seconds; the millisecond lets an ending of sessions tell a token issued
    // just before it from the one issued just after (a new passphrase's), however close.
    return new SignJWT({ role: member.role, name: member.pseudonym, iat_ms: Date.now() })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(member.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${lifetimeSeconds}s`)
      .sign(this.key);
  }

  onSessionsEnded(listener: (memberId: string, at: number) => void): void {
    this.sessionsEnded?.onEnded(listener);
  }

  ended(memberId: string, issuedAtMs: number): boolean {
    return this.sessionsEnded?.ended(memberId, issuedAtMs) ?? false;
  }

  async verify(token: string): Promise<AuthenticatedMember> {
    let member: AuthenticatedMember & { issuedAtMs: number };
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE });
      const role = payload.role;
      if (
        typeof payload.sub !== 'string' ||
        typeof role !== 'string' ||
        !(MEMBER_ROLES as readonly string[]).includes(role) ||
        typeof payload.name !== 'string' ||
        typeof payload.iat !== 'number'
      ) {
        throw new Error('claims');
      }
      const issuedAtMs = typeof payload.iat_ms === 'number' && Number.isFinite(payload.iat_ms) ? payload.iat_ms : payload.iat * 1000;
      const expiresAtMs = typeof payload.exp === 'number' ? payload.exp * 1000 : undefined;
      member = { id: payload.sub, role: role as MemberRole, pseudonym: payload.name, issuedAtMs, ...(expiresAtMs === undefined ? {} : { expiresAtMs }) };
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_EXPIRED', 'Your session expired; sign in again (the app refreshes it for you).');
      }
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'That access token is not valid.');
    }
    if (this.ended(member.id, member.issuedAtMs)) throw sessionEnded();
    return member;
  }
}
