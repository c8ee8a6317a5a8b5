import { DEMO_DEVICE, type DeviceReport } from '../../simulator';
import { bodyOf, startTestApi, type HttpResult, type Page, type TestApi } from './support/api-client';
import { itemAt } from './support/items';

interface WipeAction {
  actionUid: string;
  deviceUid: string;
  actionStatus: string;
  actionStatusDetails?: string;
  certificateUid?: string;
}
const dataOf = (res: HttpResult): unknown => bodyOf<{ data: unknown }>(res).data;
import { firstDevice } from './support/fleet-helpers';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 200, actionProgressMs: 1000 });
});
afterEach(() => api.close());

const create = async (body: unknown) => {
  const res = await api.post('/v3/actions/requests/wipe', body);
  expect(res.status).toBe(200);
  return bodyOf<{ data: { requestUid: string } }>(res).data.requestUid;
};
const actions = async (requestUid: string): Promise<WipeAction[]> =>
  bodyOf<Page<WipeAction>>(await api.post(`/v3/actions/wipe/get-actions/${requestUid}`, { deviceUids: [] })).data;
const active = (d: DeviceReport) => d.agentStatus === 'A';

test('eligibility: BitLocker-encrypted Windows and FileVault Macs (with credentials); others fail with a reason', async () => {
  const mac = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Mac' && d.espInfo?.encryptionStatus === 'ENCR');
  const unencrypted = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Windows' && d.espInfo?.encryptionStatus !== 'ENCR');
  const chromebook = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Chrome');
  const inactive = firstDevice(api.sim, (d) => d.agentStatus !== 'A');
  const withCredentials = await create({
    deviceUids: [DEMO_DEVICE.deviceUid, mac.deviceUid, unencrypted.deviceUid, chromebook.deviceUid, inactive.deviceUid],
    macUsername: 'admin',
    macPwd: 's3cret',
  });
  const statuses = (await actions(withCredentials)).map((a) => [a.deviceUid, a.actionStatus, a.actionStatusDetails ?? '']);
  expect(statuses).toEqual([
    [DEMO_DEVICE.deviceUid, 'Pending', ''],
    [mac.deviceUid, 'Pending', ''],
    [unencrypted.deviceUid, 'Failed', expect.stringMatching(/BitLocker/)],
    [chromebook.deviceUid, 'Failed', expect.stringMatching(/not supported/)],
    [inactive.deviceUid, 'Failed', expect.stringMatching(/not active/)],
  ]);
  const withoutCredentials = await create({ deviceUids: [mac.deviceUid] });
  expect(itemAt(await actions(withoutCredentials))).toMatchObject({
    actionStatus: 'Failed',
    actionStatusDetails: expect.stringMatching(/macUsername/) as unknown,
  });
});

test('a succeeded wipe carries a certificateUid; a Mac wipe (or opt-in) unenrolls the device', async () => {
  const mac = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Mac' && d.espInfo?.encryptionStatus === 'ENCR');
  const windows = await create({ deviceUids: [DEMO_DEVICE.deviceUid] });
  const macRequest = await create({ deviceUids: [mac.deviceUid], macUsername: 'admin', macPwd: 'pw' });
  expect(itemAt(await actions(windows)).certificateUid).toBeUndefined();
  api.clock.advance(2000);
  const done = itemAt(await actions(windows));
  expect(done.actionStatus).toBe('Succeeded');
  expect(done.certificateUid).toMatch(/^[0-9a-f-]{36}$/);
  expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.agentStatus).toBe('A');
  expect(itemAt(await actions(macRequest)).actionStatus).toBe('Succeeded');
  expect(api.sim.state.device(mac.deviceUid)?.agentStatus).toBe('D');
  const request = dataOf(await api.get(`/v3/actions/requests/wipe/${macRequest}`));
  expect(request).toMatchObject({
    totalDevices: 1,
    completed: 1,
    requestStatus: 'Completed',
    macUsername: 'admin',
    macPwd: '********',
    unenrollDevicesAndFreeLicenses: false,
  });

  const optIn = firstDevice(
    api.sim,
    (d) =>
      active(d) &&
      d.platformOSType === 'Windows' &&
      d.espInfo?.encryptionStatus === 'ENCR' &&
      d.espInfo.encryptionProductName === 'BitLocker',
  );
  await create({ deviceUids: [optIn.deviceUid], unenrollDevicesAndFreeLicenses: true });
  api.clock.advance(2000);
  expect(api.sim.state.device(optIn.deviceUid)?.agentStatus).toBe('D');
});

test('cancel-actions (202) cancels only Pending actions', async () => {
  const requestUid = await create({ deviceUids: [DEMO_DEVICE.deviceUid] });
  const first = itemAt(await actions(requestUid));
  api.clock.advance(500);
  const pendingRequest = await create({ deviceUids: [DEMO_DEVICE.deviceUid] });
  const res = await api.post(`/v3/actions/wipe/cancel-actions/${requestUid}`, { actionUids: [first.actionUid] });
  expect(res.status).toBe(202);
  expect(res.text).toBe('');
  expect(itemAt(await actions(requestUid)).actionStatus).toBe('Processing');
  const cancel = await api.post(`/v3/actions/wipe/cancel-actions/${pendingRequest}`, { cancelAllActions: true });
  expect(cancel.status).toBe(202);
  api.clock.advance(5000);
  expect(itemAt(await actions(pendingRequest)).actionStatus).toBe('Canceled');
  expect(dataOf(await api.get(`/v3/actions/requests/wipe/${pendingRequest}`))).toMatchObject({
    canceled: 1,
    requestStatus: 'Canceled',
  });
  expect(api.sim.stats().actionsCreated.wipeCancel).toBe(2);
});

test('cancel-actions validation: unknown request 404, unknown action 400, nothing to cancel 400', async () => {
  const requestUid = await create({ deviceUids: [DEMO_DEVICE.deviceUid] });
  expect((await api.post('/v3/actions/wipe/cancel-actions/00000000-0000-4000-8000-000000000000', { cancelAllActions: true })).status).toBe(
    404,
  );
  expect(
    bodyOf<{ code: string }>(
      await api.post(`/v3/actions/wipe/cancel-actions/${requestUid}`, { actionUids: ['00000000-0000-4000-8000-000000000000'] }),
    ).code,
  ).toBe('INVALID_VALUE');
  expect((await api.post(`/v3/actions/wipe/cancel-actions/${requestUid}`, {})).status).toBe(400);
});

test('list and get-actions filters work like unenroll', async () => {
  const requestUid = await create({ deviceUids: [DEMO_DEVICE.deviceUid] });
  expect(bodyOf<Page<{ requestUid: string }>>(await api.get('/v3/actions/requests/wipe')).data.map((r) => r.requestUid)).toEqual([
    requestUid,
  ]);
  expect(dataOf(await api.post('/v3/actions/wipe/get-actions', {}, { actionStatus: 'Succeeded' }))).toEqual([]);
  api.clock.advance(2000);
  expect(dataOf(await api.post('/v3/actions/wipe/get-actions', {}, { actionStatus: 'Succeeded' }))).toHaveLength(1);
  expect((await api.post('/v3/actions/requests/wipe', { deviceUids: [] })).status).toBe(400);
});
