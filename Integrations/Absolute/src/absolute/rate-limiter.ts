export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Share of the limit kept free. The server counts requests per sliding second as they *arrive*;
 * a timer that fires late or a request that travels slower than the one 20 places behind it
 * bunches arrivals, and at exactly the limit a single such bunch is a 429. Spacing at 90% of the
 * limit absorbs up to ~110 ms of jitter per window at 20/s.
 */
export const RATE_HEADROOM = 0.1;

/**
 * Spaces requests evenly, below `perSecond` by RATE_HEADROOM. Even spacing (no burst) is what
 * keeps a client under a sliding one-second window on the server side, which a bursty token
 * bucket would overrun.
 */
export class RateLimiter {
  private nextSlotMs = 0;
  readonly intervalMs: number;

  constructor(
    perSecond: number,
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {
    if (!(perSecond > 0)) throw new RangeError('perSecond must be positive');
    this.intervalMs = 1000 / (perSecond * (1 - RATE_HEADROOM));
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlotMs);
    this.nextSlotMs = slot + this.intervalMs;
    if (slot <= now) return;
    await this.sleep(slot - now, signal);
    // A timer that fired late moves the next slot too: the gap after this request stays whole.
    const late = this.now() - slot;
    if (late > 0) this.nextSlotMs += late;
  }
}

/** Why the signal was aborted, as an Error (a promise is rejected with Errors only). */
function abortReason(signal: AbortSignal): Error {
  return signal.reason instanceof Error ? signal.reason : new Error('The operation was aborted.', { cause: signal.reason });
}

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      if (signal) reject(abortReason(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
