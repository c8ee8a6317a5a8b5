import { bodyOf, collectAll, startTestApi, T0, type Page, type TestApi } from './support/api-client';
import { itemAt } from './support/items';

interface SiemEvent {
  id: string;
  createdDateTimeUtc: string;
  eventDateTimeUtc: string;
  eventType: string;
  objectDisplayName?: string;
  objectProperties?: string;
}
interface ErrorBody {
  details: { field: string }[];
}

const URI = '/v3/reporting/siem-events';
const iso = (ms: number) => new Date(ms).toISOString();
const HOUR = 3_600_000;

let api: TestApi;
beforeEach(async () => {
  api = await startTestApi({ fleetSize: 50, eventsPerMinute: 30 });
});
afterEach(() => api.close());

const window = async (from: number, to: number, extra: Record<string, string> = {}): Promise<SiemEvent[]> =>
  (await collectAll(api, URI, {
    fromDateTimeUtc: iso(from),
    toDateTimeUtc: iso(to),
    pageSize: '1000',
    ...extra,
  })) as unknown as SiemEvent[];

test('both bounds are required and must use yyyy-MM-ddTHH:mm:ss.SSSZ', async () => {
  expect((await api.get(URI)).status).toBe(400);
  expect(itemAt(bodyOf<ErrorBody>(await api.get(URI, { fromDateTimeUtc: iso(T0 - HOUR) })).details).field).toBe('toDateTimeUtc');
  const noMillis = await api.get(URI, { fromDateTimeUtc: '2025-03-10T11:00:00Z', toDateTimeUtc: iso(T0) });
  expect(noMillis.status).toBe(400);
  expect(itemAt(bodyOf<ErrorBody>(noMillis).details).field).toBe('fromDateTimeUtc');
  expect((await api.get(URI, { fromDateTimeUtc: iso(T0), toDateTimeUtc: iso(T0 - 1) })).status).toBe(400);
  expect((await api.get(URI, { fromDateTimeUtc: iso(T0 - HOUR), toDateTimeUtc: iso(T0), pageSize: '1001' })).status).toBe(400);
});

test('a steady stream: ~eventsPerMinute events, ascending by createdDateTimeUtc then id, with shared milliseconds and lagging events', async () => {
  const events = await window(T0 - 2 * HOUR, T0);
  expect(events.length).toBeGreaterThan(120 * 30 * 0.9);
  expect(events.length).toBeLessThan(120 * 30 * 1.1);
  const keys = events.map((e) => `${e.createdDateTimeUtc} ${e.id}`);
  expect(keys).toEqual([...keys].sort());
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  const sharedMs = events.filter((e, i) => i > 0 && e.createdDateTimeUtc === events[i - 1]?.createdDateTimeUtc);
  expect(sharedMs.length).toBeGreaterThan(100);
  expect(events.some((e) => Date.parse(e.createdDateTimeUtc) - Date.parse(e.eventDateTimeUtc) >= 60_000)).toBe(true);
  expect(new Set(events.map((e) => e.eventType))).toEqual(
    new Set(['UserLogin', 'DeviceSystemInformationUpdated', 'DeviceUserInformationUpdated', 'DeviceLocationUpdated']),
  );
  const location = events.find((e) => e.eventType === 'DeviceLocationUpdated');
  if (!location) throw new Error('no DeviceLocationUpdated event');
  expect(location.objectDisplayName).toBe('Device Location');
  expect(location.objectProperties).toMatch(
    /^PropertyName\[0\]=City;OldValue\[0\]=[^;]*;NewValue\[0\]=[^;]*;PropertyName\[1\]=CountryName;/,
  );
  expect(events.find((e) => e.eventType === 'UserLogin')).toMatchObject({ verb: 'LoggedIn', actorObjectType: 'User' });
});

test('paging with small pages returns exactly the same events as one big page', async () => {
  const big = await window(T0 - 30 * 60_000, T0);
  const small = await window(T0 - 30 * 60_000, T0, { pageSize: '7' });
  expect(small.map((e) => e.id)).toEqual(big.map((e) => e.id));
});

test('bounds are inclusive, nothing newer than now is visible, and the stream is deterministic', async () => {
  api.sim.state.addEvents([
    { createdDateTimeUtc: iso(T0 - 10_000), eventType: 'Edge', id: 'edge-from' },
    { createdDateTimeUtc: iso(T0 - 5_000), eventType: 'Edge', id: 'edge-to' },
    { createdDateTimeUtc: iso(T0 + 5_000), eventType: 'Future', id: 'future' },
  ]);
  const edges = (await window(T0 - 10_000, T0 - 5_000)).filter((e) => e.eventType === 'Edge');
  expect(edges.map((e) => e.id)).toEqual(['edge-from', 'edge-to']);
  expect((await window(T0 - 10_000, T0 + HOUR)).some((e) => e.id === 'future')).toBe(false);
  api.clock.advance(10_000);
  expect((await window(T0 - 10_000, T0 + HOUR)).some((e) => e.id === 'future')).toBe(true);

  const other = await startTestApi({ fleetSize: 50, eventsPerMinute: 30 });
  try {
    const a = (await window(T0 - 20 * 60_000, T0 - 10 * 60_000)).filter((e) => e.eventType !== 'Edge');
    const b = await collectAll(other, URI, {
      fromDateTimeUtc: iso(T0 - 20 * 60_000),
      toDateTimeUtc: iso(T0 - 10 * 60_000),
      pageSize: '1000',
    });
    expect(b).toEqual(a);
  } finally {
    await other.close();
  }
});

test('events are kept for 72 hours only', async () => {
  const retention = 72 * HOUR;
  api.sim.state.addEvents([
    { createdDateTimeUtc: iso(T0 - retention), id: 'oldest-kept' },
    { createdDateTimeUtc: iso(T0 - retention - 1), id: 'expired' },
  ]);
  const early = await window(T0 - retention - 60_000, T0 - retention + 60_000);
  expect(early.map((e) => e.id)).toContain('oldest-kept');
  expect(early.map((e) => e.id)).not.toContain('expired');
  expect(Date.parse(itemAt(early).createdDateTimeUtc)).toBeGreaterThanOrEqual(T0 - retention);
  api.clock.advance(1);
  const first = await api.get(URI, { fromDateTimeUtc: iso(T0 - retention - 60_000), toDateTimeUtc: iso(T0), pageSize: '5' });
  const firstPage = bodyOf<Page<SiemEvent>>(first).data;
  expect(firstPage.map((e) => e.id)).not.toContain('oldest-kept');
  expect(Date.parse(itemAt(firstPage).createdDateTimeUtc)).toBeGreaterThanOrEqual(T0 + 1 - retention);
});

test('API actions show up in the stream', async () => {
  const stream = await startTestApi({ fleetSize: 10, eventsPerMinute: 0 });
  try {
    expect(await collectAll(stream, URI, { fromDateTimeUtc: iso(T0 - HOUR), toDateTimeUtc: iso(T0) })).toEqual([]);
    await stream.post('/v3/actions/freeze/messages', { name: 'Audit me', content: 'x' });
    stream.clock.advance(1);
    await stream.post('/v3/actions/requests/unenroll', { deviceUids: [stream.sim.state.demoDevice.deviceUid] });
    const events = await collectAll(stream, URI, { fromDateTimeUtc: iso(T0 - HOUR), toDateTimeUtc: iso(T0 + HOUR) });
    expect(events.map((e) => e.eventType)).toEqual(['FreezeMessageCreated', 'DeviceUnenrollRequested']);
    expect(events[0]).toMatchObject({
      actorObjectType: 'User',
      actorDisplayName: 'demo.hs256@acme.example',
      objectDisplayName: 'Audit me',
      createdDateTimeUtc: iso(T0),
    });
  } finally {
    await stream.close();
  }
});
