import { Injectable } from '@nestjs/common';
import { CHAT_LIMITS } from '@lantern/contracts';
import { RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';

const CHAT_POLICY: RatePolicy = {
  name: 'chat',
  points: CHAT_LIMITS.burst,
  durationSeconds: CHAT_LIMITS.burstWindowSeconds,
  message: 'You are sending messages quickly.',
};

/** 5 messages per 10 s per member, counted in Redis so it holds across api nodes. */
@Injectable()
export class ChatRateLimiter {
  constructor(private readonly limits: RateLimitService) {}

  consume(memberId: string): Promise<void> {
    return this.limits.consume(CHAT_POLICY, `member:${memberId}`);
  }

  /** A resend of a message already stored costs nothing. */
  refund(memberId: string): Promise<void> {
    return this.limits.refund(CHAT_POLICY, `member:${memberId}`);
  }
}
