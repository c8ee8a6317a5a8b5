import { spawn } from 'node:child_process';
import type { Invocation, RunnerOutput } from '../../Integrations/Absolute/src/runtime/invocation';
import { runInvocation, type RunDeps } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { DEMO_CREDENTIALS, startSimulator, type RunningSimulator, type SimulatorOptions } from '../../simulator';

import { BUNDLE } from './paths';

export { BUNDLE, REPO_ROOT } from './paths';

/** A simulator on an ephemeral loopback port; small fleet and no rate limit unless asked. */
export function startTestSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ fleetSize: 200, rateLimitPerSecond: false, ...options });
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
export function runDist(invocation: unknown, env: Record<string, string> = {}): Promise<DistRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE], { env: { PATH: process.env['PATH'] ?? '', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve({ code, output: JSON.parse(stdout) as RunnerOutput, stdout, stderr });
      } catch (error) {
        reject(new Error(`dist/absolute.cjs printed non-JSON stdout (exit ${code}): ${stdout}\n${stderr}\n${String(error)}`));
      }
    });
    child.stdin.end(typeof invocation === 'string' ? invocation : JSON.stringify(invocation));
  });
}

/** Same contract, in-process: fast, and lets a test inject the clock or sleep. */
export async function runHere(invocation: Invocation, deps: RunDeps = {}): Promise<{ ok: boolean; output: RunnerOutput }> {
  return runInvocation(invocation, { sleep: async () => undefined, ...deps });
}

/** Convenience: the invocation for `command` with `args` against `sim`. */
export function invocation(sim: RunningSimulator, command: string, args: Record<string, unknown> = {}, extra: Partial<Invocation> = {}): Invocation {
  return { command, params: paramsFor(sim), args, ...extra };
}
