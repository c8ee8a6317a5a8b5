/**
 * Wire-level waits (latency and stall faults). These delay bytes on the socket only; no simulated
 * state ever advances on a timer. `cancelAll` lets `close()` finish without dangling timers.
 */
export class Delays {
  private readonly pending = new Set<{ timer: NodeJS.Timeout; resolve: (completed: boolean) => void }>();

  /** Resolves true after `ms`, or false if cancelled first. */
  wait(ms: number): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.pending.delete(entry);
          resolve(true);
        }, ms),
        resolve,
      };
      this.pending.add(entry);
    });
  }

  cancelAll(): void {
    for (const entry of this.pending) {
      clearTimeout(entry.timer);
      entry.resolve(false);
    }
    this.pending.clear();
  }
}
