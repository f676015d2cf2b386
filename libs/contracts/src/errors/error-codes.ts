import { z } from 'zod';

/**
 * Every error Lantern returns carries one of these codes. Clients switch on the code, never on
 * the message, so codes are never renamed; add new ones freely.
 */
export const ERROR_CODES = [
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'MALFORMED_JSON',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'MALFORMED_REQUEST',
  'MALFORMED_PATH',
  'HEADERS_TOO_LARGE',
  'REQUEST_TIMEOUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'ROUTE_NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'CONFLICT',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'INTERNAL_ERROR',
  // forum
  'INVALID_CURSOR',
  'CATEGORY_NOT_FOUND',
  'CATEGORY_ARCHIVED',
  'THREAD_NOT_FOUND',
  'POST_NOT_FOUND',
  'NOT_YOUR_POST',
  'EDIT_WINDOW_CLOSED',
  'POST_NOT_EDITABLE',
  'EDIT_CONFLICT',
  'QUOTE_NOT_IN_THREAD',
  'QUOTE_UNAVAILABLE',
  'CATEGORY_EXISTS',
  'CLIENT_POST_ID_REUSED',
  // moderation
  'FLAG_NOT_FOUND',
  'MEMBER_NOT_FOUND',
  'REPLY_NOT_POSSIBLE',
  'NOT_A_SUPPORT_REQUEST',
  'NOT_A_MEMBER',
  'MEMBER_ERASED',
  'MESSAGE_NOT_STORED',
  'WATCHED_WORD_INVALID',
  'WATCHED_WORD_CRISIS',
  'WATCHED_WORD_EXISTS',
  'WATCHED_WORD_NOT_FOUND',
  'WATCHED_WORD_BLOCKED',
  'METRICS_DISABLED',
  'PARTNER_NOT_FOUND',
  'PARTNER_OUT_OF_REGION',
  'CONSENT_REQUIRED',
  'PHONE_NOT_OFFERED_IN_DANGER',
  'ESCALATION_NOT_FOUND',
  'ESCALATION_CLOSED',
  'ESCALATION_STEP_PASSED',
  'OUTREACH_NOT_FOUND',
  'WEBHOOK_NOT_HTTPS',
  'ALREADY_CLAIMED',
  'ALREADY_RESOLVED',
  'STALE_VERSION',
  'CONTENT_GONE',
  'ACTION_NOT_APPLICABLE',
  'NOT_PAUSED',
  // hiding members from your own view
  'CANNOT_HIDE_SELF',
  'CANNOT_HIDE_STAFF',
  'HIDE_LIMIT_REACHED',
  'HIDE_NOT_FOUND',
  // crisis support
  'NOTICE_NOT_FOUND',
  // replies to you
  'REPLY_NOT_FOUND',
  // notes from the moderators
  'MODERATOR_NOTE_NOT_FOUND',
  // safety plan
  'SAFETY_PLAN_CHANGED',
  'SAFETY_PLAN_UNREADABLE',
  // chat
  'ROOM_NOT_FOUND',
  'ROOM_LOCKED',
  /** No longer sent (a private room is answered as ROOM_NOT_FOUND); kept so no client's switch breaks. */
  'ROOM_PRIVATE',
  'ROOM_MEMBERS_ONLY',
  'NOT_IN_ROOM',
  'SLOW_MODE',
  'MUTED',
  'UNKNOWN_EVENT',
  'MESSAGE_NOT_FOUND',
  'MESSAGE_NOT_REMOVED',
  'CLIENT_MSG_ID_REUSED',
  'MESSAGE_TAKEN_BACK',
  // identity
  'PSEUDONYM_TAKEN',
  'PSEUDONYM_REFUSED',
  'INVALID_CREDENTIALS',
  'TOKEN_EXPIRED',
  'TOKEN_INVALID',
  'SESSION_ENDED',
  'REFRESH_TOKEN_REUSED',
  'SANCTIONED',
  'WRONG_PASSPHRASE',
  'ROUTE_NOT_GUARDED',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
    message: z.string().min(1),
    details: z.unknown().optional(),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;

export function errorBody(code: ErrorCode, message: string, details?: unknown): ErrorBody {
  return details === undefined ? { error: { code, message } } : { error: { code, message, details } };
}
