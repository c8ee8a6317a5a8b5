import { DEMO_DEVICE, type RunningSimulator } from '../../../simulator';
import { findCommand } from '../../../Integrations/Absolute/src/commands/registry';
import { parseArgs } from '../../../Integrations/Absolute/src/xsoar/args';
import { AbsoluteClient } from '../../../Integrations/Absolute/src/absolute/client';
import { DEMO_CREDENTIALS } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
const clock = Date.now();
const now = () => clock;
beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
});
afterAll(() => sim.close());

type Row = Record<string, unknown>;
const KEY = 'Absolute.MissingDevice(val.DeviceUID && val.DeviceUID == obj.DeviceUID)';
const ctx = (run: { output: { entries: Array<{ EntryContext?: Record<string, unknown> }> } }) => run.output.entries[0]?.EntryContext ?? {};
const reports = () => sim.stats().actionsCreated.reportMissing;
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

describe('absolute-device-report-missing', () => {
  test('dry run: per-device eligibility and the exact request, and nothing is sent', async () => {
    const inactive = sim.state.device(3);
    if (!inactive) throw new Error('fleet too small');
    sim.state.overrideDevice(inactive.deviceUid, { agentStatus: 'I', deviceStatus: undefined, isStolen: false });
    const before = reports();
    const missingRoutes = sim.stats().requestsByRoute['POST /v3/tracking/device-missing/missing'] ?? 0;
    const run = await runDist(
      invocation(sim, 'absolute-device-report-missing', {
        device_names: 'LAPTOP-7',
        device_ids: `${inactive.deviceUid},${UNKNOWN}`,
        email_contacts: 'soc@acme.example',
        dry_run: 'true',
      }),
    );
    expect(run.code).toBe(0);
    const rows = ctx(run)['Absolute.MissingDeviceEligibility(val.DeviceUID && val.DeviceUID == obj.DeviceUID)'] as Row[];
    expect(rows).toEqual([
      {
        DeviceUID: inactive.deviceUid,
        DeviceName: inactive.deviceName,
        Eligible: false,
        Reason: 'the agent is not active (agent status I)',
      },
      { DeviceUID: UNKNOWN, DeviceName: '', Eligible: false, Reason: 'no such device in Absolute' },
      { DeviceUID: DEMO_DEVICE.deviceUid, DeviceName: 'LAPTOP-7', Eligible: true, Reason: '' },
    ]);
    const readable = run.output.entries[0]?.HumanReadable ?? '';
    expect(readable).toContain('Report missing dry run: 1 of 3 devices are eligible. Nothing was sent.');
    expect(readable).toContain(
      `POST /v3/tracking/device-missing/missing {"deviceUids":["${inactive.deviceUid}","${UNKNOWN}","${DEMO_DEVICE.deviceUid}"],"emailContacts":["soc@acme.example"]}`,
    );
    expect(reports()).toBe(before);
    expect(sim.stats().requestsByRoute['POST /v3/tracking/device-missing/missing'] ?? 0).toBe(missingRoutes);
    expect(sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus).toBeUndefined();
  });

  test('reports the device missing, with each refusal and its reason; the list and device reports show it; found clears it', async () => {
    const stolen = sim.state.device(4);
    if (!stolen) throw new Error('fleet too small');
    sim.state.overrideDevice(stolen.deviceUid, { agentStatus: 'A', isStolen: true });
    const run = await runDist(
      invocation(sim, 'absolute-device-report-missing', {
        device_ids: `${DEMO_DEVICE.deviceUid},${stolen.deviceUid}`,
        email_contacts: 'soc@acme.example',
      }),
    );
    expect(run.code).toBe(0);
    expect(ctx(run)[KEY]).toEqual([
      {
        DeviceUID: DEMO_DEVICE.deviceUid,
        LastAction: 'ReportMissing',
        LastActionSucceeded: true,
        IsMissing: true,
        EmailContacts: ['soc@acme.example'],
      },
      {
        DeviceUID: stolen.deviceUid,
        LastAction: 'ReportMissing',
        LastActionSucceeded: false,
        FailureReason: 'The device is reported stolen',
      },
    ]);
    expect(run.output.entries[0]?.HumanReadable).toMatch(
      /^### Absolute reported 1 of 2 device\(s\) missing\n\|DeviceUID\|Result\|Reason\|/,
    );
    expect(sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus?.type).toBe('MISSING');

    const device = await runHere(invocation(sim, 'absolute-device-get', { device_ids: DEMO_DEVICE.deviceUid }), { now });
    expect(JSON.stringify(device.output.entries[0]?.EntryContext)).toContain('"DeviceStatus":{"type":"MISSING"');
    const list = await runHere(invocation(sim, 'absolute-device-missing-list', { device_id: DEMO_DEVICE.deviceUid }), { now });
    expect(ctx(list)[KEY]).toEqual([
      expect.objectContaining({ DeviceUID: DEMO_DEVICE.deviceUid, IsMissing: true, EmailContacts: ['soc@acme.example'] }),
    ]);

    const found = await runDist(invocation(sim, 'absolute-device-report-found', { device_names: 'laptop-7' }));
    expect(ctx(found)[KEY]).toEqual([
      { DeviceUID: DEMO_DEVICE.deviceUid, LastAction: 'ReportFound', LastActionSucceeded: true, IsMissing: false },
    ]);
    expect(sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus).toBeUndefined();
    const none = await runHere(invocation(sim, 'absolute-device-missing-list', { device_id: DEMO_DEVICE.deviceUid }), { now });
    expect(none.output.entries[0]?.HumanReadable).toBe(`The device ${DEMO_DEVICE.deviceUid} is not reported missing.`);
  });

  test('the missing list filters by time, both bounds inclusive', async () => {
    const all = await runHere(invocation(sim, 'absolute-device-missing-list', { limit: '500' }), { now });
    const rows = ctx(all)[KEY] as Row[];
    expect(rows.length).toBeGreaterThan(0);
    const first = String(rows[0]?.['CreationDateTimeUtc']);
    const exact = await runHere(
      invocation(sim, 'absolute-device-missing-list', { created_from_date_time_utc: first, created_to_date_time_utc: first }),
      { now },
    );
    expect((ctx(exact)[KEY] as Row[]).every((r) => r['CreationDateTimeUtc'] === first)).toBe(true);
    const limited = await runHere(invocation(sim, 'absolute-device-missing-list', { limit: '1' }), { now });
    expect(ctx(limited)[KEY]).toHaveLength(1);
  });

  test.each([
    [{}, 'device_ids'],
    [{ device_ids: 'not-a-uid' }, 'device_ids'],
    [{ device_ids: DEMO_DEVICE.deviceUid, email_contacts: 'soc at acme' }, 'email_contacts'],
    [{ device_names: 'RECEPTION-PC' }, 'device_names'],
    [{ serial_numbers: 'NO-SUCH-SERIAL' }, 'serial_numbers'],
  ])('%j is refused naming %s, and nothing is reported', async (args, name) => {
    const before = reports();
    const run = await runHere(invocation(sim, 'absolute-device-report-missing', args), { now });
    expect(run.ok).toBe(false);
    expect(run.output.entries[0]?.Contents).toMatch(new RegExp(`Invalid argument "${name}"`));
    expect(reports()).toBe(before);
  });

  test('an ambiguous name lists the candidates', async () => {
    const run = await runDist(invocation(sim, 'absolute-device-report-missing', { device_names: 'RECEPTION-PC' }));
    expect(run.code).toBe(1);
    expect(run.output.entries[0]?.Contents).toMatch(/matches 2 devices; use device_ids to pick one:\n- [0-9a-f-]{36} \(serial /);
  });

  test('describeTargets names each device and who Absolute would refuse, and writes nothing', async () => {
    const command = findCommand('absolute-device-report-missing');
    if (!command?.describeTargets) throw new Error('report-missing must describe its targets');
    const client = new AbsoluteClient({
      serverUrl: sim.url,
      tokenId: DEMO_CREDENTIALS.hs256.tokenId,
      secretKey: DEMO_CREDENTIALS.hs256.secretKey,
      requestsPerSecond: 0,
    });
    try {
      const before = sim.stats().requestsByRoute['POST /v3/tracking/device-missing/missing'] ?? 0;
      const args = parseArgs(command.args, { device_names: 'LAPTOP-7', device_ids: UNKNOWN, email_contacts: 'soc@acme.example' });
      const text = await command.describeTargets(
        { client, params: {} as never, lastRun: null, now, log: () => undefined, filesDir: '' },
        args,
      );
      expect(text).toBe(
        `Report 2 device(s) missing to Absolute, alerting soc@acme.example when it calls in:\n- ${UNKNOWN}: Absolute will refuse it, no such device in Absolute\n- ${DEMO_DEVICE.deviceUid} (LAPTOP-7)`,
      );
      expect(sim.stats().requestsByRoute['POST /v3/tracking/device-missing/missing'] ?? 0).toBe(before);
    } finally {
      await client.close();
    }
  });
});

describe('permissions', () => {
  test('a token without Manage on Missing Device gets a 403 naming the permission', async () => {
    const limited = await startTestSimulator({
      tokens: [
        {
          tokenId: DEMO_CREDENTIALS.hs256.tokenId,
          alg: 'HS256',
          secret: DEMO_CREDENTIALS.hs256.secretKey,
          permissions: ['devices.view', 'missing.view'],
        },
      ],
    });
    try {
      const run = await runHere(invocation(limited, 'absolute-device-report-missing', { device_ids: DEMO_DEVICE.deviceUid }));
      expect(run.output.entries[0]?.Contents).toMatch(
        /403 NOT_AUTHORIZED for POST \/v3\/tracking\/device-missing\/missing[\s\S]*lacks the Manage on Missing Device permission/,
      );
      expect((await runHere(invocation(limited, 'absolute-device-missing-list', {}))).ok).toBe(true);
    } finally {
      await limited.close();
    }
  });
});
