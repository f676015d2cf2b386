import { ApiError, CLIENT_ERROR_CODES } from './api-error';
import {
  getReachability,
  isApiUnreachable,
  isUnreachableError,
  noteApiOutcome,
  resetReachabilityForTests,
  subscribeToReachability,
} from './reachability';

const apiError = (code: string, status: number) => new ApiError({ code, message: 'x', status });
const refused = () => apiError(CLIENT_ERROR_CODES.NETWORK_ERROR, 0);

describe('isUnreachableError', () => {
  it('is true when no answer came, or a gateway answered in place of Lantern', () => {
    expect(isUnreachableError(refused())).toBe(true);
    expect(isUnreachableError(apiError(CLIENT_ERROR_CODES.TIMEOUT, 0))).toBe(true);
    expect(isUnreachableError(apiError(CLIENT_ERROR_CODES.BAD_RESPONSE, 502))).toBe(true);
    expect(isUnreachableError(apiError(CLIENT_ERROR_CODES.BAD_RESPONSE, 503))).toBe(true);
  });

  it('is false when Lantern answered, even with an error, and for anything that is not an ApiError', () => {
    expect(isUnreachableError(apiError('INTERNAL', 500))).toBe(false);
    expect(isUnreachableError(apiError('NOT_FOUND', 404))).toBe(false);
    expect(isUnreachableError(apiError(CLIENT_ERROR_CODES.BAD_RESPONSE, 200))).toBe(false);
    expect(isUnreachableError(new TypeError('bug'))).toBe(false);
    expect(isUnreachableError(undefined)).toBe(false);
  });
});

describe('the reachability store', () => {
  beforeEach(() => resetReachabilityForTests());

  it('asks for a check on the first unanswered request, and only the probe says unreachable', () => {
    noteApiOutcome(refused());
    expect(getReachability()).toBe('checking');
    expect(isApiUnreachable()).toBe(false);
    noteApiOutcome(refused(), { probe: true });
    expect(getReachability()).toBe('unreachable');
    // Other requests failing meanwhile change nothing: the notice already says it.
    noteApiOutcome(apiError(CLIENT_ERROR_CODES.TIMEOUT, 0));
    expect(getReachability()).toBe('unreachable');
  });

  it('is reachable again on any answer it can read, a Lantern error included', () => {
    noteApiOutcome(refused(), { probe: true });
    noteApiOutcome(apiError('RATE_LIMITED', 429));
    expect(getReachability()).toBe('reachable');
    noteApiOutcome(refused());
    noteApiOutcome();
    expect(getReachability()).toBe('reachable');
  });

  it('a probe that gets an answer settles a check as reachable: one endpoint failing is not an outage', () => {
    noteApiOutcome(refused());
    noteApiOutcome(undefined, { probe: true });
    expect(getReachability()).toBe('reachable');
  });

  it('tells listeners only when the state changes, and stops when they unsubscribe', () => {
    const listener = jest.fn();
    const unsubscribe = subscribeToReachability(listener);
    noteApiOutcome(refused());
    noteApiOutcome(refused());
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    noteApiOutcome(refused(), { probe: true });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
