import type { Invocation, RunnerOutput } from '../../Integrations/Absolute/src/runtime/invocation';
import { runInvocation, type RunDeps } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { DEMO_CREDENTIALS, startSimulator, type RunningSimulator, type SimulatorOptions } from '../../simulator';

import { BUNDLE } from './paths';
import { runNode } from './run-node';

export { BUNDLE, REPO_ROOT } from './paths';

/**
 * A simulator on an ephemeral loopback port; small fleet and no rate limit unless asked. Strict
 * unless asked otherwise: the project's own client must stay on the documented API, so anything
 * undocumented it sends (OData `$filter`, a boolean as a string…) fails the test with a 400.
 */
export function startTestSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ fleetSize: 200, rateLimitPerSecond: false, strict: true, ...options });
}

/** Instance parameters pointing at the simulator with its demo HS256 token. */
export function paramsFor(sim: RunningSimulator, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    url: sim.url,
    credentials: { identifier: DEMO_CREDENTIALS.hs256.tokenId, password: DEMO_CREDENTIALS.hs256.secretKey },
    insecure: false,
    proxy: false,
    ...extra,
  };
}

export interface DistRun {
  code: number | null;
  output: RunnerOutput;
  stdout: string;
  stderr: string;
}

/** Runs dist/absolute.cjs as the platform would: the invocation on stdin, JSON back on stdout. */
export async function runDist(invocation: unknown, env: Record<string, string> = {}): Promise<DistRun> {
  const run = await runNode(BUNDLE, [], { env, input: typeof invocation === 'string' ? invocation : JSON.stringify(invocation) });
  try {
    return { ...run, output: JSON.parse(run.stdout) as RunnerOutput };
  } catch (error) {
    throw new Error(`dist/absolute.cjs printed non-JSON stdout (exit ${run.code}): ${run.stdout}\n${run.stderr}\n${String(error)}`, {
      cause: error,
    });
  }
}

/** Same contract, in-process: fast, and lets a test inject the clock or sleep. */
export async function runHere(invocation: Invocation, deps: RunDeps = {}): Promise<{ ok: boolean; output: RunnerOutput }> {
  return runInvocation(invocation, { sleep: async () => undefined, ...deps });
}

/** Convenience: the invocation for `command` with `args` against `sim`. */
export function invocation(
  sim: RunningSimulator,
  command: string,
  args: Record<string, unknown> = {},
  extra: Partial<Invocation> = {},
): Invocation {
  return { command, params: paramsFor(sim), args, ...extra };
}
