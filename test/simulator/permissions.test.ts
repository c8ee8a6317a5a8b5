import { ALL_PERMISSIONS, DEMO_CREDENTIALS, DEMO_DEVICE, type Permission } from '../../simulator';
import { bodyOf, startTestApi, type HttpResult, type Page, type TestApi } from './support/api-client';
import { itemAt } from './support/items';

interface FreezeStatus {
  statusCode: string;
  statusName: string;
  changedDateTimeUtc: string;
  passCode?: string;
}
interface ReportedDevice {
  deviceName?: string;
  geoData?: unknown;
  deviceFreezeStatus: FreezeStatus;
}
const firstReported = (res: HttpResult): ReportedDevice => itemAt(bodyOf<Page<ReportedDevice>>(res).data);
import type { SigningKey } from './support/sign-jws';

const NOT_AUTHORIZED = { code: 'NOT_AUTHORIZED', message: 'not authorized', details: [] };
const limitedKey = (tokenId: string): SigningKey => ({ tokenId, alg: 'HS256', secret: 'limited-secret' });
const without = (...missing: Permission[]) => ALL_PERMISSIONS.filter((p) => !missing.includes(p));

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    fleetSize: 40,
    tokens: [
      { tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: DEMO_CREDENTIALS.hs256.secretKey },
      { tokenId: 'no-geo', alg: 'HS256', secret: 'limited-secret', permissions: without('geolocation.view') },
      { tokenId: 'no-remove', alg: 'HS256', secret: 'limited-secret', permissions: without('freeze.remove') },
      { tokenId: 'view-only', alg: 'HS256', secret: 'limited-secret', permissions: ['devices.view'] },
      { tokenId: 'nothing', alg: 'HS256', secret: 'limited-secret', permissions: [] },
    ],
  });
});
afterAll(() => api.close());

test.each([
  ['GET', '/v3/reporting/devices', 'nothing'],
  ['GET', '/v3/reporting/applications', 'view-only'],
  ['GET', '/v3/reporting/siem-events', 'view-only'],
  ['POST', '/v3/actions/requests/freeze', 'view-only'],
  ['GET', '/v3/actions/freeze/messages', 'view-only'],
  ['POST', '/v3/actions/freeze/remove-freeze', 'no-remove'],
  ['GET', '/v3/actions/freeze/requests/00000000-0000-4000-8000-000000000000', 'no-remove'],
  ['PUT', `/v3/configurations/customfields/devices/${DEMO_DEVICE.deviceUid}`, 'view-only'],
  ['POST', '/v3/actions/requests/unenroll', 'view-only'],
  ['POST', '/v3/actions/requests/wipe', 'view-only'],
])('%s %s without the permission is 403 (token %s)', async (method, uri, tokenId) => {
  const res = await api.call({ method, uri, body: method === 'GET' ? undefined : {} }, { key: limitedKey(tokenId) });
  expect(res.status).toBe(403);
  expect(res.json).toEqual(NOT_AUTHORIZED);
});

test('a token without geolocation view gets device reports with geoData silently omitted', async () => {
  const full = await api.get('/v3/reporting/devices', { deviceUid: DEMO_DEVICE.deviceUid });
  expect(firstReported(full).geoData).toBeDefined();
  const limited = await api.get('/v3/reporting/devices', { deviceUid: DEMO_DEVICE.deviceUid }, limitedKey('no-geo'));
  expect(limited.status).toBe(200);
  expect(firstReported(limited).geoData).toBeUndefined();
  expect(firstReported(limited).deviceName).toBe('LAPTOP-7');
  const selected = await api.get(
    '/v3/reporting/devices',
    { deviceUid: DEMO_DEVICE.deviceUid, select: 'deviceUid,geoData' },
    limitedKey('no-geo'),
  );
  expect(bodyOf<Page>(selected).data).toEqual([{ deviceUid: DEMO_DEVICE.deviceUid }]);
});

test('freeze passcodes are only shown to tokens that may remove freezes', async () => {
  const frozen = api.sim.state.fleet.size;
  let uid = '';
  for (let i = 0; i < frozen && !uid; i++) if (api.sim.state.device(i)?.deviceFreezeStatus) uid = api.sim.state.device(i)?.deviceUid ?? '';
  expect(uid).not.toBe('');
  const full = await api.get('/v3/reporting/devices', { deviceUid: uid });
  expect(firstReported(full).deviceFreezeStatus.passCode).toMatch(/^\d+$/);
  const limited = await api.get('/v3/reporting/devices', { deviceUid: uid }, limitedKey('no-remove'));
  expect(firstReported(limited).deviceFreezeStatus).toEqual({
    statusCode: 'FRZN',
    statusName: 'Frozen',
    changedDateTimeUtc: firstReported(full).deviceFreezeStatus.changedDateTimeUtc,
  });
});

test('authentication is checked before authorization: a bad signature on a limited token is 401', async () => {
  const res = await api.call(
    { method: 'GET', uri: '/v3/reporting/devices' },
    { key: { tokenId: 'nothing', alg: 'HS256', secret: 'wrong' } },
  );
  expect(res.status).toBe(401);
});
