import { ALL_PERMISSIONS, DEMO_DEVICE, type DeviceReport } from '../../simulator';
import type { SigningKey } from './support/sign-jws';
import { bodyOf, startTestApi, type HttpResult, type Page, type TestApi } from './support/api-client';
import { itemAt } from './support/items';
import { firstDevice } from './support/fleet-helpers';
import { crc32 } from '../../simulator/util/zip';

interface ReachAction {
  deviceUid: string;
  actionStatus: string;
  actionStatusDetails?: string;
}
interface ReachScript {
  scriptName: string;
  supportedOS: string[];
}
const dataOf = (res: HttpResult): unknown => bodyOf<{ data: unknown }>(res).data;

const BOTH = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e01';
const WINDOWS_ONLY = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e03';
const MAC_ONLY = '6b3c1f0e-2a4d-4c8b-9e1f-5d7a3b2c4e05';

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 200, actionProgressMs: 1000 });
});
afterEach(() => api.close());

const active = (d: DeviceReport) => d.agentStatus === 'A';
const run = async (body: unknown) => {
  const res = await api.post('/v3/actions/requests/reach', body);
  expect(res.status).toBe(200);
  return bodyOf<{
    data: {
      requestUid: string;
      deviceUids: string[];
      winScriptOption?: Record<string, unknown>;
      macScriptOption?: Record<string, unknown>;
    };
  }>(res).data;
};
const actions = async (requestUid: string, deviceUids: string[]): Promise<ReachAction[]> =>
  bodyOf<Page<ReachAction>>(await api.post(`/v3/actions/reach/get-actions/${requestUid}`, { deviceUids })).data;

test('the seeded library has Windows, Mac and cross-platform scripts, filtered by name and type', async () => {
  const all = bodyOf<Page<ReachScript>>(await api.get('/v3/actions/reach/scripts')).data;
  expect(all.map((s) => s.supportedOS.join('+'))).toEqual(expect.arrayContaining(['Windows', 'Mac', 'Windows+Mac']));
  const custom = bodyOf<Page<ReachScript>>(
    await api.get('/v3/actions/reach/scripts', { scriptType: 'Custom', scriptNameContains: 'user' }),
  ).data;
  expect(custom.map((s) => s.scriptName)).toEqual(['Disable Local User Account']);
  expect((await api.get('/v3/actions/reach/scripts', { scriptType: 'Vendor' })).status).toBe(400);
  expect((await api.get('/v3/actions/reach/scripts', { pageSize: '501' })).status).toBe(400);
  expect(dataOf(await api.get(`/v3/actions/reach/scripts/${BOTH}`))).toMatchObject({
    scriptUid: BOTH,
    winScript: { fileName: 'Collect-EvidenceBundle.ps1' },
  });
  expect((await api.get('/v3/actions/reach/scripts/00000000-0000-4000-8000-000000000000')).status).toBe(404);
});

test('the ZIP writer\'s CRC-32 is the standard one (check value of "123456789")', () => {
  expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
});

test('the script content is a ZIP holding the script files', async () => {
  const res = await api.get(`/v3/actions/reach/scripts/${BOTH}/content`);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toBe('application/zip');
  const bytes = Buffer.from(res.text, 'latin1');
  expect(bytes.subarray(0, 4).toString('hex')).toBe('504b0304');
  expect(res.text).toContain('Collect-EvidenceBundle.ps1');
  expect(res.text).toContain('collect_evidence_bundle.sh');
});

test('devices the script or the request options do not cover fail with a reason; the others run to Succeeded', async () => {
  const mac = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Mac');
  const chromebook = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Chrome');
  const inactive = firstDevice(api.sim, (d) => d.agentStatus !== 'A' && d.platformOSType === 'Windows');
  const devices = [DEMO_DEVICE.deviceUid, mac.deviceUid, chromebook.deviceUid, inactive.deviceUid];
  const windowsOnly = await run({ scriptUid: WINDOWS_ONLY, deviceUids: devices, winScriptOption: { commandLine: '-DisplayName Foo' } });
  expect(windowsOnly.winScriptOption).toMatchObject({ commandLine: '-DisplayName Foo', runPrivileges: 'Administrator' });
  const rows = (await actions(windowsOnly.requestUid, devices)).map((a) => [a.deviceUid, a.actionStatus, a.actionStatusDetails ?? '']);
  expect(rows).toEqual([
    [DEMO_DEVICE.deviceUid, 'Pending', ''],
    [mac.deviceUid, 'Failed', expect.stringMatching(/does not support Mac/)],
    [chromebook.deviceUid, 'Failed', expect.stringMatching(/not supported on Chrome/)],
    [inactive.deviceUid, 'Failed', expect.stringMatching(/not active/)],
  ]);
  const onlyMacOption = await run({
    scriptUid: BOTH,
    deviceUids: [DEMO_DEVICE.deviceUid, mac.deviceUid],
    macScriptOption: { commandLine: '-o /tmp', displayMode: 'Maximized' },
  });
  expect(onlyMacOption.macScriptOption).toMatchObject({ displayMode: 'Hidden' });
  expect(itemAt(await actions(onlyMacOption.requestUid, [DEMO_DEVICE.deviceUid]))).toMatchObject({
    actionStatus: 'Failed',
    actionStatusDetails: expect.stringMatching(/no winScriptOption/) as unknown,
  });
  expect(dataOf(await api.get(`/v3/actions/requests/reach/${windowsOnly.requestUid}`))).toMatchObject({
    requestStatus: 'InProgress',
    totalDevices: 4,
    pending: 1,
    failed: 3,
  });
  api.clock.advance(600);
  expect(dataOf(await api.get(`/v3/actions/requests/reach/${windowsOnly.requestUid}`))).toMatchObject({
    requestStatus: 'InProgress',
    processing: 1,
  });
  api.clock.advance(600);
  expect(dataOf(await api.get(`/v3/actions/requests/reach/${windowsOnly.requestUid}`))).toMatchObject({
    requestStatus: 'Completed',
    completed: 1,
    failed: 3,
  });
  expect(itemAt(await actions(windowsOnly.requestUid, [DEMO_DEVICE.deviceUid])).actionStatus).toBe('Succeeded');
});

test('documented limits: 1-100 devices for get-actions and cancel, 10,000 per run, options per supported OS, known scripts', async () => {
  const { requestUid } = await run({ scriptUid: BOTH, deviceUids: [DEMO_DEVICE.deviceUid] });
  expect((await api.post(`/v3/actions/reach/get-actions/${requestUid}`, { deviceUids: [] })).status).toBe(400);
  const tooMany = Array.from({ length: 101 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  expect((await api.post(`/v3/actions/reach/get-actions/${requestUid}`, { deviceUids: tooMany })).status).toBe(400);
  expect(
    (await api.post(`/v3/actions/reach/get-actions/${requestUid}`, { deviceUids: [DEMO_DEVICE.deviceUid] }, { pageSize: '10' })).status,
  ).toBe(400);
  expect((await api.post(`/v3/actions/reach/cancel-actions/${requestUid}`, { deviceUids: tooMany })).status).toBe(400);
  expect(
    (await api.post('/v3/actions/requests/reach', { scriptUid: MAC_ONLY, deviceUids: [DEMO_DEVICE.deviceUid], winScriptOption: {} }))
      .status,
  ).toBe(400);
  expect(
    (
      await api.post('/v3/actions/requests/reach', {
        scriptUid: '00000000-0000-4000-8000-000000000000',
        deviceUids: [DEMO_DEVICE.deviceUid],
      })
    ).status,
  ).toBe(404);
  expect((await api.post('/v3/actions/requests/reach', { scriptUid: BOTH, deviceUids: [] })).status).toBe(400);
  const badOption = await api.post('/v3/actions/requests/reach', {
    scriptUid: BOTH,
    deviceUids: [DEMO_DEVICE.deviceUid],
    winScriptOption: { maxRunTime: 30, maxRunTimeUnit: 'hour' },
  });
  expect(itemAt(bodyOf<{ details: unknown[] }>(badOption).details)).toMatchObject({ field: 'winScriptOption.maxRunTime' });
  expect(api.sim.stats().actionsCreated['reachRun']).toBe(1);
});

test('cancel turns Pending actions on the named devices to Canceled and leaves running ones', async () => {
  const mac = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Mac');
  const first = await run({ scriptUid: BOTH, deviceUids: [DEMO_DEVICE.deviceUid, mac.deviceUid] });
  expect((await api.post(`/v3/actions/reach/cancel-actions/${first.requestUid}`, { deviceUids: [mac.deviceUid] })).status).toBe(202);
  api.clock.advance(600);
  expect((await api.post(`/v3/actions/reach/cancel-actions/${first.requestUid}`, { deviceUids: [DEMO_DEVICE.deviceUid] })).status).toBe(
    202,
  );
  const statuses = (await actions(first.requestUid, [DEMO_DEVICE.deviceUid, mac.deviceUid])).map((a) => a.actionStatus);
  expect(statuses).toEqual(['Processing', 'Canceled']);
  expect(
    (await api.post('/v3/actions/reach/cancel-actions/00000000-0000-4000-8000-000000000000', { deviceUids: [mac.deviceUid] })).status,
  ).toBe(404);
});

test('every Reach route needs the Run permission for Reach Script', async () => {
  const key: SigningKey = { tokenId: 'no-reach', alg: 'HS256', secret: 'no-reach-secret-0123456789' };
  const permissions = ALL_PERMISSIONS.filter((p) => p !== 'reach.run');
  const limited = await startTestApi({ tokens: [{ tokenId: key.tokenId, alg: 'HS256', secret: key.secret ?? '', permissions }] });
  try {
    expect((await limited.get('/v3/actions/reach/scripts', undefined, key)).status).toBe(403);
    expect(
      (
        await limited.call(
          { method: 'POST', uri: '/v3/actions/requests/reach', body: { scriptUid: BOTH, deviceUids: [DEMO_DEVICE.deviceUid] } },
          { key },
        )
      ).status,
    ).toBe(403);
  } finally {
    await limited.close();
  }
});

test('the Reach state is one plain snapshot that restores into another simulator', async () => {
  const { requestUid } = await run({ scriptUid: BOTH, deviceUids: [DEMO_DEVICE.deviceUid] });
  const snapshot = api.sim.state.remoteActions.snapshot();
  const saved = JSON.parse(JSON.stringify(snapshot)) as typeof snapshot;
  const other = await startTestApi({ fleetSize: 200, actionProgressMs: 1000 });
  try {
    other.sim.state.remoteActions.restore(saved);
    expect(dataOf(await other.get(`/v3/actions/requests/reach/${requestUid}`))).toMatchObject({
      requestUid,
      totalDevices: 1,
      requestStatus: 'Init',
    });
    const next = await other.post('/v3/actions/requests/reach', { scriptUid: BOTH, deviceUids: [DEMO_DEVICE.deviceUid] });
    const again = await run({ scriptUid: BOTH, deviceUids: [DEMO_DEVICE.deviceUid] });
    expect(bodyOf<{ data: { requestUid: string } }>(next).data.requestUid).toBe(again.requestUid);
  } finally {
    await other.close();
  }
});
