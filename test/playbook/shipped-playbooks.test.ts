import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { DEMO_CREDENTIALS, DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { runPlaybook, type RunPlaybookResult } from '../../scripts/playbook/run-playbook';
import { VirtualClock } from '../../scripts/playbook/virtual-clock';
import { paramsFor, startTestSimulator } from '../support/harness';
import { REPO_ROOT } from '../support/paths';
import { suiteTempDir, withTempDir } from '../support/temp-dir';
import { playbook, start, task } from './fixture-builder';

/** The shipped playbooks against an in-process simulator (small fleet, no rate limit, virtual clock). */
const PLAYBOOKS = join(REPO_ROOT, 'Playbooks');
const FILES = suiteTempDir('playbook-files-');
const file = (name: string) => join(PLAYBOOKS, `playbook-${name.replace(/ /g, '_')}.yml`);

let sim: RunningSimulator;
let clock: VirtualClock;

beforeEach(async () => {
  clock = new VirtualClock(() => Date.UTC(2025, 0, 15, 12, 0, 0));
  sim = await startTestSimulator({ now: clock.now });
});
afterEach(() => sim.close());

function run(name: string, inputs: Record<string, string>, extra: { playbook?: unknown } = {}): Promise<RunPlaybookResult> {
  const source = extra.playbook !== undefined ? { playbook: extra.playbook } : { file: file(name) };
  return runPlaybook({
    ...source,
    inputs,
    params: paramsFor(sim),
    playbooksDir: PLAYBOOKS,
    sleep: clock.sleep,
    runDeps: { now: clock.now, sleep: clock.sleep },
    filesDir: FILES,
  });
}

function passed(result: RunPlaybookResult): RunPlaybookResult {
  if (!result.ok) throw new Error(`playbook failed:\n${result.transcript.join('\n')}`);
  return result;
}

const ran = (result: RunPlaybookResult, taskName: string) => result.transcript.some((l) => l.includes(`] ${taskName}`));
const actions = () => sim.stats().actionsCreated;

describe('Absolute - Enrich Endpoint', () => {
  test('gathers details, location, applications and custom fields for a hostname', async () => {
    const result = passed(await run('Absolute - Enrich Endpoint', { Hostname: 'laptop-7' }));
    const out = result.outputs as Record<string, Record<string, unknown> | Record<string, unknown>[]>;
    expect(out['Absolute.Device']).toMatchObject({ Id: DEMO_DEVICE.deviceUid, SystemName: 'LAPTOP-7', Serial: DEMO_DEVICE.serialNumber });
    expect(out['Absolute.LocationReport']).toMatchObject({ ID: DEMO_DEVICE.deviceUid });
    expect(out['Absolute.CustomDeviceField']).toMatchObject({ DeviceUID: DEMO_DEVICE.deviceUid });
    const apps = out['Absolute.DeviceApplication'] as Record<string, unknown>[];
    expect(apps.length).toBeGreaterThan(0);
    expect(new Set(apps.map((a) => a['DeviceUid']))).toEqual(new Set([DEMO_DEVICE.deviceUid]));
    expect(ran(result, 'Done')).toBe(true);
  });

  test('finds the device by serial number too', async () => {
    const result = passed(await run('Absolute - Enrich Endpoint', { SerialNumber: DEMO_DEVICE.serialNumber }));
    expect(result.outputs['Absolute.Device']).toMatchObject({ SystemName: 'LAPTOP-7' });
  });

  test('an unknown endpoint or no identifier ends normally, without further commands', async () => {
    const unknown = passed(await run('Absolute - Enrich Endpoint', { Hostname: 'NO-SUCH-HOST' }));
    expect(ran(unknown, 'Done - No Matching Device')).toBe(true);
    expect(unknown.stats.commands).toBe(1);
    const none = passed(await run('Absolute - Enrich Endpoint', {}));
    expect(ran(none, 'Done - No Endpoint Identifier')).toBe(true);
    expect(none.stats.commands).toBe(0);
  });

  test('as a sub-playbook with separate context, its outputs reach the caller', async () => {
    const caller = playbook('Investigate Endpoint', [
      start(['1']),
      task('1', {
        type: 'playbook',
        name: 'Enrich',
        playbookName: 'Absolute - Enrich Endpoint',
        args: { Hostname: 'LAPTOP-7', IPAddress: {}, SerialNumber: {}, ApplicationLimit: '3' },
        extra: { separatecontext: true },
      }),
    ]);
    const result = passed(await run('', {}, { playbook: caller }));
    expect(Object.keys(result.context).sort()).toEqual(['Absolute']);
    expect(Object.keys(result.context['Absolute'] as object).sort()).toEqual([
      'CustomDeviceField',
      'Device',
      'DeviceApplication',
      'LocationReport',
    ]);
    expect(result.context['Absolute']).toMatchObject({ Device: { SystemName: 'LAPTOP-7' } });
    expect((result.context['Absolute'] as { DeviceApplication: unknown[] }).DeviceApplication).toHaveLength(3);
  });
});

describe('Absolute - Lost or Stolen Device', () => {
  test('records the location, freezes LAPTOP-7 and waits for the final status', async () => {
    const result = passed(await run('Absolute - Lost or Stolen Device', { DeviceName: 'LAPTOP-7' }));
    const out = result.outputs;
    expect(out['Absolute.Device']).toMatchObject({ Id: DEMO_DEVICE.deviceUid });
    expect(out['Absolute.LocationReport']).toMatchObject({ ID: DEMO_DEVICE.deviceUid });
    expect(out['Absolute.FreezeRequest']).toMatchObject({ SucceededDeviceUIDs: [DEMO_DEVICE.deviceUid] });
    expect(out['Absolute.FreezeRequestDetail']).toMatchObject({ DeviceUid: DEMO_DEVICE.deviceUid, ActionStatus: 'Succeeded' });
    expect(ran(result, 'Device Frozen')).toBe(true);
    expect(actions().freeze).toBe(1);
  });

  test('a saved freeze message is used by its ID', async () => {
    const messageId = [...sim.state.messages.list()][0]?.messageUid as string;
    const result = passed(
      await run('Absolute - Lost or Stolen Device', { SerialNumber: DEMO_DEVICE.serialNumber, FreezeMessageID: messageId }),
    );
    expect(ran(result, 'Freeze the device with the saved message')).toBe(true);
    expect(result.transcript.find((l) => l.includes('!absolute-device-freeze-request'))).toContain(`message_id=${messageId}`);
  });

  test('an unknown device ends on "Error - Device Not Found" and freezes nothing', async () => {
    const result = await run('Absolute - Lost or Stolen Device', { DeviceName: 'NO-SUCH-LAPTOP' });
    expect(result.ok).toBe(false);
    expect(result.failedTask).toMatchObject({ taskName: 'Error - Device Not Found', reason: 'reached an error-path task' });
    expect(actions().freeze).toBe(0);
  });

  test('a name shared by two devices ends on "Error - Several Devices Match" and freezes nothing', async () => {
    const [name] = sim.state.duplicatedDeviceNames;
    const result = await run('Absolute - Lost or Stolen Device', { DeviceName: name as string });
    expect(result.failedTask?.taskName).toBe('Error - Several Devices Match');
    expect(actions().freeze).toBe(0);
  });

  test('by default reports the device missing and messages its user, both before the freeze', async () => {
    const result = passed(
      await run('Absolute - Lost or Stolen Device', { DeviceName: 'LAPTOP-7', MissingEmailContacts: 'soc@acme.example' }),
    );
    expect(result.outputs['Absolute.MissingDevice']).toMatchObject({
      DeviceUID: DEMO_DEVICE.deviceUid,
      LastActionSucceeded: true,
      IsMissing: true,
      EmailContacts: ['soc@acme.example'],
    });
    expect(result.outputs['Absolute.UserMessageRequest']).toMatchObject({
      RequestUID: expect.any(String) as unknown,
      DeviceUIDs: [DEMO_DEVICE.deviceUid],
    });
    expect(sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus?.type).toBe('MISSING');
    const order = ['!absolute-device-report-missing', '!absolute-device-user-message-send', '!absolute-device-freeze-request'].map((c) =>
      result.transcript.findIndex((l) => l.includes(c)),
    );
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
    expect(actions()).toMatchObject({ reportMissing: 1, userMessage: 1, freeze: 1 });
  });

  test('both steps can be skipped; a saved end-user message is used by its ID', async () => {
    const skipped = passed(
      await run('Absolute - Lost or Stolen Device', { DeviceName: 'LAPTOP-7', ReportMissing: 'false', MessageUser: 'false' }),
    );
    expect(skipped.outputs['Absolute.MissingDevice']).toBeUndefined();
    expect(actions()).toMatchObject({ reportMissing: 0, userMessage: 0, freeze: 1 });
    const saved = sim.state.incident.data.eumMessages[0]?.messageUid as string;
    const result = passed(
      await run('Absolute - Lost or Stolen Device', { DeviceUID: DEMO_DEVICE.deviceUid, ReportMissing: 'false', UserMessageID: saved }),
    );
    expect(result.transcript.find((l) => l.includes('!absolute-device-user-message-send'))).toContain(`message_id=${saved}`);
    expect(actions().userMessage).toBe(1);
  });

  test('a device already reported missing, or a token without those permissions, is still frozen', async () => {
    sim.state.incident.markMissing({ deviceIndex: 0, deviceUid: DEMO_DEVICE.deviceUid, reportedMs: clock.now(), emailContacts: [] });
    const result = passed(await run('Absolute - Lost or Stolen Device', { DeviceName: 'LAPTOP-7' }));
    expect(result.outputs['Absolute.MissingDevice']).toMatchObject({
      LastActionSucceeded: false,
      FailureReason: 'The device is already reported missing',
    });
    expect(ran(result, 'Device Frozen')).toBe(true);

    const limited = await startTestSimulator({
      now: clock.now,
      tokens: [
        {
          tokenId: DEMO_CREDENTIALS.hs256.tokenId,
          alg: 'HS256',
          secret: DEMO_CREDENTIALS.hs256.secretKey,
          permissions: ['devices.view', 'geolocation.view', 'freeze.perform', 'freeze.remove'],
        },
      ],
    });
    try {
      const denied = await runPlaybook({
        file: file('Absolute - Lost or Stolen Device'),
        inputs: { DeviceName: 'LAPTOP-7' },
        params: paramsFor(limited),
        playbooksDir: PLAYBOOKS,
        sleep: clock.sleep,
        runDeps: { now: clock.now, sleep: clock.sleep },
        filesDir: FILES,
      });
      expect(denied.ok).toBe(true);
      expect(denied.transcript.filter((l) => l.includes('continuing on #none# (continueonerror)'))).toHaveLength(2);
      expect(ran(denied, 'Device Frozen')).toBe(true);
    } finally {
      await limited.close();
    }
  });

  test('a device already reported stolen is not frozen', async () => {
    sim.state.overrideDevice(DEMO_DEVICE.deviceUid, { isStolen: true });
    const result = await run('Absolute - Lost or Stolen Device', { DeviceUID: DEMO_DEVICE.deviceUid });
    expect(result.failedTask?.taskName).toBe('Error - Device Already Reported Stolen');
    expect(result.outputs['Absolute.LocationReport']).toBeDefined();
    expect(actions().freeze).toBe(0);
  });
});

describe('Absolute - Offboard Device', () => {
  test('unenrolls the eligible device and reports the inactive and the stolen ones', async () => {
    const inactive = sim.state.device(3);
    const stolen = sim.state.device(4);
    if (!inactive || !stolen) throw new Error('fleet too small');
    sim.state.overrideDevice(inactive.deviceUid, { agentStatus: 'I', isStolen: false });
    sim.state.overrideDevice(stolen.deviceUid, { agentStatus: 'A', isStolen: true });
    const result = passed(
      await run('Absolute - Offboard Device', { DeviceNames: `LAPTOP-7,${inactive.deviceName}`, SerialNumbers: stolen.serialNumber }),
    );
    expect(result.outputs).toMatchObject({
      'Absolute.Offboard.Unenrolled': 'LAPTOP-7',
      'Absolute.Offboard.NotActive': inactive.deviceName,
      'Absolute.Offboard.ReportedStolen': stolen.deviceName,
      'Absolute.DeviceUnenroll': { Devices: [{ DeviceUid: DEMO_DEVICE.deviceUid, ActionStatus: 'Pending' }] },
    });
    expect(result.transcript.find((l) => l.includes('!absolute-device-unenroll'))).toContain(`device_ids=${DEMO_DEVICE.deviceUid}`);
    expect(actions().unenroll).toBe(1);
  });

  test('with no eligible device nothing is unenrolled and the reason is printed', async () => {
    sim.state.overrideDevice(DEMO_DEVICE.deviceUid, { agentStatus: 'D' });
    const result = passed(await run('Absolute - Offboard Device', { DeviceUIDs: DEMO_DEVICE.deviceUid }));
    expect(result.outputs['Absolute.Offboard.NotActive']).toBe('LAPTOP-7');
    expect(result.transcript).toContain('    -> No device was unenrolled. Agent not active: LAPTOP-7. Reported stolen: .');
    expect(actions().unenroll).toBe(0);
  });

  test('a name shared by two devices unenrolls nothing', async () => {
    const [name] = sim.state.duplicatedDeviceNames;
    const result = await run('Absolute - Offboard Device', { DeviceNames: `LAPTOP-7,${(name as string).toLowerCase()}` });
    expect(result.failedTask?.taskName).toBe('Error - Device Name Matches Several Devices');
    expect(actions().unenroll).toBe(0);
  });

  test('no matching device is an error path', async () => {
    const result = await run('Absolute - Offboard Device', { DeviceNames: 'NOBODY' });
    expect(result.failedTask?.taskName).toBe('Error - No Device Found');
  });
});

describe('Absolute_TestPlaybook', () => {
  const testPlaybook = join(REPO_ROOT, 'TestPlaybooks', 'playbook-Absolute_TestPlaybook.yml');

  test('runs every command and passes every Verify', async () => {
    const result = passed(
      await runPlaybook({
        file: testPlaybook,
        params: paramsFor(sim),
        playbooksDir: PLAYBOOKS,
        sleep: clock.sleep,
        runDeps: { now: clock.now, sleep: clock.sleep },
        filesDir: FILES,
      }),
    );
    expect(ran(result, 'Test Done')).toBe(true);
    expect(result.transcript.filter((l) => / -- condition -> yes$/.test(l)).length).toBeGreaterThanOrEqual(15);
  });

  test('its Verify tasks check real values: a wrong serial number fails "Verify device-get"', async () => {
    sim.state.overrideDevice(DEMO_DEVICE.deviceUid, { serialNumber: 'CHANGED' });
    const result = await runPlaybook({
      file: testPlaybook,
      params: paramsFor(sim),
      playbooksDir: PLAYBOOKS,
      sleep: clock.sleep,
      runDeps: { now: clock.now, sleep: clock.sleep },
      filesDir: FILES,
    });
    expect(result.ok).toBe(false);
    expect(result.failedTask?.taskName).toBe('Error - Verification Failed');
    expect(result.transcript.some((l) => l.includes('Verify device-get -- condition -> else'))).toBe(true);
    expect(ran(result, 'Test Done')).toBe(false);
  });
});

describe('the playbook file runs from YAML written to disk, as the CLI reads it', () => {
  test('a sub-playbook is found by name in playbooksDir', async () => {
    const result = await withTempDir('caller-', (dir) => {
      const caller = join(dir, 'playbook-Caller.yml');
      const enrich = task('1', {
        type: 'playbook',
        name: 'Enrich',
        playbookName: 'Absolute - Enrich Endpoint',
        args: { Hostname: 'LAPTOP-7' },
        extra: { separatecontext: true },
      });
      writeFileSync(caller, stringify(playbook('Caller', [start(['1']), enrich])));
      const runDeps = { now: clock.now, sleep: clock.sleep };
      return runPlaybook({ file: caller, params: paramsFor(sim), playbooksDir: PLAYBOOKS, sleep: clock.sleep, runDeps, filesDir: FILES });
    });
    expect(passed(result).stats.subPlaybooks).toBe(1);
  });
});
