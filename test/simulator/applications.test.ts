import { DEMO_DEVICE } from '../../simulator';
import { bodyOf, collectAll, startTestApi, type ErrorBody, type Page, type TestApi } from './support/api-client';

interface App {
  accountUid: string;
  appId: string;
  appName: string;
  appPublisher: string;
  appVersion: string;
  deviceAppId: string;
  deviceName: string;
  deviceUid: string;
  osName: string;
}

let api: TestApi;
let everything: App[];
beforeAll(async () => {
  api = await startTestApi({ fleetSize: 40 });
  everything = await collectAll<App>(api, '/v3/reporting/applications', { pageSize: '10000' });
});
afterAll(() => api.close());

test('default order is deviceUid then appId, and each device has 5–40 distinct apps (5–8 on Chromebooks)', () => {
  const keys = everything.map((a) => `${a.deviceUid} ${a.appId}`);
  expect(keys).toEqual([...keys].sort());
  const perDevice = new Map<string, App[]>();
  for (const app of everything) perDevice.set(app.deviceUid, [...(perDevice.get(app.deviceUid) ?? []), app]);
  expect(perDevice.size).toBe(40);
  for (const apps of perDevice.values()) {
    expect(apps.length).toBeGreaterThanOrEqual(5);
    expect(apps.length).toBeLessThanOrEqual(40);
    expect(new Set(apps.map((a) => a.appName)).size).toBe(apps.length);
  }
});

test('records carry the documented fields with consistent ids', () => {
  const app = everything[0];
  if (!app) throw new Error('the fleet reported no applications');
  expect(Object.keys(app).sort()).toEqual(
    expect.arrayContaining([
      'accountUid',
      'appId',
      'appName',
      'appPublisher',
      'appVersion',
      'deviceAppId',
      'deviceName',
      'deviceSerialNumber',
      'deviceUid',
      'esn',
      'installPath',
      'osName',
      'userName',
      'installDateTimeUtc',
      'firstDetectDateTimeUtc',
      'lastScanDateTimeUtc',
    ]),
  );
  expect(Buffer.from(app.appId, 'base64').toString()).toBe(`${app.appName}||${app.appPublisher}||${app.appVersion}`);
  expect(app.deviceAppId).toMatch(new RegExp(`^${app.deviceUid}_[0-9a-f]{64}$`));
  expect(everything.some((a) => ['Google Chrome', 'Notepad++', 'Zoom', '7-Zip', 'Slack'].includes(a.appName))).toBe(true);
});

test('default page size is 100, max 10000, and small pages walk the same rows', async () => {
  const first = await api.get('/v3/reporting/applications');
  expect(bodyOf<Page>(first).data).toHaveLength(100);
  expect((await api.get('/v3/reporting/applications', { pageSize: '10001' })).status).toBe(400);
  const walked = await collectAll<App>(api, '/v3/reporting/applications', { pageSize: '33' });
  expect(walked.map((a) => a.deviceAppId)).toEqual(everything.map((a) => a.deviceAppId));
});

test('simple filters: deviceUid (fast path), appName suffixes, publisher, deviceName, osName', async () => {
  const demoApps = await collectAll<App>(api, '/v3/reporting/applications', { deviceUid: DEMO_DEVICE.deviceUid });
  expect(demoApps).toEqual(everything.filter((a) => a.deviceUid === DEMO_DEVICE.deviceUid));
  const zip = await collectAll<App>(api, '/v3/reporting/applications', { appNameContains: 'zip', pageSize: '1000' });
  expect(zip).toEqual(everything.filter((a) => a.appName.toLowerCase().includes('zip')));
  const ms = await collectAll<App>(api, '/v3/reporting/applications', { appPublisherStartsWith: 'Microsoft', deviceName: 'LAPTOP-7' });
  expect(ms).toEqual(everything.filter((a) => a.appPublisher.startsWith('Microsoft') && a.deviceName === 'LAPTOP-7'));
  const mac = await collectAll<App>(api, '/v3/reporting/applications', { osNameStartsWith: 'macOS', pageSize: '10000' });
  expect(mac.length).toBeGreaterThan(0);
  expect(mac).toEqual(everything.filter((a) => a.osName.startsWith('macOS')));
  expect((await api.get('/v3/reporting/applications', { appname: 'x' })).status).toBe(400);
});

test('advanced filter and select', async () => {
  const res = await collectAll(api, '/v3/reporting/applications-advanced', {
    filter: "(appName eq 'Slack' or appName eq 'Zoom') and deviceNameStartsWith eq 'LAPTOP'",
    select: 'deviceName,appName',
    pageSize: '1000',
  });
  expect(res).toEqual(
    everything
      .filter((a) => ['Slack', 'Zoom'].includes(a.appName) && a.deviceName.startsWith('LAPTOP'))
      .map((a) => ({ deviceName: a.deviceName, appName: a.appName })),
  );
  expect((await api.get('/v3/reporting/applications', { select: 'appName,notAField' })).status).toBe(400);
  expect(bodyOf<ErrorBody>(await api.get('/v3/reporting/applications-advanced', { filter: "appName eq 'x" })).message).toBe(
    'Your request is invalid, please contact us for details.',
  );
});

test('multi-key sortBy, with INVALID_SORT and DUPLICATE_SORT_KEY errors', async () => {
  const sorted = await collectAll<Pick<App, 'appName' | 'deviceName'>>(api, '/v3/reporting/applications', {
    sortBy: 'appName:asc,deviceName:desc',
    pageSize: '250',
    select: 'appName,deviceName',
  });
  expect(sorted).toHaveLength(everything.length);
  const expected = [...everything]
    .map((a) => ({ appName: a.appName, deviceName: a.deviceName }))
    .sort((x, y) =>
      x.appName.toLowerCase() < y.appName.toLowerCase()
        ? -1
        : x.appName.toLowerCase() > y.appName.toLowerCase()
          ? 1
          : x.deviceName.toLowerCase() < y.deviceName.toLowerCase()
            ? 1
            : x.deviceName.toLowerCase() > y.deviceName.toLowerCase()
              ? -1
              : 0,
    );
  expect(sorted.map((a) => a.appName)).toEqual(expected.map((a) => a.appName));
  expect(sorted.map((a) => `${a.appName}/${a.deviceName}`).filter((_, i) => i < 50)).toEqual(
    expected.map((a) => `${a.appName}/${a.deviceName}`).filter((_, i) => i < 50),
  );
  expect(bodyOf<ErrorBody>(await api.get('/v3/reporting/applications', { sortBy: 'color' })).code).toBe('INVALID_SORT');
  expect(bodyOf<ErrorBody>(await api.get('/v3/reporting/applications', { sortBy: 'appName,appName:desc' })).code).toBe(
    'DUPLICATE_SORT_KEY',
  );
});
