import { DEMO_DEVICE } from '../../simulator';
import { bodyOf, collectAll, startTestApi, T0, type DataBody, type ErrorBody, type Page, type TestApi } from './support/api-client';
import { allDevices, firstDevice } from './support/fleet-helpers';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const valid = (deviceUids: string[], extra: Record<string, unknown> = {}) => ({
  requestTitle: 'Lost laptop',
  deviceUids,
  freezeDefinition: { deviceFreezeType: 'OnDemand' },
  passcodeDefinition: { option: 'RandomForAll' },
  message: '<p>Call IT</p>',
  messageName: 'Lost',
  ...extra,
});

interface FreezeRecord {
  requestUid: string;
  actionStatus: string;
  actionStatusDetails?: string;
  changedDateTimeUtc: string;
  statuses: { status: string }[];
  configuration: { passcodeClear: string; conditions?: unknown };
}

/** The record at `index`; a missing one fails the test right there. */
function recordAt(records: readonly FreezeRecord[], index: number): FreezeRecord {
  const record = records[index];
  if (!record) throw new Error(`expected a record at index ${index}, got ${records.length} records`);
  return record;
}

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 200, actionProgressMs: 2000 });
});
afterEach(() => api.close());

async function freeze(body: unknown): Promise<string> {
  const res = await api.post('/v3/actions/requests/freeze', body);
  expect(res.status).toBe(200);
  return bodyOf<DataBody<{ requestUid: string }>>(res).data.requestUid;
}
const details = async (requestUid: string) => bodyOf<Page<FreezeRecord>>(await api.get(`/v3/actions/freeze/requests/${requestUid}`)).data;
const device = (uid: string) => api.sim.state.device(uid);
const unfreeze = (body: unknown) => api.post('/v3/actions/freeze/remove-freeze', body);

test('OnDemand freeze: Pending, then Processing after half of actionProgressMs, Succeeded after all of it; then the device reports Frozen', async () => {
  const requestUid = await freeze(valid([DEMO_DEVICE.deviceUid, UNKNOWN]));
  let records = await details(requestUid);
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject({
    deviceUid: DEMO_DEVICE.deviceUid,
    requestUid,
    requestTitle: 'Lost laptop',
    actionStatus: 'Pending',
    isCurrent: true,
    isDownloaded: false,
    requester: 'demo.hs256@acme.example',
  });
  expect(records[0]?.configuration).toMatchObject({
    action: 'DFZ',
    type: 'OnDemand',
    messageName: 'Lost',
    freezeMessage: '<p>Call IT</p>',
    passcodeOption: 'RandomForAll',
    passcodeLength: 8,
  });
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeReportingStatuses).toEqual(['FreezeRequested']);
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeStatus).toBeUndefined();

  api.clock.advance(1000);
  records = await details(requestUid);
  expect(records[0]).toMatchObject({ actionStatus: 'Processing', isDownloaded: true });

  api.clock.advance(999);
  expect((await details(requestUid))[0]?.actionStatus).toBe('Processing');
  api.clock.advance(1);
  records = await details(requestUid);
  expect(records[0]?.actionStatus).toBe('Succeeded');
  expect(records[0]?.statuses.map((s) => s.status)).toEqual(['Pending', 'Processing', 'Succeeded']);
  expect(records[0]?.changedDateTimeUtc).toBe(new Date(T0 + 2000).toISOString());

  const frozen = device(DEMO_DEVICE.deviceUid);
  expect(frozen?.deviceFreezeStatus).toMatchObject({
    statusCode: 'FRZN',
    statusName: 'Frozen',
    passCode: recordAt(records, 0).configuration.passcodeClear,
  });
  expect(frozen?.deviceFreezeReportingStatuses).toEqual(['Frozen']);
  const byStatus = await api.get('/v3/reporting/devices', { deviceFreezeStatusCode: 'FRZN', select: 'deviceUid', pageSize: '500' });
  expect(bodyOf<Page>(byStatus).data).toContainEqual({ deviceUid: DEMO_DEVICE.deviceUid });
  expect(api.sim.stats().actionsCreated.freeze).toBe(1);
});

test('stolen and inactive devices get Ineligible records that say why', async () => {
  const stolen = firstDevice(api.sim, (d) => d.isStolen);
  const inactive = firstDevice(api.sim, (d) => d.agentStatus !== 'A' && !d.isStolen);
  const records = await details(await freeze(valid([stolen.deviceUid, inactive.deviceUid])));
  expect(records.map((r) => r.actionStatus)).toEqual(['Ineligible', 'Ineligible']);
  expect(records[0]?.actionStatusDetails).toMatch(/stolen/);
  expect(records[1]?.actionStatusDetails).toMatch(/not active/);
  api.clock.advance(10_000);
  expect((await details(recordAt(records, 0).requestUid)).map((r) => r.actionStatus)).toEqual(['Ineligible', 'Ineligible']);
  expect(device(inactive.deviceUid)?.deviceFreezeStatus).toBeUndefined();
});

test('a newer request of the same type replaces the older one', async () => {
  const first = await freeze(valid([DEMO_DEVICE.deviceUid]));
  api.clock.advance(1000);
  const second = await freeze(valid([DEMO_DEVICE.deviceUid], { passcodeDefinition: { option: 'UserDefined', passcode: '4321' } }));
  expect((await details(first))[0]).toMatchObject({ isCurrent: false, actionStatus: 'Canceled' });
  api.clock.advance(4000);
  expect((await details(second))[0]).toMatchObject({ isCurrent: true, actionStatus: 'Succeeded' });
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeStatus?.passCode).toBe('4321');
});

test('remove-freeze (202) unfreezes frozen devices and cancels pending freezes', async () => {
  const others = allDevices(api.sim)
    .filter((d) => d.agentStatus === 'A' && !d.isStolen && !d.deviceFreezeStatus)
    .slice(1, 2);
  const frozenRequest = await freeze(valid([DEMO_DEVICE.deviceUid]));
  api.clock.advance(4000);
  const pendingRequest = await freeze(valid(others.map((d) => d.deviceUid)));
  const res = await unfreeze({ deviceUids: [DEMO_DEVICE.deviceUid, ...others.map((d) => d.deviceUid), UNKNOWN] });
  expect(res.status).toBe(202);
  expect(res.text).toBe('');
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeStatus).toBeUndefined();
  expect((await details(frozenRequest))[0]).toMatchObject({ actionStatus: 'Succeeded', isCurrent: false });
  expect((await details(frozenRequest))[0]?.statuses.at(-1)).toMatchObject({ status: 'Unfrozen', eventType: 'FreezeRemoved' });
  api.clock.advance(10_000);
  expect((await details(pendingRequest))[0]).toMatchObject({ actionStatus: 'Canceled', isCurrent: false });
  expect(device(others[0]?.deviceUid ?? '')?.deviceFreezeStatus).toBeUndefined();
  expect(api.sim.stats().actionsCreated.removeFreeze).toBe(1);
});

test('devices generated as frozen can be unfrozen', async () => {
  const frozen = firstDevice(api.sim, (d) => d.deviceFreezeStatus?.statusCode === 'FRZN');
  await unfreeze({ deviceUids: [frozen.deviceUid] });
  expect(device(frozen.deviceUid)?.deviceFreezeStatus).toBeUndefined();
  expect(device(frozen.deviceUid)?.deviceFreezeReportingStatuses).toBeUndefined();
});

test('Scheduled freezes show FreezeScheduled, freeze on time, and need removeScheduled to cancel', async () => {
  const at = new Date(T0 + 3_600_000).toISOString();
  const scheduled = valid([DEMO_DEVICE.deviceUid], { freezeDefinition: { deviceFreezeType: 'Scheduled', scheduledFreezeDateTimeUtc: at } });
  const requestUid = await freeze(scheduled);
  api.clock.advance(5000);
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeReportingStatuses).toEqual(['FreezeScheduled']);
  expect((await details(requestUid))[0]?.configuration.conditions).toEqual([{ scheduledFreezeDateTimeUtc: at }]);
  await unfreeze({ deviceUids: [DEMO_DEVICE.deviceUid] });
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeReportingStatuses).toEqual(['FreezeScheduled']);
  api.clock.advance(3_600_000);
  expect(device(DEMO_DEVICE.deviceUid)).toMatchObject({
    deviceFreezeStatus: { statusCode: 'FRZN' },
    deviceFreezeReportingStatuses: ['FrozenOnSchedule'],
  });

  const second = await freeze({
    ...scheduled,
    freezeDefinition: { deviceFreezeType: 'Scheduled', scheduledFreezeDateTimeUtc: new Date(api.clock.ms + 60_000).toISOString() },
  });
  await unfreeze({ deviceUids: [DEMO_DEVICE.deviceUid], removeScheduled: true });
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeReportingStatuses).toBeUndefined();
  expect((await details(second))[0]?.actionStatus).toBe('Canceled');
});

test('OffLine freezes set the offline condition until removeOffline', async () => {
  await freeze(valid([DEMO_DEVICE.deviceUid], { freezeDefinition: { deviceFreezeType: 'OffLine', offlineTimeSeconds: 86_400 } }));
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeReportingStatuses).toEqual(['FreezeConditionOfflineSet']);
  await unfreeze({ deviceUids: [DEMO_DEVICE.deviceUid] });
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeReportingStatuses).toEqual(['FreezeConditionOfflineSet']);
  await unfreeze({ deviceUids: [DEMO_DEVICE.deviceUid], removeOffline: true });
  expect(device(DEMO_DEVICE.deviceUid)?.deviceFreezeReportingStatuses).toBeUndefined();
});

test('passcode options: UserDefined keeps the passcode, RandomForAll shares one, RandomForEach draws per device', async () => {
  const uids = allDevices(api.sim)
    .filter((d) => d.agentStatus === 'A' && !d.isStolen)
    .slice(0, 6)
    .map((d) => d.deviceUid);
  const user = await details(await freeze(valid(uids, { passcodeDefinition: { option: 'UserDefined', passcode: '0042' } })));
  expect(new Set(user.map((r) => r.configuration.passcodeClear))).toEqual(new Set(['0042']));
  const all = await details(await freeze(valid(uids, { passcodeDefinition: { option: 'RandomForAll', length: 5 } })));
  expect(new Set(all.map((r) => r.configuration.passcodeClear)).size).toBe(1);
  expect(all[0]?.configuration.passcodeClear).toMatch(/^\d{5}$/);
  const each = await details(await freeze(valid(uids, { passcodeDefinition: { option: 'RandomForEach', length: 8 } })));
  expect(new Set(each.map((r) => r.configuration.passcodeClear)).size).toBeGreaterThan(1);
  for (const r of each) expect(r.configuration.passcodeClear).toMatch(/^\d{8}$/);
});

test('a saved message can be referenced by messageUid', async () => {
  const messages = bodyOf<Page<{ messageUid: string; name: string; content: string }>>(await api.get('/v3/actions/freeze/messages'));
  const saved = messages.data[1];
  if (!saved) throw new Error('the simulator lists fewer than two freeze messages');
  const body = valid([DEMO_DEVICE.deviceUid], { message: undefined, messageName: undefined, messageUid: saved.messageUid });
  const records = await details(await freeze(body));
  expect(records[0]?.configuration).toMatchObject({ messageName: saved.name, freezeMessage: saved.content });
});

const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
test.each([
  ['10,001 devices', { deviceUids: Array.from({ length: 10_001 }, (_, i) => uuid(i)) }, 'deviceUids'],
  ['no devices', { deviceUids: [] }, 'deviceUids'],
  ['a non-uuid device id', { deviceUids: ['LAPTOP-7'] }, 'deviceUids[0]'],
  ['an empty requestTitle', { requestTitle: '' }, 'requestTitle'],
  ['a 251-character requestTitle', { requestTitle: 't'.repeat(251) }, 'requestTitle'],
  ['no freezeDefinition', { freezeDefinition: undefined }, 'freezeDefinition'],
  ['an unknown freeze type', { freezeDefinition: { deviceFreezeType: 'Offline' } }, 'freezeDefinition.deviceFreezeType'],
  ['Scheduled without a date', { freezeDefinition: { deviceFreezeType: 'Scheduled' } }, 'freezeDefinition.scheduledFreezeDateTimeUtc'],
  [
    'Scheduled in the past',
    { freezeDefinition: { deviceFreezeType: 'Scheduled', scheduledFreezeDateTimeUtc: '2020-01-01T00:00:00.000Z' } },
    'freezeDefinition.scheduledFreezeDateTimeUtc',
  ],
  [
    'OffLine below 1200 s',
    { freezeDefinition: { deviceFreezeType: 'OffLine', offlineTimeSeconds: 1199 } },
    'freezeDefinition.offlineTimeSeconds',
  ],
  [
    'OffLine above 172800000 s',
    { freezeDefinition: { deviceFreezeType: 'OffLine', offlineTimeSeconds: 172_800_001 } },
    'freezeDefinition.offlineTimeSeconds',
  ],
  ['OffLine without seconds', { freezeDefinition: { deviceFreezeType: 'OffLine' } }, 'freezeDefinition.offlineTimeSeconds'],
  ['no passcodeDefinition', { passcodeDefinition: undefined }, 'passcodeDefinition'],
  ['a 3-digit passcode', { passcodeDefinition: { option: 'UserDefined', passcode: '123' } }, 'passcodeDefinition.passcode'],
  ['a 9-digit passcode', { passcodeDefinition: { option: 'UserDefined', passcode: '123456789' } }, 'passcodeDefinition.passcode'],
  ['a non-numeric passcode', { passcodeDefinition: { option: 'UserDefined', passcode: '12ab' } }, 'passcodeDefinition.passcode'],
  ['UserDefined without passcode', { passcodeDefinition: { option: 'UserDefined' } }, 'passcodeDefinition.passcode'],
  ['a random length of 3', { passcodeDefinition: { option: 'RandomForEach', length: 3 } }, 'passcodeDefinition.length'],
  ['a random length of 9', { passcodeDefinition: { option: 'RandomForAll', length: 9 } }, 'passcodeDefinition.length'],
  ['an unknown passcode option', { passcodeDefinition: { option: 'Random' } }, 'passcodeDefinition.option'],
  ['neither message nor messageUid', { message: undefined, messageName: undefined }, 'message'],
  ['a message without messageName', { messageName: undefined }, 'messageName'],
  ['a 4001-character message', { message: 'm'.repeat(4001) }, 'message'],
  ['a 256-character messageName', { messageName: 'n'.repeat(256) }, 'messageName'],
  ['both message and messageUid', { messageUid: uuid(1) }, 'messageUid'],
  ['an unknown messageUid', { message: undefined, messageName: undefined, messageUid: uuid(1) }, 'messageUid'],
  ['11 notification emails', { notificationEmails: Array.from({ length: 11 }, (_, i) => `a${i}@acme.example`) }, 'notificationEmails'],
  ['a malformed email', { notificationEmails: ['not-an-email'] }, 'notificationEmails[0]'],
])('%s is a 400 naming the field', async (_name, override, field) => {
  const res = await api.post('/v3/actions/requests/freeze', valid([DEMO_DEVICE.deviceUid], override));
  expect(res.status).toBe(400);
  expect(bodyOf<ErrorBody>(res).details[0]?.field).toBe(field);
  expect(api.sim.stats().actionsCreated.freeze).toBe(0);
});

test('boundary values are accepted: 10,000 devices, 250-character title, 4/8-digit passcodes, 10 emails', async () => {
  const many = Array.from({ length: 10_000 }, (_, i) => uuid(i));
  expect((await api.post('/v3/actions/requests/freeze', valid(many, { requestTitle: 't'.repeat(250) }))).status).toBe(200);
  for (const passcode of ['1234', '12345678']) {
    expect(
      (
        await api.post(
          '/v3/actions/requests/freeze',
          valid([DEMO_DEVICE.deviceUid], { passcodeDefinition: { option: 'UserDefined', passcode } }),
        )
      ).status,
    ).toBe(200);
  }
  const emails = Array.from({ length: 10 }, (_, i) => `a${i}@acme.example`);
  expect((await api.post('/v3/actions/requests/freeze', valid([DEMO_DEVICE.deviceUid], { notificationEmails: emails }))).status).toBe(200);
});

test('request details page at 100 by default, and unknown requests are 404', async () => {
  const uids = allDevices(api.sim)
    .slice(0, 150)
    .map((d) => d.deviceUid);
  const requestUid = await freeze(valid(uids));
  const first = await api.get(`/v3/actions/freeze/requests/${requestUid}`);
  expect(bodyOf<Page>(first).data).toHaveLength(100);
  expect(await collectAll(api, `/v3/actions/freeze/requests/${requestUid}`, { pageSize: '40' })).toHaveLength(150);
  expect((await api.get(`/v3/actions/freeze/requests/${UNKNOWN}`)).status).toBe(404);
});

test('remove-freeze validates deviceUids', async () => {
  expect((await unfreeze({ deviceUids: [] })).status).toBe(400);
  expect((await unfreeze({ deviceUids: Array.from({ length: 10_001 }, (_, i) => uuid(i)) })).status).toBe(400);
  expect(bodyOf<ErrorBody>(await unfreeze({ deviceUids: [DEMO_DEVICE.deviceUid], removeScheduled: 'yes' })).details[0]?.field).toBe(
    'removeScheduled',
  );
});
