export type ActionKind =
  | 'freeze' | 'removeFreeze' | 'unenroll' | 'wipe' | 'wipeCancel' | 'messageCreate' | 'messageUpdate' | 'messageDelete' | 'cdfUpdate'
  | 'reportMissing' | 'reportFound' | 'userMessage'
  | 'reachRun' | 'reachCancel' | 'fileDelete' | 'fileDeleteCancel';

export type FaultKind =
  | 'latency'
  | 'stall'
  | 'error'
  | 'status429'
  | 'resetBefore'
  | 'resetAfter'
  | 'malformedJson'
  | 'truncatedJson'
  | 'wrongContentType'
  | 'cursorRepeat'
  | 'cursorVanish'
  | 'forbiddenRoute'
  | 'clockSkew';

/** Counters since start, for assertions in reliability tests and for the CLI's summary. */
export interface SimulatorStats {
  requestsTotal: number;
  /** Keyed by logical route (`GET /v3/reporting/devices`, with `{param}` templates) or raw HTTP route. */
  requestsByRoute: Record<string, number>;
  /** Keyed by HTTP status; `reset` counts connections destroyed without an answer. */
  requestsByStatus: Record<string, number>;
  faultsInjected: Record<FaultKind, number>;
  faultsTotal: number;
  actionsCreated: Record<ActionKind, number>;
  /** 429s produced by the rate limiter. */
  rateLimited: number;
  /** All 429 responses, rate limiter and injected. */
  responses429: number;
}

const FAULT_KINDS: readonly FaultKind[] = [
  'latency', 'stall', 'error', 'status429', 'resetBefore', 'resetAfter', 'malformedJson', 'truncatedJson',
  'wrongContentType', 'cursorRepeat', 'cursorVanish', 'forbiddenRoute', 'clockSkew',
];
const ACTION_KINDS: readonly ActionKind[] = [
  'freeze', 'removeFreeze', 'unenroll', 'wipe', 'wipeCancel', 'messageCreate', 'messageUpdate', 'messageDelete', 'cdfUpdate',
  'reportMissing', 'reportFound', 'userMessage',
  'reachRun', 'reachCancel', 'fileDelete', 'fileDeleteCancel',
];

export class StatsRecorder {
  private readonly stats: SimulatorStats = {
    requestsTotal: 0,
    requestsByRoute: {},
    requestsByStatus: {},
    faultsInjected: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>,
    faultsTotal: 0,
    actionsCreated: Object.fromEntries(ACTION_KINDS.map((k) => [k, 0])) as Record<ActionKind, number>,
    rateLimited: 0,
    responses429: 0,
  };

  request(route: string, status: number | 'reset'): void {
    this.stats.requestsTotal += 1;
    this.stats.requestsByRoute[route] = (this.stats.requestsByRoute[route] ?? 0) + 1;
    const key = String(status);
    this.stats.requestsByStatus[key] = (this.stats.requestsByStatus[key] ?? 0) + 1;
    if (status === 429) this.stats.responses429 += 1;
  }

  fault(kind: FaultKind): void {
    this.stats.faultsInjected[kind] += 1;
    this.stats.faultsTotal += 1;
  }

  action(kind: ActionKind): void {
    this.stats.actionsCreated[kind] += 1;
  }

  rateLimited(): void {
    this.stats.rateLimited += 1;
  }

  /** A deep copy, so callers can keep snapshots and diff them. */
  snapshot(): SimulatorStats {
    return structuredClone(this.stats);
  }
}
