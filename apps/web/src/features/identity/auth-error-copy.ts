import { useEffect, type RefObject } from 'react';
import { isApiError } from '../../api/api-client';

/** The forms that send a name or a secret: joining, the two ways to sign in, changing one's name, and deleting the account. */
export type AuthForm = 'join' | 'passphrase' | 'recovery-code' | 'name' | 'erase';
export type AuthField = 'pseudonym' | 'passphrase' | 'recoveryCode';

export interface AuthErrorCopy {
  /** Shown above the form in an alert; always set, so there is one place to look. */
  summary: string;
  /** Shown under the field it is about, and linked to it for screen readers. */
  fields: Partial<Record<AuthField, string>>;
}

const AUTH_FIELDS: readonly AuthField[] = ['pseudonym', 'passphrase', 'recoveryCode'];

function isAuthField(value: string): value is AuthField {
  return (AUTH_FIELDS as readonly string[]).includes(value);
}

/** `details` of VALIDATION_FAILED: `[{ path, message }]`, where path is "pseudonym", "body.pseudonym" or ["pseudonym"]. */
export function fieldErrorsFromDetails(details: unknown): AuthErrorCopy['fields'] {
  const fields: AuthErrorCopy['fields'] = {};
  if (!Array.isArray(details)) return fields;
  for (const issue of details) {
    if (typeof issue !== 'object' || issue === null) continue;
    const { path, message } = issue as { path?: unknown; message?: unknown };
    if (typeof message !== 'string' || message === '') continue;
    const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split('.') : [];
    const field = segments.at(-1);
    if (field && isAuthField(field) && !fields[field]) fields[field] = message;
  }
  return fields;
}

/** "in about 3 minutes": rounded up, because saying "now" and failing again is worse. */
export function describeWait(seconds: number | undefined): string {
  if (seconds === undefined || seconds <= 0) return 'in a little while';
  if (seconds < 60) return 'in a minute or so';
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return `in about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.ceil(minutes / 60);
  return `in about ${hours} hour${hours === 1 ? '' : 's'}`;
}

/** The forms whose secret is the sign-in itself (elsewhere a 401 means something else). */
type SignInForm = Exclude<AuthForm, 'join' | 'name' | 'erase'>;
const signsIn = (form: AuthForm): form is SignInForm => form === 'passphrase' || form === 'recovery-code';

const WRONG_SECRET: Record<SignInForm, AuthErrorCopy> = {
  passphrase: {
    summary: "That pseudonym and passphrase don't match an account. Please check both for typos and try again.",
    fields: {},
  },
  'recovery-code': {
    summary:
      "That pseudonym and recovery code don't match. Please check both for typos. Each recovery code works once: after you use it, you get a new one.",
    fields: {},
  },
};

/** Turns an auth failure into words for the member, with field-level messages where we can. */
export function describeAuthError(error: unknown, form: AuthForm): AuthErrorCopy {
  if (!isApiError(error)) {
    return { summary: 'Something went wrong on our side. Please try again in a moment.', fields: {} };
  }
  switch (error.code) {
    case 'VALIDATION_FAILED': {
      const fields = fieldErrorsFromDetails(error.details);
      const summary =
        Object.keys(fields).length > 0 ? 'Please check the highlighted fields and try again.' : error.message;
      return { summary, fields };
    }
    case 'PSEUDONYM_TAKEN': {
      const message =
        form === 'join'
          ? "Someone here already uses that pseudonym. Try another one, or leave it empty and we'll pick one for you."
          : error.message;
      return { summary: message, fields: { pseudonym: message } };
    }
    case 'PSEUDONYM_REFUSED': {
      // The server says why, in words written for the member (a role's name, a look-alike letter
      // they cannot see on the page, a thread alias's shape); a bare "can't be used" leaves them guessing.
      const message = error.message || "That pseudonym can't be used on Lantern. Please choose a different one.";
      return { summary: message, fields: { pseudonym: message } };
    }
    case 'WRONG_PASSPHRASE':
      // A signed-in member confirming who they are: the server's words, under the passphrase.
      return { summary: error.message, fields: { passphrase: error.message } };
    case 'RATE_LIMITED':
      // Changes of name have their own allowance, which the server's sentence states.
      if (form === 'name') return { summary: `${error.message} You can choose another ${describeWait(error.retryAfterSeconds)}.`, fields: {} };
      return {
        summary: `There have been a lot of tries in a short time, so we've paused for a moment to keep accounts safe. Please try again ${describeWait(error.retryAfterSeconds)}.`,
        fields: {},
      };
    case 'INVALID_CREDENTIALS':
    case 'INVALID_RECOVERY_CODE':
      return signsIn(form) ? WRONG_SECRET[form] : { summary: error.message, fields: {} };
    default:
      if (error.status === 401 && signsIn(form)) return WRONG_SECRET[form];
      if (error.isNetworkFailure) return { summary: error.message, fields: {} };
      if (error.status >= 500 || error.status === 0) {
        return { summary: 'Something went wrong on our side. Please try again in a moment.', fields: {} };
      }
      return { summary: error.message, fields: {} };
  }
}

/** Sends keyboard and screen-reader users straight to the first field a refusal is about. */
export function useFocusOnProblem(failure: AuthErrorCopy | null, refs: Partial<Record<AuthField, RefObject<HTMLInputElement | null>>>): void {
  const first = AUTH_FIELDS.find((field) => failure?.fields[field] && refs[field]);
  const message = first ? failure?.fields[first] : undefined;
  useEffect(() => {
    if (first) refs[first]?.current?.focus();
    // Once per refusal (the refs are stable; the message changes with each new one).
  }, [first, message]);
}
