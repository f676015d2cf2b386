import { isApiError } from '../../api/api-client';

export interface ForumErrorCopy<F extends string> {
  /** Shown above the form (or in place of the content); always set, so there is one place to look. */
  summary: string;
  /** Shown under the field it is about, and linked to it for screen readers. */
  fields: Partial<Record<F, string>>;
}

interface FieldProblem {
  path?: unknown;
  message?: unknown;
}

const CALM_FAULT = 'Something went wrong on our side. Please try again in a moment.';

/**
 * `details` of VALIDATION_FAILED, or zod issues from checking a form before sending:
 * `[{ path, message }]` where path is "title", "body.title" or ["title"]. The first message per
 * field wins; fields the form does not have are left for the summary.
 */
export function fieldErrorsFromProblems<F extends string>(problems: unknown, formFields: readonly F[]): Partial<Record<F, string>> {
  const fields: Partial<Record<F, string>> = {};
  if (!Array.isArray(problems)) return fields;
  for (const problem of problems as unknown[]) {
    if (typeof problem !== 'object' || problem === null) continue;
    const { path, message } = problem as FieldProblem;
    if (typeof message !== 'string' || message === '') continue;
    const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split('.') : [];
    const field = segments.at(-1);
    const known = formFields.find((candidate) => candidate === field);
    if (known && !fields[known]) fields[known] = message;
  }
  return fields;
}

/** Errors whose code belongs under one particular field of the form that caused them. */
const CODE_FIELDS: Record<string, string> = {
  CATEGORY_NOT_FOUND: 'categorySlug',
  CATEGORY_ARCHIVED: 'categorySlug',
  QUOTE_NOT_IN_THREAD: 'body',
};

/** Turns a forum failure into words for the member, with field-level messages where we can. */
export function describeForumError<F extends string = never>(error: unknown, formFields: readonly F[] = []): ForumErrorCopy<F> {
  if (!isApiError(error)) return { summary: CALM_FAULT, fields: {} };
  switch (error.code) {
    case 'VALIDATION_FAILED': {
      const fields = fieldErrorsFromProblems(error.details, formFields);
      return { summary: Object.keys(fields).length > 0 ? 'Please check the highlighted fields and try again.' : error.message, fields };
    }
    case 'UNAUTHENTICATED':
    case 'TOKEN_EXPIRED':
    case 'TOKEN_INVALID':
      return { summary: 'Your session has ended. Please sign in again; anything you were writing is kept on this device.', fields: {} };
    case 'SANCTIONED':
    case 'MUTED':
    case 'RATE_LIMITED':
    case 'EDIT_WINDOW_CLOSED':
    case 'NOT_YOUR_POST':
    case 'POST_NOT_EDITABLE':
    case 'SAFETY_PLAN_UNREADABLE':
      // The server's sentence already says what happened and what the member can do instead.
      return { summary: error.message, fields: {} };
    case 'CLIENT_POST_ID_REUSED':
      // The form gives what it holds now an id of its own when it hears this (reply-composer, new-thread-form).
      return {
        summary: 'Your earlier try was posted after all (its answer was lost on the way), with the words it had then. What is here now is kept: press Post again to add it as well, or leave it if the earlier one says it.',
        fields: {},
      };
    case 'QUOTE_UNAVAILABLE':
      // The composer takes the quote out when it hears this (see reply-composer).
      return { summary: 'The post you quoted has been taken down or deleted since you began, so we took the quote out. Post again to send your reply without it.', fields: {} };
    default: {
      const field = formFields.find((candidate) => candidate === CODE_FIELDS[error.code]);
      if (field) return { summary: error.message, fields: { [field]: error.message } as Partial<Record<F, string>> };
      if (error.isNetworkFailure) return { summary: error.message, fields: {} };
      if (error.status >= 500 || error.status === 0) return { summary: CALM_FAULT, fields: {} };
      return { summary: error.message, fields: {} };
    }
  }
}

/** True when the thing asked for is not there (or not visible to this reader): a 404 page, not a retry. */
export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}
