import type { RunningSimulator } from '../../../simulator';
import { DEMO_DEVICE } from '../../../simulator';
import { actionsCreated, contextOf, deviceUid, FREEZE_ARGS, run, startFixedSimulator, unknownUids } from './freeze-fixtures';

describe('absolute-device-remove-freeze-request against the simulator', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startFixedSimulator();
  });
  afterEach(() => sim.close());

  it('removes a pending freeze (202) and lists what was sent', async () => {
    const frozen = await run(sim, 'absolute-device-freeze-request', { ...FREEZE_ARGS, device_ids: DEMO_DEVICE.deviceUid });
    const [outcome] = contextOf(frozen.entry, 'Absolute.FreezeRequest') as Array<{ RequestUID: string }>;
    const { ok, entry } = await run(sim, 'absolute-device-remove-freeze-request', {
      device_names: DEMO_DEVICE.deviceName,
      remove_scheduled: 'false',
      remove_offline: 'true',
    });
    expect(ok).toBe(true);
    expect(entry.HumanReadable).toBe(
      `Successfully removed freeze request for devices ids: ${DEMO_DEVICE.deviceUid}.\nOptions sent: removeScheduled=false, removeOffline=true.\n` +
        `Resolved to device UIDs:\n- device_names ${DEMO_DEVICE.deviceName} → ${DEMO_DEVICE.deviceUid}\n`,
    );
    expect(entry.EntryContext).toBeUndefined();
    expect(sim.stats().requestsByStatus['202']).toBe(1);
    const record = sim.state.freeze.requests.get(outcome?.RequestUID ?? '')?.records[0];
    expect(record && sim.state.freeze.status(record, Date.now())).toBe('Canceled');
  });

  it('splits more than 10,000 devices into several remove-freeze requests', async () => {
    const uids = [DEMO_DEVICE.deviceUid, ...unknownUids(10_000)];
    const { ok, entry } = await run(sim, 'absolute-device-remove-freeze-request', { device_ids: uids });
    expect(ok).toBe(true);
    expect(sim.stats().actionsCreated.removeFreeze).toBe(2);
    expect(entry.HumanReadable).toContain('The 10001 devices were sent in 2 requests of at most 10000.');
  });

  it.each([
    ['no device', {}, 'device_ids'],
    ['a bad boolean', { device_ids: DEMO_DEVICE.deviceUid, remove_scheduled: 'sometimes' }, 'remove_scheduled'],
  ])('a bad argument (%s) sends nothing', async (_label, args, argument) => {
    const { ok, entry } = await run(sim, 'absolute-device-remove-freeze-request', args);
    expect(ok).toBe(false);
    expect(entry.Contents).toContain(`Invalid argument "${argument}"`);
    expect(sim.stats().requestsTotal).toBe(0);
  });

  it('an ambiguous name sends no remove-freeze request', async () => {
    const { ok } = await run(sim, 'absolute-device-remove-freeze-request', {
      device_ids: DEMO_DEVICE.deviceUid,
      device_names: sim.state.duplicatedDeviceNames[1],
    });
    expect(ok).toBe(false);
    expect(actionsCreated(sim)).toBe(0);
  });
});

describe('absolute-device-freeze-request-get against the simulator', () => {
  let sim: RunningSimulator;
  beforeEach(async () => {
    sim = await startFixedSimulator();
  });
  afterEach(() => sim.close());

  it('maps each device record with the official keys and title', async () => {
    const ineligible = deviceUid(sim, 6);
    sim.state.overrideDevice(ineligible, { agentStatus: 'D' });
    const frozen = await run(sim, 'absolute-device-freeze-request', {
      ...FREEZE_ARGS,
      device_ids: [DEMO_DEVICE.deviceUid, ineligible],
      notification_emails: 'soc@acme.example',
    });
    const [outcome] = contextOf(frozen.entry, 'Absolute.FreezeRequest') as Array<{ RequestUID: string }>;
    const uid = outcome?.RequestUID ?? '';
    const { ok, entry } = await run(sim, 'absolute-device-freeze-request-get', { request_uid: uid });
    expect(ok).toBe(true);
    expect(entry.HumanReadable).toContain(`### Absolute Freeze request details for: ${uid}\n`);
    const details = contextOf(entry, 'Absolute.FreezeRequestDetail') as Array<Record<string, unknown>>;
    expect(Object.keys(entry.EntryContext ?? {})).toEqual(['Absolute.FreezeRequestDetail(val.ID && val.ID == obj.ID)']);
    expect(details).toHaveLength(2);
    expect(details[0]).toMatchObject({
      ActionRequestUid: uid,
      DeviceUid: DEMO_DEVICE.deviceUid,
      Name: FREEZE_ARGS.request_name,
      Requester: 'demo.hs256@acme.example',
      NotificationEmails: ['soc@acme.example'],
      IsCurrent: true,
      Downloaded: false,
      ActionStatus: 'Pending',
      CreatedUTC: '2026-11-01T12:00:00.000Z',
      Configuration: expect.objectContaining({
        action: 'DFZ',
        type: 'OnDemand',
        messageName: FREEZE_ARGS.message_name,
        passcodeLength: 6,
      }) as unknown,
    });
    expect(details[1]).toMatchObject({
      DeviceUid: ineligible,
      ActionStatus: 'Ineligible',
      ActionStatusDetails: 'The device agent is not active (agentStatus D)',
    });
  });

  it('says clearly that an unknown request does not exist (404)', async () => {
    const missing = unknownUids(1)[0] ?? '';
    const { ok, entry } = await run(sim, 'absolute-device-freeze-request-get', { request_uid: missing });
    expect(ok).toBe(true);
    expect(entry.HumanReadable).toBe(`Absolute has no freeze request with ID ${missing}.`);
    expect(entry.EntryContext).toBeUndefined();
  });

  it('says clearly that a request has no device details', async () => {
    const frozen = await run(sim, 'absolute-device-freeze-request', { ...FREEZE_ARGS, device_ids: unknownUids(1) });
    const [outcome] = contextOf(frozen.entry, 'Absolute.FreezeRequest') as Array<{ RequestUID: string }>;
    const { entry } = await run(sim, 'absolute-device-freeze-request-get', { request_uid: outcome?.RequestUID });
    expect(entry.HumanReadable).toBe(`Absolute freeze request ${outcome?.RequestUID} exists but has no device details (yet).`);
  });

  it('refuses a request id that is not a UUID before sending anything', async () => {
    const { ok, entry } = await run(sim, 'absolute-device-freeze-request-get', { request_uid: '../messages' });
    expect(ok).toBe(false);
    expect(entry.Contents).toContain('Invalid argument "request_uid"');
    expect(sim.stats().requestsTotal).toBe(0);
  });
});
