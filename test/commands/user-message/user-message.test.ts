import { DEMO_DEVICE, type RunningSimulator } from '../../../simulator';
import { invocation, runDist, runHere, startTestSimulator } from '../../support/harness';

let sim: RunningSimulator;
let clock = Date.now();
const now = () => clock;
beforeAll(async () => {
  sim = await startTestSimulator({ now, actionProgressMs: 1000 });
});
afterAll(() => sim.close());

type Row = Record<string, unknown>;
const KEY = 'Absolute.UserMessageRequest(val.RequestUID && val.RequestUID == obj.RequestUID)';
const ctx = (run: { output: { entries: Array<{ EntryContext?: Record<string, unknown> }> } }) => run.output.entries[0]?.EntryContext ?? {};
const sent = () => sim.stats().actionsCreated.userMessage;
const savedMessages = () => sim.state.incident.data.eumMessages;

describe('absolute-device-user-message-send', () => {
  test('sends the message, then polling waits until every device is final and reports each one', async () => {
    const oldMac = Array.from({ length: 200 }, (_, i) => sim.state.device(i)).find(
      (d) => d?.platformOSType === 'Mac' && d.agentStatus === 'A' && d.operatingSystem.version.startsWith('12.'),
    );
    if (!oldMac) throw new Error('no macOS 12 device in the fleet');
    const first = await runHere(
      invocation(sim, 'absolute-device-user-message-send', {
        device_names: 'LAPTOP-7',
        device_ids: oldMac.deviceUid,
        message: '<p>Please call IT.</p>',
        display_mode: 'FullScreen',
        snooze_times: '1',
        request_title: 'Lost laptop',
        polling: 'true',
        interval_in_seconds: '10',
      }),
      { now },
    );
    const entry = first.output.entries[0];
    expect(entry?.HumanReadable).toMatch(
      /^Send Message request [0-9a-f-]{36} was created for 2 device\(s\)\. Each device shows it at its next connection\./,
    );
    const created = (ctx(first)[KEY] as Row[])[0];
    expect(created).toEqual({
      RequestUID: expect.any(String) as unknown,
      RequestTitle: 'Lost laptop',
      DeviceUIDs: [oldMac.deviceUid, DEMO_DEVICE.deviceUid],
    });
    expect(entry?.PollingCommand).toBe('absolute-device-user-message-send');
    const args = entry?.PollingArgs ?? {};
    expect(args).toEqual({ polling: 'true', interval_in_seconds: '10', timeout_in_seconds: '600', request_uids: created?.['RequestUID'] });
    const count = sent();

    const waiting = await runHere(invocation(sim, 'absolute-device-user-message-send', args), { now });
    expect(waiting.output.entries[0]?.PollingCommand).toBe('absolute-device-user-message-send');
    clock += 5000;
    const done = await runHere(invocation(sim, 'absolute-device-user-message-send', args), { now });
    expect(done.output.entries[0]?.PollingCommand).toBeUndefined();
    const request = (ctx(done)[KEY] as Row[])[0];
    expect(request).toMatchObject({
      RequestUID: created?.['RequestUID'],
      RequestStatus: 'Completed',
      TotalDevices: 2,
      Completed: 1,
      Failed: 1,
      DisplayMode: 'FullScreen',
      SnoozeTimes: 1,
      SubmitButtonCaption: 'OK',
      Message: '<p>Please call IT.</p>',
    });
    expect(request?.['Devices']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ DeviceUID: DEMO_DEVICE.deviceUid, ActionStatus: 'Completed' }),
        expect.objectContaining({
          DeviceUID: oldMac.deviceUid,
          ActionStatus: 'Failed',
          ActionStatusDetails: expect.stringMatching(/macOS 13 or later/) as unknown,
        }),
      ]),
    );
    expect(sent()).toBe(count);
  });

  test('a saved message by ID, scheduled for later', async () => {
    const saved = savedMessages()[0];
    const at = new Date(clock + 3_600_000).toISOString();
    const run = await runDist(
      invocation(sim, 'absolute-device-user-message-send', {
        device_ids: DEMO_DEVICE.deviceUid,
        message_id: saved?.messageUid,
        scheduled_time: at,
        submit_button_caption: 'I understand',
      }),
    );
    expect(run.code).toBe(0);
    expect(run.output.entries[0]?.HumanReadable).toContain(`It is scheduled for ${at}.`);
    const uid = String((ctx(run)[KEY] as Row[])[0]?.['RequestUID']);
    const get = await runHere(invocation(sim, 'absolute-device-user-message-request-get', { request_uid: uid }), { now });
    expect((ctx(get)[KEY] as Row[])[0]).toMatchObject({
      RequestStatus: 'Scheduled',
      Message: saved?.content,
      ScheduledDateTimeUtc: at,
      SubmitButtonCaption: 'I understand',
    });
  });

  test.each([
    [{ device_ids: DEMO_DEVICE.deviceUid }, 'message', /a value is required unless message_id/],
    [{ device_ids: DEMO_DEVICE.deviceUid, message: 'm', message_id: '11111111-1111-4111-8111-111111111111' }, 'message_id', /not both/],
    [
      { device_ids: DEMO_DEVICE.deviceUid, message_id: '11111111-1111-4111-8111-111111111111' },
      'message_id',
      /Absolute has no End User Message with ID 11111111/,
    ],
    [
      { device_ids: DEMO_DEVICE.deviceUid, message: 'm', submit_button_caption: 'Fifteen chars!!' },
      'submit_button_caption',
      /at most 14 characters/,
    ],
    [{ device_ids: DEMO_DEVICE.deviceUid, message: 'm', display_mode: 'Banner' }, 'display_mode', /must be one of Dialog, FullScreen/],
    [{ device_ids: DEMO_DEVICE.deviceUid, message: 'm', snooze_times: '6' }, 'snooze_times', /at most 5/],
    [
      { device_ids: DEMO_DEVICE.deviceUid, message: 'm', scheduled_time: '2020-01-01T00:00:00Z' },
      'scheduled_time',
      /must be in the future/,
    ],
    [{ device_ids: DEMO_DEVICE.deviceUid, message: 'm', scheduled_time: 'tomorrow' }, 'scheduled_time', /ISO 8601 time with a zone/],
    [{ device_ids: DEMO_DEVICE.deviceUid, message: 'x'.repeat(15_001) }, 'message', /at most 15000 characters/],
    [{ device_names: 'RECEPTION-PC', message: 'm' }, 'device_names', /matches 2 devices/],
    [{ message: 'm' }, 'device_ids', /give at least one/],
  ])('%#: refused naming %s before anything is sent', async (args, name, reason) => {
    const before = sent();
    const posts = sim.stats().requestsByRoute['POST /v3/actions/requests/eum'] ?? 0;
    const run = await runHere(invocation(sim, 'absolute-device-user-message-send', args), { now });
    expect(run.ok).toBe(false);
    expect(String(run.output.entries[0]?.Contents)).toMatch(new RegExp(`Invalid argument "${name}"`));
    expect(String(run.output.entries[0]?.Contents)).toMatch(reason);
    expect(sent()).toBe(before);
    expect(sim.stats().requestsByRoute['POST /v3/actions/requests/eum'] ?? 0).toBe(posts);
  });
});

describe('requests and saved messages', () => {
  test('request list, filters, get with devices, and not found', async () => {
    const list = await runDist(invocation(sim, 'absolute-device-user-message-request-list', { limit: '10' }));
    expect(list.output.entries[0]?.HumanReadable).toMatch(
      /^### Absolute Send Message requests:\n\|RequestUID\|RequestID\|RequestStatus\|TotalDevices\|/,
    );
    const rows = ctx(list)[KEY] as Row[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(rows.every((r) => r['Devices'] === undefined)).toBe(true);
    const scheduled = await runHere(invocation(sim, 'absolute-device-user-message-request-list', { request_status: 'Scheduled' }), { now });
    expect((ctx(scheduled)[KEY] as Row[]).map((r) => r['RequestStatus'])).toEqual(['Scheduled']);
    const none = await runHere(invocation(sim, 'absolute-device-user-message-request-list', { request_status: 'PendingApproval' }), {
      now,
    });
    expect(none.output.entries[0]?.HumanReadable).toBe('No Send Message requests found.');
    const missing = await runHere(
      invocation(sim, 'absolute-device-user-message-request-get', { request_uid: '00000000-0000-4000-8000-000000000000' }),
      { now },
    );
    expect(missing.output.entries[0]?.HumanReadable).toBe(
      'No Send Message request with ID 00000000-0000-4000-8000-000000000000 was found.',
    );
    const bad = await runHere(invocation(sim, 'absolute-device-user-message-request-get', {}), { now });
    expect(bad.output.entries[0]?.Contents).toMatch(/Invalid argument "request_uid": a value is required/);
  });

  test('saved messages: all, one by ID, unknown ID', async () => {
    const all = await runDist(invocation(sim, 'absolute-device-user-message-list', {}));
    const rows = ctx(all)['Absolute.UserMessage(val.MessageUID && val.MessageUID == obj.MessageUID)'] as Row[];
    expect(rows.map((r) => r['Name'])).toEqual(savedMessages().map((m) => m.name));
    const one = await runHere(invocation(sim, 'absolute-device-user-message-list', { message_id: savedMessages()[2]?.messageUid }), {
      now,
    });
    expect(one.output.entries[0]?.Contents).toEqual([expect.objectContaining({ name: 'Security notice' })]);
    const unknown = await runHere(
      invocation(sim, 'absolute-device-user-message-list', { message_id: '00000000-0000-4000-8000-000000000000' }),
      { now },
    );
    expect(unknown.output.entries[0]?.HumanReadable).toBe('Absolute has no End User Message with ID 00000000-0000-4000-8000-000000000000.');
  });
});
