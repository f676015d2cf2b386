import { apiFetch } from '../../api/api-client';
import {
  parseSessionGrant,
  parseSessionGrantWithRecoveryCode,
  type SessionGrant,
  type SessionGrantWithRecoveryCode,
} from '../../api/session-grant';

export interface RegisterInput {
  pseudonym?: string;
  passphrase?: string;
  region?: string;
}

export interface PassphraseSignInInput {
  pseudonym: string;
  passphrase: string;
}

export interface RecoveryCodeSignInInput {
  pseudonym: string;
  recoveryCode: string;
}

/**
 * The auth endpoints are where a session starts: no bearer token, no refresh-and-retry. They
 * return the grant without keeping it; the page keeps it (establishSession) once it has
 * stored what it must show, such as a recovery code.
 */
const withoutSession = { method: 'POST', accessToken: null, retryOnUnauthorized: false } as const;

/** Empty optional fields are left out, so the server generates a pseudonym rather than refusing "". */
function withoutBlanks(input: RegisterInput): RegisterInput {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
}

export function register(input: RegisterInput): Promise<SessionGrantWithRecoveryCode> {
  return apiFetch('/api/v1/auth/register', {
    ...withoutSession,
    json: withoutBlanks({ ...input, pseudonym: input.pseudonym?.trim() }),
    parse: parseSessionGrantWithRecoveryCode,
  });
}

export function signInWithPassphrase(input: PassphraseSignInInput): Promise<SessionGrant> {
  return apiFetch('/api/v1/auth/login', {
    ...withoutSession,
    json: { pseudonym: input.pseudonym.trim(), passphrase: input.passphrase },
    parse: parseSessionGrant,
  });
}

export function signInWithRecoveryCode(input: RecoveryCodeSignInInput): Promise<SessionGrantWithRecoveryCode> {
  return apiFetch('/api/v1/auth/recover', {
    ...withoutSession,
    json: { pseudonym: input.pseudonym.trim(), recoveryCode: input.recoveryCode.trim() },
    parse: parseSessionGrantWithRecoveryCode,
  });
}
