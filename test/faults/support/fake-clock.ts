/**
 * One virtual clock shared by the client (signing, rate limiter, retry budget) and the simulator
 * (issuedAt check, action progress). Sleeping advances it instantly, so retries with backoff and
 * Retry-After cost no wall time and signatures never drift outside the simulator's window.
 */
export class FakeClock {
  constructor(private ms: number) {}

  readonly now = (): number => this.ms;

  readonly sleep = async (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) throw signal.reason;
    this.ms += Math.max(0, ms);
  };
}

/** A fixed start instant, so every run sees the same fleet, events and statuses. */
export const FAULT_EPOCH = Date.parse('2026-05-04T09:00:00.000Z');
