import type { Server as HttpServer } from 'node:http';
import { answerUnparsableRequests, refuseMalformedPaths } from './http/client-error';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { errorBody, type ServerEnv } from '@lantern/contracts';
import type { Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { RefusalGate } from './rate-limit/refusal-gate';
import { jsonBodyMiddleware } from './http/json-body.middleware';
import { httpMetricsMiddleware } from './metrics/http-metrics.middleware';
import { MetricsService } from './metrics/metrics.service';
import { RedisStreamsIoAdapter } from './realtime/redis-streams-io.adapter';
import { webAppMiddleware } from './http/web-app.middleware';
import { serveApiDocs } from './http/api-docs';
import { ResponseShapeInterceptor } from './http/response-shape.interceptor';

/** How long an idle HTTP keep-alive connection stays open. */
export const KEEP_ALIVE_TIMEOUT_MS = 65_000;

export interface ApiAppOptions {
  /**
   * Tests only: check every success answer against the schema its route declares (@Responds),
   * and tell this function about each mismatch. main.ts never passes it.
   */
  onResponseMismatch?: (problem: string) => void;
}

/** Builds the api (not yet listening), with every rail in place; main.ts and tests share it. */
export async function createApiApp(env: ServerEnv, options: ApiAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env), { bodyParser: false, bufferLogs: true, abortOnError: false, logger: false });
  app.useLogger(app.get(Logger));
  // Behind docker/'s nginx the client address arrives in X-Forwarded-For; it is only ever used
  // as a keyed hash for rate limits, never stored or logged.
  app.set('trust proxy', env.TRUST_PROXY_HOPS > 0 ? env.TRUST_PROXY_HOPS : false);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'script-src': ["'self'"], 'connect-src': ["'self'", 'ws:', 'wss:'], 'img-src': ["'self'", 'data:'] },
      },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  const metrics = app.get(MetricsService);
  // Every API request is timed with the status it was finally answered with, refusals included.
  app.use('/api', httpMetricsMiddleware(metrics));
  // Members' words never rest in a browser's or a proxy's cache (a shared computer, a workplace
  // proxy): every API answer is no-store, which also makes an ETag (a hash of every body) useless.
  app.set('etag', false);
  app.use('/api', (_request: Request, response: Response, next: () => void) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use('/api', refuseMalformedPaths());
  app.enableCors({ origin: env.CORS_ORIGIN.split(',').map((origin) => origin.trim()), credentials: false });
  // A source the rate limiter just refused is refused again here, before the body is read.
  app.use(app.get(RefusalGate).middleware());
  app.use(jsonBodyMiddleware());
  if (env.WEB_DIST) {
    const web = webAppMiddleware(env.WEB_DIST);
    if (web) app.use(web);
  }
  app.setGlobalPrefix('api');
  // Before init(): routes take their interceptors when they are mounted.
  if (options.onResponseMismatch) app.useGlobalInterceptors(new ResponseShapeInterceptor(options.onResponseMismatch));
  // Before init(): Nest's not-found handler is mounted then, and the docs' routes must come first.
  serveApiDocs(app);
  const io = new RedisStreamsIoAdapter(app, env, {
    delivered: (seconds) => metrics.socketBroadcast.observe(seconds),
    appended: (seconds) => metrics.socketStreamAppend.observe(seconds),
    streamRead: () => metrics.socketStreamReads.inc(),
  });
  io.connect();
  app.useWebSocketAdapter(io);
  app.enableShutdownHooks();
  await app.init();
  // An idle keep-alive connection must outlive the client's or proxy's wish to reuse it (nginx in
  // docker/ keeps upstream connections 60 s). Node's default of 5 s closes one just as a client
  // sends on it, and that request fails with a reset; headersTimeout must stay above it.
  const server = app.getHttpServer() as HttpServer;
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  server.headersTimeout = KEEP_ALIVE_TIMEOUT_MS + 1000;
  answerUnparsableRequests(server);
  // Anything Nest did not route (including paths outside /api) ends here in the error shape.
  app.use((request: Request, response: Response) => {
    response.status(404).json(errorBody('ROUTE_NOT_FOUND', `There is no ${request.method} ${request.path} in the Lantern API.`));
  });
  return app;
}
