import { DEMO_DEVICE, type RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const context = (output: { entries: Array<{ EntryContext?: Record<string, unknown> }> }, key: string) =>
  output.entries[0]?.EntryContext?.[key] as Array<Record<string, unknown>>;
const DEVICE_KEY = 'Absolute.Device(val.Id && val.Id == obj.Id)';

describe('absolute-device-list', () => {
  test('through dist/absolute.cjs: official title, page line and Absolute.Device keyed by Id', async () => {
    const run = await runDist(invocation(sim, 'absolute-device-list', { limit: '5' }));
    expect(run.code).toBe(0);
    const entry = run.output.entries[0];
    expect(entry?.HumanReadable).toMatch(/^### Absolute devices list:\n/);
    expect(entry?.HumanReadable).toMatch(/Above results are with page number: 0 and with limit: 5\.$/);
    expect(context(run.output, DEVICE_KEY)).toHaveLength(5);
    expect(Array.isArray(entry?.Contents)).toBe(true);
  });

  test('different filter arguments narrow (AND): every device matches both', async () => {
    const all = await runHere(invocation(sim, 'absolute-device-list', { limit: '500' }));
    const active = context(all.output, DEVICE_KEY).filter((d) => d['AgentStatus'] === 'A');
    const manufacturer = String(active[0]?.['SystemManufacturer']);
    const both = await runHere(invocation(sim, 'absolute-device-list', { agent_status: 'Active', manufacturer, limit: '500' }));
    const devices = context(both.output, DEVICE_KEY);
    expect(devices.length).toBe(active.filter((d) => d['SystemManufacturer'] === manufacturer).length);
    for (const d of devices) expect(d).toMatchObject({ AgentStatus: 'A', SystemManufacturer: manufacturer });
  });

  test('the os_version filter is applied by the pack and pages correctly', async () => {
    const version = '10.0.22631';
    const first = await runHere(invocation(sim, 'absolute-device-list', { os_version: version, limit: '3', page: '0' }));
    const second = await runHere(invocation(sim, 'absolute-device-list', { os_version: version, limit: '3', page: '1' }));
    const ids = [...context(first.output, DEVICE_KEY), ...context(second.output, DEVICE_KEY)].map((d) => d['Id']);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });

  test('a quote in a value is escaped, not an injection', async () => {
    const run = await runHere(invocation(sim, 'absolute-device-list', { model: "x' or agentStatus eq 'A" }));
    expect(run.ok).toBe(true);
    expect(run.output.entries[0]?.HumanReadable).toMatch(
      /^No devices found in Absolute for the given filters: model=x' or agentStatus eq 'A\.$/,
    );
  });

  test('empty result through dist says so', async () => {
    const run = await runDist(invocation(sim, 'absolute-device-list', { manufacturer: 'No Such Maker' }));
    expect(run.code).toBe(0);
    expect(run.output.entries[0]?.HumanReadable).toBe('No devices found in Absolute for the given filters: manufacturer=No Such Maker.');
  });

  test.each([
    [{ limit: '0' }, 'limit'],
    [{ limit: 'many' }, 'limit'],
    [{ page: '-1' }, 'page'],
    [{ agent_status: 'Sleeping' }, 'agent_status'],
    [{ colour: 'red' }, 'colour'],
  ])('bad input %j names %s and sends nothing', async (args, name) => {
    const before = sim.stats().requestsTotal;
    const run = await runHere(invocation(sim, 'absolute-device-list', args));
    expect(run.ok).toBe(false);
    expect(run.output.entries[0]?.Contents).toMatch(
      new RegExp(`^Failed to execute absolute-device-list command\\.\\nError:\\nInvalid argument "${name}": `),
    );
    expect(sim.stats().requestsTotal).toBe(before);
  });

  test('a validation error through dist exits 1 with one error entry', async () => {
    const run = await runDist(invocation(sim, 'absolute-device-list', { limit: '9999' }));
    expect(run.code).toBe(1);
    expect(run.output.entries).toHaveLength(1);
    expect(run.output.entries[0]).toMatchObject({
      Type: 4,
      Contents: expect.stringMatching(/Invalid argument "limit": must be at most 500/) as unknown,
    });
  });
});

describe('absolute-device-get', () => {
  test('by name through dist: the demo device with OS, BIOS and freeze state', async () => {
    const run = await runDist(invocation(sim, 'absolute-device-get', { device_names: DEMO_DEVICE.deviceName }));
    expect(run.code).toBe(0);
    const [device] = context(run.output, DEVICE_KEY);
    expect(device).toMatchObject({ Id: DEMO_DEVICE.deviceUid, SystemName: DEMO_DEVICE.deviceName, Serial: DEMO_DEVICE.serialNumber });
    expect(device?.['Os']).toMatchObject({ name: expect.any(String) as unknown });
  });

  test('any number of ids, mixed identifiers, and the ones not found are reported', async () => {
    const list = await runHere(invocation(sim, 'absolute-device-list', { limit: '150' }));
    const ids = context(list.output, DEVICE_KEY).map((d) => String(d['Id']));
    const missing = '00000000-0000-4000-8000-000000000000';
    const run = await runHere(
      invocation(sim, 'absolute-device-get', { device_ids: [...ids, missing].join(','), serial_numbers: 'NO-SUCH-SERIAL' }),
    );
    const devices = context(run.output, DEVICE_KEY);
    expect(devices.map((d) => d['Id']).sort()).toEqual([...ids].sort());
    expect(run.output.entries[0]?.HumanReadable).toContain(
      `Not found in Absolute: device_ids: ${missing}, serial_numbers: NO-SUCH-SERIAL.`,
    );
  });

  test('no identifier is refused (never the whole fleet), naming device_ids', async () => {
    const run = await runDist(invocation(sim, 'absolute-device-get', { fields: 'esn' }));
    expect(run.code).toBe(1);
    expect(run.output.entries[0]?.Contents).toMatch(/Invalid argument "device_ids": give at least one of/);
  });

  test('an id that is not a UID is refused before any request', async () => {
    const run = await runHere(invocation(sim, 'absolute-device-get', { device_ids: '../../etc/passwd' }));
    expect(run.output.entries[0]?.Contents).toMatch(/Invalid argument "device_ids": not a device UID/);
  });

  test('nothing found through dist', async () => {
    const run = await runDist(invocation(sim, 'absolute-device-get', { device_names: 'NO-SUCH-HOST' }));
    expect(run.code).toBe(0);
    expect(run.output.entries[0]?.HumanReadable).toBe(
      'No devices found in Absolute for the given identifiers.\nNot found in Absolute: device_names: NO-SUCH-HOST.',
    );
  });
});

describe('endpoint (generic enrichment)', () => {
  test('standard Endpoint context plus Absolute.Device', async () => {
    const run = await runDist(invocation(sim, 'endpoint', { hostname: DEMO_DEVICE.deviceName }));
    const ctx = run.output.entries[0]?.EntryContext ?? {};
    const [endpoint] = ctx['Endpoint(val.ID && val.ID == obj.ID && val.Vendor && val.Vendor == obj.Vendor)'] as Array<
      Record<string, unknown>
    >;
    expect(endpoint).toMatchObject({ ID: DEMO_DEVICE.deviceUid, Hostname: DEMO_DEVICE.deviceName, Vendor: 'Absolute', IsIsolated: 'No' });
    expect(endpoint?.['MACAddress']).toMatch(/^[0-9A-F]{2}(:[0-9A-F]{2}){5}/);
    expect(ctx[DEVICE_KEY]).toHaveLength(1);
  });

  test('by ip finds the device by its local address', async () => {
    const got = await runHere(invocation(sim, 'absolute-device-get', { device_names: DEMO_DEVICE.deviceName }));
    const ip = String(context(got.output, DEVICE_KEY)[0]?.['LocalIp']);
    const run = await runHere(invocation(sim, 'endpoint', { ip }));
    expect(run.output.entries[0]?.HumanReadable).toContain(DEMO_DEVICE.deviceName);
  });

  test('no argument names id; nothing found says so', async () => {
    expect((await runHere(invocation(sim, 'endpoint', {}))).output.entries[0]?.Contents).toMatch(/Invalid argument "id"/);
    expect((await runDist(invocation(sim, 'endpoint', { hostname: 'nope' }))).output.entries[0]?.HumanReadable).toBe(
      'No endpoints found in Absolute for the given id, ip or hostname.',
    );
  });
});
