export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Spaces requests evenly at `perSecond`. Even spacing (no burst) is what keeps a client under a
 * sliding one-second window on the server side, which a bursty token bucket would overrun.
 */
export class RateLimiter {
  private nextSlotMs = 0;
  private readonly intervalMs: number;

  constructor(
    perSecond: number,
    private readonly now: () => number,
    private readonly sleep: Sleep,
  ) {
    if (!(perSecond > 0)) throw new RangeError('perSecond must be positive');
    this.intervalMs = 1000 / perSecond;
  }

  async acquire(signal?: AbortSignal): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlotMs);
    this.nextSlotMs = slot + this.intervalMs;
    if (slot > now) await this.sleep(slot - now, signal);
  }
}

export const realSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
