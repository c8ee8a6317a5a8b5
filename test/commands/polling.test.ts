import { DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import type { Entry } from '../../Integrations/Absolute/src/xsoar/entry';
import { invocation, runHere, startTestSimulator } from '../support/harness';

// The clock the simulator and the client share; tests move it forward to let actions progress.
let clock = Date.parse('2026-11-01T12:00:00.000Z');
const now = () => clock;
let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
});
afterAll(() => sim.close());

async function run(command: string, args: Record<string, unknown>): Promise<Entry> {
  const result = await runHere(invocation(sim, command, args), { now });
  expect(result.ok).toBe(true);
  return result.output.entries[0] as Entry;
}

/** Re-runs the scheduled command the way the platform does until it stops scheduling. */
async function pollToEnd(first: Entry, stepMs: number, maxRounds = 10): Promise<{ last: Entry; rounds: number }> {
  let entry = first;
  let rounds = 0;
  while (entry.PollingCommand && rounds < maxRounds) {
    clock += stepMs;
    entry = await run(entry.PollingCommand, entry.PollingArgs ?? {});
    rounds++;
  }
  return { last: entry, rounds };
}

const ctx = (entry: Entry, key: string) => entry.EntryContext?.[key] as Array<Record<string, unknown>>;

describe('polling until the request is final', () => {
  test('freeze: waits, then reports the final per-device status; the re-runs never create another request', async () => {
    const before = sim.stats().actionsCreated['freeze'];
    const first = await run('absolute-device-freeze-request', {
      device_ids: DEMO_DEVICE.deviceUid,
      request_name: 'Lost',
      html_message: '<p>Frozen</p>',
      message_name: 'm',
      device_freeze_type: 'OnDemand',
      passcode_type: 'UserDefined',
      passcode: '482913',
      polling: 'true',
      interval_in_seconds: '15',
    });
    expect(first).toMatchObject({ PollingCommand: 'absolute-device-freeze-request', NextRun: '15', Timeout: '600' });
    expect(JSON.stringify(first.PollingArgs)).not.toContain('482913');
    const { last, rounds } = await pollToEnd(first, 700);
    expect(rounds).toBeGreaterThan(1);
    expect(last.PollingCommand).toBeUndefined();
    const [detail] = ctx(last, 'Absolute.FreezeRequestDetail(val.ID && val.ID == obj.ID)');
    expect(detail).toMatchObject({
      DeviceUid: DEMO_DEVICE.deviceUid,
      ActionStatus: expect.stringMatching(/^(Succeeded|Completed)$/) as unknown,
    });
    expect(ctx(last, 'Absolute.FreezeRequest(val.RequestUID && val.RequestUID == obj.RequestUID)')[0]?.['SucceededDeviceUIDs']).toEqual([
      DEMO_DEVICE.deviceUid,
    ]);
    expect(sim.stats().actionsCreated['freeze']).toBe(before + 1);
  });

  test('remove freeze: waits until no device reports Frozen', async () => {
    const before = sim.stats().actionsCreated['removeFreeze'];
    const first = await run('absolute-device-remove-freeze-request', { device_names: DEMO_DEVICE.deviceName, polling: 'true' });
    expect(first.PollingArgs).toMatchObject({ device_ids: DEMO_DEVICE.deviceUid, unfreeze_sent: 'true' });
    const { last } = await pollToEnd(first, 1000);
    expect(last.HumanReadable).toBe('None of the 1 device(s) is frozen any more.');
    expect(sim.stats().actionsCreated['removeFreeze']).toBe(before + 1);
  });

  test('unenroll: waits for the request to complete, then the device is inactive', async () => {
    const list = await run('absolute-device-list', { agent_status: 'Active', limit: '20' });
    const target = String(ctx(list, 'Absolute.Device(val.Id && val.Id == obj.Id)')[5]?.['Id']);
    const before = sim.stats().actionsCreated['unenroll'];
    const first = await run('absolute-device-unenroll', { device_ids: target, polling: 'true' });
    expect(first.PollingCommand).toBe('absolute-device-unenroll');
    const { last } = await pollToEnd(first, 1000);
    const [summary] = ctx(last, 'Absolute.DeviceUnenroll(val.RequestUid && val.RequestUid == obj.RequestUid)');
    expect(summary).toMatchObject({ RequestStatus: 'Completed', Devices: [expect.objectContaining({ DeviceUid: target })] });
    const device = await run('absolute-device-get', { device_ids: target });
    expect(ctx(device, 'Absolute.Device(val.Id && val.Id == obj.Id)')[0]?.['AgentStatus']).toBe('D');
    expect(sim.stats().actionsCreated['unenroll']).toBe(before + 1);
  });

  test('without polling nothing is scheduled', async () => {
    const entry = await run('absolute-device-remove-freeze-request', { device_ids: DEMO_DEVICE.deviceUid });
    expect(entry.PollingCommand).toBeUndefined();
  });

  test.each([
    [{ interval_in_seconds: '5' }, 'interval_in_seconds'],
    [{ timeout_in_seconds: 'soon' }, 'timeout_in_seconds'],
    [{ request_uids: '../x' }, 'request_uids'],
  ])('%j names %s', async (args, name) => {
    const result = await runHere(invocation(sim, 'absolute-device-unenroll', { device_ids: DEMO_DEVICE.deviceUid, ...args }), { now });
    expect(result.output.entries[0]?.Contents).toMatch(new RegExp(`Invalid argument "${name}"`));
  });
});
