import { DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { invocation, runHere, startTestSimulator } from '../support/harness';
import { manifestCommands } from '../support/manifest';
import { OutputRecorder } from '../support/output-recorder';

/**
 * For the device, endpoint, health, event and wipe commands: the context paths their runs write
 * are exactly the outputs Absolute.yml declares for them (the freeze and inventory families have
 * the same check beside their own tests).
 */
const COMMANDS = [
  'absolute-device-list',
  'absolute-device-get',
  'endpoint',
  'absolute-health',
  'absolute-device-get-events',
  'absolute-wipe-request-create',
  'absolute-wipe-request-list',
  'absolute-wipe-actions-list',
  'absolute-wipe-request-cancel',
];

let clock = Date.now();
const now = () => clock;
let sim: RunningSimulator;
const outputs = new OutputRecorder((command, args) => runHere(invocation(sim, command, args), { now }));
const { record } = outputs;

beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
  await record('absolute-device-list', { limit: '50' });
  const stolen = sim.state.device(3)?.deviceUid ?? '';
  sim.state.overrideDevice(stolen, { isStolen: true, deviceStatus: { type: 'STOLEN', reported: '2026-11-01T00:00:00.000Z' } } as never);
  const frozen = sim.state.device(4)?.deviceUid ?? '';
  sim.state.overrideDevice(frozen, { deviceFreezeStatus: { statusCode: 'FRZN', statusName: 'Frozen' } } as never);
  const ids = `${DEMO_DEVICE.deviceUid},${stolen},${frozen}`;
  await record('absolute-device-get', { device_ids: ids });
  await record('endpoint', { id: ids });
  await record('absolute-health', {});
  await record('absolute-device-get-events', { start_date: '1 hour ago' });
  await record('absolute-wipe-request-create', { device_names: DEMO_DEVICE.deviceName, dry_run: 'true' });
  const created = await record('absolute-wipe-request-create', {
    device_uids: DEMO_DEVICE.deviceUid,
    polling: 'true',
    mac_user_name: 'admin',
    mac_pwd: 'pw',
  });
  clock += 5000;
  await record('absolute-wipe-request-create', created[0]?.PollingArgs ?? {});
  await record('absolute-wipe-request-list', { limit: '5' });
  await record('absolute-wipe-actions-list', { limit: '5' });
  const pending = await record('absolute-wipe-request-create', { device_uids: DEMO_DEVICE.deviceUid });
  const uid = String((pending[0]?.Contents as Array<{ requestUid: string }>)[0]?.requestUid);
  await record('absolute-wipe-request-cancel', { request_uid: uid, cancel_all_actions: 'true' });
});
afterAll(() => sim.close());

test.each(manifestCommands(COMMANDS).map((c) => [c.name, c] as const))('%s writes exactly the declared output paths', (name, command) => {
  expect(outputs.pathsOf(name)).toEqual((command.outputs ?? []).map((o) => o.contextPath).sort());
});
