import { join } from 'node:path';
import { runInvocation } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { DEMO_CREDENTIALS, startSimulator } from '../../simulator';
import { asList, parsePath, readSegments } from './context-path';
import { instanceParams } from './connection';
import { runPlaybook } from './run-playbook';
import { stringify } from './values';
import { VirtualClock } from './virtual-clock';

export const DEMO_DEVICE_NAME = 'LAPTOP-7';
const PLAYBOOK = 'playbook-Absolute_-_Lost_or_Stolen_Device.yml';

export interface DemoIo {
  out: (text: string) => void;
  /** The repository root (Playbooks/ lives there). */
  root: string;
}

/**
 * `npm start`: the embedded simulator, `test-module`, then the lost-or-stolen playbook for the demo
 * device, ending with a short summary. Polling waits run on the simulator's virtual clock, so the
 * freeze that takes minutes in the simulated tenant finishes at once. Returns the exit status.
 */
export async function runDemo(io: DemoIo): Promise<number> {
  const clock = new VirtualClock();
  const simulator = await startSimulator({ port: 0, now: clock.now });
  try {
    io.out(`Started the embedded Absolute simulator at ${simulator.url} (demo token, simulated clock).\n`);
    const params = instanceParams(simulator.url, DEMO_CREDENTIALS.hs256.tokenId, DEMO_CREDENTIALS.hs256.secretKey);
    const runDeps = { now: clock.now, sleep: clock.sleep };
    const test = await runInvocation({ command: 'test-module', params, args: {} }, runDeps);
    const answer = stringify(test.output.entries[0]?.Contents);
    io.out(`\n!test-module -> ${answer}\n\n`);
    if (!test.ok || answer !== 'ok') return 1;

    const result = await runPlaybook({
      file: join(io.root, 'Playbooks', PLAYBOOK),
      playbooksDir: join(io.root, 'Playbooks'),
      inputs: { DeviceName: DEMO_DEVICE_NAME },
      params,
      sleep: clock.sleep,
      runDeps,
      log: (line) => io.out(`${line}\n`),
    });
    io.out(`\n${summarize(result.context)}\n`);
    return result.ok ? 0 : 1;
  } finally {
    await simulator.close();
  }
}

/** The four facts an analyst wants after the run, read from the final context. */
export function summarize(context: Record<string, unknown>): string {
  const read = (path: string) => readSegments(context, parsePath(path));
  const device = asList(read(`Absolute.Device(val.SystemName == '${DEMO_DEVICE_NAME}')`))[0] as Record<string, unknown> | undefined;
  const deviceUid = stringify(device?.['Id']);
  const location = asList(read('Absolute.LocationReport')).find((l) => (l as Record<string, unknown>)['ID'] === deviceUid) as
    Record<string, unknown> | undefined;
  const requestUid = stringify(asList(read('Absolute.FreezeRequest.RequestUID')).at(-1));
  const detail = asList(read('Absolute.FreezeRequestDetail')).find((d) => {
    const r = d as Record<string, unknown>;
    return r['ActionRequestUid'] === requestUid && r['DeviceUid'] === deviceUid;
  }) as Record<string, unknown> | undefined;
  const place = location ? [location['City'], location['State'], location['Country']].filter(Boolean).join(', ') : '';
  const coords =
    location && location['Latitude'] !== undefined ? ` (${stringify(location['Latitude'])}, ${stringify(location['Longitude'])})` : '';
  return [
    'Summary',
    `  Device:         ${device ? `${stringify(device['SystemName'])} (UID ${deviceUid}, serial ${stringify(device['Serial'])})` : 'not found'}`,
    `  Last location:  ${location ? `${place || 'unknown place'}${coords}, reported ${stringify(location['LastUpdate'])}` : 'none recorded'}`,
    `  Freeze request: ${requestUid || 'none'}`,
    `  Final status:   ${stringify(detail?.['ActionStatus']) || 'unknown'}`,
  ].join('\n');
}
