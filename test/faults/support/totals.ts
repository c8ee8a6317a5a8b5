/** What the fault matrix did, summed over every cell; printed at the end and asserted on. */
export interface Totals {
  scenarios: number;
  requests: number;
  faultsInjected: number;
  successes: number;
  clearFailures: number;
  duplicates: number;
  leaks: number;
}

export function emptyTotals(): Totals {
  return { scenarios: 0, requests: 0, faultsInjected: 0, successes: 0, clearFailures: 0, duplicates: 0, leaks: 0 };
}

export function formatTotals(title: string, t: Totals): string {
  return (
    `${title}: ${t.scenarios} scenario runs, ${t.requests} requests, ${t.faultsInjected} faults injected, ` +
    `${t.successes} successes, ${t.clearFailures} clear failures, ${t.duplicates} duplicate actions, ${t.leaks} leaks`
  );
}
