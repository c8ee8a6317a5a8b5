import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_DEVICE, type DeviceReport, type RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';
import { describeTargetsOf } from '../describe-targets';

const BOTH = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e01';
const DISABLE_USER = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e02';
const WINDOWS_ONLY = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e04';
const MAC_ONLY = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e05';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const RUN = 'absolute-reach-script-run';
const REQUEST_KEY = 'Absolute.ReachRequest(val.RequestUID && val.RequestUID == obj.RequestUID)';

let sim: RunningSimulator;
let clock = Date.now();
const now = () => clock;
let filesDir: string;
beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
  filesDir = mkdtempSync(join(tmpdir(), 'absolute-reach-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(filesDir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;
const context = (run: { output: { entries: Array<{ EntryContext?: Record<string, unknown> }> } }, key: string, i = 0) =>
  (run.output.entries[i]?.EntryContext ?? {})[key] as Row[];
const here = (command: string, args: Record<string, unknown>) => runHere(invocation(sim, command, args, { filesDir }), { now });
const runs = () => sim.stats().actionsCreated['reachRun'];
function device(predicate: (d: DeviceReport) => boolean): DeviceReport {
  for (let i = 1; i < sim.state.fleet.size; i++) {
    const d = sim.state.device(i);
    if (d && predicate(d)) return d;
  }
  throw new Error('no such device');
}
const mac = () => device((d) => d.platformOSType === 'Mac' && d.agentStatus === 'A' && d.deviceName !== 'MBP-SALES-01');

describe('absolute-reach-script-list and -get', () => {
  test('lists the library with supported systems and required parameters, filtered by name and type', async () => {
    const all = await runDist(invocation(sim, 'absolute-reach-script-list', {}));
    expect(all.code).toBe(0);
    expect(all.output.entries[0]?.HumanReadable).toMatch(
      /^### Reach Scripts:\n\|Script UID\|Script Name\|Script Type\|Supported OS\|Required Parameters\|Description\|/,
    );
    expect(all.output.entries[0]?.HumanReadable).toContain(
      '| Disable Local User Account | Custom | Windows, Mac | Windows: UserName; Mac: u |',
    );
    const custom = await here('absolute-reach-script-list', { script_type: 'custom', name_contains: 'user' });
    const scripts = context(custom, 'Absolute.ReachScript(val.ScriptUID && val.ScriptUID == obj.ScriptUID)');
    expect(scripts).toEqual([
      expect.objectContaining({
        ScriptUID: DISABLE_USER,
        SupportedOS: ['Windows', 'Mac'],
        WindowsParameters: [{ Name: 'UserName', Type: 'String', Required: true, HelpMessage: 'The local account to disable' }],
      }),
    ]);
    const none = await here('absolute-reach-script-list', { name_contains: 'no such script' });
    expect(none.output.entries[0]?.HumanReadable).toBe('No Reach scripts found for name_contains=no such script.');
  });

  test('gets one script, its content as a ZIP file entry on request, and says when there is none', async () => {
    const plain = await here('absolute-reach-script-get', { script_uid: BOTH });
    expect(plain.output.entries).toHaveLength(1);
    const withContent = await runDist(
      invocation(sim, 'absolute-reach-script-get', { script_uid: BOTH, include_content: 'true' }, { filesDir }),
    );
    const file = withContent.output.entries[1];
    expect(file).toMatchObject({ Type: 3, File: 'Collect Evidence Bundle.zip' });
    const bytes = readFileSync(String(file?.FileID));
    expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
    expect(bytes.toString('latin1')).toContain('Get-Process');
    const again = await here('absolute-reach-script-get', { script_uid: BOTH, include_content: 'true' });
    expect(again.output.entries[1]).toMatchObject({ File: 'Collect Evidence Bundle-1.zip' });
    const missing = await here('absolute-reach-script-get', { script_uid: UNKNOWN });
    expect(missing.output.entries[0]?.HumanReadable).toBe(`No Reach script with UID ${UNKNOWN} was found.`);
  });
});

describe('absolute-reach-script-run', () => {
  test('dry run: each device with its platform and reason, the exact body, and nothing sent', async () => {
    const chromebook = device((d) => d.platformOSType === 'Chrome');
    const inactive = device((d) => d.platformOSType === 'Windows' && d.agentStatus !== 'A');
    const before = runs();
    const run = await runDist(
      invocation(sim, RUN, {
        script_uid: WINDOWS_ONLY,
        device_names: DEMO_DEVICE.deviceName,
        device_ids: [mac().deviceUid, chromebook.deviceUid, inactive.deviceUid, UNKNOWN].join(','),
        win_command_line: '-Days 3',
        dry_run: 'true',
      }),
    );
    expect(run.code).toBe(0);
    const rows = context(run, 'Absolute.ReachEligibility(val.DeviceUid && val.DeviceUid == obj.DeviceUid)');
    expect(rows.map((r) => [r['Platform'], r['Eligible'], r['Reason']])).toEqual([
      ['Mac', false, 'the script does not support Mac (it supports Windows)'],
      ['Chrome', false, 'Reach runs only on Windows and Mac devices (this one is Chrome)'],
      ['Windows', false, expect.stringMatching(/^the agent is not active/)],
      ['', false, 'no such device in Absolute'],
      ['Windows', true, ''],
    ]);
    const text = String(run.output.entries[0]?.HumanReadable);
    expect(text).toMatch(/Reach dry run: 1 of 5 devices can run the script "Collect Windows Event Logs"\. Nothing was sent\./);
    expect(text).toContain('A real run is refused while 3 device(s) cannot run this script at all');
    expect(text).toContain('"commandLine": "-Days 3"');
    expect(text).not.toContain('macScriptOption');
    expect(runs()).toBe(before);
  });

  test('refuses, sending nothing: unsupported device OS, missing required parameter, option for the wrong OS', async () => {
    const before = runs();
    const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
      [
        { script_uid: WINDOWS_ONLY, device_ids: mac().deviceUid },
        'script_uid',
        /cannot run on 1 of the devices; nothing was sent\.\n- [0-9a-f-]{36} \(.+\): the script does not support Mac/,
      ],
      [{ script_uid: DISABLE_USER, device_ids: DEMO_DEVICE.deviceUid }, 'win_command_line', /requires -UserName on Windows devices/],
      [
        { script_uid: DISABLE_USER, device_ids: `${DEMO_DEVICE.deviceUid},${mac().deviceUid}`, win_command_line: '-UserName jdoe' },
        'mac_command_line',
        /requires -u on Mac devices/,
      ],
      [
        { script_uid: MAC_ONLY, device_ids: mac().deviceUid, win_command_line: '-x' },
        'win_command_line',
        /does not run on Windows devices/,
      ],
      [{ script_uid: UNKNOWN, device_ids: DEMO_DEVICE.deviceUid }, 'script_uid', /no Reach script has the UID/],
      [{ script_uid: BOTH }, 'device_ids', /give at least one of device_ids/],
      [{ script_uid: 'evidence', device_ids: DEMO_DEVICE.deviceUid }, 'script_uid', /not a script UID/],
      [
        { script_uid: BOTH, device_names: 'MBP-SALES-01' },
        'device_names',
        /matches 2 devices; use device_ids to pick one:\n- [0-9a-f-]{36} \(serial /,
      ],
    ];
    for (const [args, name, message] of refusals) {
      const run = await here(RUN, args);
      expect({ args, ok: run.ok }).toEqual({ args, ok: false });
      expect(String(run.output.entries[0]?.Contents)).toMatch(new RegExp(`Invalid argument "${name}"`));
      expect(String(run.output.entries[0]?.Contents)).toMatch(message);
    }
    expect(runs()).toBe(before);
  });

  test('runs on Windows and Mac devices with both options, then polling waits until final and lists each device', async () => {
    const target = mac();
    const first = await runDist(
      invocation(sim, RUN, {
        script_uid: DISABLE_USER,
        device_ids: target.deviceUid,
        device_names: DEMO_DEVICE.deviceName,
        win_command_line: '-UserName jdoe',
        mac_command_line: '-u jdoe',
        request_title: 'Disable jdoe',
        polling: 'true',
        interval_in_seconds: '10',
      }),
    );
    const entry = first.output.entries[0];
    expect(entry?.HumanReadable).toMatch(
      /^Run Script request [0-9a-f-]{36} for script "Disable Local User Account" has been successfully created\./,
    );
    expect(entry?.PollingCommand).toBe(RUN);
    const args = entry?.PollingArgs ?? {};
    expect(args).toMatchObject({
      polling: 'true',
      request_uids: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
      device_ids: `${target.deviceUid},${DEMO_DEVICE.deviceUid}`,
    });
    const requestUid = String(args['request_uids']);
    const sent = sim.state.remoteActions.findReach(requestUid);
    expect(sent).toMatchObject({
      requestTitle: 'Disable jdoe',
      winScriptOption: { commandLine: '-UserName jdoe' },
      macScriptOption: { commandLine: '-u jdoe' },
    });
    const created = runs();
    const waiting = await here(RUN, args);
    expect(waiting.output.entries[0]?.PollingCommand).toBe(RUN);
    expect(waiting.output.entries[0]?.HumanReadable).toBe(
      'Waiting for 1 Run Script request(s) to finish (2 device action(s) pending or processing).',
    );
    clock += 5000;
    const done = await here(RUN, args);
    expect(done.output.entries[0]?.PollingCommand).toBeUndefined();
    const request = context(done, REQUEST_KEY)[0];
    expect(request).toMatchObject({
      RequestUID: requestUid,
      RequestStatus: 'Completed',
      Completed: 2,
      WindowsCommandLine: '-UserName jdoe',
      MacCommandLine: '-u jdoe',
    });
    expect((request?.['Actions'] as Row[]).map((a) => [a['DeviceUID'], a['ActionStatus']])).toEqual([
      [target.deviceUid, 'Succeeded'],
      [DEMO_DEVICE.deviceUid, 'Succeeded'],
    ]);
    expect(runs()).toBe(created);
  });

  test('over 100 devices the polling arguments carry no device list, and the final result says how to see actions', async () => {
    const targets: string[] = [];
    for (let i = 1; i < sim.state.fleet.size && targets.length < 101; i++) {
      const d = sim.state.device(i);
      if (d && d.agentStatus === 'A' && (d.platformOSType === 'Windows' || d.platformOSType === 'Mac')) targets.push(d.deviceUid);
    }
    expect(targets).toHaveLength(101);
    const first = await here(RUN, { script_uid: BOTH, device_ids: targets.join(','), polling: 'true' });
    const args = first.output.entries[0]?.PollingArgs ?? {};
    expect(Object.keys(args).sort()).toEqual(['interval_in_seconds', 'polling', 'request_uids', 'script_uid', 'timeout_in_seconds']);
    clock += 5000;
    const done = await here(RUN, args);
    expect(done.output.entries[0]?.HumanReadable).toContain(
      'Per-device actions: run absolute-reach-request-get with the request UID and the devices.',
    );
    expect(context(done, REQUEST_KEY)[0]).toMatchObject({ RequestStatus: 'Completed', TotalDevices: 101, Completed: 101 });
  });

  test('without command lines the request carries no options, so the library defaults apply', async () => {
    const run = await here(RUN, { script_uid: BOTH, device_ids: DEMO_DEVICE.deviceUid });
    const uid = String((run.output.entries[0]?.Contents as Row[])[0]?.['requestUid']);
    expect(sim.state.remoteActions.findReach(uid)).toMatchObject({
      winScriptOption: { commandLine: '-OutputFolder "C:\\ProgramData\\Evidence"' },
    });
    expect(sim.state.remoteActions.findReach(uid)?.macScriptOption).toMatchObject({ commandLine: '-o "/var/tmp/evidence"' });
  });

  test('describes its targets for the command line confirmation without sending anything', async () => {
    const before = runs();
    const text = await describeTargetsOf(
      sim,
      RUN,
      { script_uid: BOTH, device_names: DEMO_DEVICE.deviceName, win_command_line: '-OutputFolder C:\\X' },
      now,
    );
    expect(text).toBe(
      [
        `Run Reach script "Collect Evidence Bundle" (${BOTH}) on 1 device(s):`,
        `- ${DEMO_DEVICE.deviceUid} ${DEMO_DEVICE.deviceName} [Windows]`,
        'Windows command line: -OutputFolder C:\\X',
      ].join('\n'),
    );
    expect(runs()).toBe(before);
  });
});

describe('Run Script requests: list, get, cancel', () => {
  let requestUid = '';
  let target: DeviceReport;
  beforeAll(async () => {
    target = mac();
    const created = await here(RUN, {
      script_uid: BOTH,
      device_ids: `${DEMO_DEVICE.deviceUid},${target.deviceUid}`,
      request_title: 'Evidence',
    });
    requestUid = String((created.output.entries[0]?.Contents as Row[])[0]?.['requestUid']);
  });

  test('list newest first, filtered by status; nothing found', async () => {
    const list = await runDist(invocation(sim, 'absolute-reach-request-list', { limit: '2' }));
    expect(list.output.entries[0]?.HumanReadable).toMatch(
      /^### Reach Run Script Requests:\n\|Request UID\|Request Title\|Script Name\|Request Status\|/,
    );
    expect(context(list, REQUEST_KEY)[0]).toMatchObject({
      RequestUID: requestUid,
      RequestTitle: 'Evidence',
      RequestStatus: 'Init',
      TotalDevices: 2,
    });
    const none = await here('absolute-reach-request-list', { request_status: 'PendingApproval' });
    expect(none.output.entries[0]?.HumanReadable).toBe('No Run Script requests found.');
    const bad = await here('absolute-reach-request-list', { created_from_date_time_utc: 'yesterday' });
    expect(String(bad.output.entries[0]?.Contents)).toMatch(/Invalid argument "created_from_date_time_utc"/);
  });

  test("get shows the named devices' actions, explains why none without devices, and reports an unknown request", async () => {
    const withDevices = await here('absolute-reach-request-get', { request_uid: requestUid, device_names: DEMO_DEVICE.deviceName });
    expect((context(withDevices, REQUEST_KEY)[0]?.['Actions'] as Row[]).map((a) => a['DeviceUID'])).toEqual([DEMO_DEVICE.deviceUid]);
    const without = await here('absolute-reach-request-get', { request_uid: requestUid });
    expect(without.output.entries[0]?.HumanReadable).toContain('Absolute lists Reach actions only for named devices');
    expect(context(without, REQUEST_KEY)[0]?.['Actions']).toBeUndefined();
    const missing = await here('absolute-reach-request-get', { request_uid: UNKNOWN });
    expect(missing.output.entries[0]?.HumanReadable).toBe(`No Run Script request with UID ${UNKNOWN} was found.`);
  });

  test('cancel stops the pending action of the named device only', async () => {
    const before = sim.stats().actionsCreated['reachCancel'];
    const cancel = await runDist(
      invocation(sim, 'absolute-reach-request-cancel', { request_uid: requestUid, device_ids: target.deviceUid }),
    );
    expect(cancel.output.entries[0]?.HumanReadable).toMatch(
      new RegExp(`^Canceling the pending Run Script actions of request ${requestUid} on 1 device\\(s\\) was requested\\.`),
    );
    expect(sim.stats().actionsCreated['reachCancel']).toBe(before + 1);
    const get = await here('absolute-reach-request-get', {
      request_uid: requestUid,
      device_ids: `${DEMO_DEVICE.deviceUid},${target.deviceUid}`,
    });
    expect((context(get, REQUEST_KEY)[0]?.['Actions'] as Row[]).map((a) => a['ActionStatus'])).toEqual(['Pending', 'Canceled']);
    const noDevices = await here('absolute-reach-request-cancel', { request_uid: requestUid });
    expect(String(noDevices.output.entries[0]?.Contents)).toMatch(/Invalid argument "device_ids"/);
    expect(sim.stats().actionsCreated['reachCancel']).toBe(before + 1);
  });
});
