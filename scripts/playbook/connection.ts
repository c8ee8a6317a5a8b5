import type { RunDeps } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { DEMO_CREDENTIALS, startSimulator } from '../../simulator';
import type { Sleep } from './integration-command';
import { VirtualClock } from './virtual-clock';

/** Instance parameters plus how to release what was started for them. */
export interface Connection {
  params: Record<string, unknown>;
  /** True when the embedded simulator serves the run. */
  simulated: boolean;
  /** How scheduled commands wait: real time for a tenant, the simulator's virtual clock otherwise. */
  sleep?: Sleep;
  /** Clock and sleep for the commands themselves (signing time, retry back-off, client rate limit). */
  runDeps: RunDeps;
  /** Human description for stderr. */
  description: string;
  close(): Promise<void>;
}

/**
 * A real tenant when ABSOLUTE_URL / ABSOLUTE_TOKEN_ID / ABSOLUTE_SECRET_KEY are set, otherwise the
 * simulator started in this process (this is dev tooling, so it imports the simulator directly).
 */
export async function connect(env: Readonly<Record<string, string | undefined>>): Promise<Connection> {
  const url = env['ABSOLUTE_URL'];
  if (url) {
    const tokenId = env['ABSOLUTE_TOKEN_ID'] ?? '';
    const secretKey = env['ABSOLUTE_SECRET_KEY'] ?? '';
    if (!tokenId || !secretKey) throw new Error('ABSOLUTE_URL is set, so ABSOLUTE_TOKEN_ID and ABSOLUTE_SECRET_KEY are needed too.');
    return {
      params: instanceParams(url, tokenId, secretKey),
      simulated: false,
      runDeps: {},
      description: `Absolute tenant at ${url}`,
      close: async () => undefined,
    };
  }
  const clock = new VirtualClock();
  const simulator = await startSimulator({ port: 0, now: clock.now });
  const { tokenId, secretKey } = DEMO_CREDENTIALS.hs256;
  return {
    params: instanceParams(simulator.url, tokenId, secretKey),
    simulated: true,
    sleep: clock.sleep,
    // Every wait, the client's own included, moves the simulated clock: the simulator's rate limit
    // and action progress see time pass exactly as far as the client waited.
    runDeps: { now: clock.now, sleep: clock.sleep },
    description: `the embedded Absolute simulator at ${simulator.url} (demo token; simulated time moves only when the playbook waits; set ABSOLUTE_URL, ABSOLUTE_TOKEN_ID and ABSOLUTE_SECRET_KEY for a real tenant)`,
    close: () => simulator.close(),
  };
}

export function instanceParams(url: string, tokenId: string, secretKey: string): Record<string, unknown> {
  return { url, credentials: { identifier: tokenId, password: secretKey }, insecure: false, proxy: false };
}
