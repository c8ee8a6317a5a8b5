import type { RunningSimulator } from '../../../simulator';
import { DEMO_DEVICE } from '../../../simulator';
import { actionsCreated, contextOf, deviceUid, run, startFixedSimulator, unknownUids } from '../freeze/freeze-fixtures';

const CMD = 'absolute-device-unenroll';

describe('absolute-device-unenroll against the simulator', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startFixedSimulator();
  });
  afterEach(() => sim.close());

  it("test_device_unenroll_command (official §6 #12, 2.x): create, read the summary, read this request's actions", async () => {
    const { ok, entry } = await run(sim, CMD, { device_ids: DEMO_DEVICE.deviceUid });
    expect(ok).toBe(true);
    expect(Object.keys(entry.EntryContext ?? {})).toEqual(['Absolute.DeviceUnenroll(val.RequestUid && val.RequestUid == obj.RequestUid)']);
    const [request] = contextOf(entry, 'Absolute.DeviceUnenroll') as Array<Record<string, unknown>>;
    expect(request).toMatchObject({
      TotalDevices: 1,
      Pending: 1,
      Processing: 0,
      Completed: 0,
      Canceled: 0,
      Failed: 0,
      RequestStatus: 'InProgress',
      Requester: 'demo.hs256@acme.example',
      ExcludeMissingDevices: false,
      CreatedDateTimeUtc: '2026-11-01T12:00:00.000Z',
    });
    expect(request?.['Devices']).toEqual([
      expect.objectContaining({
        DeviceUid: DEMO_DEVICE.deviceUid,
        DeviceName: DEMO_DEVICE.deviceName,
        ESN: DEMO_DEVICE.esn,
        ActionStatus: 'Pending',
        RequestUid: request?.['RequestUid'],
      }),
    ]);
    expect(entry.HumanReadable).toContain('### Absolute Unenroll request data:\n|RequestUid|RequestStatus|TotalDevices|');
    expect(entry.HumanReadable).toContain(
      `### Absolute unenrolled devices:\n|DeviceUid|DeviceName|ESN|ActionStatus|\n|---|---|---|---|\n| ${DEMO_DEVICE.deviceUid} | LAPTOP-7 | ${DEMO_DEVICE.esn} | Pending |`,
    );
    expect(sim.stats().requestsByRoute).toMatchObject({
      'POST /v3/actions/requests/unenroll': 1,
      'GET /v3/actions/requests/unenroll/{requestUid}': 1,
      'POST /v3/actions/unenroll/get-actions': 1,
    });
  });

  it("keeps only the new request's actions and reports devices that will not be unenrolled, and why", async () => {
    const stolen = deviceUid(sim, 7);
    sim.state.overrideDevice(stolen, { isStolen: true });
    await run(sim, CMD, { device_ids: DEMO_DEVICE.deviceUid });
    const [unknown] = unknownUids(1);
    const { entry } = await run(sim, CMD, { device_ids: [DEMO_DEVICE.deviceUid, stolen, unknown], exclude_missing_devices: 'false' });
    const [request] = contextOf(entry, 'Absolute.DeviceUnenroll') as Array<{
      RequestUid: string;
      Failed: number;
      Devices: Array<{ RequestUid: string; DeviceUid: string; ActionStatus: string }>;
    }>;
    expect(request?.Devices.map((d) => [d.DeviceUid, d.ActionStatus])).toEqual([
      [DEMO_DEVICE.deviceUid, 'Pending'],
      [stolen, 'Failed'],
    ]);
    expect(request?.Devices.every((d) => d.RequestUid === request.RequestUid)).toBe(true);
    expect(request?.Failed).toBe(1);
    expect(entry.HumanReadable).toContain('### Devices Absolute will not unenroll:');
    expect(entry.HumanReadable).toContain(`| ${stolen} |`);
    expect(entry.HumanReadable).toContain('| Failed | The device is reported stolen and cannot be unenrolled |');
    expect(entry.HumanReadable).toContain(`| ${unknown} |  | None | no unenrollment action was created`);
  });

  it('sends exclude_missing_devices as a boolean', async () => {
    const { entry } = await run(sim, CMD, { serial_numbers: DEMO_DEVICE.serialNumber, exclude_missing_devices: 'true' });
    const [request] = contextOf(entry, 'Absolute.DeviceUnenroll') as Array<{ ExcludeMissingDevices: boolean }>;
    expect(request?.ExcludeMissingDevices).toBe(true);
  });

  it('splits more than 10,000 devices into several requests', async () => {
    const { ok, entry } = await run(sim, CMD, { device_ids: [DEMO_DEVICE.deviceUid, ...unknownUids(10_000)] });
    expect(ok).toBe(true);
    expect(sim.stats().actionsCreated.unenroll).toBe(2);
    expect(contextOf(entry, 'Absolute.DeviceUnenroll')).toHaveLength(2);
    expect(entry.HumanReadable).toContain('The 10001 devices were sent in 2 requests of at most 10000.');
  });

  it('an ambiguous or unknown name sends no unenroll request', async () => {
    for (const names of [sim.state.duplicatedDeviceNames[0], 'NO-SUCH-PC']) {
      const { ok, entry } = await run(sim, CMD, { device_ids: DEMO_DEVICE.deviceUid, device_names: names });
      expect(ok).toBe(false);
      expect(entry.Contents).toContain('Invalid argument "device_names"');
    }
    expect(actionsCreated(sim)).toBe(0);
  });

  it.each([
    ['no device', {}, 'device_ids'],
    ['a bad UID', { device_ids: '1' }, 'device_ids'],
    ['a bad boolean', { device_ids: DEMO_DEVICE.deviceUid, exclude_missing_devices: 'perhaps' }, 'exclude_missing_devices'],
  ])('a bad argument (%s) sends nothing', async (_label, args, argument) => {
    const { ok, entry } = await run(sim, CMD, args);
    expect(ok).toBe(false);
    expect(entry.Contents).toContain(`Invalid argument "${argument}"`);
    expect(sim.stats().requestsTotal).toBe(0);
  });
});
