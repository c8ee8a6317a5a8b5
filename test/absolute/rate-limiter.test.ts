import fc from 'fast-check';
import { RATE_HEADROOM, RateLimiter } from '../../Integrations/Absolute/src/absolute/rate-limiter';
import { SlidingWindowLimiter } from '../../simulator/server/rate-limiter';

describe('client-side rate limiter', () => {
  test('spaces requests evenly below the configured rate, without bursts', async () => {
    let now = 1000;
    const waits: number[] = [];
    const limiter = new RateLimiter(
      20,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms;
      },
    );
    expect(1000 / (20 * (1 - RATE_HEADROOM))).toBeCloseTo(55.556, 3);
    const rounded = () => waits.map((w) => Math.round(w * 1000) / 1000);
    for (let i = 0; i < 5; i++) await limiter.acquire();
    expect(rounded()).toEqual(Array(4).fill(55.556));
    now += 1000; // idle time is not banked as a burst allowance
    await limiter.acquire();
    await limiter.acquire();
    expect(rounded()).toEqual(Array(5).fill(55.556));
  });

  test('a timer that fires late pushes the next request back by as much', async () => {
    let now = 0;
    const waits: number[] = [];
    const limiter = new RateLimiter(
      20,
      () => now,
      async (ms) => {
        waits.push(ms);
        now += ms + 30; // the timer fires 30 ms late
      },
    );
    await limiter.acquire();
    await limiter.acquire();
    await limiter.acquire();
    expect(waits.map((w) => Math.round(w * 100) / 100)).toEqual([55.56, 55.56]);
    expect(now).toBeCloseTo(2 * (55.56 + 30), 1);
  });

  test("against the simulator's sliding window at the same limit: no 429 despite late timers and network jitter", async () => {
    const requests = 400;
    const lateness = fc.array(fc.integer({ min: 0, max: 2 }), { minLength: requests, maxLength: requests });
    const jitter = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: requests, maxLength: requests });
    await fc.assert(
      fc.asyncProperty(lateness, jitter, async (late, travel) => {
        let now = 0;
        let i = 0;
        const limiter = new RateLimiter(
          20,
          () => now,
          async (ms) => {
            now += ms + (late[i] ?? 0);
          },
        );
        const arrivals: number[] = [];
        for (i = 0; i < requests; i++) {
          await limiter.acquire();
          arrivals.push(now + (travel[i] ?? 0));
        }
        const server = new SlidingWindowLimiter(20);
        const refused = [...arrivals].sort((a, b) => a - b).filter((t) => !server.tryAcquire('token', t)).length;
        expect(refused).toBe(0);
      }),
      { numRuns: 50 },
    );
  });

  test('rejects a non-positive rate', () => {
    expect(() => new RateLimiter(0, Date.now, async () => undefined)).toThrow(RangeError);
  });
});
