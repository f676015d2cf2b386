import type { Viewer } from '../forum/forum.service';

/** Checks a socket handshake's access token; the auth module provides the implementation. */
export interface AccessTokenVerifier {
  verify(token: string): Promise<Viewer & { pseudonym: string }>;
}

export const ACCESS_TOKEN_VERIFIER = Symbol('ACCESS_TOKEN_VERIFIER');
