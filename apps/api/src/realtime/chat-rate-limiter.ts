import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CHAT_LIMITS } from '@lantern/contracts';
import type { NodeRedisClient } from '@lantern/queue';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ApiException } from '../http/api-exception';
import { REDIS_CLIENT } from '../infra/infra.tokens';

/** Placeholder until the shared rate-limit module lands; replaced there. */
@Injectable()
export class ChatRateLimiter {
  private readonly prefix: string;

  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: NodeRedisClient,
    @Inject(SERVER_ENV) env: ServerEnv,
  ) {
    this.prefix = `${env.QUEUE_PREFIX}:rate:chat`;
  }

  async consume(memberId: string): Promise<void> {
    if (!this.redis.isReady) return;
    const key = `${this.prefix}:${memberId}`;
    const count = await this.redis.incr(key);
    if (count === 1) await this.redis.expire(key, CHAT_LIMITS.burstWindowSeconds);
    if (count > CHAT_LIMITS.burst) {
      const ttl = Math.max(1, await this.redis.ttl(key));
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, 'RATE_LIMITED', `You are sending messages quickly; you can send again in ${ttl} s.`, { retryAfterSeconds: ttl });
    }
  }
}
