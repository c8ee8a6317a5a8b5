import { DEMO_DEVICE, type DeviceReport, type RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';
import { describeTargetsOf } from '../describe-targets';

const CREATE = 'absolute-file-delete-request-create';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const REQUEST_KEY = 'Absolute.FileDeleteRequest(val.RequestUID && val.RequestUID == obj.RequestUID)';

let sim: RunningSimulator;
let clock = Date.now();
const now = () => clock;
beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
});
afterAll(() => sim.close());

type Row = Record<string, unknown>;
const context = (run: { output: { entries: Array<{ EntryContext?: Record<string, unknown> }> } }, key: string) =>
  (run.output.entries[0]?.EntryContext ?? {})[key] as Row[];
const here = (command: string, args: Record<string, unknown>) => runHere(invocation(sim, command, args), { now });
const created = () => sim.stats().actionsCreated['fileDelete'];
function device(predicate: (d: DeviceReport) => boolean, skip = 0): DeviceReport {
  let seen = 0;
  for (let i = 1; i < sim.state.fleet.size; i++) {
    const d = sim.state.device(i);
    if (d && d.deviceName !== 'MBP-SALES-01' && d.deviceName !== 'RECEPTION-PC' && predicate(d) && seen++ === skip) return d;
  }
  throw new Error('no such device');
}
const activeMac = (skip = 0) => device((d) => d.platformOSType === 'Mac' && d.agentStatus === 'A', skip);
const activeWindows = (skip = 0) => device((d) => d.platformOSType === 'Windows' && d.agentStatus === 'A', skip);

describe('absolute-file-delete-request-create', () => {
  test('dry run: per-device reasons, the exact body, nothing sent', async () => {
    const mac = activeMac();
    const chromebook = device((d) => d.platformOSType === 'Chrome');
    const inactive = device((d) => d.platformOSType === 'Windows' && d.agentStatus !== 'A');
    const before = created();
    const run = await runDist(
      invocation(sim, CREATE, {
        device_names: DEMO_DEVICE.deviceName,
        device_ids: [mac.deviceUid, chromebook.deviceUid, inactive.deviceUid, UNKNOWN].join(','),
        wipe_type: 'wipeSpecificUserFiles',
        file_patterns_windows: '*.pst,Users/**/Downloads/',
        secure_erase_count: '3',
        include_file_date_in_log: 'true',
        dry_run: 'true',
      }),
    );
    expect(run.code).toBe(0);
    const rows = context(run, 'Absolute.FileDeleteEligibility(val.DeviceUid && val.DeviceUid == obj.DeviceUid)');
    expect(rows.map((r) => [r['Platform'], r['Eligible'], r['Reason']])).toEqual([
      ['Mac', false, 'no file_patterns_mac were given for this Mac device'],
      ['Chrome', false, 'File Delete runs only on Windows and Mac devices (this one is Chrome)'],
      ['Windows', false, expect.stringMatching(/^the agent is not active/)],
      ['', false, 'no such device in Absolute'],
      ['Windows', true, ''],
    ]);
    const text = String(run.output.entries[0]?.HumanReadable);
    expect(text).toMatch(/File Delete dry run \(wipeSpecificUserFiles\): 1 of 5 devices are eligible\. Nothing was sent\./);
    expect(text).toContain('"patterns": [\n        "*.pst",\n        "Users/**/Downloads/"\n      ]');
    expect(text).toContain('"secureEraseCount": 3');
    expect(text).toContain('"includeFileDateInLog": true');
    expect(created()).toBe(before);
  });

  test('refuses bad combinations and devices the request cannot apply to, naming the argument, sending nothing', async () => {
    const before = created();
    const refusals: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ device_ids: DEMO_DEVICE.deviceUid }, 'wipe_type', /a value is required/],
      [
        { device_ids: DEMO_DEVICE.deviceUid, wipe_type: 'everything' },
        'wipe_type',
        /must be one of wipeSpecificUserFiles, wipeAllUserFiles, wipeAllUserFilesAndOs/,
      ],
      [
        { device_ids: DEMO_DEVICE.deviceUid, wipe_type: 'wipeSpecificUserFiles' },
        'file_patterns_windows',
        /needs file_patterns_windows, file_patterns_mac or both/,
      ],
      [
        { device_ids: DEMO_DEVICE.deviceUid, wipe_type: 'wipeAllUserFiles', file_patterns_mac: '*.key' },
        'file_patterns_mac',
        /apply only to wipe_type=wipeSpecificUserFiles/,
      ],
      [
        {
          device_ids: DEMO_DEVICE.deviceUid,
          wipe_type: 'wipeSpecificUserFiles',
          file_patterns_windows: '*.pst',
          unenroll_devices_and_free_licenses: 'true',
        },
        'unenroll_devices_and_free_licenses',
        /applies only when all user files are deleted/,
      ],
      [
        { device_ids: DEMO_DEVICE.deviceUid, wipe_type: 'wipeAllUserFiles', include_file_date_in_log: 'true' },
        'include_file_date_in_log',
        /applies only to wipe_type=wipeSpecificUserFiles/,
      ],
      [
        { device_ids: DEMO_DEVICE.deviceUid, wipe_type: 'wipeAllUserFiles', secure_erase_count: '2' },
        'secure_erase_count',
        /must be one of 1, 3, 7/,
      ],
      [
        { device_ids: activeMac().deviceUid, wipe_type: 'wipeSpecificUserFiles', file_patterns_windows: '*.pst' },
        'file_patterns_windows',
        /cannot apply to 1 of the devices; nothing was sent\.\n.*no file_patterns_mac/,
      ],
      [{ device_ids: activeMac().deviceUid, wipe_type: 'wipeAllUserFilesAndOs' }, 'device_ids', /for Windows devices only/],
      [{ wipe_type: 'wipeAllUserFiles' }, 'device_ids', /give at least one of device_ids/],
      [
        { device_names: 'RECEPTION-PC', wipe_type: 'wipeAllUserFiles' },
        'device_names',
        /matches 2 devices; use device_ids to pick one:\n- [0-9a-f-]{36} \(serial /,
      ],
    ];
    for (const [args, name, message] of refusals) {
      const run = await here(CREATE, args);
      expect({ args, ok: run.ok }).toEqual({ args, ok: false });
      expect(String(run.output.entries[0]?.Contents)).toMatch(new RegExp(`Invalid argument "${name}"`));
      expect(String(run.output.entries[0]?.Contents)).toMatch(message);
    }
    expect(created()).toBe(before);
  });

  test('deletes all user files in requests of at most 100 devices, and polling reports every device with its certificate', async () => {
    const windows = Array.from({ length: 101 }, (_, i) => activeWindows(i).deviceUid);
    const before = created();
    const first = await here(CREATE, {
      device_ids: windows.join(','),
      wipe_type: 'wipeAllUserFiles',
      unenroll_devices_and_free_licenses: 'true',
      polling: 'true',
      interval_in_seconds: '10',
    });
    expect(created()).toBe(before + 2);
    const args = first.output.entries[0]?.PollingArgs ?? {};
    expect(args).toMatchObject({
      wipe_type: 'wipeAllUserFiles',
      request_uids: expect.stringMatching(/^[0-9a-f-]{36},[0-9a-f-]{36}$/) as unknown,
    });
    expect(Object.keys(args)).not.toContain('device_ids');
    const requestUids = String(args['request_uids']).split(',');
    expect(requestUids.map((uid) => sim.state.remoteActions.findFileDelete(uid)?.actions.length)).toEqual([100, 1]);
    const waiting = await here(CREATE, args);
    expect(waiting.output.entries[0]?.HumanReadable).toBe(
      'Waiting for 2 File Delete request(s) to finish (101 device action(s) pending or processing).',
    );
    clock += 5000;
    const done = await runDist(invocation(sim, CREATE, args));
    expect(done.output.entries[0]?.PollingCommand).toBeUndefined();
    const requests = context(done, REQUEST_KEY);
    expect(requests.map((r) => [r['RequestStatus'], (r['Actions'] as Row[]).length])).toEqual([
      ['Completed', 100],
      ['Completed', 1],
    ]);
    expect((requests[1]?.['Actions'] as Row[])[0]).toMatchObject({
      DeviceUID: windows[100],
      ActionStatus: 'Completed',
      CertificateUID: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
    });
    expect(sim.state.device(String(windows[100]))?.agentStatus).toBe('D');
    expect(created()).toBe(before + 2);
  });

  test('describes its targets for the command line confirmation without sending anything', async () => {
    const before = created();
    const text = await describeTargetsOf(
      sim,
      CREATE,
      { device_names: DEMO_DEVICE.deviceName, wipe_type: 'wipeSpecificUserFiles', file_patterns_windows: '*.pst' },
      now,
    );
    expect(text).toBe(
      [
        'File Delete (wipeSpecificUserFiles) on 1 device(s):',
        `- ${DEMO_DEVICE.deviceUid} ${DEMO_DEVICE.deviceName} [Windows]`,
        'Windows patterns: *.pst',
      ].join('\n'),
    );
    const all = await describeTargetsOf(sim, CREATE, { device_ids: DEMO_DEVICE.deviceUid, wipe_type: 'wipeAllUserFiles' }, now);
    expect(all.split('\n').at(-1)).toBe('Mac devices are un-enrolled afterwards (always); Windows devices stay enrolled.');
    expect(created()).toBe(before);
  });
});

describe('File Delete requests: list and get', () => {
  let requestUid = '';
  beforeAll(async () => {
    const run = await here(CREATE, {
      device_ids: `${DEMO_DEVICE.deviceUid},${activeMac(1).deviceUid}`,
      wipe_type: 'wipeSpecificUserFiles',
      file_patterns_windows: '*.pst',
      file_patterns_mac: '*.key',
    });
    requestUid = String((run.output.entries[0]?.Contents as Row[])[0]?.['requestUid']);
  });

  test('list newest first with the options; nothing found', async () => {
    const list = await runDist(invocation(sim, 'absolute-file-delete-request-list', { limit: '1' }));
    expect(list.output.entries[0]?.HumanReadable).toMatch(
      /^### File Delete Requests:\n\|Request UID\|Request ID\|Wipe Type\|Request Status\|/,
    );
    expect(context(list, REQUEST_KEY)).toEqual([
      expect.objectContaining({
        RequestUID: requestUid,
        WipeType: 'wipeSpecificUserFiles',
        RequestStatus: 'Init',
        IncludeFileDateInLog: false,
        FilePatterns: [
          { Platform: 'Windows', Patterns: ['*.pst'] },
          { Platform: 'Mac', Patterns: ['*.key'] },
        ],
      }),
    ]);
    const none = await here('absolute-file-delete-request-list', { request_status: 'PendingApproval' });
    expect(none.output.entries[0]?.HumanReadable).toBe('No File Delete requests found.');
  });

  test("get lists every device's action; an unknown request is an answer, not a failure", async () => {
    const get = await here('absolute-file-delete-request-get', { request_uid: requestUid });
    const request = context(get, REQUEST_KEY)[0];
    expect((request?.['Actions'] as Row[]).map((a) => a['ActionStatus'])).toEqual(['Pending', 'Pending']);
    expect(get.output.entries[0]?.HumanReadable).toContain('### File Delete Actions:');
    const missing = await here('absolute-file-delete-request-get', { request_uid: UNKNOWN });
    expect(missing.output.entries[0]?.HumanReadable).toBe(`No File Delete request with UID ${UNKNOWN} was found.`);
    const bad = await here('absolute-file-delete-request-get', { request_uid: 'nope' });
    expect(String(bad.output.entries[0]?.Contents)).toMatch(/Invalid argument "request_uid": not a request UID/);
  });
});
