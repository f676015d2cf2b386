import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built web app from the same port, with the SPA fallback to index.html for any GET
 * that is not an API or Socket.IO path. Hashed assets are cached for a year; index.html never.
 * The build compressed the assets beside themselves (`.br`, `.gz`; tools/build/precompress.mjs),
 * so a phone on a slow line gets about a quarter of the bytes, with no compression per request.
 */
export function webAppMiddleware(webDist: string) {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return undefined;
  const assets = expressStaticGzip(webDist, {
    enableBrotli: true,
    orderPreference: ['br', 'gz'],
    index: false,
    serveStatic: {
      index: false,
      setHeaders: (response, path) => {
        response.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith('/api') || request.path.startsWith('/socket.io')) return next();
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    assets(request, response, () => {
      // Not a file: the app's own route (or a path nobody has), which index.html answers.
      response.removeHeader('Content-Encoding');
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  };
}
