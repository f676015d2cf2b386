import { type CanActivate, createParamDecorator, type ExecutionContext, Injectable } from '@nestjs/common';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { EscalationService } from './escalation.service';

interface PartnerRequest extends AuthenticatedRequest {
  partnerId?: string;
}

/**
 * The partner portal's routes answer only an account tied to a partner organisation. Checked as a
 * guard, after the role and before the request is read, so such an account is told 403 whatever
 * it sends (a bad body included), and a handler never runs without its partner.
 */
@Injectable()
export class PartnerAccountGuard implements CanActivate {
  constructor(private readonly escalations: EscalationService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<PartnerRequest>();
    if (!request.member) return false;
    request.partnerId = await this.escalations.partnerOf(request.member.id);
    return true;
  }
}

/** The partner organisation of the account making the request (routes behind PartnerAccountGuard). */
export const CurrentPartner = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const partnerId = context.switchToHttp().getRequest<PartnerRequest>().partnerId;
  if (!partnerId) throw new Error('CurrentPartner used on a route without PartnerAccountGuard');
  return partnerId;
});
