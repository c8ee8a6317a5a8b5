import type { FaultConfig } from '../../../simulator';
import type { CommandCase } from './command-cases';

/** `ok`: must succeed; `fail`: must fail clearly; `either`: both are fine, but a failure must be clear. */
export type Outcome = 'ok' | 'fail' | 'either';

export interface Scenario {
  name: string;
  faults: (c: CommandCase) => FaultConfig;
  expect: Outcome;
  /** When the command fails, its message must match (it names what went wrong). */
  message?: RegExp;
  /** Instance parameters for this scenario (time budgets). */
  params?: Record<string, unknown>;
}

const ALL_5XX = [500, 502, 503, 504];

/**
 * The fault PRNG restarts with every cell; mixing the command into the seed keeps the commands
 * from all meeting the very same first draws (which would make "40 %" mean "always" for all).
 */
function seedFor(c: CommandCase, base: number): number {
  let h = base;
  for (const ch of c.command) h = (Math.imul(h, 31) + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** Faults answered at once: the whole matrix costs no wall time beyond the requests themselves. */
export const INSTANT_SCENARIOS: readonly Scenario[] = [
  { name: 'no faults', faults: () => ({}), expect: 'ok' },
  {
    name: '429 storm on 60% with Retry-After 1 s',
    faults: (c) => ({ seed: seedFor(c, 7), status429Rate: 0.6, retryAfterSeconds: 1 }),
    expect: 'either',
    message: /429|rate limit/i,
  },
  {
    name: '429 on every request (retries exhausted)',
    faults: () => ({ status429Rate: 1, retryAfterSeconds: 2 }),
    expect: 'fail',
    message: /429 RATE_LIMITED[\s\S]*rate limit/,
  },
  { name: '429 on every request without Retry-After', faults: () => ({ status429Rate: 1 }), expect: 'fail', message: /429/ },
  {
    name: '500 on every request',
    faults: () => ({ errorRate: 1, errorStatuses: [500] }),
    expect: 'fail',
    message: /returned 500 INTERNAL_SERVER_ERROR/,
  },
  { name: '502 on every request', faults: () => ({ errorRate: 1, errorStatuses: [502] }), expect: 'fail', message: /returned 502/ },
  {
    name: '503 on every request',
    faults: () => ({ errorRate: 1, errorStatuses: [503] }),
    expect: 'fail',
    message: /returned 503 SERVICE_UNAVAILABLE/,
  },
  {
    name: '5xx on 40%',
    faults: (c) => ({ seed: seedFor(c, 11), errorRate: 0.4, errorStatuses: ALL_5XX }),
    expect: 'either',
    message: /returned 50\d/,
  },
  { name: 'reset before processing, every request', faults: () => ({ resetBeforeRate: 1 }), expect: 'fail', message: /connection/i },
  {
    name: 'reset before processing, 40%',
    faults: (c) => ({ seed: seedFor(c, 5), resetBeforeRate: 0.4 }),
    expect: 'either',
    message: /connection/i,
  },
  { name: 'reset after processing, every request', faults: () => ({ resetAfterRate: 1 }), expect: 'fail', message: /connection/i },
  {
    name: 'reset after processing, 40%',
    faults: (c) => ({ seed: seedFor(c, 9), resetAfterRate: 0.4 }),
    expect: 'either',
    message: /connection/i,
  },
  // Empty 202 bodies cannot be corrupted, so a command whose only call is a 202 write succeeds.
  {
    name: 'malformed JSON on every reply',
    faults: () => ({ malformedJsonRate: 1 }),
    expect: 'either',
    message: /malformed or truncated JSON/,
  },
  {
    name: 'truncated JSON on every reply',
    faults: () => ({ truncatedJsonRate: 1 }),
    expect: 'either',
    message: /malformed or truncated JSON/,
  },
  { name: 'HTML instead of JSON on every reply', faults: () => ({ wrongContentTypeRate: 1 }), expect: 'either', message: /text\/html/ },
  {
    name: 'corrupt bodies on 30%',
    faults: (c) => ({ seed: seedFor(c, 3), malformedJsonRate: 0.1, truncatedJsonRate: 0.1, wrongContentTypeRate: 0.1 }),
    expect: 'either',
    message: /JSON|text\/html/,
  },
  { name: 'paging cursor repeats', faults: () => ({ cursorMode: 'repeat' }), expect: 'either', message: /repeated a paging cursor/ },
  { name: 'paging cursor vanishes', faults: () => ({ cursorMode: 'vanish' }), expect: 'ok' },
  {
    name: 'server clock 10 min ahead (401)',
    faults: () => ({ clockSkewMs: 600_000 }),
    expect: 'fail',
    message: /401 NOT_AUTHENTICATED[\s\S]*clock/,
  },
  { name: 'server clock 10 min behind (401)', faults: () => ({ clockSkewMs: -600_000 }), expect: 'fail', message: /401[\s\S]*clock/ },
  { name: 'server clock 2 min ahead (inside the window)', faults: () => ({ clockSkewMs: 120_000 }), expect: 'ok' },
  {
    name: '403 on the primary endpoint',
    faults: (c) => ({ forbiddenRoutes: [c.primaryRoute] }),
    expect: 'fail',
    message: /403 NOT_AUTHORIZED|permission/,
  },
  {
    name: '403 on a secondary endpoint',
    faults: (c) => ({ forbiddenRoutes: c.secondaryRoute ? [c.secondaryRoute] : [] }),
    expect: 'either',
    message: /403|permission/,
  },
  ...[1, 2, 3, 4].map((seed): Scenario => ({
    name: `chaos mix, seed ${seed}`,
    faults: (c) => ({
      seed: seedFor(c, seed),
      status429Rate: 0.15,
      retryAfterSeconds: 1,
      errorRate: 0.15,
      errorStatuses: ALL_5XX,
      resetBeforeRate: 0.1,
      resetAfterRate: 0.1,
      malformedJsonRate: 0.05,
      truncatedJsonRate: 0.05,
      wrongContentTypeRate: 0.05,
    }),
    expect: 'either',
  })),
];

/**
 * Faults that cost wall time: kept short, with budgets well below them. `command_timeout_seconds`
 * is the only time budget an invocation has, so that is what these scenarios shrink.
 */
export const TIMED_SCENARIOS: readonly Scenario[] = [
  { name: 'slow replies inside the budget', faults: () => ({ latencyMs: 5 }), expect: 'ok', params: { command_timeout_seconds: 30 } },
  {
    name: 'replies slower than the budget',
    faults: () => ({ latencyMs: 300 }),
    expect: 'fail',
    message: /time budget/,
    params: { command_timeout_seconds: 0.12 },
  },
  {
    name: 'stalled requests',
    faults: () => ({ stallMs: 400 }),
    expect: 'fail',
    message: /time budget/,
    params: { command_timeout_seconds: 0.12 },
  },
];
