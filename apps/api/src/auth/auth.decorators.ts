import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { MemberRole } from '@lantern/contracts';
import type { Request } from 'express';

export const IS_PUBLIC = 'lantern:public';
export const ROLES = 'lantern:roles';

/** Who made a request, from a verified access token. */
export interface AuthenticatedMember {
  id: string;
  role: MemberRole;
  pseudonym: string;
  /** When the access token was issued (unix milliseconds); set on a verified token. */
  issuedAtMs?: number;
  /** When the access token stops counting (unix milliseconds); set on a verified token. */
  expiresAtMs?: number;
}

export interface AuthenticatedRequest extends Request {
  member?: AuthenticatedMember;
}

/** Open to anyone; a valid token, if sent, still identifies the member (see OptionalMember). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/**
 * The roles a route admits. Every route states this or @Public(): the guard refuses a route
 * with neither, so a new route cannot ship unguarded.
 */
export const Roles = (...roles: MemberRole[]) => SetMetadata(ROLES, roles);

/** Every signed-in account, whatever its role. */
export const ANY_ROLE: MemberRole[] = ['member', 'moderator', 'admin', 'partner'];

export const CurrentMember = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedMember => {
  const member = context.switchToHttp().getRequest<AuthenticatedRequest>().member;
  if (!member) throw new Error('CurrentMember used on a route without @Roles');
  return member;
});

export const OptionalMember = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedMember | undefined => context.switchToHttp().getRequest<AuthenticatedRequest>().member,
);
