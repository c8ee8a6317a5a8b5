import { DEMO_CREDENTIALS, DEMO_DEVICE, type DeviceReport } from '../../simulator';
import { parseODataFilter } from '../../simulator/query/odata-filter';
import { INVALID_FILTER_MESSAGE } from '../../simulator/server/api-error';
import { bodyOf, collectAll, startTestApi, type Page, type TestApi } from './support/api-client';
import { itemAt } from './support/items';
import { allDevices, uidsOf } from './support/fleet-helpers';
import { OpenApiResponses } from './support/openapi-ajv';

let api: TestApi;
let fleet: DeviceReport[];
const openapi = new OpenApiResponses();

beforeAll(async () => {
  api = await startTestApi({ fleetSize: 150 });
  api.sim.state.overrideDevice(fleet1Uid(), { username: "ACME\\o'brien" });
  fleet = allDevices(api.sim);
});
afterAll(() => api.close());

function fleet1Uid(): string {
  return (api.sim.state.device(1) as DeviceReport).deviceUid;
}

const devices = async (query: Record<string, string>, uri = '/v3/reporting/devices'): Promise<DeviceReport[]> =>
  (await collectAll(api, uri, { pageSize: '500', ...query })) as unknown as DeviceReport[];
const sorted = (items: readonly { deviceUid: string }[]) => uidsOf(items).sort();

describe('the $filter grammar', () => {
  test('builds or/and/not trees; keywords ignore case; quotes doubled inside strings; `call eq false` negates', () => {
    expect(
      parseODataFilter(
        "substringof('it''s', deviceName) OR (agentStatus Eq 'A' and NOT isStolen eq true) and substringof('x',esn) eq false",
      ),
    ).toEqual({
      kind: 'or',
      left: { kind: 'text', fn: 'substringof', path: 'deviceName', needle: "it's" },
      right: {
        kind: 'and',
        left: {
          kind: 'and',
          left: { kind: 'compare', path: 'agentStatus', op: 'eq', literal: { type: 'string', text: 'A' } },
          right: { kind: 'not', operand: { kind: 'compare', path: 'isStolen', op: 'eq', literal: { type: 'boolean', value: true } } },
        },
        right: { kind: 'not', operand: { kind: 'text', fn: 'substringof', path: 'esn', needle: 'x' } },
      },
    });
    expect(
      parseODataFilter(
        "lastConnectedUtc lt datetime'2021-01-01T00:00:00Z' or avgMinutesInUse ge 10 or domain ne null or startswith(esn,'2B')",
      ),
    ).toMatchObject({
      kind: 'or',
      right: { kind: 'text', fn: 'startswith', path: 'esn', needle: '2B' },
    });
  });

  test.each([
    'agentStatus eq',
    "agentStatus 'A'",
    "substringof('x')",
    "substringof(esn,'x')",
    "(agentStatus eq 'A'",
    "agentStatus eq 'A')",
    "agentStatus eq 'A' xor isStolen eq true",
    "agentStatus eq 'unterminated",
    'isStolen gt true',
    "bogusField eq 'x'",
    "lastConnectedDateTimeUtc lt datetime'yesterday'",
    "esnStartsWith lt '2B'",
    "lastConnectedDateTimeUtcTo eq 'not a date'",
    "substringof('x',esn) eq 'yes'",
    'domain lt null',
    "deviceName eq 'a' ; drop",
    'operatingSystem..name eq 1',
  ])('%s is the documented invalid-filter 400', async (filter) => {
    const res = await api.get('/v3/reporting/devices', { $filter: filter });
    expect({ status: res.status, body: res.json }).toEqual({
      status: 400,
      body: {
        code: 'INVALID_REQUEST',
        message: INVALID_FILTER_MESSAGE,
        details: [{ message: INVALID_FILTER_MESSAGE, field: '$filter', code: 'INVALID_REQUEST' }],
      },
    });
    expect(openapi.errors('GET /v3/reporting/devices', 400, res.json, res.text)).toEqual([]);
  });
});

describe('$filter answers as the documented filters do', () => {
  const cutoff = '2025-03-09T00:00:00.000Z';
  test.each<[string, Record<string, string>]>([
    ["deviceName eq 'laptop-7'", { deviceName: 'laptop-7' }],
    ["deviceName ne 'LAPTOP-7'", { deviceNameNot: 'LAPTOP-7' }],
    ["substringof('sales',deviceName)", { deviceNameContains: 'sales' }],
    ["substringof('sales', deviceName) eq true", { deviceNameContains: 'sales' }],
    ["substringof('PC',deviceName) eq false", { deviceNameNotContains: 'PC' }],
    ["startswith(fullSystemName,'mbp')", { fullSystemNameStartsWith: 'mbp' }],
    ["endswith(serialNumber,'z')", { serialNumberEndsWith: 'z' }],
    [`lastConnectedDateTimeUtc lt '${cutoff}'`, { lastConnectedDateTimeUtcTo: cutoff }],
    [`lastConnectedDateTimeUtc le '${cutoff}'`, { lastConnectedDateTimeUtcToInclusive: cutoff }],
    [`lastConnectedDateTimeUtc gt datetime'2025-03-09T00:00:00Z'`, { lastConnectedDateTimeUtcFrom: cutoff }],
    [`firstCallDateTimeUtc ge '2024-01-01T00:00:00.000Z'`, { firstCallDateTimeUtcFromInclusive: '2024-01-01T00:00:00.000Z' }],
    ['isStolen eq true', { isStolen: 'true' }],
    ["not (agentStatus eq 'A')", { agentStatusNot: 'A' }],
    ["esnStartsWith eq '2BU2PJD'", { esnStartsWith: '2BU2PJD' }],
    ["operatingSystem.name eq 'macOS Sonoma'", { operatingSystemName: 'macOS Sonoma' }],
    ["username eq 'ACME\\o''brien'", { username: "ACME\\o'brien" }],
    ['currentUsername eq null', { currentUsernameEmpty: 'true' }],
  ])('%s', async (filter, query) => {
    const viaOData = await devices({ $filter: filter });
    const viaDocumented = await devices(query);
    expect(sorted(viaOData)).toEqual(sorted(viaDocumented));
    expect(viaDocumented.length).toBeGreaterThan(0);
    expect(viaDocumented.length).toBeLessThan(fleet.length);
  });

  test('and binds tighter than or; parentheses regroup', async () => {
    const active = new Set(uidsOf(await devices({ agentStatus: 'A' })));
    const mac = new Set(uidsOf(await devices({ platformOSType: 'Mac' })));
    const chrome = new Set(uidsOf(await devices({ platformOSType: 'Chrome' })));
    const grouped = await devices({ $filter: "agentStatus eq 'A' and (platformOSType eq 'Mac' or platformOSType eq 'Chrome')" });
    expect(sorted(grouped)).toEqual([...active].filter((uid) => mac.has(uid) || chrome.has(uid)).sort());
    const ungrouped = await devices({ $filter: "agentStatus eq 'A' and platformOSType eq 'Mac' or platformOSType eq 'Chrome'" });
    expect(sorted(ungrouped)).toEqual([...new Set([...[...active].filter((uid) => mac.has(uid)), ...chrome])].sort());
  });

  test('members of array elements and numbers compare too', async () => {
    const adapter = (fleet[4] as DeviceReport).networkAdapters[0]?.macAddress as string;
    expect(sorted(await devices({ $filter: `networkAdapters.macAddress eq '${adapter.toLowerCase()}'` }))).toEqual([
      (fleet[4] as DeviceReport).deviceUid,
    ]);
    const busy = fleet
      .filter((d) => d.avgMinutesInUse >= 300)
      .map((d) => d.deviceUid)
      .sort();
    expect(sorted(await devices({ $filter: 'avgMinutesInUse ge 300' }))).toEqual(busy);
  });

  test('$filter is AND-ed with documented filter parameters and with filter= on -advanced', async () => {
    const both = await devices({ $filter: "platformOSType eq 'Windows'", agentStatus: 'D' });
    expect(sorted(both)).toEqual(sorted(await devices({ platformOSType: 'Windows', agentStatus: 'D' })));
    const advanced = await devices(
      { $filter: "platformOSType eq 'Windows'", filter: "agentStatus eq 'D'" },
      '/v3/reporting/devices-advanced',
    );
    expect(sorted(advanced)).toEqual(sorted(both));
  });

  test('applications: $filter matches filter= on -advanced and simple filters on the plain route', async () => {
    const query = { pageSize: '10000' };
    const viaOData = await collectAll(api, '/v3/reporting/applications', {
      ...query,
      $filter: "substringof('notepad',appName) and osName ne 'x'",
    });
    const viaSimple = await collectAll(api, '/v3/reporting/applications', { ...query, appNameContains: 'notepad' });
    const viaAdvanced = await collectAll(api, '/v3/reporting/applications-advanced', { ...query, filter: "appNameContains eq 'notepad'" });
    expect(viaOData).toEqual(viaSimple);
    expect(viaOData).toEqual(viaAdvanced);
    expect(viaOData.length).toBeGreaterThan(0);
  });

  test('a token without Geolocation view cannot filter on geoData it cannot see', async () => {
    const city = fleet.find((d) => d.geoData)?.geoData?.location.geoAddress.city as string;
    const filter = `geoData.location.geoAddress.city eq '${city}'`;
    expect((await devices({ $filter: filter })).length).toBeGreaterThan(0);
    const restricted = await startTestApi({
      fleetSize: 150,
      tokens: [
        { tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: DEMO_CREDENTIALS.hs256.secretKey, permissions: ['devices.view'] },
      ],
    });
    try {
      expect((await collectAll(restricted, '/v3/reporting/devices', { pageSize: '500', $filter: filter })).length).toBe(0);
    } finally {
      await restricted.close();
    }
  });
});

describe('$select', () => {
  test('selects like select=, always returns deviceUid, ignores names the resource lacks, keeps a parent over its child', async () => {
    const res = await api.get('/v3/reporting/devices', {
      $select: 'deviceName,serial,operatingSystem.name,operatingSystem,bios.version',
      pageSize: '2',
    });
    const expected = await api.get('/v3/reporting/devices', { select: 'deviceUid,deviceName,operatingSystem,bios.version', pageSize: '2' });
    expect(res.status).toBe(200);
    expect(bodyOf<Page>(res).data).toEqual(bodyOf<Page>(expected).data);
    expect(Object.keys(itemAt(bodyOf<Page>(res).data))).toEqual(['deviceUid', 'deviceName', 'operatingSystem', 'bios']);
  });

  test('an empty segment is a 400 naming $select; applications get no extra key', async () => {
    const bad = await api.get('/v3/reporting/devices', { $select: 'operatingSystem..name' });
    expect({ status: bad.status, field: itemAt(bodyOf<{ details: { field: string }[] }>(bad).details).field }).toEqual({
      status: 400,
      field: '$select',
    });
    const apps = await api.get('/v3/reporting/applications-advanced', { $select: 'appName', pageSize: '3' });
    expect(bodyOf<Page>(apps).data.every((app) => Object.keys(app).join() === 'appName')).toBe(true);
  });

  test('the demo device through the pack-style combination of $filter and $select', async () => {
    const res = await api.get('/v3/reporting/devices', { $filter: `substringof('${DEMO_DEVICE.deviceUid}',id)`, $select: 'esn' });
    expect(bodyOf<Page>(res).data).toEqual([{ deviceUid: DEMO_DEVICE.deviceUid, esn: DEMO_DEVICE.esn }]);
  });
});
