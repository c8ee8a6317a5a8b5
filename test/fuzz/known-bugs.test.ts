import { DEMO_DEVICE } from '../../simulator';
import { startFuzzEnv, type FuzzEnv } from './support/fuzz-env';
import { runScripted, textOf } from './support/scripted-run';

/**
 * Regression tests for the bugs the fuzz suites found in commands, argument parsing and the
 * simulator, each stating the correct behaviour (they were `test.failing` until fixed).
 */
const UID = DEMO_DEVICE.deviceUid;
const WIPE_UID = '578fd19e-28b7-44dc-90d0-895916faa7be';
const devices = (...items: unknown[]) => ({ 'GET /v3/reporting/devices-advanced': { data: items } });
const noCrash = (text: string) => expect(text).not.toMatch(/Unexpected error|\[object Object\]|NaN/);

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
  test('endpoint: a null network adapter', async () => {
    noCrash(textOf(await runScripted('endpoint', { hostname: 'LAPTOP-7' }, devices({ deviceUid: UID, deviceName: 'LAPTOP-7', networkAdapters: [null] }))));
  });

  test('endpoint: networkAdapters that is not a list', async () => {
    noCrash(textOf(await runScripted('endpoint', { hostname: 'LAPTOP-7' }, devices({ deviceUid: UID, deviceName: 'LAPTOP-7', networkAdapters: {} }))));
  });

  test('device resolution (freeze, remove freeze, unenroll, wipe): a numeric deviceName', async () => {
    noCrash(textOf(await runScripted('absolute-device-remove-freeze-request', { device_names: 'LAPTOP-7' }, devices({ deviceUid: UID, deviceName: 7 }))));
  });

  test('location-get: a numeric deviceName', async () => {
    noCrash(textOf(await runScripted('absolute-device-location-get', { device_names: 'LAPTOP-7' }, devices({ deviceUid: UID, deviceName: 7 }))));
  });

  test('unenroll: an action whose deviceUid is a number', async () => {
    const replies = {
      'POST /v3/actions/requests/unenroll': { data: { requestUid: WIPE_UID } },
      'GET /v3/actions/requests/unenroll/{requestUid}': { data: { requestUid: WIPE_UID, totalDevices: 1 } },
      'POST /v3/actions/unenroll/get-actions': { data: [{ requestUid: WIPE_UID, deviceUid: 5 }] },
    };
    noCrash(textOf(await runScripted('absolute-device-unenroll', { device_ids: UID }, replies)));
  });

  test('wipe dry run: a device whose deviceUid is a number', async () => {
    noCrash(textOf(await runScripted('absolute-wipe-request-create', { device_uids: UID, dry_run: 'true' }, devices({ deviceUid: 5 }))));
  });

  test('wipe dry run: an agentStatus that is an object', async () => {
    noCrash(textOf(await runScripted('absolute-wipe-request-create', { device_uids: UID, dry_run: 'true' }, devices({ deviceUid: UID, agentStatus: {} }))));
  });

  test('wipe polling: pending that is not a number', async () => {
    const replies = { 'GET /v3/actions/requests/wipe/{requestUid}': { data: { requestUid: WIPE_UID, requestStatus: 'InProgress', pending: 'x' } } };
    noCrash(textOf(await runScripted('absolute-wipe-request-create', { request_uids: WIPE_UID, polling: 'true' }, replies)));
  });

  test('custom-field-update: a numeric cdfFieldName', async () => {
    const replies = { 'GET /v3/configurations/customfields/definitions': { data: [{ cdfUid: WIPE_UID, cdfFieldName: 5, type: 'Text' }] } };
    noCrash(textOf(await runScripted('absolute-custom-device-field-update', { device_id: UID, cdf_name: 'Department', value: 'IT' }, replies)));
  });

  test('custom-field-update: a definition whose cdfUid is an object (listed as "[object Object]")', async () => {
    const replies = { 'GET /v3/configurations/customfields/definitions': { data: [{ cdfUid: {}, cdfFieldName: 'Asset Number', type: 'Text' }] } };
    noCrash(textOf(await runScripted('absolute-custom-device-field-update', { device_id: UID, cdf_name: 'Department', value: 'IT' }, replies)));
  });

  test('get-events and fetch-events: objectProperties that is not text', async () => {
    const replies = { 'GET /v3/reporting/siem-events': { data: [{ id: 'e1', createdDateTimeUtc: '2026-05-04T08:59:30.000Z', objectProperties: 5 }] } };
    noCrash(textOf(await runScripted('absolute-device-get-events', { start_date: '5 minutes ago' }, replies)));
  });
});
