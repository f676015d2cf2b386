import { HttpException } from '@nestjs/common';
import { errorBody, type ErrorCode } from '@lantern/contracts';

/** The one exception feature code throws: a stable code, a sentence, the right status. */
export class ApiException extends HttpException {
  constructor(
    status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(errorBody(code, message, details), status);
  }
}
