import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger, Optional } from '@nestjs/common';
import { errorBody, errorBodySchema, type ErrorBody, type ErrorCode } from '@lantern/contracts';
import { databaseContended, databaseUnreachable } from '@lantern/db';
import type { Request, Response } from 'express';
import { RateLimitedException } from '../rate-limit/rate-limit.service';
import { RefusalGate } from '../rate-limit/refusal-gate';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
  503: 'SERVICE_UNAVAILABLE',
};

/** Turns anything thrown into the DESIGN.md error shape; only genuine bugs become a 500. */
export function toErrorResponse(exception: unknown, request: Pick<Request, 'method' | 'path'>): { status: number; body: ErrorBody } {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const parsed = errorBodySchema.safeParse(response);
    if (parsed.success) return { status, body: parsed.data };
    if (status === 404) {
      return { status, body: errorBody('ROUTE_NOT_FOUND', `There is no ${request.method} ${request.path} in the Lantern API.`) };
    }
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const sentence = Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message;
    return { status, body: errorBody(STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL_ERROR' : 'BAD_REQUEST'), sentence) };
  }
  if (databaseUnreachable(exception)) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      body: errorBody('SERVICE_UNAVAILABLE', 'Lantern cannot reach its database right now. Nothing was saved; please try again in a moment.'),
    };
  }
  if (databaseContended(exception)) {
    return {
      status: HttpStatus.SERVICE_UNAVAILABLE,
      body: errorBody('SERVICE_UNAVAILABLE', 'Lantern was busy with the same records as this request, so it did not go through. Please try again.', { retryAfterSeconds: 1 }),
    };
  }
  return { status: 500, body: errorBody('INTERNAL_ERROR', 'Something went wrong on our side. It has been logged; please try again.') };
}

function retryAfterSeconds(body: ErrorBody): number | undefined {
  const details = body.error.details;
  if (typeof details !== 'object' || details === null || !('retryAfterSeconds' in details)) return undefined;
  const seconds = details.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  constructor(@Optional() private readonly gate?: RefusalGate) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') return;
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const { status, body } = toErrorResponse(exception, request);
    if (status >= 500) this.logger.error({ err: exception, code: body.error.code }, 'request failed');
    if (response.headersSent) return;
    // Clients and proxies read the standard header; details.retryAfterSeconds carries the same
    // number for clients that only look at the body.
    const retryAfter = retryAfterSeconds(body);
    if ((status === HttpStatus.TOO_MANY_REQUESTS || status === HttpStatus.SERVICE_UNAVAILABLE) && retryAfter !== undefined) {
      response.setHeader('Retry-After', String(retryAfter));
      // The same request from the same source is refused at the door until then.
      if (exception instanceof RateLimitedException && exception.bySource) this.gate?.remember(request, body, retryAfter);
    }
    response.status(status).json(body);
  }
}
