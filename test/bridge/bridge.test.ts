import { DEMO_CREDENTIALS, DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { paramsFor, startTestSimulator } from '../support/harness';
import { everything, removeRunDirs, runBridge, valuesOf } from './run-bridge';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ eventsPerMinute: 0 });
});
afterAll(async () => {
  await sim.close();
  removeRunDirs();
});

const SECRET = DEMO_CREDENTIALS.hs256.secretKey;
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();

describe('bridge + dist/absolute.cjs + simulator', () => {
  test('test-module hands the platform exactly "ok"', async () => {
    const run = await runBridge({ command: 'test-module', params: paramsFor(sim) });
    expect(run.code).toBe(0);
    expect(valuesOf(run, 'results')).toEqual(['ok']);
    expect(valuesOf(run, 'setLastRun')).toEqual([]);
    expect(everything(run)).not.toContain(SECRET);
  });

  test('absolute-device-get: the runner\'s entry reaches demisto.results unchanged', async () => {
    const run = await runBridge({ command: 'absolute-device-get', params: paramsFor(sim), args: { device_names: DEMO_DEVICE.deviceName } });
    const results = valuesOf(run, 'results') as Array<Record<string, unknown>>;
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ Type: 1, ContentsFormat: 'json', ReadableContentsFormat: 'markdown', HumanReadable: expect.stringContaining(DEMO_DEVICE.deviceName) });
    const context = results[0]?.['EntryContext'] as Record<string, unknown>;
    expect(JSON.stringify(context)).toContain(DEMO_DEVICE.deviceUid);
    expect(everything(run)).not.toContain(SECRET);
  });

  test('a wrong Secret Key: one error entry with the runner\'s advice, neither secret anywhere', async () => {
    const wrong = 'Wr0ngSecretValueThatMustNotLeak==';
    const params = paramsFor(sim, { credentials: { identifier: DEMO_CREDENTIALS.hs256.tokenId, password: wrong } });
    const run = await runBridge({ command: 'test-module', params });
    const results = valuesOf(run, 'results') as Array<Record<string, unknown>>;
    expect(results).toEqual([{ Type: 4, ContentsFormat: 'text', Contents: expect.stringMatching(/^Failed to execute test-module command\.\nError:\nAuthorization Error/) }]);
    expect(everything(run)).not.toContain(wrong);
  });

  test('fetch-events: events go to send_events_to_xsiam, state carries over between two runs', async () => {
    sim.state.addEvents([{ createdDateTimeUtc: iso(40_000) }, { createdDateTimeUtc: iso(30_000) }]);
    const first = await runBridge({ command: 'fetch-events', params: paramsFor(sim), lastRun: {} });
    expect(first.code).toBe(0);
    const [firstPush] = valuesOf(first, 'send_events_to_xsiam') as Array<{ events: Array<{ id: string }>; vendor: string; product: string }>;
    expect(firstPush).toMatchObject({ vendor: 'Absolute', product: 'Secure Endpoint' });
    expect(firstPush?.events).toHaveLength(2);
    const [state] = valuesOf(first, 'setLastRun') as Array<Record<string, unknown>>;
    expect(state).toEqual({ latest_events_time: expect.any(String), latest_events_id: expect.any(Array) });
    // Events are pushed before the state moves, so a failed push never skips them.
    expect(first.calls.map((c) => c.call).filter((c) => c === 'send_events_to_xsiam' || c === 'setLastRun')).toEqual(['send_events_to_xsiam', 'setLastRun']);

    sim.state.addEvents([{ createdDateTimeUtc: iso(2_000) }]);
    const second = await runBridge({ command: 'fetch-events', params: paramsFor(sim), lastRun: state });
    const [secondPush] = valuesOf(second, 'send_events_to_xsiam') as Array<{ events: Array<{ id: string }> }>;
    expect(secondPush?.events).toHaveLength(1);
    expect(firstPush?.events.map((e) => e.id)).not.toContain(secondPush?.events[0]?.id);
    const [nextState] = valuesOf(second, 'setLastRun') as Array<Record<string, unknown>>;
    expect(Date.parse(nextState?.['latest_events_time'] as string)).toBeGreaterThan(Date.parse(state?.['latest_events_time'] as string));

    const third = await runBridge({ command: 'fetch-events', params: paramsFor(sim), lastRun: nextState });
    expect(valuesOf(third, 'send_events_to_xsiam')).toEqual([{ events: [], vendor: 'Absolute', product: 'Secure Endpoint' }]);
    expect(valuesOf(third, 'results')).toEqual([]);
  });
});
