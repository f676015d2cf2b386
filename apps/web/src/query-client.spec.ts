import { ApiError } from './api/api-client';
import { shouldRetry } from './query-client';

const apiError = (status: number, code = 'SOMETHING') => new ApiError({ code, message: 'x', status });

describe('shouldRetry', () => {
  it('retries network failures and server errors a couple of times', () => {
    expect(shouldRetry(0, apiError(0, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(1, apiError(503))).toBe(true);
    expect(shouldRetry(2, apiError(503))).toBe(false);
  });

  it('never retries a request the server rejected, or an unknown failure', () => {
    expect(shouldRetry(0, apiError(400))).toBe(false);
    expect(shouldRetry(0, apiError(401))).toBe(false);
    expect(shouldRetry(0, new Error('bug'))).toBe(false);
  });
});
