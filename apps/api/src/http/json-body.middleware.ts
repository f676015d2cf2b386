import { errorBody, mendSurrogates } from '@lantern/contracts';
import express, { type NextFunction, type Request, type Response } from 'express';

/**
 * Room for the longest text the api takes in any field, whatever it is written in: a post is up to
 * 20,000 characters, which is 80 kB of UTF-8 in emoji or many scripts, and 240 kB where a client
 * escapes each as JSON's \\uXXXX pair (Python's default). 64 kB refused legal posts with a 413.
 */
export const JSON_BODY_LIMIT = '256kb';
const JSON_TYPES = ['application/json', 'application/*+json'];

/**
 * express.json with Lantern's error shape. body-parser errors happen before Nest's filters see
 * the request, so they are answered here: 400 for broken JSON, 413 above the limit, 415 for a
 * body that is not JSON. Every JSON type it accepts (application/json and application/*+json) it
 * also parses: a body let through and then left unread would be silently ignored.
 */
export function jsonBodyMiddleware() {
  const parse = express.json({ limit: JSON_BODY_LIMIT, strict: true, type: JSON_TYPES });
  return (request: Request, response: Response, next: NextFunction) => {
    // A body that is not JSON (a form, XML, plain text) is refused by name rather than ignored.
    // `is` answers null when there is no body at all, false when there is one of another type.
    // An empty body (Content-Length: 0, as a bare POST sends) is no body at all.
    const hasContent = request.headers['transfer-encoding'] !== undefined || Number(request.headers['content-length'] ?? 0) > 0;
    if (hasContent && request.is(JSON_TYPES) === false) {
      return response.status(415).json(errorBody('UNSUPPORTED_MEDIA_TYPE', 'Send the request body as JSON (Content-Type: application/json).'));
    }
    parse(request, response, (error?: unknown) => {
      if (!error) {
        request.body = mendSurrogates(request.body);
        return next();
      }
      const { type, status } = error as { type?: string; status?: number };
      if (type === 'entity.too.large') {
        return response.status(413).json(errorBody('PAYLOAD_TOO_LARGE', `The request body is larger than the ${JSON_BODY_LIMIT} limit.`));
      }
      if (type === 'entity.parse.failed') {
        return response.status(400).json(errorBody('MALFORMED_JSON', 'The request body is not valid JSON.'));
      }
      if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
        return response.status(415).json(errorBody('UNSUPPORTED_MEDIA_TYPE', 'The request body must be UTF-8 JSON.'));
      }
      return response
        .status(status && status >= 400 && status < 500 ? status : 400)
        .json(errorBody('BAD_REQUEST', 'The request body could not be read.'));
    });
  };
}
