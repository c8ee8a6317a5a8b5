import { allRoutes } from '../../simulator/routes/all-routes';
import { isDocumentedOperation } from '../../simulator/server/documented-query';
import { DEMO_DEVICE } from '../../simulator';
import { bodyOf, startTestApi, type HttpResult, type Page, type TestApi } from './support/api-client';
import { itemAt } from './support/items';
import { OpenApiResponses } from './support/openapi-ajv';
import type { JwsRequest } from './support/sign-jws';

/**
 * Every served route is called and its response body validated by Ajv against the vendored official
 * schema for the returned status (types, formats, enums, required members, limits). The official
 * schemas never forbid extra members, so those are checked separately: every member the simulator
 * adds must be listed in UNDOCUMENTED_MEMBERS with its reason, and every listed one must occur.
 */
const openapi = new OpenApiResponses();
const doc = openapi.doc;

/** Members the simulator serves that the official schemas do not list, and why. */
const UNDOCUMENTED_MEMBERS: Record<string, readonly string[]> = {
  // Why an unenroll/wipe/file-delete action failed. The freeze action schema (DfzAction) documents
  // this member; the generic action schemas do not, although the console shows the same reason.
  'POST /v3/actions/file-delete/get-actions': ['data[].actionStatusDetails'],
  'POST /v3/actions/file-delete/get-actions/{requestUid}': ['data[].actionStatusDetails'],
  'POST /v3/actions/unenroll/get-actions': ['data[].actionStatusDetails'],
  'POST /v3/actions/wipe/get-actions': ['data[].actionStatusDetails'],
};
const undocumentedSeen: Record<string, Set<string>> = {};

const dataOf = (res: HttpResult): unknown => bodyOf<{ data: unknown }>(res).data;
const listOf = (res: HttpResult): unknown[] => bodyOf<Page<unknown>>(res).data;
const requestUidOf = (res: HttpResult): string => bodyOf<{ data: { requestUid: string } }>(res).data.requestUid;

let api: TestApi;
const ids: Record<string, string> = {};
const exercised = new Set<string>();

beforeAll(async () => {
  api = await startTestApi({ fleetSize: 60, rateLimitPerSecond: 1000 });
  const mac = findDevice((d) => d.platformOSType === 'Mac' && d.agentStatus === 'A' && d.espInfo?.encryptionStatus === 'ENCR');
  ids['mac'] = mac;
  const freeze = await api.post('/v3/actions/requests/freeze', {
    requestTitle: 'Conformance',
    deviceUids: [DEMO_DEVICE.deviceUid, mac],
    freezeDefinition: { deviceFreezeType: 'Scheduled', scheduledFreezeDateTimeUtc: '2025-03-11T00:00:00.000Z' },
    passcodeDefinition: { option: 'RandomForEach', length: 6 },
    message: '<p>hi</p>',
    messageName: 'conf',
    notificationEmails: ['soc@acme.example'],
  });
  ids['freeze'] = requestUidOf(freeze);
  ids['unenroll'] = requestUidOf(await api.post('/v3/actions/requests/unenroll', { deviceUids: [mac], excludeMissingDevices: true }));
  ids['wipe'] = requestUidOf(
    await api.post('/v3/actions/requests/wipe', { deviceUids: [DEMO_DEVICE.deviceUid], unenrollDevicesAndFreeLicenses: true }),
  );
  ids['wipe2'] = requestUidOf(await api.post('/v3/actions/requests/wipe', { deviceUids: [DEMO_DEVICE.deviceUid] }));
  api.clock.advance(10_000);
});

afterAll(() => api.close());

function findDevice(predicate: (d: NonNullable<ReturnType<TestApi['sim']['state']['device']>>) => boolean): string {
  for (let i = 1; i < api.sim.state.fleet.size; i++) {
    const device = api.sim.state.device(i);
    if (device && predicate(device)) return device.deviceUid;
  }
  throw new Error('no such device in the test fleet');
}

/** Calls the route and validates the answer against the schema for `route` + returned status. */
async function conforms(route: string, request: JwsRequest, expectedStatus: number): Promise<HttpResult> {
  const res = await api.call(request);
  expect({ route, status: res.status, body: res.text.slice(0, 300) }).toEqual({
    route,
    status: expectedStatus,
    body: res.text.slice(0, 300),
  });
  const fileType = openapi.fileType(route, res.status);
  if (fileType) {
    expect(res.headers['content-type']).toBe(fileType);
  } else {
    expect({ route, errors: openapi.errors(route, res.status, res.json, res.text) }).toEqual({ route, errors: [] });
    for (const member of openapi.undocumentedMembers(route, res.status, res.json)) (undocumentedSeen[route] ??= new Set()).add(member);
  }
  exercised.add(route);
  return res;
}

const cdf = '2d9f3e4a-6c7f-4a5b-8c3d-1e2f3a4b5c63';

test.each([
  ['GET /v3/reporting/devices', { query: { pageSize: '50' } }],
  ['GET /v3/reporting/devices-advanced', { query: { filter: "agentStatus eq 'A' or isStolen eq true", pageSize: '20' } }],
  ['GET /v3/reporting/applications', { query: { pageSize: '200' } }],
  ['GET /v3/reporting/applications-advanced', { query: { filter: "appNameContains eq 'zip'" } }],
  [
    'GET /v3/reporting/siem-events',
    { query: { fromDateTimeUtc: '2025-03-10T10:00:00.000Z', toDateTimeUtc: '2025-03-10T12:00:10.000Z', pageSize: '200' } },
  ],
  ['GET /v3/configurations/customfields/definitions', {}],
])('%s conforms', async (route, request) => {
  const [method = '', uri = ''] = route.split(' ');
  await conforms(route, { method, uri, ...request }, 200);
});

test("OData $filter/$select answers (the official pack's queries) conform, and so do their 400s", async () => {
  const devices = '/v3/reporting/devices';
  const apps = '/v3/reporting/applications-advanced';
  const location = 'geoData.location.point.coordinates,geoData.location.geoAddress.city,geoData.location.lastUpdateDateTimeUtc';
  const byStatus = { $filter: "agentStatus eq 'A' or substringof('a',userName)", $select: location, pageSize: '50' };
  const byId = { $filter: `substringof('${DEMO_DEVICE.deviceUid}',id)`, $select: 'serial,bios.id,deviceStatus.type' };
  await conforms(`GET ${devices}`, { method: 'GET', uri: devices, query: byStatus }, 200);
  await conforms(`GET ${devices}`, { method: 'GET', uri: devices, query: byId }, 200);
  const notepad = { $filter: "appName eq 'Notepad++'", $select: 'appName,deviceUid' };
  await conforms(`GET ${apps}`, { method: 'GET', uri: apps, query: notepad }, 200);
  await conforms(`GET ${devices}`, { method: 'GET', uri: devices, query: { $filter: 'agentStatus eq' } }, 400);
});

test('custom field routes conform', async () => {
  const base = '/v3/configurations/customfields';
  await conforms(`GET ${base}/definitions/{cdfUid}`, { method: 'GET', uri: `${base}/definitions/${cdf}` }, 200);
  await conforms(
    `PUT ${base}/devices/{deviceUid}`,
    { method: 'PUT', uri: `${base}/devices/${DEMO_DEVICE.deviceUid}`, body: [{ cdfUid: cdf, cdfFieldValue: 'Finance' }] },
    202,
  );
  await conforms(`GET ${base}/devices/{deviceUid}`, { method: 'GET', uri: `${base}/devices/${DEMO_DEVICE.deviceUid}` }, 200);
  await conforms(
    `GET ${base}/devices/{deviceUid}/{cdfUid}`,
    { method: 'GET', uri: `${base}/devices/${DEMO_DEVICE.deviceUid}/${cdf}` },
    200,
  );
});

test('freeze routes conform', async () => {
  await conforms(
    'POST /v3/actions/requests/freeze',
    {
      method: 'POST',
      uri: '/v3/actions/requests/freeze',
      body: {
        requestTitle: 'x',
        deviceUids: [DEMO_DEVICE.deviceUid],
        freezeDefinition: { deviceFreezeType: 'OnDemand' },
        passcodeDefinition: { option: 'UserDefined', passcode: '1234' },
        message: 'm',
        messageName: 'n',
      },
    },
    200,
  );
  const details = await conforms(
    'GET /v3/actions/freeze/requests/{requestUid}',
    { method: 'GET', uri: `/v3/actions/freeze/requests/${ids['freeze']}` },
    200,
  );
  expect(dataOf(details)).toHaveLength(2);
  await conforms(
    'POST /v3/actions/freeze/remove-freeze',
    { method: 'POST', uri: '/v3/actions/freeze/remove-freeze', body: { deviceUids: [DEMO_DEVICE.deviceUid], removeScheduled: true } },
    202,
  );
});

test('freeze message routes conform', async () => {
  const base = '/v3/actions/freeze/messages';
  const created = await conforms(`POST ${base}`, { method: 'POST', uri: base, body: { name: 'n', content: 'c' } }, 200);
  const uid = bodyOf<{ data: { messageUid: string } }>(created).data.messageUid;
  await conforms(`GET ${base}`, { method: 'GET', uri: base }, 200);
  await conforms(`GET ${base}/{messageUid}`, { method: 'GET', uri: `${base}/${uid}` }, 200);
  await conforms(`PUT ${base}/{messageUid}`, { method: 'PUT', uri: `${base}/${uid}`, body: { name: 'n2', content: 'c2' } }, 204);
  await conforms(`DELETE ${base}/{messageUid}`, { method: 'DELETE', uri: `${base}/${uid}` }, 204);
});

test.each(['unenroll', 'wipe'])('%s routes conform', async (kind) => {
  const deviceUids = kind === 'wipe' ? [DEMO_DEVICE.deviceUid] : [ids['mac']];
  await conforms(`POST /v3/actions/requests/${kind}`, { method: 'POST', uri: `/v3/actions/requests/${kind}`, body: { deviceUids } }, 200);
  await conforms(`GET /v3/actions/requests/${kind}`, { method: 'GET', uri: `/v3/actions/requests/${kind}` }, 200);
  await conforms(`GET /v3/actions/requests/${kind}/{requestUid}`, { method: 'GET', uri: `/v3/actions/requests/${kind}/${ids[kind]}` }, 200);
  const all = await conforms(
    `POST /v3/actions/${kind}/get-actions`,
    { method: 'POST', uri: `/v3/actions/${kind}/get-actions`, body: { deviceUids: [] } },
    200,
  );
  expect(listOf(all).length).toBeGreaterThan(0);
  await conforms(
    `POST /v3/actions/${kind}/get-actions/{requestUid}`,
    { method: 'POST', uri: `/v3/actions/${kind}/get-actions/${ids[kind]}`, body: {} },
    200,
  );
  if (kind === 'wipe') {
    await conforms(
      'POST /v3/actions/wipe/cancel-actions/{requestUid}',
      { method: 'POST', uri: `/v3/actions/wipe/cancel-actions/${ids['wipe2']}`, body: { cancelAllActions: true } },
      202,
    );
  }
});

test('missing-device, Send Message and device-group routes conform', async () => {
  // The demo device is unenrolled by the wipe above; these routes want an active, unreported device.
  const active = findDevice((d) => d.agentStatus === 'A' && !d.isStolen && d.deviceStatus === undefined && d.platformOSType === 'Windows');
  const missing = '/v3/tracking/device-missing';
  const reported = await conforms(
    `POST ${missing}/missing`,
    {
      method: 'POST',
      uri: `${missing}/missing`,
      body: { deviceUids: [active, '00000000-0000-4000-8000-000000000000'], emailContacts: ['soc@acme.example'] },
    },
    200,
  );
  expect(bodyOf<{ data: { deviceMissingFailDetails: unknown } }>(reported).data.deviceMissingFailDetails).toEqual([
    { deviceUid: '00000000-0000-4000-8000-000000000000', reason: 'Device not found' },
  ]);
  const list = await conforms(`GET ${missing}/missing`, { method: 'GET', uri: `${missing}/missing`, query: { deviceUid: active } }, 200);
  expect(dataOf(list)).toHaveLength(1);
  await conforms(`POST ${missing}/found`, { method: 'POST', uri: `${missing}/found`, body: { deviceUids: [active] } }, 200);

  const eum = await conforms(
    'POST /v3/actions/requests/eum',
    {
      method: 'POST',
      uri: '/v3/actions/requests/eum',
      body: {
        deviceUids: [active],
        message: '<p>Call IT</p>',
        submitButtonCaption: 'OK',
        displayMode: 'FullScreen',
        snoozeTimes: 2,
        requestTitle: 'Conformance',
      },
    },
    200,
  );
  const requestUid = requestUidOf(eum);
  await conforms('GET /v3/actions/requests/eum', { method: 'GET', uri: '/v3/actions/requests/eum' }, 200);
  await conforms('GET /v3/actions/requests/eum/{requestUid}', { method: 'GET', uri: `/v3/actions/requests/eum/${requestUid}` }, 200);
  await conforms('POST /v3/actions/eum/get-actions', { method: 'POST', uri: '/v3/actions/eum/get-actions', body: { deviceUids: [] } }, 200);
  await conforms(
    'POST /v3/actions/eum/get-actions/{requestUid}',
    { method: 'POST', uri: `/v3/actions/eum/get-actions/${requestUid}`, body: {} },
    200,
  );
  const messages = await conforms('GET /v3/actions/eum/messages', { method: 'GET', uri: '/v3/actions/eum/messages' }, 200);
  const messageUid = itemAt(bodyOf<Page<{ messageUid: string }>>(messages).data).messageUid;
  await conforms('GET /v3/actions/eum/messages/{messageUid}', { method: 'GET', uri: `/v3/actions/eum/messages/${messageUid}` }, 200);

  const groups = await conforms(
    'GET /v3/configurations/device-groups/groups',
    { method: 'GET', uri: '/v3/configurations/device-groups/groups', query: { groupType: 'Smart' } },
    200,
  );
  expect(listOf(groups).length).toBeGreaterThan(0);
  const uri = `/v3/configurations/device-groups/devices/${active}/groups`;
  await conforms('GET /v3/configurations/device-groups/devices/{deviceUid}/groups', { method: 'GET', uri }, 200);
});

test('error bodies conform to ErrorObject', async () => {
  await conforms('GET /v3/reporting/devices', { method: 'GET', uri: '/v3/reporting/devices', query: { pageSize: '501' } }, 400);
  await conforms('GET /v3/reporting/devices', { method: 'GET', uri: '/v3/reporting/devices', query: { sortBy: 'nope' } }, 400);
  await conforms(
    'GET /v3/actions/freeze/messages/{messageUid}',
    { method: 'GET', uri: '/v3/actions/freeze/messages/00000000-0000-4000-8000-000000000000' },
    404,
  );
  api.sim.setFaults({ forbiddenRoutes: ['GET /v3/reporting/applications'] });
  await conforms('GET /v3/reporting/applications', { method: 'GET', uri: '/v3/reporting/applications' }, 403);
  api.sim.setFaults({ status429Rate: 1 });
  await conforms('GET /v3/reporting/siem-events', { method: 'GET', uri: '/v3/reporting/siem-events' }, 429);
  for (const status of [500, 503]) {
    api.sim.setFaults({ errorRate: 1, errorStatuses: [status] });
    await conforms('GET /v3/reporting/devices', { method: 'GET', uri: '/v3/reporting/devices' }, status);
  }
  api.sim.setFaults({});
  const unauthenticated = await api.call({ method: 'GET', uri: '/v3/reporting/devices' }, { overrides: { issuedAt: 0 } });
  expect(openapi.componentErrors('ErrorObject', unauthenticated.json)).toEqual([]);
});

/** `conforms` for a route whose request uri is the route's path with `params` filled in. */
function call(route: string, params: Record<string, string>, extra: Omit<JwsRequest, 'method' | 'uri'>, status: number) {
  const [method = '', path = ''] = route.split(' ');
  const uri = path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '');
  return conforms(route, { method, uri, ...extra }, status);
}

test('reach routes conform', async () => {
  const scriptUid = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e01';
  // The demo device and ids['mac'] were wiped and un-enrolled in beforeAll; these two still run scripts.
  const windows = findDevice((d) => d.platformOSType === 'Windows' && d.agentStatus === 'A');
  const mac = findDevice((d) => d.platformOSType === 'Mac' && d.agentStatus === 'A' && d.deviceUid !== ids['mac']);
  const devices = { deviceUids: [windows, mac] };
  await call('GET /v3/actions/reach/scripts', {}, { query: { scriptType: 'Absolute' } }, 200);
  await call('GET /v3/actions/reach/scripts/{scriptUid}', { scriptUid }, {}, 200);
  await call('GET /v3/actions/reach/scripts/{scriptUid}/content', { scriptUid }, {}, 200);
  const options = { winScriptOption: { commandLine: '-OutputFolder C:\\Evidence' }, macScriptOption: { commandLine: '-o /tmp' } };
  const created = await call(
    'POST /v3/actions/requests/reach',
    {},
    { body: { scriptUid, ...devices, requestTitle: 'Evidence', ...options } },
    200,
  );
  const requestUid = requestUidOf(created);
  await call('GET /v3/actions/requests/reach', {}, {}, 200);
  await call('GET /v3/actions/requests/reach/{requestUid}', { requestUid }, {}, 200);
  await call('GET /v3/actions/requests/reach/{requestUid}/configuration', { requestUid }, {}, 200);
  const all = await call('POST /v3/actions/reach/get-actions', {}, { body: devices, query: { actionStatus: 'Pending' } }, 200);
  expect(listOf(all).length).toBeGreaterThan(0);
  await call('POST /v3/actions/reach/get-actions/{requestUid}', { requestUid }, { body: devices }, 200);
  await call('POST /v3/actions/reach/cancel-actions/{requestUid}', { requestUid }, { body: devices }, 202);
  await call('POST /v3/actions/reach/cancel-actions', {}, { body: devices }, 202);
});

test('file delete routes conform', async () => {
  const patterns = [{ platform: 'Windows', patterns: ['*.pst'] }];
  const body = {
    deviceUids: [DEMO_DEVICE.deviceUid],
    wipeType: 'wipeSpecificUserFiles',
    secureEraseCount: 3,
    includeFileDateInLog: true,
    filePatterns: patterns,
  };
  const created = await call('POST /v3/actions/requests/file-delete', {}, { body }, 200);
  const requestUid = requestUidOf(created);
  await call('GET /v3/actions/requests/file-delete', {}, {}, 200);
  await call('GET /v3/actions/requests/file-delete/{requestUid}', { requestUid }, {}, 200);
  const all = await call('POST /v3/actions/file-delete/get-actions', {}, { body: { deviceUids: [] } }, 200);
  expect(listOf(all).length).toBeGreaterThan(0);
  await call('POST /v3/actions/file-delete/get-actions/{requestUid}', { requestUid }, { body: { deviceUids: [] } }, 200);
  await call('POST /v3/actions/file-delete/cancel-actions/{requestUid}', { requestUid }, { body: { cancelAllActions: true } }, 202);
});

test("strict mode knows every served route's documented query (regenerate with scripts/vendor-openapi.mjs)", () => {
  expect(
    allRoutes()
      .map((r) => `${r.method} ${r.path}`)
      .filter((route) => !isDocumentedOperation(route)),
  ).toEqual([]);
});

test('every served route is in the vendored subset and was exercised', () => {
  const served = allRoutes()
    .map((r) => `${r.method} ${r.path}`)
    .sort();
  const documented = Object.entries(doc.paths)
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} /v3${path}`))
    .sort();
  expect(served).toEqual(documented);
  expect([...exercised].sort()).toEqual(served);
});

test('the simulator adds no member beyond the listed ones, and each listed one occurs', () => {
  const seen = Object.fromEntries(Object.entries(undocumentedSeen).map(([route, members]) => [route, [...members].sort()]));
  expect(seen).toEqual(UNDOCUMENTED_MEMBERS);
});
