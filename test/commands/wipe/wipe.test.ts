import { DEMO_DEVICE, type RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
// A clock frozen near real time, moved only by the tests (so action progress is deterministic),
// and close enough to real time for dist/absolute.cjs, which signs with the real clock.
let clock = Date.now();
const now = () => clock;
beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
});
afterAll(() => sim.close());

type Row = Record<string, unknown>;
const ctx = (run: { output: { entries: Array<{ EntryContext?: Record<string, unknown> }> } }, i = 0) =>
  run.output.entries[i]?.EntryContext ?? {};

describe('absolute-wipe-request-create', () => {
  test('dry run reports eligibility per device with reasons, and sends no wipe request', async () => {
    const before = sim.stats().actionsCreated['wipe'];
    const run = await runDist(
      invocation(sim, 'absolute-wipe-request-create', {
        device_names: DEMO_DEVICE.deviceName,
        device_uids: '00000000-0000-4000-8000-000000000000',
        dry_run: 'true',
      }),
    );
    expect(run.code).toBe(0);
    const rows = ctx(run)['Absolute.WipeEligibility(val.DeviceUid && val.DeviceUid == obj.DeviceUid)'] as Row[];
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ DeviceUid: DEMO_DEVICE.deviceUid, Eligible: true }),
        expect.objectContaining({
          DeviceUid: '00000000-0000-4000-8000-000000000000',
          Eligible: false,
          Reason: 'no such device in Absolute',
        }),
      ]),
    );
    expect(run.output.entries[0]?.HumanReadable).toMatch(/Wipe dry run: 1 of 2 devices are eligible\. Nothing was sent\./);
    expect(sim.stats().actionsCreated['wipe']).toBe(before);
  });

  test('creates the request, then polling waits until it is final and reports each device', async () => {
    const first = await runHere(
      invocation(sim, 'absolute-wipe-request-create', { device_uids: DEMO_DEVICE.deviceUid, polling: 'true', interval_in_seconds: '10' }),
      { now },
    );
    const entry = first.output.entries[0];
    expect(entry?.HumanReadable).toMatch(/^Wipe request [0-9a-f-]{36} has been successfully created\./);
    expect(entry?.PollingCommand).toBe('absolute-wipe-request-create');
    expect(entry?.NextRun).toBe('10');
    const args = entry?.PollingArgs ?? {};
    expect(args).toMatchObject({ polling: 'true', request_uids: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown });
    expect(Object.keys(args)).not.toContain('device_uids');

    const waiting = await runHere(invocation(sim, 'absolute-wipe-request-create', args), { now });
    expect(waiting.output.entries[0]?.PollingCommand).toBe('absolute-wipe-request-create');
    const created = sim.stats().actionsCreated['wipe'];

    clock += 5000;
    const done = await runHere(invocation(sim, 'absolute-wipe-request-create', args), { now });
    expect(done.output.entries[0]?.PollingCommand).toBeUndefined();
    const requests = ctx(done)['Absolute.WipeRequest(val.requestUid && val.requestUid == obj.requestUid)'] as Row[];
    expect(requests[0]).toMatchObject({ requestUid: args['request_uids'], requestStatus: 'Completed' });
    const actions = ctx(done)['Absolute.WipeAction(val.actionUid && val.actionUid == obj.actionUid)'] as Row[];
    expect(actions[0]).toMatchObject({
      deviceUid: DEMO_DEVICE.deviceUid,
      actionStatus: 'Succeeded',
      certificateUid: expect.any(String) as unknown,
    });
    // Polling runs only read: no second wipe request.
    expect(sim.stats().actionsCreated['wipe']).toBe(created);
  });

  test('the Mac password never appears in the output or the polling arguments', async () => {
    const run = await runHere(
      invocation(sim, 'absolute-wipe-request-create', {
        device_uids: DEMO_DEVICE.deviceUid,
        mac_user_name: 'admin',
        mac_pwd: 'S3cretMacPassw0rd',
        polling: 'true',
      }),
      { now },
    );
    expect(JSON.stringify(run.output)).not.toContain('S3cretMacPassw0rd');
  });

  test.each([
    [{}, 'device_uids'],
    [{ device_uids: 'not-a-uid' }, 'device_uids'],
    [{ device_uids: DEMO_DEVICE.deviceUid, mac_user_name: 'admin' }, 'mac_pwd'],
    [{ device_names: 'RECEPTION-PC' }, 'device_names'],
    [{ device_names: 'NO-SUCH-DEVICE' }, 'device_names'],
  ])('%j is refused naming %s, and no wipe is created', async (args, name) => {
    const before = sim.stats().actionsCreated['wipe'];
    const run = await runHere(invocation(sim, 'absolute-wipe-request-create', args), { now });
    expect(run.ok).toBe(false);
    expect(run.output.entries[0]?.Contents).toMatch(new RegExp(`Invalid argument "${name}"`));
    expect(sim.stats().actionsCreated['wipe']).toBe(before);
  });

  test('an ambiguous name lists the candidates', async () => {
    const run = await runDist(invocation(sim, 'absolute-wipe-request-create', { device_names: 'RECEPTION-PC' }));
    expect(run.code).toBe(1);
    expect(run.output.entries[0]?.Contents).toMatch(/matches 2 devices; use device_ids to pick one:\n- [0-9a-f-]{36} \(serial /);
  });
});

describe('wipe lists and cancel', () => {
  let requestUid = '';
  beforeAll(async () => {
    const created = await runHere(invocation(sim, 'absolute-wipe-request-create', { device_uids: DEMO_DEVICE.deviceUid }), { now });
    requestUid = String((created.output.entries[0]?.Contents as Row[])[0]?.['requestUid']);
  });

  test('list, get by id, and not found', async () => {
    const list = await runDist(invocation(sim, 'absolute-wipe-request-list', { limit: '10' }));
    expect(list.output.entries[0]?.HumanReadable).toMatch(
      /^### Wipe Requests:\n\|Request Id\|Request Uid\|Request Status\|Total Devices\|/,
    );
    const one = await runHere(invocation(sim, 'absolute-wipe-request-list', { request_uid: requestUid }), { now });
    expect(one.output.entries[0]?.HumanReadable).toContain(`### Wipe Request with ID ${requestUid}:`);
    const none = await runHere(invocation(sim, 'absolute-wipe-request-list', { request_uid: '00000000-0000-4000-8000-000000000000' }), {
      now,
    });
    expect(none.output.entries[0]?.HumanReadable).toBe('No wipe request with ID 00000000-0000-4000-8000-000000000000 was found.');
    const empty = await runHere(invocation(sim, 'absolute-wipe-request-list', { request_status: 'PendingApproval' }), { now });
    expect(empty.output.entries[0]?.HumanReadable).toBe('No wipe requests found.');
  });

  test('actions list by request and status; cancel a pending action', async () => {
    const actions = await runHere(invocation(sim, 'absolute-wipe-actions-list', { request_uid: requestUid }), { now });
    const rows = ctx(actions)['Absolute.WipeAction(val.actionUid && val.actionUid == obj.actionUid)'] as Row[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ requestUid, actionStatus: 'Pending' });
    const cancel = await runDist(
      invocation(sim, 'absolute-wipe-request-cancel', { request_uid: requestUid, action_uids: String(rows[0]?.['actionUid']) }),
    );
    expect(cancel.output.entries[0]?.HumanReadable).toBe(`Wipe actions for the request ${requestUid} have been successfully canceled.`);
    const canceled = await runHere(invocation(sim, 'absolute-wipe-actions-list', { request_uid: requestUid, action_status: 'Canceled' }), {
      now,
    });
    expect(canceled.output.entries[0]?.Contents).toHaveLength(1);
    const none = await runHere(invocation(sim, 'absolute-wipe-actions-list', { request_uid: requestUid, action_status: 'Processing' }), {
      now,
    });
    expect(none.output.entries[0]?.HumanReadable).toBe(`No wipe actions found for request ${requestUid}.`);
  });

  test('cancel needs actions or cancel_all_actions, named, before any request', async () => {
    const run = await runHere(invocation(sim, 'absolute-wipe-request-cancel', { request_uid: requestUid }), { now });
    expect(run.output.entries[0]?.Contents).toMatch(/Invalid argument "action_uids": give the actions to cancel/);
    const bad = await runHere(invocation(sim, 'absolute-wipe-request-list', { created_from_date_time_utc: 'yesterday' }), { now });
    expect(bad.output.entries[0]?.Contents).toMatch(/Invalid argument "created_from_date_time_utc": must be an ISO 8601 UTC time/);
  });
});
