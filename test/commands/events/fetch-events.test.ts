import type { ApiSiemEvent } from '../../../Integrations/Absolute/src/absolute/api/siem';
import { runInvocation } from '../../../Integrations/Absolute/src/runtime/run-invocation';
import type { JsonObject } from '../../../Integrations/Absolute/src/xsoar/entry';
import { officialSiemEvents, startEventsServer } from './events-server';

const NOW = Date.parse('2025-01-02T15:00:00.000Z');
const START = Date.parse('2025-01-02T00:00:00.000Z');

async function fetchRun(url: string, lastRun: JsonObject | null, maxEvents: number, now = NOW) {
  const result = await runInvocation(
    {
      command: 'fetch-events',
      params: { url, credentials: { identifier: 't', password: 'secret-value' }, max_events_per_fetch: maxEvents },
      args: {},
      lastRun,
    },
    { now: () => now, sleep: async () => undefined },
  );
  return { ok: result.ok, events: result.output.events ?? [], lastRun: result.output.lastRun, entries: result.output.entries };
}

const firstState = { latest_events_time: new Date(START).toISOString(), latest_events_id: [] };
const ids = (events: JsonObject[]) => events.map((e) => e['id']);

describe('fetch-events (official cases, 2.x)', () => {
  test('no events exist → no events and no state change', async () => {
    const server = await startEventsServer([]);
    const run = await fetchRun(server.url, null, 10_000);
    expect(run.ok).toBe(true);
    expect(run.events).toEqual([]);
    expect(run.lastRun).toBeNull();
    await server.close();
  });

  test('first fetch returns the events of the window', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const run = await fetchRun(server.url, firstState, 10_000);
    expect(ids(run.events)).toEqual(officialSiemEvents().map((e) => e.id));
    await server.close();
  });

  test('deduplication with last run: two runs deliver all 15 events exactly once', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const first = await fetchRun(server.url, firstState, 8);
    const second = await fetchRun(server.url, first.lastRun, 8);
    expect([...ids(first.events), ...ids(second.events)]).toEqual(officialSiemEvents().map((e) => e.id));
    await server.close();
  });

  test('latest events: the watermark holds both ids sharing the last instant', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const run = await fetchRun(server.url, firstState, 10_000);
    expect(run.lastRun).toEqual({ latest_events_time: '2025-01-02T14:39:39.095Z', latest_events_id: ['id14', 'id15'] });
    await server.close();
  });

  test('every event gets _time from eventDateTimeUtc and its property changes parsed', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const run = await fetchRun(server.url, firstState, 10_000);
    for (const event of run.events) {
      expect(event['_time']).toBe(event['eventDateTimeUtc']);
      expect(event['objectPropertyChanges']).toEqual([{ property: 'City', oldValue: 'Paris', newValue: 'Lyon' }]);
    }
    await server.close();
  });

  test('watermark follows createdDateTimeUtc while _time is the event time (official test 28)', async () => {
    const events = officialSiemEvents().slice(0, 6);
    events[1] = { ...events[1], createdDateTimeUtc: '2025-01-02T06:39:39.095Z', eventDateTimeUtc: '2025-01-02T01:39:39.095Z' };
    const server = await startEventsServer(events);
    const run = await fetchRun(server.url, firstState, 10_000);
    expect(run.events).toHaveLength(6);
    expect(run.lastRun?.['latest_events_time']).toBe('2025-01-02T06:39:39.095Z');
    expect(run.events.find((e) => e['id'] === 'id2')?.['_time']).toBe('2025-01-02T01:39:39.095Z');
    await server.close();
  });

  test('fetch limit smaller than the events at one instant (adjusted: the limit counts new events only)', async () => {
    const events: ApiSiemEvent[] = Array.from({ length: 6 }, (_, i) => ({
      id: `e${i}`,
      createdDateTimeUtc: '2025-01-02T10:00:00.000Z',
      eventDateTimeUtc: '2025-01-02T10:00:00.000Z',
    }));
    const server = await startEventsServer(events);
    let state: JsonObject | null = firstState;
    const delivered: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      const run = await fetchRun(server.url, state, 2);
      delivered.push(...ids(run.events));
      state = run.lastRun;
    }
    expect(delivered).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
    await server.close();
  });
});

describe('fetch-events beyond the official pack', () => {
  test('2,500 events in one millisecond cross runs and pages with nothing lost or repeated', async () => {
    const events: ApiSiemEvent[] = Array.from({ length: 2500 }, (_, i) => ({
      id: `m${String(i).padStart(4, '0')}`,
      createdDateTimeUtc: '2025-01-02T12:00:00.123Z',
      eventDateTimeUtc: '2025-01-02T12:00:00.123Z',
    }));
    const server = await startEventsServer(events);
    let state: JsonObject | null = firstState;
    const delivered: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const run = await fetchRun(server.url, state, 1000);
      delivered.push(...ids(run.events));
      state = run.lastRun;
    }
    expect(delivered).toHaveLength(2500);
    expect(new Set(delivered).size).toBe(2500);
    await server.close();
  });

  test('a crash between pages delivers nothing and keeps the state, so the next run loses nothing', async () => {
    const server = await startEventsServer(officialSiemEvents(), { failPage: 1, maxPageSize: 4 });
    const crashed = await fetchRun(server.url, firstState, 10_000);
    expect(crashed.ok).toBe(false);
    expect(crashed.events).toEqual([]);
    expect(crashed.lastRun).toBeNull();
    await server.close();
    const healthy = await startEventsServer(officialSiemEvents());
    const retried = await fetchRun(healthy.url, firstState, 10_000);
    expect(ids(retried.events)).toEqual(officialSiemEvents().map((e) => e.id));
    await healthy.close();
  });

  test('an empty window keeps the previous watermark', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const state = { latest_events_time: '2025-01-02T14:39:39.095Z', latest_events_id: ['id14', 'id15'] };
    const run = await fetchRun(server.url, state, 100);
    expect(run.events).toEqual([]);
    expect(run.lastRun).toEqual(state);
    await server.close();
  });

  test('a watermark older than 72 hours is reported as a gap, loudly', async () => {
    const server = await startEventsServer([]);
    const fourDaysLater = NOW + 4 * 24 * 3600 * 1000;
    const run = await fetchRun(server.url, firstState, 100, fourDaysLater);
    expect(run.entries).toHaveLength(1);
    expect(run.entries[0]).toMatchObject({ Type: 11 });
    expect(String(run.entries[0]?.HumanReadable)).toMatch(/72 hours.*gap of 39 h 0 min/s);
    await server.close();
  });

  test('falling a day behind while capped by the limit is warned about before data is lost', async () => {
    const events: ApiSiemEvent[] = Array.from({ length: 10 }, (_, i) => ({
      id: `l${i}`,
      createdDateTimeUtc: new Date(START + i * 1000).toISOString(),
    }));
    const server = await startEventsServer(events);
    const run = await fetchRun(server.url, firstState, 5, START + 30 * 3600 * 1000);
    expect(run.events).toHaveLength(5);
    expect(run.entries.map((e) => e.HumanReadable).join('\n')).toMatch(/30 h 0 min behind.*max_events_per_fetch/s);
    await server.close();
  });

  test('the window is sent as from/to ISO times with the largest useful page size', async () => {
    const server = await startEventsServer(officialSiemEvents());
    await fetchRun(server.url, firstState, 10_000);
    expect(server.seen[0]?.query).toBe(
      'fromDateTimeUtc=2025-01-02T00%3A00%3A00.000Z&toDateTimeUtc=2025-01-02T15%3A00%3A00.000Z&pageSize=1000',
    );
    await server.close();
  });
});
