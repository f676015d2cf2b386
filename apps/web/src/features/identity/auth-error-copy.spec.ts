import { ApiError, CLIENT_ERROR_CODES } from '../../api/api-client';
import { describeAuthError, describeWait, fieldErrorsFromDetails } from './auth-error-copy';

const serverError = (status: number, code: string, extra: { details?: unknown; retryAfterSeconds?: number } = {}) =>
  new ApiError({ status, code, message: `server says ${code}`, ...extra });

describe('fieldErrorsFromDetails', () => {
  it('reads VALIDATION_FAILED details with string, dotted and array paths', () => {
    expect(
      fieldErrorsFromDetails([
        { path: 'pseudonym', message: 'Too short.' },
        { path: 'body.passphrase', message: 'Too long.' },
        { path: ['recoveryCode'], message: 'Not a code.' },
      ]),
    ).toEqual({ pseudonym: 'Too short.', passphrase: 'Too long.', recoveryCode: 'Not a code.' });
  });

  it('keeps the first message per field and ignores fields the forms do not have', () => {
    expect(
      fieldErrorsFromDetails([
        { path: 'pseudonym', message: 'First.' },
        { path: 'pseudonym', message: 'Second.' },
        { path: 'region', message: 'Unknown region.' },
        { path: 'passphrase' },
        'nonsense',
      ]),
    ).toEqual({ pseudonym: 'First.' });
  });

  it.each([undefined, null, 'text', { field: 'title' }])('returns nothing for %p', (details) => {
    expect(fieldErrorsFromDetails(details)).toEqual({});
  });
});

describe('describeAuthError', () => {
  it('puts validation messages under their fields', () => {
    const error = serverError(400, 'VALIDATION_FAILED', { details: [{ path: 'pseudonym', message: 'Use 3 to 32 characters.' }] });
    expect(describeAuthError(error, 'join')).toEqual({
      summary: 'Please check the highlighted fields and try again.',
      fields: { pseudonym: 'Use 3 to 32 characters.' },
    });
  });

  it('shows the server message when validation details name no field', () => {
    expect(describeAuthError(serverError(400, 'VALIDATION_FAILED'), 'join').summary).toBe('server says VALIDATION_FAILED');
  });

  it('suggests leaving the pseudonym empty when it is taken', () => {
    const copy = describeAuthError(serverError(409, 'PSEUDONYM_TAKEN'), 'join');
    expect(copy.fields.pseudonym).toMatch(/already uses that pseudonym/);
    expect(copy.fields.pseudonym).toMatch(/leave it empty/);
  });

  it.each([400, 422])('refuses a pseudonym (%i) kindly, under the field, with the reason the server gave', (status) => {
    const copy = describeAuthError(serverError(status, 'PSEUDONYM_REFUSED'), 'join');
    expect(copy.fields.pseudonym).toBe('server says PSEUDONYM_REFUSED');
    expect(copy.summary).toBe('server says PSEUDONYM_REFUSED');
  });

  it('says when to try again after a rate limit', () => {
    expect(describeAuthError(serverError(429, 'RATE_LIMITED', { retryAfterSeconds: 120 }), 'passphrase').summary).toMatch(
      /try again in about 2 minutes\.$/,
    );
  });

  it('on the name form, gives the server’s words: the passphrase under its field, and the allowance of changes', () => {
    expect(describeAuthError(serverError(403, 'WRONG_PASSPHRASE'), 'name')).toEqual({ summary: 'server says WRONG_PASSPHRASE', fields: { passphrase: 'server says WRONG_PASSPHRASE' } });
    expect(describeAuthError(serverError(409, 'PSEUDONYM_TAKEN'), 'name').fields.pseudonym).toBe('server says PSEUDONYM_TAKEN');
    expect(describeAuthError(serverError(429, 'RATE_LIMITED', { retryAfterSeconds: 3 * 3600 }), 'name').summary).toBe('server says RATE_LIMITED You can choose another in about 3 hours.');
  });

  it('does not say which of pseudonym and secret was wrong', () => {
    expect(describeAuthError(serverError(401, 'INVALID_CREDENTIALS'), 'passphrase').summary).toMatch(
      /pseudonym and passphrase don't match/,
    );
    expect(describeAuthError(serverError(401, 'INVALID_CREDENTIALS'), 'recovery-code').summary).toMatch(
      /pseudonym and recovery code don't match/,
    );
    expect(describeAuthError(serverError(401, 'SOME_NEW_CODE'), 'recovery-code').summary).toMatch(/don't match/);
  });

  it('passes on the friendly network message and hides server faults behind a calm sentence', () => {
    const offline = new ApiError({ status: 0, code: CLIENT_ERROR_CODES.NETWORK_ERROR, message: "We couldn't reach Lantern." });
    expect(describeAuthError(offline, 'join').summary).toBe("We couldn't reach Lantern.");
    expect(describeAuthError(serverError(500, 'INTERNAL_ERROR'), 'join').summary).toBe(
      'Something went wrong on our side. Please try again in a moment.',
    );
    expect(describeAuthError(new Error('bug'), 'join').summary).toBe('Something went wrong on our side. Please try again in a moment.');
  });
});

describe('describeWait', () => {
  it.each([
    [undefined, 'in a little while'],
    [0, 'in a little while'],
    [5, 'in a minute or so'],
    [60, 'in about 1 minute'],
    [61, 'in about 2 minutes'],
    [3600, 'in about 1 hour'],
    [7201, 'in about 3 hours'],
  ])('%p seconds reads "%s"', (seconds, expected) => {
    expect(describeWait(seconds)).toBe(expected);
  });
});
