import { DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { invocation, runHere, startTestSimulator } from '../support/harness';
import { manifestCommands } from '../support/manifest';
import { OutputRecorder } from '../support/output-recorder';

/**
 * For the missing-device, end-user-message and device-group commands: the context paths their
 * runs write (success, refusal, dry run and final polling) are exactly the outputs Absolute.yml declares.
 */
const COMMANDS = [
  'absolute-device-report-missing',
  'absolute-device-report-found',
  'absolute-device-missing-list',
  'absolute-device-user-message-send',
  'absolute-device-user-message-request-list',
  'absolute-device-user-message-request-get',
  'absolute-device-user-message-list',
  'absolute-device-group-list',
  'absolute-device-group-get',
];

let clock = Date.now();
const now = () => clock;
let sim: RunningSimulator;
const outputs = new OutputRecorder((command, args) => runHere(invocation(sim, command, args), { now }));
const { record } = outputs;

beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
  const devices = Array.from({ length: 200 }, (_, i) => sim.state.device(i));
  const stolen = devices.find((d) => d?.deviceStatus?.type === 'STOLEN')?.deviceUid ?? '';
  const oldMac =
    devices.find((d) => d?.platformOSType === 'Mac' && d.agentStatus === 'A' && d.operatingSystem.version.startsWith('12.'))?.deviceUid ??
    '';
  const ids = `${DEMO_DEVICE.deviceUid},${stolen}`;
  await record('absolute-device-report-missing', { device_ids: ids, dry_run: 'true' });
  await record('absolute-device-report-missing', { device_ids: ids, email_contacts: 'soc@acme.example' });
  await record('absolute-device-missing-list', { limit: '500' });
  await record('absolute-device-report-found', { device_ids: ids });

  const scheduled = new Date(clock + 60_000).toISOString();
  const first = await record('absolute-device-user-message-send', {
    device_ids: `${DEMO_DEVICE.deviceUid},${oldMac}`,
    message: '<p>hi</p>',
    request_title: 'T',
    scheduled_time: scheduled,
    polling: 'true',
  });
  clock += 120_000;
  const final = await record('absolute-device-user-message-send', first[0]?.PollingArgs ?? {});
  if (final[0]?.PollingCommand) throw new Error('the message request should be final');
  await record('absolute-device-user-message-request-list', {});
  await record('absolute-device-user-message-request-get', { request_uid: first[0]?.PollingArgs?.['request_uids'] });
  await record('absolute-device-user-message-list', {});
  await record('absolute-device-group-list', {});
  await record('absolute-device-group-get', { device_names: 'LAPTOP-7' });
});
afterAll(() => sim.close());

test.each(manifestCommands(COMMANDS).map((c) => [c.name, c] as const))('%s writes exactly the declared output paths', (name, command) => {
  expect(outputs.pathsOf(name)).toEqual((command.outputs ?? []).map((o) => o.contextPath).sort());
});

test('every command of these families is checked', () => {
  expect(
    manifestCommands(COMMANDS)
      .map((c) => c.name)
      .sort(),
  ).toEqual([...COMMANDS].sort());
});
