import { DEMO_DEVICE, type DeviceReport } from '../../simulator';
import { bodyOf, collectAll, startTestApi, type ErrorBody, type Page, type TestApi } from './support/api-client';
import { allDevices, uidsOf } from './support/fleet-helpers';

let api: TestApi;
let fleet: DeviceReport[];
beforeAll(async () => {
  api = await startTestApi({ fleetSize: 240 });
  fleet = allDevices(api.sim);
});
afterAll(() => api.close());

const list = (query: Record<string, string | string[]>, uri = '/v3/reporting/devices'): Promise<DeviceReport[]> =>
  collectAll<DeviceReport>(api, uri, { pageSize: '500', ...query });

describe('select', () => {
  test('projects nested objects and members of array elements', async () => {
    const res = await api.get('/v3/reporting/devices', {
      select: 'deviceName,operatingSystem.name,networkAdapters.macAddress,geoData.location.geoAddress.city',
      pageSize: '1',
    });
    const demo = fleet[0] as DeviceReport;
    expect(bodyOf<Page>(res).data[0]).toEqual({
      deviceName: 'LAPTOP-7',
      operatingSystem: { name: demo.operatingSystem.name },
      networkAdapters: demo.networkAdapters.map((a) => ({ macAddress: a.macAddress })),
      geoData: { location: { geoAddress: { city: 'Vancouver' } } },
    });
  });

  test('unknown top-level fields, parent with child, and empty segments are 400', async () => {
    for (const select of ['deviceName,bogusField', 'operatingSystem,operatingSystem.name', 'deviceName,,', 'operatingSystem..name']) {
      const res = await api.get('/v3/reporting/devices', { select });
      if (select === 'deviceName,,') {
        expect(res.status).toBe(200);
        continue;
      }
      expect({ select, status: res.status, field: bodyOf<Partial<ErrorBody>>(res).details?.[0]?.field }).toEqual({
        select,
        status: 400,
        field: 'select',
      });
    }
  });

  test('schema fields the fleet does not fill (and rnr* objects) are accepted and simply absent', async () => {
    const res = await api.get('/v3/reporting/devices', { select: 'deviceUid,battery,rnrBitLocker', pageSize: '2' });
    expect(res.status).toBe(200);
    expect(Object.keys(bodyOf<Page>(res).data[0] ?? {})).toEqual(['deviceUid']);
  });
});

describe('simple filters', () => {
  test('exact match (case-insensitive), and repeated exact values mean any-of', async () => {
    expect(uidsOf(await list({ deviceName: 'laptop-7' }))).toEqual([DEMO_DEVICE.deviceUid]);
    const both = await list({ platformOSType: ['Mac', 'Chrome'] });
    expect(uidsOf(both)).toEqual(uidsOf(fleet.filter((d) => d.platformOSType !== 'Windows')));
  });

  test('the duplicated device names each match two devices', async () => {
    expect(api.sim.state.duplicatedDeviceNames).toEqual(['RECEPTION-PC', 'MBP-SALES-01']);
    for (const name of api.sim.state.duplicatedDeviceNames) expect(await list({ deviceName: name })).toHaveLength(2);
  });

  test.each([
    ['deviceNameStartsWith', 'desktop-', (d: DeviceReport) => d.deviceName.toLowerCase().startsWith('desktop-')],
    ['deviceNameNotStartsWith', 'LAPTOP', (d: DeviceReport) => !d.deviceName.startsWith('LAPTOP')],
    ['deviceNameContains', 'SALES', (d: DeviceReport) => d.deviceName.includes('SALES')],
    ['deviceNameNotContains', 'LT', (d: DeviceReport) => !d.deviceName.includes('LT')],
    ['serialNumberEndsWith', 'A', (d: DeviceReport) => d.serialNumber.endsWith('A')],
    ['serialNumberNotEndsWith', 'A', (d: DeviceReport) => !d.serialNumber.endsWith('A')],
    ['agentStatusNot', 'A', (d: DeviceReport) => d.agentStatus !== 'A'],
    ['operatingSystemName', 'macOS Sonoma', (d: DeviceReport) => d.operatingSystem.name === 'macOS Sonoma'],
    ['esnStartsWith', '2BU2', () => true],
    ['isStolen', 'true', (d: DeviceReport) => d.isStolen],
    ['isNotStolen', 'true', (d: DeviceReport) => !d.isStolen],
    ['currentUsernameEmpty', 'true', (d: DeviceReport) => !d.currentUsername],
    ['deviceFreezeStatusCode', 'FRZN', (d: DeviceReport) => d.deviceFreezeStatus?.statusCode === 'FRZN'],
    [
      'lastConnectedDateTimeUtcFrom',
      '2025-03-09T12:00:00.000Z',
      (d: DeviceReport) => Date.parse(d.lastConnectedDateTimeUtc) > Date.parse('2025-03-09T12:00:00.000Z'),
    ],
    [
      'lastConnectedDateTimeUtcToInclusive',
      '2025-01-01T00:00:00Z',
      (d: DeviceReport) => Date.parse(d.lastConnectedDateTimeUtc) <= Date.parse('2025-01-01T00:00:00Z'),
    ],
  ])('%s=%s', async (param, value, predicate) => {
    const expected = fleet.filter(predicate);
    expect(expected.length).toBeGreaterThan(0);
    expect(uidsOf(await list({ [param]: value }))).toEqual(uidsOf(expected));
  });

  test('repeated negative and Contains conditions are AND-ed', async () => {
    const notBoth = await list({ platformOSTypeNot: ['Mac', 'Chrome'] });
    expect(uidsOf(notBoth)).toEqual(uidsOf(fleet.filter((d) => d.platformOSType === 'Windows')));
    const containsBoth = await list({ deviceNameContains: ['LAPTOP', '7'] });
    expect(uidsOf(containsBoth)).toEqual(uidsOf(fleet.filter((d) => d.deviceName.includes('LAPTOP') && d.deviceName.includes('7'))));
  });

  test('different filters combine with AND', async () => {
    const res = await list({ platformOSType: 'Windows', agentStatus: 'A', isStolen: 'false' });
    expect(uidsOf(res)).toEqual(uidsOf(fleet.filter((d) => d.platformOSType === 'Windows' && d.agentStatus === 'A' && !d.isStolen)));
  });

  test('unknown filters and bad values are 400', async () => {
    const unknown = await api.get('/v3/reporting/devices', { deviceNmae: 'x' });
    expect(unknown.status).toBe(400);
    expect(bodyOf<ErrorBody>(unknown).details[0]?.field).toBe('deviceNmae');
    expect(bodyOf<ErrorBody>(await api.get('/v3/reporting/devices', { isStolen: 'yes' })).code).toBe('INVALID_VALUE');
    expect(bodyOf<ErrorBody>(await api.get('/v3/reporting/devices', { lastConnectedDateTimeUtcFrom: 'yesterday' })).code).toBe(
      'INVALID_VALUE',
    );
    expect((await api.get('/v3/reporting/devices', { filter: "agentStatus eq 'A'" })).status).toBe(400);
  });
});

describe('sortBy', () => {
  test.each(['serialNumber', 'serialNumber:asc', 'systemModel:desc', 'lastUpdatedDateTimeUtc:desc', 'agentStatus'])(
    '%s orders the whole fleet',
    async (sortBy) => {
      const [field = '', direction = 'asc'] = sortBy.split(':');
      const got = (await list({ sortBy, select: `deviceUid,${field}` })).map((d) =>
        String((d as unknown as Record<string, string>)[field]).toLowerCase(),
      );
      const sorted = [...got].sort();
      expect(got).toEqual(direction === 'desc' ? sorted.reverse() : sorted);
      expect(got).toHaveLength(fleet.length);
    },
  );

  test('unknown field, bad direction and multiple keys are INVALID_SORT', async () => {
    for (const sortBy of ['username', 'deviceName:up', 'deviceName,esn', 'deviceName:asc:x']) {
      const res = await api.get('/v3/reporting/devices', { sortBy });
      expect({ sortBy, status: res.status, code: bodyOf<ErrorBody>(res).code }).toEqual({ sortBy, status: 400, code: 'INVALID_SORT' });
    }
  });
});

describe('devices-advanced filter grammar', () => {
  const adv = (filter: string) => list({ filter }, '/v3/reporting/devices-advanced');

  test('and binds tighter than or; parentheses override', async () => {
    const loose = await adv("platformOSType eq 'Mac' or platformOSType eq 'Chrome' and agentStatus eq 'A'");
    expect(uidsOf(loose)).toEqual(
      uidsOf(fleet.filter((d) => d.platformOSType === 'Mac' || (d.platformOSType === 'Chrome' && d.agentStatus === 'A'))),
    );
    const grouped = await adv("(platformOSType eq 'Mac' or platformOSType eq 'Chrome') and agentStatus eq 'A'");
    expect(uidsOf(grouped)).toEqual(uidsOf(fleet.filter((d) => d.platformOSType !== 'Windows' && d.agentStatus === 'A')));
  });

  test('suffixed fields, booleans, dates and case-insensitive keywords work', async () => {
    const res = await adv("esnStartsWith eq '2BU2' AND isStolen eq false and lastConnectedDateTimeUtcTo eq '2025-03-10T12:00:00.000Z'");
    expect(uidsOf(res)).toEqual(
      uidsOf(fleet.filter((d) => !d.isStolen && Date.parse(d.lastConnectedDateTimeUtc) < Date.parse('2025-03-10T12:00:00.000Z'))),
    );
  });

  test("a quote inside a literal is written as two quotes ('')", async () => {
    const target = fleet[9] as DeviceReport;
    api.sim.state.overrideDevice(target.deviceUid, { deviceName: "O'BRIEN-LT" });
    try {
      expect(uidsOf(await adv("deviceName eq 'O''BRIEN-LT'"))).toEqual([target.deviceUid]);
      expect(uidsOf(await adv("deviceNameContains eq '''B'"))).toEqual([target.deviceUid]);
    } finally {
      api.sim.state.overrideDevice(target.deviceUid, { deviceName: target.deviceName });
    }
  });

  test.each([
    "platformOSType eq 'Mac",
    "platformOSType = 'Mac'",
    "(platformOSType eq 'Mac'",
    "platformOSType eq 'Mac')",
    "platformOSType eq 'Mac' and",
    'platformOSType eq Mac',
    "bogusField eq 'x'",
    "isStolen eq 'maybe'",
    "platformOSType eq 'Mac' or or agentStatus eq 'A'",
  ])('%s is a 400 with the generic message', async (filter) => {
    const res = await api.get('/v3/reporting/devices-advanced', { filter });
    expect(res.status).toBe(400);
    expect(res.json).toMatchObject({ code: 'INVALID_REQUEST', message: 'Your request is invalid, please contact us for details.' });
  });

  test('simple filter parameters are not accepted on the advanced endpoint', async () => {
    expect((await api.get('/v3/reporting/devices-advanced', { platformOSType: 'Mac' })).status).toBe(400);
  });
});
