import { parseSessionGrant, parseSessionGrantWithRecoveryCode, parseSessionMember } from './session-grant';

const member = { id: 'm-1', pseudonym: 'Quiet Otter 42', role: 'member', region: 'US' };

describe('session grant parsing', () => {
  it('accepts the documented register answer', () => {
    const body = { accessToken: 'a', refreshToken: 'r', recoveryCode: 'c', member };
    expect(parseSessionGrantWithRecoveryCode(body)).toEqual(body);
  });

  it('treats a missing region as null and ignores extra fields', () => {
    expect(parseSessionMember({ id: 'm-1', pseudonym: 'P', role: 'moderator', extra: true })).toEqual({
      id: 'm-1',
      pseudonym: 'P',
      role: 'moderator',
      region: null,
    });
  });

  it('keeps whether the account has a passphrase, only when the api says so with a boolean', () => {
    expect(parseSessionMember({ ...member, hasPassphrase: true }).hasPassphrase).toBe(true);
    expect(parseSessionMember({ ...member, hasPassphrase: false }).hasPassphrase).toBe(false);
    expect('hasPassphrase' in parseSessionMember({ ...member, hasPassphrase: 'yes' })).toBe(false);
  });

  it('keeps a pause the api reports, only as a real instant', () => {
    const paused = parseSessionMember({ ...member, mutedUntil: '2026-12-03T11:00:00.000Z', suspendedUntil: null });
    expect(paused.mutedUntil).toBe('2026-12-03T11:00:00.000Z');
    expect('suspendedUntil' in paused).toBe(false);
    expect('mutedUntil' in parseSessionMember({ ...member, mutedUntil: 'soon' })).toBe(false);
  });

  it('keeps "Replies to you" switched off only when the preference says false', () => {
    expect(parseSessionMember({ ...member, preferences: { repliesToYou: false } }).repliesToYouOff).toBe(true);
    expect('repliesToYouOff' in parseSessionMember({ ...member, preferences: { repliesToYou: true } })).toBe(false);
    expect('repliesToYouOff' in parseSessionMember({ ...member, preferences: {} })).toBe(false);
    expect('repliesToYouOff' in parseSessionMember({ ...member, preferences: { repliesToYou: 'no' } })).toBe(false);
  });

  it.each([
    null,
    { accessToken: 'a', member },
    { accessToken: '', refreshToken: 'r', member },
    { accessToken: 'a', refreshToken: 'r', member: { ...member, role: 'owner' } },
    { accessToken: 'a', refreshToken: 'r', member: { ...member, region: 7 } },
    { accessToken: 'a', refreshToken: 'r' },
  ])('rejects %p', (body) => {
    expect(() => parseSessionGrant(body)).toThrow(TypeError);
  });

  it('requires a recovery code where one is promised', () => {
    expect(() => parseSessionGrantWithRecoveryCode({ accessToken: 'a', refreshToken: 'r', member })).toThrow(TypeError);
  });
});
