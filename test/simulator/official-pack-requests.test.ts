import { DEMO_DEVICE, type DeviceReport, type RunningSimulator } from '../../simulator';
import { bodyOf, collectAll, startTestApi, type HttpResult, type Page, type TestApi } from './support/api-client';
import { allDevices, firstDevice, uidsOf } from './support/fleet-helpers';
import { OfficialPackClient, PACK_SELECT, pythonQuote } from './support/official-pack';

/**
 * The official XSOAR pack 2.0.4's commands, each sent as the pack sends it (xsoar-absolute-pack.md
 * §2.3 and its test playbook; query strings and bodies recorded from its request builders), against
 * the default (lenient) simulator. Expected results come from the documented API of the same
 * simulator or from its state, never from the OData code under test.
 */
let documented: TestApi;
let sim: RunningSimulator;
let pack: OfficialPackClient;
let fleet: DeviceReport[];

beforeAll(async () => {
  documented = await startTestApi({ fleetSize: 120, actionProgressMs: 1000 });
  sim = documented.sim;
  pack = new OfficialPackClient(sim, documented.clock.now);
  fleet = allDevices(sim);
});
afterAll(() => sim.close());

const sortedUids = (items: unknown) => uidsOf(items as DeviceReport[]).sort();
const dataOf = (res: HttpResult): unknown => bodyOf<{ data: unknown }>(res).data;
const requestUidOf = (res: HttpResult): string => bodyOf<{ data: { requestUid: string } }>(res).data.requestUid;
/** A page the test walks on from: its cursor must be there. */
interface CursorPage {
  data: unknown[];
  metadata: { pagination: { nextPage: string } };
}

test('the pack encodes its queries with Python quote(safe="=&"), as the reference records', () => {
  expect(pythonQuote(`$filter=agentStatus eq 'A'&$select=deviceUid,esn`)).toBe(
    '%24filter=agentStatus%20eq%20%27A%27&%24select=deviceUid%2Cesn',
  );
  expect(pythonQuote("$filter=appName eq 'Notepad++'")).toBe('%24filter=appName%20eq%20%27Notepad%2B%2B%27');
});

test('test-module: GET /v3/reporting/devices with &pageSize=1 answers one device', async () => {
  const data = await pack.specificPage('/v3/reporting/devices', 0, 1, '');
  expect(pack.sent.at(-1)?.queryString).toBe('&pageSize=1');
  expect(sortedUids(data)).toEqual([DEMO_DEVICE.deviceUid]);
});

describe('absolute-device-list', () => {
  test('agent_status=Active limit=1 (test playbook): one active device with the selected fields', async () => {
    const data = (await pack.specificPage(
      '/v3/reporting/devices',
      0,
      1,
      `$filter=agentStatus eq 'A'&$select=${PACK_SELECT.deviceList}`,
    )) as DeviceReport[];
    expect(pack.sent.at(-1)?.queryString).toMatch(
      /^%24filter=agentStatus%20eq%20%27A%27&%24select=deviceUid%2Cesn%2ClastConnectedDateTimeUtc%2C.*&pageSize=1$/,
    );
    const expected = dataOf(
      await documented.get('/v3/reporting/devices', { agentStatus: 'A', select: PACK_SELECT.deviceList, pageSize: '1' }),
    );
    expect(data).toEqual(expected);
    expect(data).toHaveLength(1);
    expect(Object.keys(data[0] ?? {}).every((key) => PACK_SELECT.deviceList.split(',').some((path) => path.split('.')[0] === key))).toBe(
      true,
    );
  });

  test('no arguments sends `$filter=` and pages like the documented list (page 1 of 50)', async () => {
    const data = await pack.specificPage('/v3/reporting/devices', 1, 50, `$filter=&$select=${PACK_SELECT.deviceList}`);
    const all = await collectAll(documented, '/v3/reporting/devices', { select: PACK_SELECT.deviceList, pageSize: '50' });
    expect(data).toEqual(all.slice(50, 100));
  });

  test('os_name and agent_status are OR-ed, with the documented filters’ answers', async () => {
    const os = (fleet.find((d) => d.platformOSType === 'Mac') as DeviceReport).operatingSystem.name;
    const data = await pack.specificPage(
      '/v3/reporting/devices',
      0,
      500,
      `$filter=agentStatus eq 'D' or operatingSystem.name eq '${os}'&$select=${PACK_SELECT.deviceList}`,
    );
    const disabled = await collectAll(documented, '/v3/reporting/devices', { agentStatus: 'D', pageSize: '500' });
    const onOs = await collectAll(documented, '/v3/reporting/devices', { operatingSystemName: os, pageSize: '500' });
    expect(sortedUids(data)).toEqual([...new Set([...sortedUids(disabled), ...sortedUids(onOs)])].sort());
    expect(onOs.length).toBeGreaterThan(0);
  });

  test('user_names filters both userName and username with substringof', async () => {
    const data = await pack.specificPage(
      '/v3/reporting/devices',
      0,
      500,
      `$filter=substringof('mrossi',userName) or substringof('mrossi',username)&$select=${PACK_SELECT.deviceList}`,
    );
    const expected = await collectAll(documented, '/v3/reporting/devices', { usernameContains: 'mrossi', pageSize: '500' });
    expect(sortedUids(data)).toEqual(sortedUids(expected));
    expect(expected.length).toBeGreaterThan(0);
  });
});

describe('absolute-device-get', () => {
  test('device_ids: `substringof(…,id)` per id, its select list, pageSize 500, all pages: exactly those devices', async () => {
    const ids = [fleet[7], fleet[3]].map((d) => (d as DeviceReport).deviceUid).sort();
    const filter = ids.map((id) => `substringof('${id}',id)`).join(' or ');
    const data = (await pack.allResults(
      '/v3/reporting/devices',
      500,
      `$filter=${filter}&$select=${PACK_SELECT.deviceGet}`,
    )) as DeviceReport[];
    expect(pack.sent.at(-1)?.queryString).toMatch(/^%24filter=substringof%28%27[0-9a-f-]{36}%27%2Cid%29%20or%20.*&pageSize=500$/);
    expect(sortedUids(data)).toEqual(ids);
    const device = sim.state.device(ids[0] as string) as DeviceReport;
    expect(data.find((d) => d.deviceUid === ids[0])).toMatchObject({
      esn: device.esn,
      deviceName: device.deviceName,
      serialNumber: device.serialNumber,
      username: device.username,
      operatingSystem: { name: device.operatingSystem.name, version: device.operatingSystem.version },
      bios: { id: device.bios.id },
    });
  });

  test('device_names and local_ips use systemName and localIp', async () => {
    const target = fleet[9] as DeviceReport;
    const data = await pack.allResults(
      '/v3/reporting/devices',
      500,
      `$filter=substringof('${target.localIp}',localIp) or substringof('${DEMO_DEVICE.deviceName}',systemName)` +
        `&$select=${PACK_SELECT.deviceGet}`,
    );
    // v3 documents no Contains filter on these two fields, so the expectation comes from the fleet itself.
    const byName = fleet.filter((d) => d.deviceName.toLowerCase().includes(DEMO_DEVICE.deviceName.toLowerCase()));
    const byIp = fleet.filter((d) => d.localIp.includes(target.localIp));
    expect(sortedUids(data)).toEqual([...new Set([...uidsOf(byName), ...uidsOf(byIp)])].sort());
    expect(uidsOf(data as DeviceReport[])).toEqual(expect.arrayContaining([DEMO_DEVICE.deviceUid, target.deviceUid]));
  });
});

test('absolute-device-location-get: geoData selected, deviceUid returned as the pack reads it, default page size', async () => {
  const located = fleet
    .filter((d) => d.geoData)
    .slice(0, 12)
    .map((d) => d.deviceUid)
    .sort();
  const filter = located.map((id) => `substringof('${id}',id)`).join(' or ');
  const data = (await pack.allResults('/v3/reporting/devices', 0, `$filter=${filter}&$select=${PACK_SELECT.location}`)) as DeviceReport[];
  expect(pack.sent.at(-1)?.queryString).not.toContain('pageSize');
  expect(sortedUids(data)).toEqual(located);
  const device = sim.state.device(located[0] as string) as DeviceReport;
  const location = device.geoData?.location;
  expect(data.find((d) => d.deviceUid === located[0])).toEqual({
    deviceUid: located[0],
    geoData: {
      location: {
        point: { coordinates: location?.point.coordinates },
        geoAddress: {
          city: location?.geoAddress.city,
          state: location?.geoAddress.state,
          countryCode: location?.geoAddress.countryCode,
          country: location?.geoAddress.country,
        },
        locationTechnology: location?.locationTechnology,
        accuracy: location?.accuracy,
        lastUpdateDateTimeUtc: location?.lastUpdateDateTimeUtc,
      },
    },
  });
});

describe('absolute-device-application-list', () => {
  const uri = '/v3/reporting/applications-advanced';

  test('filter="appName eq \'Notepad++\'" limit=1 (test playbook)', async () => {
    const data = await pack.specificPage(uri, 0, 1, "$filter=appName eq 'Notepad++'");
    const expected = dataOf(await documented.get(uri, { filter: "appName eq 'Notepad++'", pageSize: '1' }));
    expect(data).toEqual(expected);
    expect(data).toEqual([expect.objectContaining({ appName: 'Notepad++' })]);
  });

  test('app_names, sorted and OR-ed with substringof, page 0 of 50', async () => {
    const data = (await pack.specificPage(
      uri,
      0,
      50,
      "$filter=substringof('Google Chrome',appName) or substringof('Notepad++',appName)",
    )) as { appName: string }[];
    const expected = dataOf(
      await documented.get(uri, { filter: "appNameContains eq 'Google Chrome' or appNameContains eq 'Notepad++'", pageSize: '50' }),
    );
    expect(data).toEqual(expected);
    expect(new Set(data.map((app) => app.appName))).toEqual(new Set(['Google Chrome', 'Notepad++']));
  });

  test('no filter but return_fields: `$filter=&$select=…` answers the documented selection', async () => {
    const data = await pack.specificPage(uri, 2, 20, '$filter=&$select=appName,deviceUid');
    let page = await documented.get(uri, { select: 'appName,deviceUid', pageSize: '20' });
    for (let i = 0; i < 2; i++)
      page = await documented.get(uri, {
        select: 'appName,deviceUid',
        pageSize: '20',
        nextPage: bodyOf<CursorPage>(page).metadata.pagination.nextPage,
      });
    expect(data).toEqual(bodyOf<CursorPage>(page).data);
    expect(data).toHaveLength(20);
  });
});

describe('custom fields', () => {
  const path = `/v3/configurations/customfields/devices/${DEMO_DEVICE.deviceUid}`;

  test('list (all pages, no pageSize) and update (PUT, 202) of a Text field by the listed cdfUid', async () => {
    const fields = (await pack.allResults(path, 0, '')) as { cdfUid: string; cdfFieldName: string; cdfFieldValue?: string }[];
    expect(pack.sent.at(-1)?.queryString).toBe('');
    const assetNumber = fields.find((field) => field.cdfFieldName === 'Asset Number');
    expect(assetNumber).toBeDefined();
    const update = await pack.send({
      method: 'PUT',
      uri: path,
      queryString: '',
      body: [{ cdfUid: assetNumber?.cdfUid, cdfFieldValue: '1' }],
    });
    expect({ status: update.status, body: update.text }).toEqual({ status: 202, body: '' });
    const after = (await pack.allResults(path, 0, '')) as typeof fields;
    expect(after.find((field) => field.cdfUid === assetNumber?.cdfUid)?.cdfFieldValue).toBe('1');
  });
});

describe('freeze', () => {
  test('request (Scheduled, RandomForEach), remove, and get', async () => {
    const device = firstDevice(sim, (d) => d.agentStatus === 'A' && !d.isStolen && d.platformOSType === 'Windows');
    const created = await pack.send({
      method: 'POST',
      uri: '/v3/actions/requests/freeze',
      queryString: '',
      body: {
        requestTitle: 'TPB-freeze',
        message: 'TPB-freeze',
        messageName: 'TPB-freeze',
        freezeDefinition: { deviceFreezeType: 'Scheduled', scheduledFreezeDateTimeUtc: '2089-04-01T11:32:00.000Z' },
        deviceUids: [device.deviceUid],
        passcodeDefinition: { option: 'RandomForEach', length: 5 },
      },
    });
    expect(created.status).toBe(200);
    const requestUid = requestUidOf(created);
    const removed = await pack.send({
      method: 'POST',
      uri: '/v3/actions/freeze/remove-freeze',
      queryString: '',
      body: { deviceUids: [device.deviceUid], removeScheduled: false, removeOffline: false },
    });
    expect({ status: removed.status, text: removed.text }).toEqual({ status: 202, text: '' });
    const details = (await pack.allResults(`/v3/actions/freeze/requests/${requestUid}`, 0, '')) as Record<string, unknown>[];
    expect(details).toEqual([expect.objectContaining({ requestUid, deviceUid: device.deviceUid, requestTitle: 'TPB-freeze' })]);
  });

  test('messages: create, update, list (limit=1), get by id, delete', async () => {
    const base = '/v3/actions/freeze/messages';
    const created = await pack.send({ method: 'POST', uri: base, queryString: '', body: { name: 'TPB message', content: 'TPB message' } });
    expect([200, 201]).toContain(created.status);
    const id = bodyOf<{ data: { messageUid: string } }>(created).data.messageUid;
    const updated = await pack.send({
      method: 'PUT',
      uri: `${base}/${id}`,
      queryString: '',
      body: { name: 'TPB-new', content: 'TPB-new' },
    });
    expect([200, 204]).toContain(updated.status);
    expect(await pack.specificPage(base, 0, 1, '')).toEqual([expect.objectContaining({ messageUid: expect.any(String) as unknown })]);
    expect(pack.sent.at(-1)?.queryString).toBe('&pageSize=1');
    const single = await pack.allResults(`${base}/${id}`, 0, '');
    expect(single).toEqual(expect.objectContaining({ messageUid: id, name: 'TPB-new', content: 'TPB-new' }));
    const deleted = await pack.send({ method: 'DELETE', uri: `${base}/${id}`, queryString: '' });
    expect(deleted.status).toBe(204);
    expect((await pack.send({ method: 'GET', uri: `${base}/${id}`, queryString: '' })).status).toBe(404);
  });
});

describe('absolute-device-unenroll', () => {
  test('excludeMissingDevices sent as the string "false": request, summary, and the request’s actions', async () => {
    const device = firstDevice(sim, (d) => d.agentStatus === 'A' && !d.isStolen && !d.deviceStatus, 20);
    const created = await pack.send({
      method: 'POST',
      uri: '/v3/actions/requests/unenroll',
      queryString: '',
      body: { deviceUids: [device.deviceUid], excludeMissingDevices: 'false' },
    });
    expect(created.status).toBe(200);
    const requestUid = requestUidOf(created);
    const summary = await pack.send({ method: 'GET', uri: `/v3/actions/requests/unenroll/${requestUid}`, queryString: '' });
    expect(dataOf(summary)).toMatchObject({ requestUid, totalDevices: 1, excludeMissingDevices: false });
    const actions = await pack.send({
      method: 'POST',
      uri: '/v3/actions/unenroll/get-actions',
      queryString: '',
      body: { deviceUids: [device.deviceUid] },
    });
    expect(dataOf(actions)).toEqual(
      expect.arrayContaining([expect.objectContaining({ requestUid, deviceUid: device.deviceUid, deviceName: device.deviceName })]),
    );
  });

  test('the string "true" excludes missing devices, like the boolean', async () => {
    const missing = firstDevice(sim, (d) => d.deviceStatus?.type === 'MISSING' && d.agentStatus === 'A');
    const present = firstDevice(sim, (d) => d.agentStatus === 'A' && !d.deviceStatus, 40);
    const request = await pack.send({
      method: 'POST',
      uri: '/v3/actions/requests/unenroll',
      queryString: '',
      body: { deviceUids: [missing.deviceUid, present.deviceUid], excludeMissingDevices: 'true' },
    });
    const summary = await pack.send({
      method: 'GET',
      uri: `/v3/actions/requests/unenroll/${requestUidOf(request)}`,
      queryString: '',
    });
    expect(dataOf(summary)).toMatchObject({ totalDevices: 1, excludeMissingDevices: true });
  });
});

test('absolute-device-get-events and fetch-events: unencoded window, pageSize then nextPage', async () => {
  const from = '2025-03-10T11:00:00.000Z';
  const to = '2025-03-10T11:59:00.000Z';
  const events: unknown[] = [];
  let nextPage = '';
  do {
    const res = await pack.send({
      method: 'GET',
      uri: '/v3/reporting/siem-events',
      queryString: `fromDateTimeUtc=${from}&toDateTimeUtc=${to}&pageSize=10${nextPage ? `&nextPage=${nextPage}` : ''}`,
    });
    expect(res.status).toBe(200);
    const body = bodyOf<Page<unknown>>(res);
    events.push(...body.data);
    nextPage = body.metadata?.pagination?.nextPage ?? '';
  } while (nextPage);
  const expected = await collectAll(documented, '/v3/reporting/siem-events', {
    fromDateTimeUtc: from,
    toDateTimeUtc: to,
    pageSize: '1000',
  });
  expect(events).toEqual(expected);
  expect(events.length).toBeGreaterThan(10);
});

test('what the pack sent beyond the documented API is counted by kind and input', () => {
  const { undocumentedInputs } = sim.stats();
  expect(undocumentedInputs.strict).toBe(false);
  expect(undocumentedInputs.refused.total).toBe(0);
  expect(undocumentedInputs.accepted.byKind).toEqual({
    undocumentedParameter: 0,
    undocumentedFilterField: 0,
    odataFilter: expect.any(Number) as unknown,
    odataSelect: expect.any(Number) as unknown,
    odataFieldAlias: expect.any(Number) as unknown,
    odataSelectIgnoredField: expect.any(Number) as unknown,
    booleanString: 2,
  });
  expect(Object.keys(undocumentedInputs.accepted.byInput).sort()).toEqual([
    'booleanString POST /v3/actions/requests/unenroll excludeMissingDevices',
    'odataFieldAlias GET /v3/reporting/devices id',
    'odataFieldAlias GET /v3/reporting/devices systemName',
    'odataFieldAlias GET /v3/reporting/devices userName',
    'odataFilter GET /v3/reporting/applications-advanced $filter',
    'odataFilter GET /v3/reporting/devices $filter',
    'odataSelect GET /v3/reporting/applications-advanced $select',
    'odataSelect GET /v3/reporting/devices $select',
    'odataSelectIgnoredField GET /v3/reporting/devices serial',
  ]);
});
