// The shapes the auth endpoints answer with. When libs/contracts publishes its auth schemas,
// parse with those from @lantern/contracts instead of these hand-written checks.
import { REPLIES_TO_YOU_PREFERENCE } from '@lantern/contracts';

export const MEMBER_ROLES = ['member', 'moderator', 'admin', 'partner'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export interface SessionMember {
  id: string;
  pseudonym: string;
  role: MemberRole;
  region: string | null;
  /** Whether a passphrase signs into the account (the account page asks for it before changes). */
  hasPassphrase?: boolean;
  /** While a moderator has paused the member's chat messages, or all their posting: until when (ISO). */
  mutedUntil?: string;
  suspendedUntil?: string;
  /** The member switched "Replies to you" off (`preferences.repliesToYou: false`); absent, it is on. */
  repliesToYouOff?: true;
}

/** What login and refresh return: a fresh token pair and who it belongs to. */
export interface SessionGrant {
  accessToken: string;
  refreshToken: string;
  member: SessionMember;
}

/** Registration and recovery also hand out a recovery code, shown to the member exactly once. */
export interface SessionGrantWithRecoveryCode extends SessionGrant {
  recoveryCode: string;
}

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null;
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isInstant(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

function isMemberRole(value: unknown): value is MemberRole {
  return typeof value === 'string' && (MEMBER_ROLES as readonly string[]).includes(value);
}

export function parseSessionMember(value: unknown): SessionMember {
  if (!isObject(value)) throw new TypeError('Expected a member object');
  const { id, pseudonym, role, region, hasPassphrase, mutedUntil, suspendedUntil, preferences } = value;
  if (!isNonEmptyString(id) || !isNonEmptyString(pseudonym) || !isMemberRole(role)) {
    throw new TypeError('Expected a member with id, pseudonym and role');
  }
  if (region !== undefined && region !== null && typeof region !== 'string') {
    throw new TypeError('Expected the member region to be a string or null');
  }
  return {
    id,
    pseudonym,
    role,
    region: region ?? null,
    ...(typeof hasPassphrase === 'boolean' ? { hasPassphrase } : {}),
    // Only a real instant: anything else is no pause (the api refuses what is paused anyway).
    ...(isInstant(mutedUntil) ? { mutedUntil } : {}),
    ...(isInstant(suspendedUntil) ? { suspendedUntil } : {}),
    // Off only when the api says false: on is the default.
    ...(isObject(preferences) && preferences[REPLIES_TO_YOU_PREFERENCE] === false ? { repliesToYouOff: true as const } : {}),
  };
}

export function parseSessionGrant(value: unknown): SessionGrant {
  if (!isObject(value)) throw new TypeError('Expected {accessToken, refreshToken, member}');
  const { accessToken, refreshToken, member } = value;
  if (!isNonEmptyString(accessToken) || !isNonEmptyString(refreshToken)) {
    throw new TypeError('Expected an access token and a refresh token');
  }
  return { accessToken, refreshToken, member: parseSessionMember(member) };
}

export function parseSessionGrantWithRecoveryCode(value: unknown): SessionGrantWithRecoveryCode {
  const grant = parseSessionGrant(value);
  const recoveryCode = isObject(value) ? value.recoveryCode : undefined;
  if (!isNonEmptyString(recoveryCode)) throw new TypeError('Expected a recovery code');
  return { ...grant, recoveryCode };
}
