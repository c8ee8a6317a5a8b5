import { DEMO_CREDENTIALS, DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { paramsFor, startTestSimulator } from '../support/harness';
import { BridgeHarness, everything, valuesOf, type Scenario } from './run-bridge';
import { NODE_VERSIONS } from './support/node-bins';
import { describeOnPlatform } from './support/platform';
import { startXsiamCollector, type RunningCollector } from './support/xsiam-collector';

const SECRET = DEMO_CREDENTIALS.hs256.secretKey;
const TOKEN = 'collector-token-0123456789';
const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
type Entry = Record<string, unknown>;

describeOnPlatform("the shipped integration script on the platform's runtime, with dist/absolute.cjs and the simulator", () => {
  let sim: RunningSimulator;
  let collector: RunningCollector;
  const harness = new BridgeHarness();
  beforeAll(async () => {
    sim = await startTestSimulator({ eventsPerMinute: 0 });
    collector = await startXsiamCollector();
  });
  afterAll(async () => {
    await sim.close();
    await collector.close();
    harness.cleanup();
  });
  beforeEach(() => collector.posts.splice(0));

  const xsiam = (scenario: Scenario): Scenario => ({
    ...scenario,
    platform: 'xsiam',
    collector: { url: collector.licenceUrl, token: TOKEN, host: collector.host, certPem: collector.certPem },
  });

  describe.each(NODE_VERSIONS)('$label', ({ node }) => {
    test('test-module hands the platform exactly "ok"', async () => {
      const run = await harness.run({ command: 'test-module', params: paramsFor(sim) }, { node });
      expect(run.stderr).toBe('');
      expect(valuesOf(run, 'results')).toEqual(['ok']);
      expect(valuesOf(run, 'setLastRun')).toEqual([]);
      expect(everything(run)).not.toContain(SECRET);
    });

    test("absolute-device-get: the runner's entry reaches demisto.results unchanged", async () => {
      const args = { device_names: DEMO_DEVICE.deviceName };
      const run = await harness.run({ command: 'absolute-device-get', params: paramsFor(sim), args }, { node });
      const results = valuesOf(run, 'results') as Entry[];
      expect(results).toHaveLength(1);
      expect(results[0]).toMatchObject({
        Type: 1,
        ContentsFormat: 'json',
        ReadableContentsFormat: 'markdown',
        HumanReadable: expect.stringContaining(DEMO_DEVICE.deviceName) as unknown,
      });
      expect(JSON.stringify(results[0]?.['EntryContext'])).toContain(DEMO_DEVICE.deviceUid);
      expect(everything(run)).not.toContain(SECRET);
    });

    test("a wrong Secret Key: one error entry with the runner's advice, neither secret anywhere", async () => {
      const wrong = 'Wr0ngSecretValueThatMustNotLeak==';
      const params = paramsFor(sim, { credentials: { identifier: DEMO_CREDENTIALS.hs256.tokenId, password: wrong } });
      const run = await harness.run({ command: 'test-module', params }, { node });
      expect(valuesOf(run, 'results')).toEqual([
        {
          Type: 4,
          ContentsFormat: 'text',
          Contents: expect.stringMatching(/^Failed to execute test-module command\.\nError:\nAuthorization Error/) as unknown,
        },
      ]);
      expect(everything(run)).not.toContain(wrong);
    });
  });

  describe("Cortex XSIAM: the real send_events_to_xsiam posts to the licence's HTTP collector", () => {
    test("fetch-events: gzip'd JSON lines to /logs/v1/xsiam, then the state; the next run continues after it", async () => {
      sim.state.addEvents([{ createdDateTimeUtc: iso(40_000) }, { createdDateTimeUtc: iso(30_000) }]);
      const first = await harness.run(xsiam({ command: 'fetch-events', params: paramsFor(sim), lastRun: {} }), { node: 'node24' });
      expect(first.code).toBe(0);
      expect(first.stderr).toBe('');
      expect(collector.posts).toHaveLength(1);
      const [post] = collector.posts;
      expect(post?.path).toBe('/logs/v1/xsiam');
      expect(post?.headers).toMatchObject({
        authorization: TOKEN,
        vendor: 'Absolute',
        product: 'Secure Endpoint',
        format: 'json',
        'content-encoding': 'gzip',
      });
      const sent = (post?.lines ?? []).map((line) => JSON.parse(line) as { id: string; _time: string });
      expect(sent).toHaveLength(2);
      expect(sent.every((event) => typeof event._time === 'string')).toBe(true);
      const [state] = valuesOf(first, 'setLastRun') as Entry[];
      expect(state).toEqual({ latest_events_time: expect.any(String) as unknown, latest_events_id: expect.any(Array) as unknown });
      // The events are delivered before the state moves, so a failed push never skips them.
      const order = first.calls.map((c) => c.call).filter((c) => c === 'updateModuleHealth' || c === 'setLastRun');
      expect(order).toEqual(['updateModuleHealth', 'setLastRun']);

      sim.state.addEvents([{ createdDateTimeUtc: iso(2_000) }]);
      const second = await harness.run(xsiam({ command: 'fetch-events', params: paramsFor(sim), lastRun: state }), { node: 'node24' });
      expect(collector.posts).toHaveLength(2);
      const next = (collector.posts[1]?.lines ?? []).map((line) => JSON.parse(line) as { id: string });
      expect(next).toHaveLength(1);
      expect(sent.map((e) => e.id)).not.toContain(next[0]?.id);

      const [nextState] = valuesOf(second, 'setLastRun') as Entry[];
      const third = await harness.run(xsiam({ command: 'fetch-events', params: paramsFor(sim), lastRun: nextState }), { node: 'node24' });
      expect(collector.posts).toHaveLength(2); // nothing new: no post, only the health counter
      expect(valuesOf(third, 'updateModuleHealth')).toEqual([{ eventsPulled: 0 }]);
      expect(valuesOf(third, 'results')).toEqual([]);
    });

    test('absolute-device-get-events should_push_events=true: the table, and the same events at the collector', async () => {
      sim.state.addEvents([{ createdDateTimeUtc: iso(20_000) }]);
      const args = { should_push_events: 'true', start_date: '5 minutes ago' };
      const run = await harness.run(xsiam({ command: 'absolute-device-get-events', params: paramsFor(sim), args }), { node: 'node24' });
      const [table, ...rest] = valuesOf(run, 'results') as Entry[];
      expect(table).toMatchObject({ Type: 1, HumanReadable: expect.stringMatching(/^### Events/) as unknown });
      expect(rest).toEqual([]);
      const shown = (table?.['Contents'] as Array<{ id: string }>).map((e) => e.id);
      expect(collector.posts.flatMap((p) => p.lines.map((line) => (JSON.parse(line) as { id: string }).id))).toEqual(shown);
    });

    test('when the collector refuses the events, the table stays and an error entry says why they were not pushed', async () => {
      sim.state.addEvents([{ createdDateTimeUtc: iso(10_000) }]);
      collector.status = 500;
      try {
        const args = { should_push_events: 'true', start_date: '5 minutes ago' };
        const run = await harness.run(xsiam({ command: 'absolute-device-get-events', params: paramsFor(sim), args }), { node: 'node24' });
        expect(run.code).toBe(0);
        expect(valuesOf(run, 'results')).toEqual([
          expect.objectContaining({ Type: 1, HumanReadable: expect.stringMatching(/^### Events/) as unknown }),
          {
            Type: 4,
            ContentsFormat: 'text',
            Contents: expect.stringMatching(
              /^The events were not pushed to Cortex XSIAM \(\d+ shown\): Error sending new events into XSIAM/,
            ) as unknown,
          },
        ]);
        // CommonServerPython itself writes the collector's headers, token included, to the integration log
        // (demisto.error) when a push fails; the War Room entries carry no token.
        expect(JSON.stringify(valuesOf(run, 'results'))).not.toContain(TOKEN);
      } finally {
        collector.status = 200;
      }
    });
  });

  describe.each(['xsoar', 'xsoar-old'] as const)('Cortex XSOAR (%s: no XSIAM licence)', (platform) => {
    test('absolute-device-get-events should_push_events=true: the table, then a warning saying why nothing was pushed', async () => {
      sim.state.addEvents([{ createdDateTimeUtc: iso(15_000) }]);
      const args = { should_push_events: 'true', start_date: '5 minutes ago' };
      const run = await harness.run({ command: 'absolute-device-get-events', params: paramsFor(sim), args, platform }, { node: 'node24' });
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      const results = valuesOf(run, 'results') as Entry[];
      expect(results).toEqual([
        expect.objectContaining({ Type: 1, HumanReadable: expect.stringMatching(/^### Events/) as unknown }),
        {
          Type: 11,
          ContentsFormat: 'text',
          Contents: expect.stringMatching(
            /^The events were not pushed to Cortex XSIAM \(\d+ shown\): this server has no Cortex XSIAM event collector/,
          ) as unknown,
        },
      ]);
      expect(collector.posts).toEqual([]);
      expect(valuesOf(run, 'error')).toEqual([]);
    });

    test('fetch-events fails before touching the state, and says why', async () => {
      const run = await harness.run({ command: 'fetch-events', params: paramsFor(sim), lastRun: {}, platform }, { node: 'node24' });
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(
        /RuntimeError: Failed to execute fetch-events command\.\nError:\nAbsolute events cannot be collected: this server has no Cortex XSIAM/,
      );
      expect(valuesOf(run, 'setLastRun')).toEqual([]);
      expect(collector.posts).toEqual([]);
    });
  });
});
