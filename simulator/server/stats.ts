import { UNDOCUMENTED_KINDS, type UndocumentedInput, type UndocumentedKind } from './leniency';

export type ActionKind =
  | 'freeze'
  | 'removeFreeze'
  | 'unenroll'
  | 'wipe'
  | 'wipeCancel'
  | 'messageCreate'
  | 'messageUpdate'
  | 'messageDelete'
  | 'cdfUpdate'
  | 'reportMissing'
  | 'reportFound'
  | 'userMessage'
  | 'reachRun'
  | 'reachCancel'
  | 'fileDelete'
  | 'fileDeleteCancel';

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
  /** Undocumented parameters and coerced values: accepted (lenient) or refused with a 400 (strict). */
  undocumentedInputs: UndocumentedInputStats;
}

export interface UndocumentedInputStats {
  strict: boolean;
  accepted: UndocumentedTally;
  refused: UndocumentedTally;
}

export interface UndocumentedTally {
  total: number;
  byKind: Record<UndocumentedKind, number>;
  /** Keyed `<kind> <route> <field>`, e.g. `booleanString POST /v3/actions/requests/unenroll excludeMissingDevices`. */
  byInput: Record<string, number>;
}

const FAULT_KINDS: readonly FaultKind[] = [
  'latency',
  'stall',
  'error',
  'status429',
  'resetBefore',
  'resetAfter',
  'malformedJson',
  'truncatedJson',
  'wrongContentType',
  'cursorRepeat',
  'cursorVanish',
  'forbiddenRoute',
  'clockSkew',
];
const ACTION_KINDS: readonly ActionKind[] = [
  'freeze',
  'removeFreeze',
  'unenroll',
  'wipe',
  'wipeCancel',
  'messageCreate',
  'messageUpdate',
  'messageDelete',
  'cdfUpdate',
  'reportMissing',
  'reportFound',
  'userMessage',
  'reachRun',
  'reachCancel',
  'fileDelete',
  'fileDeleteCancel',
];

function emptyTally(): UndocumentedTally {
  return { total: 0, byKind: Object.fromEntries(UNDOCUMENTED_KINDS.map((k) => [k, 0])) as Record<UndocumentedKind, number>, byInput: {} };
}

function tally(into: UndocumentedTally, route: string, input: UndocumentedInput): void {
  into.total += 1;
  into.byKind[input.kind] += 1;
  const key = `${input.kind} ${route} ${input.field}`;
  into.byInput[key] = (into.byInput[key] ?? 0) + 1;
}

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
    undocumentedInputs: { strict: false, accepted: emptyTally(), refused: emptyTally() },
  };

  constructor(strict = false) {
    this.stats.undocumentedInputs.strict = strict;
  }

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

  undocumentedAccepted(route: string, inputs: readonly UndocumentedInput[]): void {
    for (const input of inputs) tally(this.stats.undocumentedInputs.accepted, route, input);
  }

  undocumentedRefused(route: string, input: UndocumentedInput): void {
    tally(this.stats.undocumentedInputs.refused, route, input);
  }

  /** A deep copy, so callers can keep snapshots and diff them. */
  snapshot(): SimulatorStats {
    return structuredClone(this.stats);
  }
}
