import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../http/api-exception';
import type { Viewer } from '../forum/forum.service';

/** Checks a socket handshake's access token; the auth module provides the implementation. */
export interface AccessTokenVerifier {
  /** The member a token names, with when it was issued (unix milliseconds). */
  verify(token: string): Promise<Viewer & { pseudonym: string; issuedAtMs?: number; expiresAtMs?: number }>;
  /** Called on every node when a member's sessions end: their tokens issued before `at` (unix milliseconds) no longer count. */
  onSessionsEnded(listener: (memberId: string, at: number) => void): void;
  /** Whether a token issued at `issuedAtMs` belongs to sessions that have since ended. */
  ended(memberId: string, issuedAtMs: number): boolean;
}

export const ACCESS_TOKEN_VERIFIER = Symbol('ACCESS_TOKEN_VERIFIER');

/** The refusal for a token issued before its member's sessions ended: one wording for REST and the socket's handshake. */
export function sessionEnded(): ApiException {
  return new ApiException(HttpStatus.UNAUTHORIZED, 'SESSION_ENDED', 'This session was ended (signed out everywhere, a new passphrase, or the account deleted); sign in again.');
}
