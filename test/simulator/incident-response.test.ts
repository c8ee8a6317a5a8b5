import { DEMO_CREDENTIALS, DEMO_DEVICE, type DeviceReport } from '../../simulator';
import { bodyOf, startTestApi, type DataBody, type ErrorBody, type HttpResult, type Page, type TestApi } from './support/api-client';
import type { SigningKey } from './support/sign-jws';
import { firstDevice } from './support/fleet-helpers';

interface MissingOutcome {
  successDeviceUids: string[];
  deviceMissingFailDetails: { deviceUid: string; reason: string }[];
}

const requestUidOf = (res: HttpResult) => bodyOf<DataBody<{ requestUid: string }>>(res).data.requestUid;
const fieldOf = (res: HttpResult) => bodyOf<ErrorBody>(res).details[0]?.field;

/** Missing devices, Send Message requests and device groups: rules, state and permissions. */
let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({
    fleetSize: 200,
    actionProgressMs: 1000,
    tokens: [
      { tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: DEMO_CREDENTIALS.hs256.secretKey },
      { tokenId: 'view-only', alg: 'HS256', secret: 'limited-secret', permissions: ['devices.view', 'missing.view', 'eum.view'] },
      { tokenId: 'nothing', alg: 'HS256', secret: 'limited-secret', permissions: [] },
    ],
  });
});
afterEach(() => api.close());

const key = (tokenId: string): SigningKey => ({ tokenId, alg: 'HS256', secret: 'limited-secret' });
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const MISSING = '/v3/tracking/device-missing';
const active = (d: DeviceReport) => d.agentStatus === 'A' && !d.isStolen && d.deviceStatus === undefined;
const GROUP_MISSING = '5d0c8a71-2f4e-4b6a-9c1d-0e7f3a2b1c04';

describe('missing devices', () => {
  test('a report shows in device reports, groups and the missing list until the device is found', async () => {
    const res = await api.post(`${MISSING}/missing`, {
      deviceUids: [DEMO_DEVICE.deviceUid],
      emailContacts: ['soc@acme.example', 'it@acme.example'],
    });
    expect(bodyOf<DataBody>(res).data).toEqual({
      successDeviceUids: [DEMO_DEVICE.deviceUid],
      failDeviceUids: [],
      deviceMissingFailDetails: [],
    });
    expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus).toEqual({
      type: 'MISSING',
      reported: '2025-03-10T12:00:00.000Z',
      emailContacts: 'soc@acme.example,it@acme.example',
    });
    const reported = await api.get('/v3/reporting/devices', { deviceUid: DEMO_DEVICE.deviceUid, select: 'deviceStatus,deviceGroupIds' });
    const reportedRow = bodyOf<Page<{ deviceStatus: { type: string }; deviceGroupIds: string[] }>>(reported).data[0];
    expect(reportedRow?.deviceStatus.type).toBe('MISSING');
    expect(reportedRow?.deviceGroupIds).toContain(GROUP_MISSING);
    const list = await api.get(`${MISSING}/missing`, { deviceUid: DEMO_DEVICE.deviceUid });
    expect(bodyOf<Page>(list).data).toEqual([
      {
        deviceUid: DEMO_DEVICE.deviceUid,
        creationDateTimeUtc: '2025-03-10T12:00:00.000Z',
        emailContacts: ['soc@acme.example', 'it@acme.example'],
      },
    ]);
    expect(api.sim.stats().actionsCreated.reportMissing).toBe(1);

    api.clock.advance(60_000);
    const again = await api.post(`${MISSING}/missing`, { deviceUids: [DEMO_DEVICE.deviceUid] });
    expect(bodyOf<DataBody<MissingOutcome>>(again).data.deviceMissingFailDetails).toEqual([
      { deviceUid: DEMO_DEVICE.deviceUid, reason: 'The device is already reported missing' },
    ]);
    const found = await api.post(`${MISSING}/found`, { deviceUids: [DEMO_DEVICE.deviceUid] });
    expect(bodyOf<DataBody<MissingOutcome>>(found).data.successDeviceUids).toEqual([DEMO_DEVICE.deviceUid]);
    expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus).toBeUndefined();
    expect(bodyOf<Page>(await api.get(`${MISSING}/missing`, { deviceUid: DEMO_DEVICE.deviceUid })).data).toEqual([]);
  });

  test('ineligible devices fail one by one with the reason; the others are reported', async () => {
    const inactive = firstDevice(api.sim, (d) => d.agentStatus !== 'A' && d.deviceStatus === undefined);
    const stolen = firstDevice(api.sim, (d) => d.deviceStatus?.type === 'STOLEN');
    const generated = firstDevice(api.sim, (d) => d.deviceStatus?.type === 'MISSING');
    const res = await api.post(`${MISSING}/missing`, {
      deviceUids: [DEMO_DEVICE.deviceUid, inactive.deviceUid, stolen.deviceUid, generated.deviceUid, UNKNOWN],
    });
    const outcome = bodyOf<DataBody<MissingOutcome>>(res).data;
    expect(outcome.successDeviceUids).toEqual([DEMO_DEVICE.deviceUid]);
    expect(outcome.deviceMissingFailDetails).toEqual([
      { deviceUid: inactive.deviceUid, reason: `The device agent is not active (agentStatus ${inactive.agentStatus})` },
      { deviceUid: stolen.deviceUid, reason: 'The device is reported stolen' },
      { deviceUid: generated.deviceUid, reason: 'The device is already reported missing' },
      { deviceUid: UNKNOWN, reason: 'Device not found' },
    ]);
    const found = await api.post(`${MISSING}/found`, { deviceUids: [generated.deviceUid, stolen.deviceUid, inactive.deviceUid] });
    const foundOutcome = bodyOf<DataBody<MissingOutcome>>(found).data;
    expect(foundOutcome.successDeviceUids).toEqual([generated.deviceUid]);
    expect(foundOutcome.deviceMissingFailDetails.map((d) => d.reason)).toEqual([
      'The device is reported stolen; close the theft report in the Secure Endpoint Console',
      'The device is not reported missing',
    ]);
    expect(api.sim.state.device(generated.deviceUid)?.deviceStatus).toBeUndefined();
  });

  test('limits, filters and validation', async () => {
    const many = Array.from({ length: 101 }, (_, i) => api.sim.state.device(i)?.deviceUid);
    expect((await api.post(`${MISSING}/missing`, { deviceUids: many })).status).toBe(400);
    expect(fieldOf(await api.post(`${MISSING}/missing`, { deviceUids: [DEMO_DEVICE.deviceUid], emailContacts: ['not an email'] }))).toBe(
      'emailContacts[0]',
    );
    expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus).toBeUndefined();
    await api.post(`${MISSING}/missing`, { deviceUids: [DEMO_DEVICE.deviceUid] });
    const at = '2025-03-10T12:00:00.000Z';
    expect(bodyOf<Page>(await api.get(`${MISSING}/missing`, { creationDateTimeUtcFrom: at })).data).toEqual([]);
    const inclusive = await api.get(`${MISSING}/missing`, { creationDateTimeUtcFromInclusive: at });
    expect(bodyOf<Page<{ deviceUid: string }>>(inclusive).data.map((r) => r.deviceUid)).toEqual([DEMO_DEVICE.deviceUid]);
    const all = bodyOf<Page<{ deviceUid: string }>>(await api.get(`${MISSING}/missing`, { pageSize: '500' })).data;
    const generated = Array.from({ length: 200 }, (_, i) => api.sim.state.device(i)).filter((d) => d?.deviceStatus?.type === 'MISSING');
    expect(all.map((r) => r.deviceUid).sort()).toEqual(generated.map((d) => d?.deviceUid).sort());
    expect((await api.get(`${MISSING}/missing`, { creationDateTimeUtcFrom: 'yesterday' })).status).toBe(400);
    expect((await api.get(`${MISSING}/missing`, { notificationType: 'x' })).status).toBe(400);
  });

  test('permissions: View reads, Manage reports', async () => {
    expect((await api.get(`${MISSING}/missing`, {}, key('view-only'))).status).toBe(200);
    const post = await api.call(
      { method: 'POST', uri: `${MISSING}/missing`, body: { deviceUids: [DEMO_DEVICE.deviceUid] } },
      { key: key('view-only') },
    );
    expect(post.status).toBe(403);
    expect((await api.get(`${MISSING}/missing`, {}, key('nothing'))).status).toBe(403);
    expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus).toBeUndefined();
  });
});

describe('Send Message requests', () => {
  const send = (body: Record<string, unknown>) =>
    api.post('/v3/actions/requests/eum', { deviceUids: [DEMO_DEVICE.deviceUid], submitButtonCaption: 'OK', message: '<p>hi</p>', ...body });
  const request = async (uid: string) =>
    bodyOf<DataBody<{ requestStatus: string; message: string }>>(await api.get(`/v3/actions/requests/eum/${uid}`)).data;
  const actions = async (uid: string) =>
    bodyOf<Page<{ actionStatus: string; actionStatusDetails?: string }>>(
      await api.post(`/v3/actions/eum/get-actions/${uid}`, { deviceUids: [] }),
    ).data;

  test('progress Init -> InProgress -> Completed; old macOS and inactive agents fail with a reason', async () => {
    const oldMac = firstDevice(api.sim, (d) => active(d) && d.platformOSType === 'Mac' && d.operatingSystem.version.startsWith('12.'));
    const inactive = firstDevice(api.sim, (d) => d.agentStatus !== 'A');
    const res = await send({ deviceUids: [DEMO_DEVICE.deviceUid, oldMac.deviceUid, inactive.deviceUid], displayMode: 'FullScreen' });
    const uid = requestUidOf(res);
    expect(await request(uid)).toMatchObject({
      requestStatus: 'InProgress',
      totalDevices: 3,
      pending: 1,
      failed: 2,
      snoozeTimes: 3,
      displayMode: 'FullScreen',
      submitButtonCaption: 'OK',
      message: '<p>hi</p>',
    });
    expect((await actions(uid)).map((a) => [a.actionStatus, a.actionStatusDetails ?? ''])).toEqual([
      ['Pending', ''],
      ['Failed', 'Send Message requires macOS 13 or later (the device runs 12.7.4)'],
      ['Failed', `The device agent is not active (agentStatus ${inactive.agentStatus})`],
    ]);
    const alone = requestUidOf(await send({}));
    expect((await request(alone)).requestStatus).toBe('Init');
    api.clock.advance(500);
    expect((await request(alone)).requestStatus).toBe('InProgress');
    api.clock.advance(500);
    expect(await request(alone)).toMatchObject({ requestStatus: 'Completed', completed: 1 });
    expect(api.sim.stats().actionsCreated.userMessage).toBe(2);
  });

  test('a scheduled message waits Ready, the request Scheduled, until its time', async () => {
    const uid = requestUidOf(await send({ scheduledDateTimeUtc: '2025-03-10T13:00:00.000Z' }));
    api.clock.advance(600);
    expect((await request(uid)).requestStatus).toBe('Scheduled');
    expect((await actions(uid))[0]?.actionStatus).toBe('Ready');
    api.clock.advance(3_600_000);
    expect((await request(uid)).requestStatus).toBe('Completed');
  });

  test('a saved message by messageUid; validation names the field and creates nothing', async () => {
    const saved = bodyOf<Page<{ messageUid: string; content: string }>>(await api.get('/v3/actions/eum/messages')).data[1];
    if (!saved) throw new Error('the simulator lists fewer than two saved messages');
    const uid = requestUidOf(await send({ message: undefined, messageUid: saved.messageUid }));
    expect((await request(uid)).message).toBe(saved.content);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ submitButtonCaption: 'A caption too long' }, 400, 'submitButtonCaption'],
      [{ submitButtonCaption: undefined }, 400, 'submitButtonCaption'],
      [{ messageUid: saved.messageUid }, 400, 'messageUid'],
      [{ message: undefined }, 400, 'message'],
      [{ message: undefined, messageUid: UNKNOWN }, 404, 'messageUid'],
      [{ snoozeTimes: 6 }, 400, 'snoozeTimes'],
      [{ displayMode: 'Banner' }, 400, 'displayMode'],
      [{ scheduledDateTimeUtc: '2025-03-10T11:00:00.000Z' }, 400, 'scheduledDateTimeUtc'],
      [{ message: 'x'.repeat(15_001) }, 400, 'message'],
    ];
    for (const [body, status, field] of cases) {
      const res = await send(body);
      expect({ body: Object.keys(body), status: res.status, field: fieldOf(res) }).toEqual({
        body: Object.keys(body),
        status,
        field,
      });
    }
    expect(api.sim.state.incident.data.eumRequests).toHaveLength(1);
  });

  test('permissions: View lists, Manage sends', async () => {
    expect((await api.get('/v3/actions/requests/eum', {}, key('view-only'))).status).toBe(200);
    expect((await api.get('/v3/actions/eum/messages', {}, key('view-only'))).status).toBe(200);
    const post = await api.call(
      {
        method: 'POST',
        uri: '/v3/actions/requests/eum',
        body: { deviceUids: [DEMO_DEVICE.deviceUid], message: 'm', submitButtonCaption: 'OK' },
      },
      { key: key('view-only') },
    );
    expect(post.status).toBe(403);
    expect((await api.get('/v3/actions/eum/messages', {}, key('nothing'))).status).toBe(403);
  });
});

describe('device groups', () => {
  test("need no permission; filters; a device's groups match its deviceGroupIds", async () => {
    const all = await api.get('/v3/configurations/device-groups/groups', {}, key('nothing'));
    expect(all.status).toBe(200);
    expect(bodyOf<Page>(all).data.length).toBe(9);
    const fixed = bodyOf<Page<{ groupType: string }>>(
      await api.get('/v3/configurations/device-groups/groups', { groupType: 'Fixed' }),
    ).data;
    expect(fixed.every((g) => g.groupType === 'Fixed')).toBe(true);
    expect(bodyOf<Page>(await api.get('/v3/configurations/device-groups/groups', { displayNameStartsWith: 'all' })).data).toHaveLength(2);
    const mine = bodyOf<Page<{ deviceGroupUid: string; displayName: string }>>(
      await api.get(`/v3/configurations/device-groups/devices/${DEMO_DEVICE.deviceUid}/groups`),
    ).data;
    expect(mine.map((g) => g.displayName)).toEqual(expect.arrayContaining(['All Windows devices', 'Executive laptops']));
    expect(mine.map((g) => g.deviceGroupUid)).toEqual(api.sim.state.device(DEMO_DEVICE.deviceUid)?.deviceGroupIds);
    expect((await api.get(`/v3/configurations/device-groups/devices/${UNKNOWN}/groups`)).status).toBe(404);
  });
});

test('the incident state is plain JSON: a saved copy restores the same answers', async () => {
  await api.post(`${MISSING}/missing`, { deviceUids: [DEMO_DEVICE.deviceUid] });
  await api.post('/v3/actions/requests/eum', { deviceUids: [DEMO_DEVICE.deviceUid], message: 'm', submitButtonCaption: 'OK' });
  const saved = JSON.parse(JSON.stringify(api.sim.state.incident.data)) as typeof api.sim.state.incident.data;
  const before = (await api.get('/v3/actions/requests/eum')).json;
  await api.post(`${MISSING}/found`, { deviceUids: [DEMO_DEVICE.deviceUid] });
  api.sim.state.incident.restore(saved);
  expect((await api.get('/v3/actions/requests/eum')).json).toEqual(before);
  expect(api.sim.state.device(DEMO_DEVICE.deviceUid)?.deviceStatus?.type).toBe('MISSING');
});
