import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { finalize, type Observable } from 'rxjs';
import { MetricsService } from './metrics.service';

/** Times every REST request by its route pattern (never the concrete path, which holds ids). */
@Injectable()
export class HttpMetricsInterceptor implements NestInterceptor {
  constructor(private readonly metrics: MetricsService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const started = process.hrtime.bigint();
    return next.handle().pipe(
      finalize(() => {
        const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
        const status = `${Math.floor(http.getResponse<Response>().statusCode / 100)}xx`;
        this.metrics.httpDuration.observe({ method: request.method, route, status }, Number(process.hrtime.bigint() - started) / 1e9);
      }),
    );
  }
}
