/**
 * Time for the embedded simulator when a playbook runs against it: it stands still at the start
 * time and moves only when a scheduled command "waits", by exactly the wait. A freeze that takes
 * minutes in the simulated tenant completes in milliseconds, and every run sees the same timeline
 * however fast the machine is.
 */
export class VirtualClock {
  private offsetMs = 0;
  private readonly base: () => number;

  /** `base` defaults to the moment of construction, frozen. */
  constructor(base?: () => number) {
    const start = Date.now();
    this.base = base ?? (() => start);
  }

  readonly now = (): number => this.base() + this.offsetMs;

  readonly sleep = async (ms: number): Promise<void> => {
    this.offsetMs += Math.max(0, ms);
  };
}
