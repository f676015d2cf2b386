import { ApiError, CLIENT_ERROR_CODES } from '../../api/api-client';
import { describeForumError, fieldErrorsFromProblems, isNotFound } from './forum-error-copy';

const THREAD_FIELDS = ['categorySlug', 'title', 'body', 'contentWarning'] as const;
const serverError = (status: number, code: string, details?: unknown) => new ApiError({ status, code, message: `server says ${code}`, details });

describe('fieldErrorsFromProblems', () => {
  it('reads string, dotted and array paths, first message per field', () => {
    expect(
      fieldErrorsFromProblems(
        [
          { path: 'title', message: 'The title needs at least 3 characters.' },
          { path: 'body.title', message: 'Second.' },
          { path: ['contentWarning'], message: 'Too long.' },
          { path: 'postAs', message: 'Not a field here.' },
          { path: 'body' },
          'nonsense',
        ],
        THREAD_FIELDS,
      ),
    ).toEqual({ title: 'The title needs at least 3 characters.', contentWarning: 'Too long.' });
  });

  it.each([undefined, null, 'text', { path: 'title', message: 'x' }])('returns nothing for %p', (problems) => {
    expect(fieldErrorsFromProblems(problems, THREAD_FIELDS)).toEqual({});
  });
});

describe('describeForumError', () => {
  it('puts validation messages under their fields', () => {
    const error = serverError(400, 'VALIDATION_FAILED', [{ path: 'body', message: 'The post needs at least 1 character.' }]);
    expect(describeForumError(error, THREAD_FIELDS)).toEqual({
      summary: 'Please check the highlighted fields and try again.',
      fields: { body: 'The post needs at least 1 character.' },
    });
  });

  it('uses the server sentence when no field of this form is named', () => {
    const error = serverError(400, 'VALIDATION_FAILED', [{ path: 'postAs', message: 'postAs is "pseudonym" or "alias".' }]);
    expect(describeForumError(error, THREAD_FIELDS)).toEqual({ summary: 'server says VALIDATION_FAILED', fields: {} });
  });

  it('puts a missing or archived category under the category field', () => {
    expect(describeForumError(serverError(409, 'CATEGORY_ARCHIVED'), THREAD_FIELDS).fields).toEqual({ categorySlug: 'server says CATEGORY_ARCHIVED' });
    expect(describeForumError(serverError(404, 'CATEGORY_NOT_FOUND')).fields).toEqual({});
  });

  it('passes on sentences the member can act on', () => {
    expect(describeForumError(serverError(403, 'EDIT_WINDOW_CLOSED')).summary).toBe('server says EDIT_WINDOW_CLOSED');
    expect(describeForumError(serverError(429, 'RATE_LIMITED')).summary).toBe('server says RATE_LIMITED');
    // A fault, but one whose sentence reassures: the plan is kept, and where help is meanwhile.
    expect(describeForumError(serverError(503, 'SAFETY_PLAN_UNREADABLE')).summary).toBe('server says SAFETY_PLAN_UNREADABLE');
  });

  it('says a session ended without losing the draft', () => {
    expect(describeForumError(serverError(401, 'UNAUTHENTICATED')).summary).toMatch(/sign in again/);
  });

  it('passes on the network message and hides server faults behind a calm sentence', () => {
    const offline = new ApiError({ status: 0, code: CLIENT_ERROR_CODES.NETWORK_ERROR, message: "We couldn't reach Lantern." });
    expect(describeForumError(offline).summary).toBe("We couldn't reach Lantern.");
    expect(describeForumError(serverError(500, 'INTERNAL_ERROR')).summary).toMatch(/on our side/);
    expect(describeForumError(new Error('bug')).summary).toMatch(/on our side/);
  });
});

describe('isNotFound', () => {
  it('is true only for a 404 ApiError', () => {
    expect(isNotFound(serverError(404, 'THREAD_NOT_FOUND'))).toBe(true);
    expect(isNotFound(serverError(400, 'VALIDATION_FAILED'))).toBe(false);
    expect(isNotFound(new Error('404'))).toBe(false);
  });
});
