import { Controller, Get, Headers, HttpStatus, Inject, Res } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { ApiException } from '../http/api-exception';
import { MetricsService } from './metrics.service';
import { RespondsWithText } from '../http/responds.decorator';

/**
 * `GET /api/metrics` for Prometheus. Off unless METRICS_TOKEN is set; then the scraper sends it
 * as a bearer token. Not a member route: members' tokens do not open it.
 */
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(SERVER_ENV) private readonly env: ServerEnv,
  ) {}

  @Get()
  @RespondsWithText('text/plain', 'The Prometheus text exposition format (version 0.0.4).')
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() response: Response): Promise<void> {
    const expected = this.env.METRICS_TOKEN;
    if (!expected) throw new ApiException(HttpStatus.NOT_FOUND, 'METRICS_DISABLED', 'Metrics are off; set METRICS_TOKEN to turn them on.');
    const given = Buffer.from(authorization?.replace(/^Bearer /i, '') ?? '');
    const wanted = Buffer.from(expected);
    if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', 'Send the metrics token as a bearer token.');
    }
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.send(await this.metrics.registry.metrics());
  }
}
