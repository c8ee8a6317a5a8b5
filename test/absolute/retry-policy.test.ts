import { DEFAULT_RETRY_POLICY, parseRetryAfter, retryDelayMs } from '../../Integrations/Absolute/src/absolute/retry-policy';

describe('retry policy', () => {
  test('exponential backoff with at most 25% jitter below the nominal delay', () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, () => 0)).toBe(500);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 2, () => 0)).toBe(1000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 3, () => 1)).toBe(1500);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 10, () => 0)).toBe(8000);
  });

  test('Retry-After wins, clamped to the ceiling', () => {
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, () => 0.5, 2000)).toBe(2000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, () => 0.5, 120_000)).toBe(8000);
  });

  test('Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('3', 0)).toBe(3000);
    expect(parseRetryAfter('0.5', 0)).toBe(500);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('nonsense', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
