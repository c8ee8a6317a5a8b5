/**
 * Per-token sliding one-second window (runZero documents 20 requests/second). Uses the injected
 * clock, so a test with a frozen clock sees exactly `limit` successes and then 429s.
 */
export class SlidingWindowLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 1000,
  ) {}

  /** Records the hit and returns true when allowed; rejected hits do not consume capacity. */
  tryAcquire(key: string, nowMs: number): boolean {
    const recent = (this.hits.get(key) ?? []).filter((t) => t > nowMs - this.windowMs && t <= nowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(nowMs);
    this.hits.set(key, recent);
    return allowed;
  }
}
