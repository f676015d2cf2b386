import { Module } from '@nestjs/common';
import { SafetyPlanCipher } from './safety-plan-cipher';
import { SafetyPlanController } from './safety-plan.controller';
import { SafetyPlanService } from './safety-plan.service';

@Module({ controllers: [SafetyPlanController], providers: [SafetyPlanCipher, SafetyPlanService], exports: [SafetyPlanService] })
export class SafetyPlanModule {}
