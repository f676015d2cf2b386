import type { NextFunction, Request, Response } from 'express';
import type { MetricsService } from './metrics.service';

/**
 * Times every REST request by its route pattern (never the concrete path, which holds ids), from
 * the moment it arrives until its answer is written, with the status it was finally answered
 * with: refusals by a guard, a filter or the rate limiter count too (a Nest interceptor sees
 * none of the first and only the handler's default status for errors). A request whose client
 * went away before its answer was written (a body never finished, a tab closed mid-request)
 * counts under `status="aborted"`, so a flood of half-sent requests shows on the dashboard.
 */
export function httpMetricsMiddleware(metrics: MetricsService) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const observe = (status: string) => {
      const route = (request.route as { path?: string } | undefined)?.path ?? 'unmatched';
      metrics.httpDuration.observe({ method: request.method, route, status }, Number(process.hrtime.bigint() - started) / 1e9);
    };
    let answered = false;
    response.once('finish', () => {
      answered = true;
      observe(`${Math.floor(response.statusCode / 100)}xx`);
    });
    // 'close' follows 'finish' on every answer that reached the client. Without 'finish' first,
    // nobody got one (an answer written after the client left never finishes).
    response.once('close', () => {
      if (!answered) observe('aborted');
    });
    next();
  };
}
