import { runInvocation } from '../../../Integrations/Absolute/src/runtime/run-invocation';
import { officialSiemEvents, startEventsServer } from './events-server';

const NOW = Date.parse('2025-01-02T15:00:00.000Z');

async function getEvents(url: string, args: Record<string, string>) {
  return runInvocation(
    { command: 'absolute-device-get-events', params: { url, credentials: { identifier: 't', password: 'secret-value' } }, args },
    { now: () => NOW, sleep: async () => undefined },
  );
}

describe('absolute-device-get-events', () => {
  test('lists the events between the dates up to the limit, without pushing by default', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const result = await getEvents(server.url, { start_date: '2025-01-02T00:00:00Z', end_date: 'now', limit: '10' });
    expect(result.ok).toBe(true);
    expect(result.output.events).toBeUndefined();
    expect(result.output.entries[0]?.Contents).toHaveLength(10);
    expect(result.output.entries[0]?.HumanReadable).toMatch(/^### Events\n/);
    expect(result.output.entries[0]?.HumanReadable).toMatch(/Only the first 10 events are shown/);
    await server.close();
  });

  test('should_push_events=true hands the events to the runner', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const result = await getEvents(server.url, { start_date: '24 hours ago', should_push_events: 'true' });
    expect(result.output.events).toHaveLength(15);
    await server.close();
  });

  test('official: start after end is refused with the official message, naming the argument, with no request', async () => {
    const server = await startEventsServer(officialSiemEvents());
    const result = await getEvents(server.url, { start_date: 'now', end_date: 'one minute ago' });
    expect(result.ok).toBe(false);
    expect(result.output.entries[0]?.Contents).toBe(
      'Failed to execute absolute-device-get-events command.\nError:\nInvalid argument "start_date": Start date is greater than the end date. Please provide valid dates.',
    );
    expect(server.seen).toHaveLength(0);
    await server.close();
  });

  test('an unreadable date names the argument', async () => {
    const result = await getEvents('http://127.0.0.1:1', { end_date: 'yesterday-ish' });
    expect(result.output.entries[0]?.Contents).toMatch(/Invalid argument "end_date": not a date/);
  });

  test('an empty window says so', async () => {
    const server = await startEventsServer([]);
    const result = await getEvents(server.url, {});
    expect(result.output.entries[0]?.HumanReadable).toMatch(/^No events found in Absolute between /);
    await server.close();
  });
});
