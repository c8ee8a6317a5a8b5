import { AbsoluteClient } from '../../Integrations/Absolute/src/absolute/client';
import { findCommand } from '../../Integrations/Absolute/src/commands/registry';
import { parseParams } from '../../Integrations/Absolute/src/runtime/params';
import { parseArgs } from '../../Integrations/Absolute/src/xsoar/args';
import { DEMO_CREDENTIALS, type RunningSimulator } from '../../simulator';
import { paramsFor } from '../support/harness';

/** What the command line would show before asking to confirm `command` with `raw` arguments. */
export async function describeTargetsOf(
  sim: RunningSimulator,
  command: string,
  raw: Record<string, unknown>,
  now: () => number,
): Promise<string> {
  const definition = findCommand(command);
  if (!definition?.describeTargets) throw new Error(`${command} does not describe its targets`);
  const client = new AbsoluteClient({
    serverUrl: sim.url,
    tokenId: DEMO_CREDENTIALS.hs256.tokenId,
    secretKey: DEMO_CREDENTIALS.hs256.secretKey,
    now,
    requestsPerSecond: 0,
  });
  try {
    const ctx = { client, params: parseParams(paramsFor(sim)), lastRun: null, now, log: () => undefined, filesDir: '' };
    return await definition.describeTargets(ctx, parseArgs(definition.args, raw));
  } finally {
    await client.close();
  }
}
