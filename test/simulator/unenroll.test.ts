import { DEMO_DEVICE } from '../../simulator';
import { bodyOf, collectAll, startTestApi, T0, type HttpResult, type Page, type TestApi } from './support/api-client';
import { itemAt } from './support/items';

interface UnenrollAction {
  deviceUid: string;
  actionStatus: string;
  actionStatusDetails?: string;
}
const dataOf = (res: HttpResult): unknown => bodyOf<{ data: unknown }>(res).data;
const actionsOf = (res: HttpResult): UnenrollAction[] => bodyOf<Page<UnenrollAction>>(res).data;
import { allDevices, firstDevice } from './support/fleet-helpers';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 120, actionProgressMs: 1000 });
});
afterEach(() => api.close());

const create = async (body: unknown) => {
  const res = await api.post('/v3/actions/requests/unenroll', body);
  expect(res.status).toBe(200);
  return bodyOf<{ data: { requestUid: string } }>(res).data.requestUid;
};
const request = async (uid: string) => dataOf(await api.get(`/v3/actions/requests/unenroll/${uid}`));

test('an eligible device is unenrolled when its action completes: agentStatus becomes D', async () => {
  const requestUid = await create({ deviceUids: [DEMO_DEVICE.deviceUid, UNKNOWN] });
  expect(await request(requestUid)).toMatchObject({
    totalDevices: 1,
    pending: 1,
    processing: 0,
    completed: 0,
    requestStatus: 'InProgress',
    excludeMissingDevices: false,
    requester: 'demo.hs256@acme.example',
  });
  expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.agentStatus).toBe('A');
  api.clock.advance(500);
  expect(await request(requestUid)).toMatchObject({ pending: 0, processing: 1 });
  api.clock.advance(500);
  expect(await request(requestUid)).toMatchObject({
    completed: 1,
    requestStatus: 'Completed',
    updatedDateTimeUtc: new Date(T0 + 1000).toISOString(),
  });
  const device = api.sim.state.device(DEMO_DEVICE.deviceUid);
  expect(device).toMatchObject({
    agentStatus: 'D',
    unenrollmentDateTimeUtc: new Date(T0 + 1000).toISOString(),
    latestEvent: { eventStatus: 'Completed' },
  });
  const inactive = await api.get('/v3/reporting/devices', { deviceUid: DEMO_DEVICE.deviceUid, agentStatus: 'D', select: 'deviceUid' });
  expect(dataOf(inactive)).toHaveLength(1);
  expect(api.sim.stats().actionsCreated.unenroll).toBe(1);
});

test('stolen and inactive devices fail with a reason; excludeMissingDevices leaves missing ones out', async () => {
  const stolen = firstDevice(api.sim, (d) => d.isStolen);
  const inactive = firstDevice(api.sim, (d) => d.agentStatus === 'I');
  const requestUid = await create({ deviceUids: [stolen.deviceUid, inactive.deviceUid] });
  const actions = actionsOf(await api.post(`/v3/actions/unenroll/get-actions/${requestUid}`, { deviceUids: [] }));
  expect(actions.map((a) => a.actionStatus)).toEqual(['Failed', 'Failed']);
  expect(itemAt(actions).actionStatusDetails).toMatch(/stolen/);
  expect(await request(requestUid)).toMatchObject({ failed: 2, requestStatus: 'Failed' });
  const excluded = await create({ deviceUids: [stolen.deviceUid, DEMO_DEVICE.deviceUid], excludeMissingDevices: true });
  expect(await request(excluded)).toMatchObject({ totalDevices: 1, excludeMissingDevices: true });
});

test('get-actions filters by deviceUids and actionStatus, across all requests or one', async () => {
  const active = allDevices(api.sim)
    .filter((d) => d.agentStatus === 'A' && !d.isStolen)
    .slice(0, 3);
  const stolen = firstDevice(api.sim, (d) => d.isStolen);
  const first = await create({ deviceUids: [active[0]?.deviceUid, stolen.deviceUid] });
  api.clock.advance(5000);
  await create({ deviceUids: [active[1]?.deviceUid, active[2]?.deviceUid] });
  const all = actionsOf(await api.post('/v3/actions/unenroll/get-actions', { deviceUids: [] }));
  expect(all).toHaveLength(4);
  expect(itemAt(all)).toMatchObject({
    requestUid: first,
    deviceUid: active[0]?.deviceUid,
    deviceName: active[0]?.deviceName,
    esn: active[0]?.esn,
  });
  const pending = actionsOf(await api.post('/v3/actions/unenroll/get-actions', {}, { actionStatus: 'Pending' }));
  expect(pending.map((a) => a.deviceUid)).toEqual([active[1]?.deviceUid, active[2]?.deviceUid]);
  const one = actionsOf(await api.post('/v3/actions/unenroll/get-actions', { deviceUids: [stolen.deviceUid] }));
  expect(one).toHaveLength(1);
  expect((await api.post(`/v3/actions/unenroll/get-actions/${UNKNOWN}`, {})).status).toBe(404);
  expect((await api.post('/v3/actions/unenroll/get-actions', {}, { actionStatus: 'Done' })).status).toBe(400);
});

test('the request list filters by creation window and status, newest first, paged', async () => {
  const uids: string[] = [];
  for (let i = 0; i < 5; i++) {
    uids.push(await create({ deviceUids: [DEMO_DEVICE.deviceUid] }));
    api.clock.advance(60_000);
  }
  const listed = await collectAll(api, '/v3/actions/requests/unenroll', { pageSize: '2' });
  expect(listed.map((r) => r.requestUid)).toEqual([...uids].reverse());
  const windowed = bodyOf<Page<{ requestUid: string }>>(
    await api.get('/v3/actions/requests/unenroll', {
      createdFromDateTimeUtc: new Date(T0 + 60_000).toISOString(),
      createdToDateTimeUtc: new Date(T0 + 180_000).toISOString(),
    }),
  ).data;
  expect(windowed.map((r) => r.requestUid)).toEqual([uids[3], uids[2], uids[1]]);
  expect(dataOf(await api.get('/v3/actions/requests/unenroll', { requestStatus: 'InProgress' }))).toEqual([]);
  expect((await api.get('/v3/actions/requests/unenroll', { createdFromDateTimeUtc: 'today' })).status).toBe(400);
  expect((await api.get(`/v3/actions/requests/unenroll/${UNKNOWN}`)).status).toBe(404);
});

test('body limits: 1 to 10,000 device uids', async () => {
  expect((await api.post('/v3/actions/requests/unenroll', { deviceUids: [] })).status).toBe(400);
  expect((await api.post('/v3/actions/requests/unenroll', {})).status).toBe(400);
  const tooMany = Array.from({ length: 10_001 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  expect((await api.post('/v3/actions/requests/unenroll', { deviceUids: tooMany })).status).toBe(400);
  expect(
    (await api.post('/v3/actions/requests/unenroll', { deviceUids: [DEMO_DEVICE.deviceUid], excludeMissingDevices: 'no' })).status,
  ).toBe(400);
});
