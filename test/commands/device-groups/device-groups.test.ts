import { DEMO_CREDENTIALS, DEMO_DEVICE, type RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

type Row = Record<string, unknown>;
const KEY = 'Absolute.DeviceGroup(val.DeviceGroupUID && val.DeviceGroupUID == obj.DeviceGroupUID)';
const ctx = (run: { output: { entries: Array<{ EntryContext?: Record<string, unknown> }> } }) => run.output.entries[0]?.EntryContext ?? {};

test('group list: all, by type, by exact name, none', async () => {
  const all = await runDist(invocation(sim, 'absolute-device-group-list', {}));
  expect(all.output.entries[0]?.HumanReadable).toMatch(
    /^### Absolute device groups:\n\|DeviceGroupUID\|DisplayName\|GroupType\|Description\|/,
  );
  expect(ctx(all)[KEY]).toHaveLength(9);
  const fixed = await runHere(invocation(sim, 'absolute-device-group-list', { group_type: 'fixed' }));
  expect(new Set((ctx(fixed)[KEY] as Row[]).map((g) => g['GroupType']))).toEqual(new Set(['Fixed']));
  const named = await runHere(invocation(sim, 'absolute-device-group-list', { display_name: 'Engineering' }));
  expect(ctx(named)[KEY]).toEqual([
    {
      DeviceGroupUID: '7e1f9b82-3a5d-4c7b-8d2e-1f8a4b3c2d14',
      DisplayName: 'Engineering',
      GroupType: 'Fixed',
      Description: 'Devices of the engineering team.',
    },
  ]);
  const none = await runHere(invocation(sim, 'absolute-device-group-list', { display_name: 'Nobody' }));
  expect(none.output.entries[0]?.HumanReadable).toBe('No device groups found.');
  const bad = await runHere(invocation(sim, 'absolute-device-group-list', { group_type: 'Dynamic' }));
  expect(bad.output.entries[0]?.Contents).toMatch(/Invalid argument "group_type": must be one of Smart, Fixed/);
});

test('group get: the groups of devices named several ways, each group once with its devices', async () => {
  const other = sim.state.device(7);
  if (!other) throw new Error('fleet too small');
  const run = await runDist(invocation(sim, 'absolute-device-group-get', { device_names: 'LAPTOP-7', serial_numbers: other.serialNumber }));
  expect(run.code).toBe(0);
  const rows = ctx(run)[KEY] as Row[];
  const demoGroups = sim.state.device(DEMO_DEVICE.deviceUid)?.deviceGroupIds ?? [];
  const windows = rows.find((g) => g['DisplayName'] === 'All Windows devices');
  expect(windows?.['DeviceUIDs']).toContain(DEMO_DEVICE.deviceUid);
  for (const uid of demoGroups) expect(rows.find((g) => g['DeviceGroupUID'] === uid)?.['DeviceUIDs']).toContain(DEMO_DEVICE.deviceUid);
  for (const uid of other.deviceGroupIds ?? [])
    expect(rows.find((g) => g['DeviceGroupUID'] === uid)?.['DeviceUIDs']).toContain(other.deviceUid);
  expect(run.output.entries[0]?.HumanReadable).toContain(`### Absolute device groups of device ${DEMO_DEVICE.deviceUid}:`);
});

test('group get: an unknown device UID is said, an ambiguous name is refused', async () => {
  const unknown = await runHere(invocation(sim, 'absolute-device-group-get', { device_ids: '00000000-0000-4000-8000-000000000000' }));
  expect(unknown.output.entries[0]?.HumanReadable).toBe('Absolute does not know the device 00000000-0000-4000-8000-000000000000.\n');
  const ambiguous = await runHere(invocation(sim, 'absolute-device-group-get', { device_names: 'RECEPTION-PC' }));
  expect(ambiguous.output.entries[0]?.Contents).toMatch(/Invalid argument "device_names": could not resolve every device/);
});

test('device groups need no permission beyond a valid token', async () => {
  const bare = await startTestSimulator({
    tokens: [{ tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: DEMO_CREDENTIALS.hs256.secretKey, permissions: [] }],
  });
  try {
    expect((await runHere(invocation(bare, 'absolute-device-group-list', {}))).ok).toBe(true);
    expect((await runHere(invocation(bare, 'absolute-device-group-get', { device_ids: DEMO_DEVICE.deviceUid }))).ok).toBe(true);
  } finally {
    await bare.close();
  }
});

test('group get: device_id names one device, and no device at all is refused before any request', async () => {
  const one = await runHere(invocation(sim, 'absolute-device-group-get', { device_id: DEMO_DEVICE.deviceUid }));
  expect(one.ok).toBe(true);
  expect(one.output.entries[0]?.HumanReadable).toContain(`### Absolute device groups of device ${DEMO_DEVICE.deviceUid}:`);
  const requestsBefore = sim.stats().requestsTotal;
  const none = await runHere(invocation(sim, 'absolute-device-group-get', {}));
  expect(none.output.entries[0]?.Contents).toMatch(/Invalid argument "device_id": give device_id, or at least one of device_ids/);
  expect(sim.stats().requestsTotal).toBe(requestsBefore);
  const bad = await runHere(invocation(sim, 'absolute-device-group-get', { device_id: 'LAPTOP-7' }));
  expect(bad.output.entries[0]?.Contents).toMatch(/Invalid argument "device_id"/);
});
