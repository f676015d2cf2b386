import { Global, Module } from '@nestjs/common';
import { RateLimitService } from './rate-limit.service';
import { RefusalGate } from './refusal-gate';

@Global()
@Module({ providers: [RateLimitService, RefusalGate], exports: [RateLimitService, RefusalGate] })
export class RateLimitModule {}
