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

  // Since replies are checked at the boundary (absolute/reply-schema.ts), a field the pack reads with
  // the wrong type stops the command with an error naming the operation and the field, before any
  // table is written or action sent; the fixes these tests first guarded (coercing, skipping) are gone.
  const shapeError = (command: string, operation: string, detail: string) =>
    `Failed to execute ${command} command.\nError:\nAbsolute returned an unexpected reply to ${operation}: ${detail}.\n` +
    'The Absolute API answered in a form this integration does not know; report the command and the field above.';

  test('endpoint: networkAdapters that is not a list is a reply error naming the field', async () => {
    const run = await runScripted(
      'endpoint',
      { hostname: 'LAPTOP-7' },
      devices({ deviceUid: UID, deviceName: 'LAPTOP-7', networkAdapters: {} }),
    );
    expect(expectRun(run, false)).toBe(shapeError('endpoint', DEVICES_ROUTE, 'data[0].networkAdapters is an object, expected a list'));
  });

  test('device resolution (freeze, remove freeze, unenroll, wipe): a numeric deviceName stops the call before any action', async () => {
    const run = await runScripted(
      'absolute-device-remove-freeze-request',
      { device_names: '7' },
      devices({ deviceUid: UID, deviceName: 7 }),
    );
    expect(expectRun(run, false)).toBe(
      shapeError('absolute-device-remove-freeze-request', DEVICES_ROUTE, 'data[0].deviceName is a number, expected text'),
    );
    expect(run.routes).toEqual([DEVICES_ROUTE]);
  });

  test('location-get: a numeric deviceName is a reply error, not a row', async () => {
    const run = await runScripted('absolute-device-location-get', { device_names: 'LAPTOP-7' }, devices({ deviceUid: UID, deviceName: 7 }));
    expect(expectRun(run, false)).toBe(
      shapeError('absolute-device-location-get', DEVICES_ROUTE, 'data[0].deviceName is a number, expected text'),
    );
  });

  test('unenroll: an action whose deviceUid is a number leaves the outcome unknown, said so, and nothing is sent twice', async () => {
    const replies = {
      'POST /v3/actions/requests/unenroll': { data: { requestUid: WIPE_UID } },
      'GET /v3/actions/requests/unenroll/{requestUid}': { data: { requestUid: WIPE_UID, totalDevices: 1 } },
      'POST /v3/actions/unenroll/get-actions': { data: [{ requestUid: WIPE_UID, deviceUid: 5 }] },
    };
    const run = await runScripted('absolute-device-unenroll', { device_ids: UID }, replies);
    const text = expectRun(run, true);
    expect(text).toContain('The request was created, but its outcome could not be read (Absolute returned an unexpected reply to');
    expect(text).toContain('data[0].deviceUid is a number, expected text');
    expect(run.routes.filter((r) => r === 'POST /v3/actions/requests/unenroll')).toHaveLength(1);
  });

  test('wipe dry run: a device whose deviceUid is a number is a reply error, and nothing is sent', async () => {
    const run = await runScripted('absolute-wipe-request-create', { device_uids: UID, dry_run: 'true' }, devices({ deviceUid: 5 }));
    expect(expectRun(run, false)).toBe(
      shapeError('absolute-wipe-request-create', DEVICES_ROUTE, 'data[0].deviceUid is a number, expected text'),
    );
    expect(run.routes).toEqual([DEVICES_ROUTE]);
  });

  test('wipe dry run: an agentStatus that is an object is a reply error, and nothing is sent', async () => {
    const run = await runScripted(
      'absolute-wipe-request-create',
      { device_uids: UID, dry_run: 'true' },
      devices({ deviceUid: UID, agentStatus: {} }),
    );
    expect(expectRun(run, false)).toBe(
      shapeError('absolute-wipe-request-create', DEVICES_ROUTE, 'data[0].agentStatus is an object, expected text'),
    );
    expect(run.routes).toEqual([DEVICES_ROUTE]);
  });

  test('wipe polling: pending that is not a number is a reply error, not a count of none', async () => {
    const replies = {
      'GET /v3/actions/requests/wipe/{requestUid}': { data: { requestUid: WIPE_UID, requestStatus: 'InProgress', pending: 'x' } },
    };
    const run = await runScripted('absolute-wipe-request-create', { request_uids: WIPE_UID, polling: 'true' }, replies);
    expect(expectRun(run, false)).toBe(
      shapeError('absolute-wipe-request-create', `GET /v3/actions/requests/wipe/${WIPE_UID}`, 'data.pending is text, expected a number'),
    );
  });

  test('custom-field-update: a numeric cdfFieldName or an object cdfUid is a reply error, and nothing is set', async () => {
    for (const definition of [
      { cdfUid: WIPE_UID, cdfFieldName: 5, type: 'Text' },
      { cdfUid: {}, cdfFieldName: 'Asset Number', type: 'Text' },
    ]) {
      const replies = { 'GET /v3/configurations/customfields/definitions': { data: [definition] } };
      const run = await runScripted('absolute-custom-device-field-update', { device_id: UID, cdf_name: '5', value: 'IT' }, replies);
      const field =
        typeof definition.cdfUid === 'string'
          ? 'data[0].cdfFieldName is a number, expected text'
          : 'data[0].cdfUid is an object, expected text';
      expect(expectRun(run, false)).toBe(
        shapeError('absolute-custom-device-field-update', 'GET /v3/configurations/customfields/definitions', field),
      );
      expect(run.routes).toEqual(['GET /v3/configurations/customfields/definitions']);
    }
  });

  describe('events: objectProperties that is not text', () => {
    const replies = {
      'GET /v3/reporting/siem-events': { data: [{ id: 'e1', createdDateTimeUtc: '2026-05-04T08:59:30.000Z', objectProperties: 5 }] },
    };
    const detail = 'data[0].objectProperties is a number, expected text';

    test('get-events fails naming the field', async () => {
      const run = await runScripted('absolute-device-get-events', { start_date: '5 minutes ago' }, replies);
      expect(expectRun(run, false)).toContain(`GET /v3/reporting/siem-events: ${detail}.`);
    });

    test('fetch-events fails and keeps its state: the event is fetched again once the API answers it properly', async () => {
      const run = await runScripted('fetch-events', {}, replies);
      expect(expectRun(run, false)).toContain(`GET /v3/reporting/siem-events: ${detail}.`);
      expect(run.output.events).toBeUndefined();
      expect(run.output.lastRun).toBeNull();
    });
  });
});
