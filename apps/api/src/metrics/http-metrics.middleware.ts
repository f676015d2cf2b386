import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/**
 * Times every REST request by its route pattern (never the concrete path, which holds ids), from
 * the moment it arrives until its answer is written, with the status it was finally answered
 * with: refusals by a guard, a filter or the rate limiter count too (a Nest interceptor sees
 * none of the first and only the handler's default status for errors).
 */
export function httpMetricsMiddleware(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      const status = `${Math.floor(response.statusCode / 100)}xx`;
      metrics.httpDuration.observe({ method: request.method, route, status }, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
