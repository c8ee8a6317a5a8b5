import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEVICE, type DeviceReport, type RunningSimulator } from '../../simulator';
import { invocation, runHere, startTestSimulator } from '../support/harness';
import { manifestCommands } from '../support/manifest';
import { OutputRecorder } from '../support/output-recorder';

/** For the Reach and File Delete commands: the context paths their runs write are exactly the declared outputs. */
const COMMANDS = [
  'absolute-reach-script-list',
  'absolute-reach-script-get',
  'absolute-reach-script-run',
  'absolute-reach-request-list',
  'absolute-reach-request-get',
  'absolute-reach-request-cancel',
  'absolute-file-delete-request-create',
  'absolute-file-delete-request-list',
  'absolute-file-delete-request-get',
];
const BOTH = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e01';
const DISABLE_USER = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e02';

let clock = Date.now();
const now = () => clock;
let sim: RunningSimulator;
let filesDir: string;
const outputs = new OutputRecorder((command, args) => runHere(invocation(sim, command, args, { filesDir }), { now }));
const { record } = outputs;

function device(predicate: (d: DeviceReport) => boolean): string {
  for (let i = 1; i < sim.state.fleet.size; i++) {
    const d = sim.state.device(i);
    if (d && d.deviceName !== 'MBP-SALES-01' && predicate(d)) return d.deviceUid;
  }
  throw new Error('no such device');
}

beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
  filesDir = mkdtempSync(join(tmpdir(), 'absolute-outputs-'));
  const mac = device((d) => d.platformOSType === 'Mac' && d.agentStatus === 'A');
  const inactive = device((d) => d.platformOSType === 'Windows' && d.agentStatus !== 'A');
  await record('absolute-reach-script-list', {});
  await record('absolute-reach-script-get', { script_uid: DISABLE_USER, include_content: 'true' });
  await record('absolute-reach-script-get', { script_uid: BOTH });
  await record('absolute-reach-script-run', { script_uid: BOTH, device_ids: mac, dry_run: 'true' });
  const targets = `${DEMO_DEVICE.deviceUid},${mac},${inactive}`;
  const run = await record('absolute-reach-script-run', {
    script_uid: DISABLE_USER,
    device_ids: targets,
    win_command_line: '-UserName x',
    mac_command_line: '-u x',
    request_title: 'T',
    polling: 'true',
  });
  const specific = await record('absolute-file-delete-request-create', {
    device_ids: targets,
    wipe_type: 'wipeSpecificUserFiles',
    file_patterns_windows: '*.pst',
    file_patterns_mac: '*.key',
    secure_erase_count: '7',
    include_file_date_in_log: 'true',
    polling: 'true',
  });
  const all = await record('absolute-file-delete-request-create', {
    device_ids: `${DEMO_DEVICE.deviceUid},${inactive}`,
    wipe_type: 'wipeAllUserFiles',
    unenroll_devices_and_free_licenses: 'true',
    polling: 'true',
  });
  await record('absolute-file-delete-request-create', { device_ids: mac, wipe_type: 'wipeAllUserFiles', dry_run: 'true' });
  clock += 5000;
  await record('absolute-reach-script-run', run[0]?.PollingArgs ?? {});
  await record('absolute-file-delete-request-create', specific[0]?.PollingArgs ?? {});
  await record('absolute-file-delete-request-create', all[0]?.PollingArgs ?? {});
  const reachUid = String(run[0]?.PollingArgs?.['request_uids']);
  await record('absolute-reach-request-list', { limit: '5' });
  await record('absolute-reach-request-get', { request_uid: reachUid, device_ids: targets });
  await record('absolute-reach-request-cancel', { request_uid: reachUid, device_ids: mac });
  await record('absolute-file-delete-request-list', { limit: '5' });
  await record('absolute-file-delete-request-get', { request_uid: String(all[0]?.PollingArgs?.['request_uids']) });
  await record('absolute-file-delete-request-get', { request_uid: String(specific[0]?.PollingArgs?.['request_uids']) });
});
afterAll(async () => {
  await sim.close();
  rmSync(filesDir, { recursive: true, force: true });
});

test.each(manifestCommands(COMMANDS).map((c) => [c.name, c] as const))('%s writes exactly the declared output paths', (name, command) => {
  expect(outputs.pathsOf(name)).toEqual((command.outputs ?? []).map((o) => o.contextPath).sort());
});
