import { ApiError } from '../../api/api-error';
import { actionProblem, checkAction, minutesOf, refusalInFormWords, refusedAtVersion, type ActionDraft } from './action-problem';

const draft = (over: Partial<ActionDraft>): ActionDraft => ({ action: 'hide', note: '', body: '', minutes: 60, partnerId: undefined, withoutConsent: false, ...over });
const refusal = (message: string, details: unknown) => new ApiError({ code: 'VALIDATION_FAILED', status: 400, message, details });

describe('the action form, in its own words', () => {
  it('reads the minutes field: whole minutes from 1 to a year', () => {
    expect(minutesOf(60)).toBe(60);
    expect(minutesOf('')).toBeNull();
    expect(minutesOf(0)).toBeNull();
    expect(minutesOf(1.5)).toBeNull();
    expect(minutesOf(525_601)).toBeNull();
    expect(minutesOf('30')).toBe(30);
  });

  it('says what is missing before anything is sent', () => {
    expect(checkAction(draft({ action: 'hide' }))).toEqual({});
    expect(checkAction(draft({ action: 'mute', minutes: '' })).minutes).toMatch(/^Say for how many minutes/);
    expect(checkAction(draft({ action: 'dismiss', note: '  ' }))).toEqual({ note: 'Say why you are dismissing this item.' });
    expect(checkAction(draft({ action: 'edit' }))).toEqual({ body: 'Write the corrected text.', note: 'Write the note members will see on the post.' });
    expect(checkAction(draft({ action: 'warn' })).body).toBe('Write the warning the member will read.');
    expect(checkAction(draft({ action: 'escalate' })).partner).toBe('Choose the partner to escalate to.');
    expect(checkAction(draft({ action: 'escalate', partnerId: 'p', withoutConsent: true })).note).toMatch(/without their request/);
    expect(checkAction(draft({ action: 'keep' }))).toEqual({});
  });

  it('puts an api refusal in the form’s words, never a field name', () => {
    const minutes = refusalInFormWords(refusal('durationMinutes: durationMinutes must be at least 1.', [{ path: 'durationMinutes', message: 'durationMinutes must be at least 1.' }]), 'mute');
    expect(minutes?.fields.minutes).toMatch(/^Say for how many minutes/);
    expect(minutes?.summary).toBe(minutes?.fields.minutes);
    const note = refusalInFormWords(refusal('note: Say why you are dismissing this item.', [{ path: 'note', message: 'Say why you are dismissing this item.' }]), 'dismiss');
    expect(note).toEqual({ summary: 'Say why you are dismissing this item.', fields: { note: 'Say why you are dismissing this item.' } });
    expect(actionProblem(refusal('action: action is one of: dismiss, keep.', [{ path: 'action', message: 'action is one of: dismiss, keep.' }]))).toBe('Lantern could not accept that. Check what you filled in and try again.');
    expect(actionProblem(refusal('durationMinutes: durationMinutes must be at least 1.', undefined))).not.toMatch(/durationMinutes/);
  });

  it('leaves other refusals as the api says them', () => {
    const claimed = new ApiError({ code: 'ALREADY_CLAIMED', status: 409, message: 'e2e-moderator is working on this item.' });
    expect(refusalInFormWords(claimed, 'warn')).toBeNull();
    expect(actionProblem(claimed)).toBe('e2e-moderator is working on this item.');
    expect(actionProblem(new Error('boom'))).toMatch(/Check your connection/);
  });

  it('reads the version of the item a refusal was about, where the api said it', () => {
    const claimed = new ApiError({ code: 'ALREADY_CLAIMED', status: 409, message: 'Sam is working on this item.', details: { claimedBy: { id: 'm', pseudonym: 'Sam' }, claimExpiresAt: null, version: 7 } });
    expect(refusedAtVersion(claimed)).toBe(7);
    expect(refusedAtVersion(new ApiError({ code: 'STALE_VERSION', status: 409, message: 'Changed.', details: { version: 0 } }))).toBe(0);
    expect(refusedAtVersion(refusal('note: Required', [{ path: 'note', message: 'Required' }]))).toBeUndefined();
    expect(refusedAtVersion(new ApiError({ code: 'ALREADY_CLAIMED', status: 409, message: 'x', details: { version: '7' } }))).toBeUndefined();
    expect(refusedAtVersion(new Error('offline'))).toBeUndefined();
  });
});
