import { DEMO_DEVICE } from '../../simulator';
import { startFuzzEnv, type FuzzEnv } from './support/fuzz-env';
import { runScripted, textOf, type ScriptedRun } from './support/scripted-run';

/**
 * Regression tests for the bugs the fuzz suites found in commands, argument parsing and the
 * simulator (they were `test.failing` until fixed). Each states the correct behaviour: whether the
 * run succeeds or the exact error, a key line of its output, and, where a wrong reply must not turn
 * into an action, which requests were sent.
 */
const UID = DEMO_DEVICE.deviceUid;
const WIPE_UID = '578fd19e-28b7-44dc-90d0-895916faa7be';
const DEVICES_ROUTE = 'GET /v3/reporting/devices-advanced';
const devices = (...items: unknown[]) => ({ [DEVICES_ROUTE]: { data: items } });
const NO_MALFORMED_TEXT = /Unexpected error|\[object Object\]|NaN|undefined/;

/** The run's first entry text, after checking the run succeeded or failed as the test expects. */
function expectRun(run: ScriptedRun, ok: boolean): string {
  const text = textOf(run);
  // The text rides along so that a run with the wrong outcome shows what it said.
  expect({ ok: run.ok, text }).toEqual({ ok, text });
  expect(text).not.toMatch(NO_MALFORMED_TEXT);
  return text;
}

describe('argument parsing (xsoar/args.ts)', () => {
  let env: FuzzEnv;
  beforeAll(async () => {
    env = await startFuzzEnv();
  });
  afterAll(() => env.close());

  test('a JSON list item that is an object or null is rejected, not sent as "[object Object]" or "null"', async () => {
    const run = await env.run('absolute-device-get', { device_names: '[{"name":"LAPTOP-7"}, null]' });
    expect(run.seen.map((s) => decodeURIComponent(s.query))).toEqual([]);
    expect(textOf(run.result)).toContain('Invalid argument "device_names"');
  });

  test('an argument named like an Object.prototype member is rejected like any unknown argument', async () => {
    const run = await env.run('absolute-device-get', { toString: 'x', device_names: 'LAPTOP-7' });
    expect(textOf(run.result)).toContain('Invalid argument "toString"');
  });

  test('absolute-device-get fields=bios (a parent of a default field) works', async () => {
    const run = await env.run('absolute-device-get', { device_names: 'LAPTOP-7', fields: 'bios' });
    expect(textOf(run.result)).not.toContain('cannot contain both bios and its child');
    expect(run.result.ok).toBe(true);
  });

  test('a wipe date filter that is no calendar date is rejected before it is sent', async () => {
    const run = await env.run('absolute-wipe-request-list', { created_from_date_time_utc: '2026-02-30T00:00:00Z' });
    expect(run.seen).toHaveLength(0);
    expect(textOf(run.result)).toContain('Invalid argument "created_from_date_time_utc"');
  });
});

describe('reply fields of an unexpected type (commands/**)', () => {
  test('endpoint: a null network adapter is skipped and the endpoint still listed', async () => {
    const run = await runScripted(
      'endpoint',
      { hostname: 'LAPTOP-7' },
      devices({ deviceUid: UID, deviceName: 'LAPTOP-7', networkAdapters: [null] }),
    );
    const text = expectRun(run, true);
    expect(text).toContain(`| ${UID} | LAPTOP-7 | No |`);
    expect(text).not.toContain('MACAddress');
  });

  test('endpoint: networkAdapters that is not a list is read as no adapters', async () => {
    const run = await runScripted(
      'endpoint',
      { hostname: 'LAPTOP-7' },
      devices({ deviceUid: UID, deviceName: 'LAPTOP-7', networkAdapters: {} }),
    );
    const text = expectRun(run, true);
    expect(text).toContain(`| ${UID} | LAPTOP-7 | No |`);
    expect(text).not.toContain('IPAddress');
  });

  // The scripted server answers every lookup with the same device, whatever the filter. Name
  // resolution is an exact match on the name the reply carries, so that device is "7", not "LAPTOP-7":
  // the call must fail before any action is sent, and asking for "7" must find it.
  test('device resolution (freeze, remove freeze, unenroll, wipe): a numeric deviceName is compared as text', async () => {
    const reply = devices({ deviceUid: UID, deviceName: 7 });
    const wrongName = await runScripted('absolute-device-remove-freeze-request', { device_names: 'LAPTOP-7' }, reply);
    expect(expectRun(wrongName, false)).toBe(
      'Failed to execute absolute-device-remove-freeze-request command.\nError:\n' +
        'Invalid argument "device_names": could not resolve every device; nothing was sent.\n' +
        'device_names "LAPTOP-7": no device has this name.',
    );
    expect(wrongName.routes).toEqual([DEVICES_ROUTE]);

    const numericName = await runScripted('absolute-device-remove-freeze-request', { device_names: '7' }, reply);
    expect(expectRun(numericName, true)).toContain(`- device_names 7 → ${UID}`);
    expect(numericName.routes).toEqual([DEVICES_ROUTE, 'POST /v3/actions/freeze/remove-freeze']);
  });

  test('location-get: a numeric deviceName is shown as text', async () => {
    const run = await runScripted('absolute-device-location-get', { device_names: 'LAPTOP-7' }, devices({ deviceUid: UID, deviceName: 7 }));
    const text = expectRun(run, true);
    expect(text).toContain(`No location is recorded for: 7 (${UID}).`);
    expect(text).toContain('Not found in Absolute: device_names: LAPTOP-7.');
  });

  test('unenroll: an action whose deviceUid is a number is reported as that text, and the asked-for device as not unenrolled', async () => {
    const replies = {
      'POST /v3/actions/requests/unenroll': { data: { requestUid: WIPE_UID } },
      'GET /v3/actions/requests/unenroll/{requestUid}': { data: { requestUid: WIPE_UID, totalDevices: 1 } },
      'POST /v3/actions/unenroll/get-actions': { data: [{ requestUid: WIPE_UID, deviceUid: 5 }] },
    };
    const text = expectRun(await runScripted('absolute-device-unenroll', { device_ids: UID }, replies), true);
    expect(text).toContain('### Absolute unenrolled devices:\n|DeviceUid|\n|---|\n| 5 |');
    expect(text).toContain(`| ${UID} | None | no unenrollment action was created`);
  });

  test('wipe dry run: a device whose deviceUid is a number does not stand for the asked-for device', async () => {
    const run = await runScripted('absolute-wipe-request-create', { device_uids: UID, dry_run: 'true' }, devices({ deviceUid: 5 }));
    const text = expectRun(run, true);
    expect(text).toContain('### Wipe dry run: 0 of 1 devices are eligible. Nothing was sent.');
    expect(text).toContain(`| ${UID} |  | false | no such device in Absolute |`);
    expect(run.routes).toEqual([DEVICES_ROUTE]);
  });

  test('wipe dry run: an agentStatus that is an object makes the device ineligible', async () => {
    const run = await runScripted(
      'absolute-wipe-request-create',
      { device_uids: UID, dry_run: 'true' },
      devices({ deviceUid: UID, agentStatus: {} }),
    );
    const text = expectRun(run, true);
    expect(text).toContain('### Wipe dry run: 0 of 1 devices are eligible. Nothing was sent.');
    expect(text).toContain(`| ${UID} |  | false | the agent is not active (agent status unknown) |`);
    expect(run.routes).toEqual([DEVICES_ROUTE]);
  });

  test('wipe polling: pending that is not a number counts as none, and an InProgress request is polled again', async () => {
    const replies = {
      'GET /v3/actions/requests/wipe/{requestUid}': { data: { requestUid: WIPE_UID, requestStatus: 'InProgress', pending: 'x' } },
    };
    const run = await runScripted('absolute-wipe-request-create', { request_uids: WIPE_UID, polling: 'true' }, replies);
    expect(expectRun(run, true)).toBe('Waiting for 1 wipe request(s) to finish (0 device action(s) pending or processing).');
    expect(run.output.entries[0]).toMatchObject({
      PollingCommand: 'absolute-wipe-request-create',
      PollingArgs: { request_uids: WIPE_UID },
    });
  });

  test('custom-field-update: a numeric cdfFieldName is listed and matched as text', async () => {
    const replies = { 'GET /v3/configurations/customfields/definitions': { data: [{ cdfUid: WIPE_UID, cdfFieldName: 5, type: 'Text' }] } };
    const unknown = await runScripted(
      'absolute-custom-device-field-update',
      { device_id: UID, cdf_name: 'Department', value: 'IT' },
      replies,
    );
    expect(expectRun(unknown, false)).toBe(
      'Failed to execute absolute-custom-device-field-update command.\nError:\n' +
        `Invalid argument "cdf_name": no Device Field is named "Department"; available fields: 5 (${WIPE_UID})`,
    );
    const numeric = await runScripted('absolute-custom-device-field-update', { device_id: UID, cdf_name: '5', value: 'IT' }, replies);
    expect(expectRun(numeric, true)).toBe(`Device ${UID} with value IT was updated successfully.`);
    expect(numeric.output.entries[0]?.Contents).toEqual({ deviceUid: UID, cdfUid: WIPE_UID, cdfFieldValue: 'IT' });
  });

  test('custom-field-update: a definition whose cdfUid is an object is listed with "?"', async () => {
    const replies = {
      'GET /v3/configurations/customfields/definitions': { data: [{ cdfUid: {}, cdfFieldName: 'Asset Number', type: 'Text' }] },
    };
    const run = await runScripted('absolute-custom-device-field-update', { device_id: UID, cdf_name: 'Department', value: 'IT' }, replies);
    expect(expectRun(run, false)).toBe(
      'Failed to execute absolute-custom-device-field-update command.\nError:\n' +
        'Invalid argument "cdf_name": no Device Field is named "Department"; available fields: Asset Number (?)',
    );
    expect(run.routes).toEqual(['GET /v3/configurations/customfields/definitions']);
  });

  describe('events: objectProperties that is not text', () => {
    const replies = {
      'GET /v3/reporting/siem-events': { data: [{ id: 'e1', createdDateTimeUtc: '2026-05-04T08:59:30.000Z', objectProperties: 5 }] },
    };

    test('get-events lists the event and keeps the raw value in the context', async () => {
      const run = await runScripted('absolute-device-get-events', { start_date: '5 minutes ago' }, replies);
      expect(expectRun(run, true)).toBe('### Events\n|_time|id|\n|---|---|\n| 2026-05-04T08:59:30.000Z | e1 |\n');
      expect(run.output.entries[0]?.Contents).toEqual([expect.objectContaining({ id: 'e1', objectProperties: 5 })]);
    });

    test('fetch-events sends the event and advances its state past it', async () => {
      const run = await runScripted('fetch-events', {}, replies);
      expect(run.ok).toBe(true);
      expect(run.output.events).toEqual([expect.objectContaining({ id: 'e1', objectProperties: 5, _time: '2026-05-04T08:59:30.000Z' })]);
      expect(run.output.lastRun).toEqual({ latest_events_time: '2026-05-04T08:59:30.000Z', latest_events_id: ['e1'] });
    });
  });
});
