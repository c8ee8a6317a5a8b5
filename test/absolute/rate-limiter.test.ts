import { RateLimiter } from '../../Integrations/Absolute/src/absolute/rate-limiter';

describe('client-side rate limiter', () => {
  test('spaces requests evenly at the configured rate, without bursts', async () => {
    let now = 1000;
    const waits: number[] = [];
    const limiter = new RateLimiter(20, () => now, async (ms) => {
      waits.push(ms);
      now += ms;
    });
    for (let i = 0; i < 5; i++) await limiter.acquire();
    expect(waits).toEqual([50, 50, 50, 50]);
    now += 1000; // idle time is not banked as a burst allowance
    await limiter.acquire();
    await limiter.acquire();
    expect(waits).toEqual([50, 50, 50, 50, 50]);
  });

  test('rejects a non-positive rate', () => {
    expect(() => new RateLimiter(0, Date.now, async () => undefined)).toThrow(RangeError);
  });
});
