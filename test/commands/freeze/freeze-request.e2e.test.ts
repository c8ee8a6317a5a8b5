import type { RunningSimulator } from '../../../simulator';
import { DEMO_DEVICE } from '../../../simulator';
import { actionsCreated, contextOf, deviceUid, FREEZE_ARGS, run, startFixedSimulator, unknownUids } from './freeze-fixtures';

const CMD = 'absolute-device-freeze-request';

describe('absolute-device-freeze-request against the simulator', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startFixedSimulator();
  });
  afterEach(() => sim.close());

  it('freezes a device by UID and reports it as accepted (title and outputs as official)', async () => {
    const { ok, entry } = await run(sim, CMD, { ...FREEZE_ARGS, device_ids: DEMO_DEVICE.deviceUid });
    expect(ok).toBe(true);
    const [outcome] = contextOf(entry, 'Absolute.FreezeRequest') as Array<Record<string, unknown>>;
    expect(outcome?.['SucceededDeviceUIDs']).toEqual([DEMO_DEVICE.deviceUid]);
    expect(outcome).not.toHaveProperty('Errors');
    expect(Object.keys(entry.EntryContext ?? {})).toEqual(['Absolute.FreezeRequest(val.RequestUID && val.RequestUID == obj.RequestUID)']);
    expect(entry.HumanReadable).toContain('### Absolute device freeze requests results\n|RequestUID|SucceededDeviceUIDs|');
    const request = sim.state.freeze.requests.get(String(outcome?.['RequestUID']));
    expect(request?.records.map((r) => r.deviceUid)).toEqual([DEMO_DEVICE.deviceUid]);
    expect(sim.stats().actionsCreated.freeze).toBe(1);
  });

  it('(fixed: SucceededDeviceUIDs reports accepted devices) a stolen device and an unknown UID land under Errors', async () => {
    const stolen = deviceUid(sim, 3);
    sim.state.overrideDevice(stolen, { isStolen: true });
    const [unknown] = unknownUids(1);
    const { entry } = await run(sim, CMD, { ...FREEZE_ARGS, device_ids: `${DEMO_DEVICE.deviceUid},${stolen},${unknown}` });
    const [outcome] = contextOf(entry, 'Absolute.FreezeRequest') as Array<{
      SucceededDeviceUIDs: string[];
      Errors: Array<{ message: string; messageKey: string; detail: { deviceUids: string[] } }>;
    }>;
    expect(outcome?.SucceededDeviceUIDs).toEqual([DEMO_DEVICE.deviceUid]);
    expect(outcome?.Errors).toEqual([
      {
        messageKey: 'DFZ_INELIGIBLE',
        message: 'The device is reported stolen; freeze is not available for stolen devices',
        detail: { deviceUids: [stolen] },
      },
      { messageKey: 'NoFreezeRecord', message: expect.stringContaining('no freeze record') as unknown, detail: { deviceUids: [unknown] } },
    ]);
    expect(entry.HumanReadable).toContain('|FailedDeviceUIDs|RequestUID|SucceededDeviceUIDs|');
    expect(entry.HumanReadable).toContain(
      `{"Failed UID":"${stolen}","Error Message":"The device is reported stolen; freeze is not available for stolen devices"}`,
    );
  });

  it('resolves device_names and serial_numbers to UIDs before freezing', async () => {
    const other = sim.state.fleet.identity(4);
    const { ok, entry } = await run(sim, CMD, {
      ...FREEZE_ARGS,
      device_names: DEMO_DEVICE.deviceName.toLowerCase(),
      serial_numbers: other.serialNumber,
    });
    expect(ok).toBe(true);
    const [outcome] = contextOf(entry, 'Absolute.FreezeRequest') as Array<{ SucceededDeviceUIDs: string[] }>;
    expect(outcome?.SucceededDeviceUIDs.sort()).toEqual([DEMO_DEVICE.deviceUid, other.deviceUid].sort());
    expect(entry.HumanReadable).toContain(`- device_names ${DEMO_DEVICE.deviceName.toLowerCase()} → ${DEMO_DEVICE.deviceUid}`);
    expect(entry.HumanReadable).toContain(`- serial_numbers ${other.serialNumber} → ${other.deviceUid}`);
  });

  it('an ambiguous device name lists the candidates and sends no action request', async () => {
    const [name] = sim.state.duplicatedDeviceNames;
    const { ok, entry } = await run(sim, CMD, { ...FREEZE_ARGS, device_ids: DEMO_DEVICE.deviceUid, device_names: name });
    expect(ok).toBe(false);
    expect(entry.Contents).toContain(`Invalid argument "device_names": could not resolve every device; nothing was sent.`);
    expect(entry.Contents).toContain(`"${name}" matches 2 devices`);
    expect(entry.Contents).toMatch(/- [0-9a-f-]{36} \(serial \S+, last connected \d{4}-\d\d-\d\dT/);
    expect(actionsCreated(sim)).toBe(0);
    expect(sim.stats().requestsByRoute['POST /v3/actions/requests/freeze']).toBeUndefined();
  });

  it('an unknown device name or serial sends no action request', async () => {
    const { ok, entry } = await run(sim, CMD, {
      ...FREEZE_ARGS,
      device_names: `${DEMO_DEVICE.deviceName},NO-SUCH-PC`,
      serial_numbers: "O'BRIEN-1",
    });
    expect(ok).toBe(false);
    expect(entry.Contents).toContain('device_names "NO-SUCH-PC": no device has this name.');
    expect(entry.Contents).toContain('serial_numbers "O\'BRIEN-1": no device has this serial number.');
    expect(actionsCreated(sim)).toBe(0);
  });

  it.each([
    ['no device at all', { device_ids: undefined, device_names: undefined }, 'device_ids'],
    ['a bad passcode', { passcode_type: 'UserDefined', passcode: '12' }, 'passcode'],
    ['a scheduled freeze without date', { device_freeze_type: 'Scheduled' }, 'scheduled_freeze_date'],
    [
      'a scheduled date in the past',
      { device_freeze_type: 'Scheduled', scheduled_freeze_date: '2020-01-01T00:00:00Z' },
      'scheduled_freeze_date',
    ],
    ['a bad email', { notification_emails: 'it@' }, 'notification_emails'],
    ['a name UID', { device_ids: 'LAPTOP-7' }, 'device_ids'],
  ])('a bad argument (%s) sends no request at all', async (_label, extra, argument) => {
    const { ok, entry } = await run(sim, CMD, {
      ...FREEZE_ARGS,
      device_ids: DEMO_DEVICE.deviceUid,
      device_names: DEMO_DEVICE.deviceName,
      ...extra,
    });
    expect(ok).toBe(false);
    expect(entry.Contents).toContain(`Invalid argument "${argument}"`);
    expect(sim.stats().requestsTotal).toBe(0);
  });

  it('sends OffLine (also when given as "Offline") with the 30-day default, and an existing message by message_id', async () => {
    const [message] = sim.state.messages.list();
    const { ok, entry } = await run(sim, CMD, {
      ...FREEZE_ARGS,
      html_message: undefined,
      message_name: undefined,
      message_id: message?.messageUid,
      device_ids: DEMO_DEVICE.deviceUid,
      device_freeze_type: 'Offline',
    });
    expect(ok).toBe(true);
    const [outcome] = contextOf(entry, 'Absolute.FreezeRequest') as Array<{ RequestUID: string }>;
    const request = sim.state.freeze.requests.get(outcome?.RequestUID ?? '');
    expect(request?.type).toBe('OffLine');
    expect(request?.offlineTimeSeconds).toBe(2_592_000);
    expect(request?.messageName).toBe(message?.name);
  });

  it('sends a scheduled freeze with the UTC date and notification emails', async () => {
    const { ok, entry } = await run(sim, CMD, {
      ...FREEZE_ARGS,
      device_ids: DEMO_DEVICE.deviceUid,
      device_freeze_type: 'Scheduled',
      scheduled_freeze_date: '2089-04-01T13:32:00+02:00',
      passcode_type: 'UserDefined',
      passcode: '482913',
      notification_emails: 'soc@acme.example,it@acme.example',
    });
    expect(ok).toBe(true);
    const [outcome] = contextOf(entry, 'Absolute.FreezeRequest') as Array<{ RequestUID: string }>;
    const request = sim.state.freeze.requests.get(outcome?.RequestUID ?? '');
    expect(request?.scheduledMs).toBe(Date.parse('2089-04-01T11:32:00.000Z'));
    expect(request?.notificationEmails).toEqual(['soc@acme.example', 'it@acme.example']);
    expect(request?.records[0]?.passcode).toBe('482913');
  });

  it('splits more than 10,000 devices into requests of at most 10,000, one FreezeRequest entry each', async () => {
    const uids = [DEMO_DEVICE.deviceUid, ...unknownUids(10_000)];
    const { ok, entry } = await run(sim, CMD, { ...FREEZE_ARGS, device_ids: uids.join(',') });
    expect(ok).toBe(true);
    const outcomes = contextOf(entry, 'Absolute.FreezeRequest') as Array<{
      RequestUID: string;
      SucceededDeviceUIDs: string[];
      Errors?: Array<{ detail: { deviceUids: string[] } }>;
    }>;
    expect(outcomes).toHaveLength(2);
    expect(sim.stats().actionsCreated.freeze).toBe(2);
    expect(new Set(outcomes.map((o) => o.RequestUID)).size).toBe(2);
    expect(outcomes[0]?.SucceededDeviceUIDs).toEqual([DEMO_DEVICE.deviceUid]);
    expect(outcomes[0]?.Errors?.[0]?.detail.deviceUids).toHaveLength(9_999);
    expect(outcomes[1]?.SucceededDeviceUIDs).toEqual([]);
    expect(outcomes[1]?.Errors?.[0]?.detail.deviceUids).toHaveLength(1);
    expect(entry.HumanReadable).toContain('The 10001 devices were sent in 2 requests of at most 10000.');
  });
});
