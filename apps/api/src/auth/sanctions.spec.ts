import { ApiException } from '../http/api-exception';
import { assertNotSanctioned, whenAgain } from './sanctions';

describe('the words a paused member reads', () => {
  const now = Date.parse('2026-12-03T10:00:00Z');
  const at = (minutes: number) => new Date(now + minutes * 60_000);

  it('say how long, in the units people use, never an ISO timestamp', () => {
    expect(whenAgain(at(0.2), now)).toBe('in 1 minute');
    expect(whenAgain(at(45), now)).toBe('in 45 minutes');
    expect(whenAgain(at(89), now)).toBe('in 89 minutes');
    expect(whenAgain(at(120), now)).toBe('in 2 hours');
    expect(whenAgain(at(47 * 60), now)).toBe('in 47 hours');
    expect(whenAgain(at(7 * 24 * 60), now)).toBe('in 7 days');
  });

  it('keep the instant for clients, and always leave a way to a person', () => {
    const until = new Date(Date.now() + 30 * 60_000);
    const refusal = (where: 'forum' | 'chat', row: { muted_until: Date | null; suspended_until: Date | null }) => {
      try {
        assertNotSanctioned(row, where);
        return null;
      } catch (error) {
        return error as ApiException;
      }
    };
    const muted = refusal('chat', { muted_until: until, suspended_until: null });
    expect(muted?.getResponse()).toMatchObject({ error: { code: 'MUTED', details: { sanction: 'muted', until: until.toISOString() } } });
    const words = (muted?.getResponse() as { error: { message: string } }).error.message;
    expect(words).toMatch(/^A moderator has paused your chat messages; you can chat again in (29|30) minutes\. You can still read, and reach a person any time from "Get help now"\.$/);
    expect(words).not.toContain(until.toISOString());
    // A mute is about chat: the forum stays open.
    expect(refusal('forum', { muted_until: until, suspended_until: null })).toBeNull();
    const suspended = refusal('forum', { muted_until: null, suspended_until: until });
    expect((suspended?.getResponse() as { error: { code: string; message: string } }).error).toMatchObject({ code: 'SANCTIONED', message: expect.stringContaining('you can post again in') });
    // Over: nothing refuses.
    expect(refusal('chat', { muted_until: new Date(Date.now() - 1000), suspended_until: new Date(Date.now() - 1000) })).toBeNull();
  });
});
