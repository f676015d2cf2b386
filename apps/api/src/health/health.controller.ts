import { Controller, Get, Inject, Res } from '@nestjs/common';
import { healthResponseSchema, summariseHealth, type HealthResponse } from '@lantern/contracts';
import { pingDatabase } from '@lantern/db';
import { pingRedis, type NodeRedisClient } from '@lantern/queue';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { DATA_SOURCE, REDIS_CLIENT } from '../infra/infra.tokens';
import { Responds } from '../http/responds.decorator';

/** `GET /api/health`, outside v1 so load balancers never need to follow API versions. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: NodeRedisClient,
  ) {}

  @Get()
  @Responds(healthResponseSchema, { also: { 503: 'A dependency does not answer: the same body, `degraded`, names which.' } })
  async health(@Res({ passthrough: true }) response: Response): Promise<HealthResponse> {
    const [db, redis] = await Promise.all([pingDatabase(this.dataSource), pingRedis(this.redis)]);
    const body = summariseHealth(db ? 'up' : 'down', redis ? 'up' : 'down');
    response.status(body.status === 'ok' ? 200 : 503);
    response.setHeader('Cache-Control', 'no-store');
    return body;
  }
}
