import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Module, RequestMethod } from '@nestjs/common';
import { loggableError } from '@lantern/db';
import { LoggerModule } from 'nestjs-pino';
import type { Options } from 'pino-http';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The api's pino options, for its request log and every other line it writes. The serializers
 * keep method, path and status only: no IP address, no user agent, no headers, no bodies, no
 * query string (DESIGN.md privacy rules); an error keeps its kind, message, stack and code, never
 * the data a failed statement was given (`loggableError`).
 */
export function apiLogOptions(env: Pick<ServerEnv, 'LOG_LEVEL'>): Options {
  return {
    level: env.LOG_LEVEL,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const incoming = request.headers['x-request-id'];
      const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
      response.setHeader('X-Request-Id', id);
      return id;
    },
    serializers: {
      req: (request: { id: string; method: string; url: string }) => ({
        id: request.id,
        method: request.method,
        // Query strings can carry search terms members typed; keep the path only.
        path: request.url.split('?')[0],
      }),
      res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      err: loggableError,
    },
    redact: { paths: ['req.headers', 'req.remoteAddress', 'req.remotePort'], remove: true },
    autoLogging: { ignore: (request: IncomingMessage) => request.url === '/api/health' },
  };
}

/** Structured JSON logs with a request id on every line (`apiLogOptions`). */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [SERVER_ENV],
      useFactory: (env: ServerEnv) => ({
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: apiLogOptions(env),
      }),
    }),
  ],
})
export class LoggingModule {}
