import { ALL_PERMISSIONS, DEMO_DEVICE, type DeviceReport } from '../../simulator';
import type { SigningKey } from './support/sign-jws';
import { bodyOf, startTestApi, type DataBody, type Page, type TestApi } from './support/api-client';
import { firstDevice } from './support/fleet-helpers';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 200, actionProgressMs: 1000 });
});
afterEach(() => api.close());

interface FileDeleteAction {
  deviceUid: string;
  actionStatus: string;
  actionStatusDetails?: string;
  certificateUid?: string;
}

const active = (d: DeviceReport) => d.agentStatus === 'A';
const create = async (body: unknown) => {
  const res = await api.post('/v3/actions/requests/file-delete', body);
  expect({ status: res.status, body: res.text }).toEqual({ status: 200, body: expect.any(String) as unknown });
  return bodyOf<DataBody<{ requestUid: string }>>(res).data.requestUid;
};
const actions = async (requestUid: string) =>
  bodyOf<Page<FileDeleteAction>>(await api.post(`/v3/actions/file-delete/get-actions/${requestUid}`, { deviceUids: [] })).data;
const patterns = [{ platform: 'Windows', patterns: ['*.pst'] }];

test('per-device eligibility: platform, agent, patterns for the platform, OS deletion on Windows only', async () => {
  const mac = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Mac');
  const chromebook = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Chrome');
  const inactive = firstDevice(api.sim, (d) => d.agentStatus !== 'A' && d.platformOSType === 'Windows');
  const specific = await create({
    deviceUids: [DEMO_DEVICE.deviceUid, mac.deviceUid, chromebook.deviceUid, inactive.deviceUid],
    wipeType: 'wipeSpecificUserFiles',
    filePatterns: patterns,
  });
  expect((await actions(specific)).map((a) => [a.deviceUid, a.actionStatus, a.actionStatusDetails ?? ''])).toEqual([
    [DEMO_DEVICE.deviceUid, 'Pending', ''],
    [mac.deviceUid, 'Failed', expect.stringMatching(/no file patterns for Mac/)],
    [chromebook.deviceUid, 'Failed', expect.stringMatching(/not supported on Chrome/)],
    [inactive.deviceUid, 'Failed', expect.stringMatching(/not active/)],
  ]);
  const osWipe = await create({ deviceUids: [mac.deviceUid], wipeType: 'wipeAllUserFilesAndOs' });
  expect((await actions(osWipe))[0]).toMatchObject({
    actionStatus: 'Failed',
    actionStatusDetails: expect.stringMatching(/Windows devices only/) as unknown,
  });
  const request = bodyOf<DataBody>(await api.get(`/v3/actions/requests/file-delete/${specific}`)).data;
  expect(request).toMatchObject({
    wipeType: 'wipeSpecificUserFiles',
    filePatterns: patterns,
    includeFileDateInLog: false,
    totalDevices: 4,
    failed: 3,
    pending: 1,
  });
});

test('deleting all user files completes with a certificate and un-enrolls Macs always, Windows when asked', async () => {
  const mac = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Mac');
  const windows = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Windows');
  const kept = await create({ deviceUids: [DEMO_DEVICE.deviceUid, mac.deviceUid], wipeType: 'wipeAllUserFiles', secureEraseCount: 3 });
  const freed = await create({ deviceUids: [windows.deviceUid], wipeType: 'wipeAllUserFilesAndOs', unenrollDevicesAndFreeLicenses: true });
  const pending = await actions(kept);
  expect(pending).toHaveLength(2);
  expect(pending[0]?.certificateUid).toBeUndefined();
  expect(api.sim.state.device(mac.deviceUid)?.latestEvent?.eventStatus).toBe('Pending');
  api.clock.advance(1000);
  const done = await actions(kept);
  expect(done.map((a) => a.actionStatus)).toEqual(['Completed', 'Completed']);
  expect(done[0]?.certificateUid).toMatch(/^[0-9a-f-]{36}$/);
  expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.agentStatus).toBe('A');
  expect(api.sim.state.device(mac.deviceUid)?.agentStatus).toBe('D');
  expect(api.sim.state.device(windows.deviceUid)?.agentStatus).toBe('D');
  expect(bodyOf<DataBody>(await api.get(`/v3/actions/requests/file-delete/${freed}`)).data).toMatchObject({
    requestStatus: 'Completed',
    completed: 1,
    unenrollDevicesAndFreeLicenses: true,
  });
  const completed = await api.post('/v3/actions/file-delete/get-actions', { deviceUids: [mac.deviceUid] }, { actionStatus: 'Completed' });
  expect(bodyOf<Page>(completed).data).toHaveLength(1);
  expect((await api.post('/v3/actions/file-delete/get-actions', { deviceUids: [] }, { actionStatus: 'Succeeded' })).status).toBe(400);
});

test('documented limits and option rules', async () => {
  const hundredOne = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const refused = [
    { deviceUids: hundredOne, wipeType: 'wipeAllUserFiles' },
    { deviceUids: [DEMO_DEVICE.deviceUid], wipeType: 'wipeSpecificUserFiles' },
    { deviceUids: [DEMO_DEVICE.deviceUid], wipeType: 'wipeAllUserFiles', filePatterns: patterns },
    { deviceUids: [DEMO_DEVICE.deviceUid], wipeType: 'wipeAll' },
    { deviceUids: [DEMO_DEVICE.deviceUid], wipeType: 'wipeAllUserFiles', secureEraseCount: 2 },
    { deviceUids: [DEMO_DEVICE.deviceUid], wipeType: 'wipeSpecificUserFiles', filePatterns: [{ platform: 'Linux', patterns: ['x'] }] },
    { deviceUids: [], wipeType: 'wipeSpecificUserFiles', filePatterns: patterns },
  ];
  for (const body of refused)
    expect({ body, status: (await api.post('/v3/actions/requests/file-delete', body)).status }).toEqual({ body, status: 400 });
  const specificMany = await api.post('/v3/actions/requests/file-delete', {
    deviceUids: hundredOne,
    wipeType: 'wipeSpecificUserFiles',
    filePatterns: patterns,
  });
  expect(specificMany.status).toBe(200);
  expect(api.sim.stats().actionsCreated['fileDelete']).toBe(1);
});

test('cancel: pending actions only, by action or all', async () => {
  const uid = await create({ deviceUids: [DEMO_DEVICE.deviceUid], wipeType: 'wipeSpecificUserFiles', filePatterns: patterns });
  expect((await api.post(`/v3/actions/file-delete/cancel-actions/${uid}`, {})).status).toBe(400);
  expect((await api.post(`/v3/actions/file-delete/cancel-actions/${uid}`, { cancelAllActions: true })).status).toBe(202);
  expect((await actions(uid))[0]?.actionStatus).toBe('Canceled');
  expect(bodyOf<DataBody<{ requestStatus: string }>>(await api.get(`/v3/actions/requests/file-delete/${uid}`)).data.requestStatus).toBe(
    'Canceled',
  );
});

test('View reads, Perform creates; un-enrolling afterwards also needs Perform on Unenroll Device', async () => {
  const tokens = [
    {
      tokenId: 'fd-view',
      alg: 'HS256' as const,
      secret: 'fd-view-secret-0123456789',
      permissions: ALL_PERMISSIONS.filter((p) => p !== 'filedelete.perform'),
    },
    {
      tokenId: 'fd-no-unenroll',
      alg: 'HS256' as const,
      secret: 'fd-no-unenroll-0123456789',
      permissions: ALL_PERMISSIONS.filter((p) => p !== 'unenroll.perform'),
    },
    {
      tokenId: 'fd-none',
      alg: 'HS256' as const,
      secret: 'fd-none-secret-0123456789',
      permissions: ALL_PERMISSIONS.filter((p) => p !== 'filedelete.view'),
    },
  ];
  const limited = await startTestApi({ tokens });
  const key = (i: number): SigningKey => ({ tokenId: tokens[i]?.tokenId ?? '', alg: 'HS256', secret: tokens[i]?.secret ?? '' });
  const post = (i: number, body: unknown) =>
    limited.call({ method: 'POST', uri: '/v3/actions/requests/file-delete', body }, { key: key(i) });
  try {
    const body = { deviceUids: [DEMO_DEVICE.deviceUid], wipeType: 'wipeAllUserFiles', unenrollDevicesAndFreeLicenses: true };
    expect((await post(0, body)).status).toBe(403);
    expect((await limited.get('/v3/actions/requests/file-delete', undefined, key(0))).status).toBe(200);
    expect((await post(1, body)).status).toBe(403);
    expect((await post(1, { ...body, unenrollDevicesAndFreeLicenses: false })).status).toBe(200);
    expect((await limited.get('/v3/actions/requests/file-delete', undefined, key(2))).status).toBe(403);
  } finally {
    await limited.close();
  }
});
