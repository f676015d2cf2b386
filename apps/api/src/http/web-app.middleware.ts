import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Serves the built web app from the same port, with the SPA fallback to index.html for any GET
 * that is not an API or Socket.IO path. Hashed assets are cached for a year; index.html never.
 */
export function webAppMiddleware(webDist: string) {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) return undefined;
  const assets = express.static(webDist, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return (request: Request, response: Response, next: NextFunction) => {
    if (request.path.startsWith('/api') || request.path.startsWith('/socket.io')) return next();
    if (request.method !== 'GET' && request.method !== 'HEAD') return next();
    assets(request, response, () => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(index);
    });
  };
}
