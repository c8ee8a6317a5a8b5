import type { Parameters } from 'fast-check';

/**
 * Property runs: small by default so `npm test` stays fast, FUZZ_RUNS for long runs (`npm run
 * fuzz`). The seed is fixed unless FUZZ_SEED is set, so a normal test run is reproducible and a
 * failure report names the seed and path to replay.
 */
const DEFAULT_RUNS = 100;
const DEFAULT_SEED = 0x5ec0_2026;

function envNumber(name: string): number | undefined {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) ? value : undefined;
}

export const FUZZ_RUNS = Math.max(1, Math.floor(envNumber('FUZZ_RUNS') ?? DEFAULT_RUNS));
export const FUZZ_SEED = envNumber('FUZZ_SEED') ?? DEFAULT_SEED;

/** True for long runs, where tests may take their time. */
export const LONG_RUN = envNumber('FUZZ_RUNS') !== undefined;

/** fast-check parameters; `share` scales the run count for properties that cost a lot per run. */
export function fuzzParams<T>(share = 1): Parameters<T> {
  return { numRuns: Math.max(1, Math.round(FUZZ_RUNS * share)), seed: FUZZ_SEED, endOnFailure: true };
}

/** Jest timeout for a property: generous for long runs, which have no wall-time budget. */
export function fuzzTimeoutMs(baseMs = 30_000): number {
  return LONG_RUN ? 60 * 60 * 1000 : baseMs;
}
