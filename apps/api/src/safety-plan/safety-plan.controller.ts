import { Controller, Get, Put } from '@nestjs/common';
import { safetyPlanSchema, saveSafetyPlanSchema, type SafetyPlan } from '@lantern/contracts';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { SafetyPlanService } from './safety-plan.service';
import { ValidBody, type Valid } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

/**
 * A member's own safety plan, readable and writable by that member alone: members only, as the
 * other things a member keeps for themself (`/me/outreach`), and no staff route reads it.
 */
@Roles('member')
@Controller('v1/me/safety-plan')
export class SafetyPlanController {
  constructor(private readonly plans: SafetyPlanService) {}

  @Get()
  @Responds(safetyPlanSchema)
  read(@CurrentMember() member: AuthenticatedMember): Promise<SafetyPlan> {
    return this.plans.read(member.id);
  }

  @Put()
  @Responds(safetyPlanSchema)
  save(@ValidBody(saveSafetyPlanSchema) body: Valid<typeof saveSafetyPlanSchema>, @CurrentMember() member: AuthenticatedMember): Promise<SafetyPlan> {
    return this.plans.save(member.id, body);
  }
}
