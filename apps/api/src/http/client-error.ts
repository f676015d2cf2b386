import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { errorBody, type ErrorCode } from '@lantern/contracts';
import type { NextFunction, Request, Response } from 'express';

/** Node's own error codes for a request it could not parse, by the answer each gets. */
const ANSWERS: Record<string, [number, ErrorCode, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'The request headers are larger than the 16 KB limit.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', 'The request took too long to arrive.'],
};
const MALFORMED: [number, ErrorCode, string] = [400, 'MALFORMED_REQUEST', 'That is not a well-formed HTTP request.'];

/**
 * A request Node cannot parse (headers over 16 KB, broken HTTP, one that never finishes) never
 * reaches express; Node answers it with a bare status line. This answers it in Lantern's error
 * shape instead, with the same status, and closes the connection as Node would.
 */
export function answerUnparsableRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const inProgress = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (error.code === 'ECONNRESET' || !socket.writable || inProgress?.headersSent) {
      socket.destroy();
      return;
    }
    const [status, code, sentence] = ANSWERS[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify(errorBody(code, sentence));
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Cache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}

/**
 * A path that is not valid percent-encoding (`%FF`, a lone `%`) names nothing. Refused by name
 * here, before a route's parameters fail to decode into a generic 400.
 */
export function refuseMalformedPaths() {
  return (request: Request, response: Response, next: NextFunction) => {
    try {
      decodeURIComponent(request.path);
    } catch {
      response.status(400).json(errorBody('MALFORMED_PATH', 'The address is not valid percent-encoding; check the link.'));
      return;
    }
    next();
  };
}
