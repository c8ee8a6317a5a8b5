import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator';
import { paramsFor, startTestSimulator } from '../support/harness';
import { REPO_ROOT } from '../support/paths';
import { BridgeHarness, shippedScript, valuesOf, type Scenario } from './run-bridge';
import { describeOnPlatform } from './support/platform';
import { startXsiamCollector, type RunningCollector } from './support/xsiam-collector';

/**
 * What an administrator gets by importing dist/integration-Absolute.yml: its script, alone in an
 * empty folder, run by the platform's loop (real CommonServerPython and demistomock) with only
 * Node.js 24.18.1 on the PATH, as in demisto/cyberchef. No bundle, image or repository file is
 * reachable: the script must bring everything it needs.
 */
describeOnPlatform("the unified file's script alone runs the integration (Node 24.18.1, platform runtime, simulator)", () => {
  const harness = new BridgeHarness();
  const alone = mkdtempSync(join(tmpdir(), 'absolute-script-alone-'));
  const scriptFile = join(alone, 'Absolute.py');
  let sim: RunningSimulator;
  let collector: RunningCollector;
  beforeAll(async () => {
    writeFileSync(scriptFile, shippedScript());
    sim = await startTestSimulator();
    collector = await startXsiamCollector();
  });
  afterAll(async () => {
    // Still unset when beforeAll failed.
    await (sim as RunningSimulator | undefined)?.close();
    await (collector as RunningCollector | undefined)?.close();
    harness.cleanup();
    rmSync(alone, { recursive: true, force: true });
  });

  const onXsiam = (scenario: Scenario): Scenario => ({
    ...scenario,
    platform: 'xsiam',
    collector: { url: collector.licenceUrl, token: 'tok', host: collector.host, certPem: collector.certPem },
  });
  const run = (scenario: Scenario) => harness.run(onXsiam({ params: paramsFor(sim), ...scenario }), { scriptFile, node: 'node24' });

  test('the folder holds nothing but the script, and the script names no file of the repository', () => {
    expect(readdirSync(alone)).toEqual(['Absolute.py']);
    expect(shippedScript()).not.toContain(REPO_ROOT);
  });

  test('test-module', async () => {
    const r = await run({ command: 'test-module' });
    expect(r.stderr).toBe('');
    expect(valuesOf(r, 'results')).toEqual(['ok']);
  });

  test('absolute-device-list', async () => {
    const r = await run({ command: 'absolute-device-list', args: { limit: '3' } });
    const [entry, ...rest] = valuesOf(r, 'results') as Array<Record<string, unknown>>;
    expect(entry).toMatchObject({ Type: 1, HumanReadable: expect.stringContaining('Absolute') as unknown });
    expect(rest).toEqual([]);
    const devices = Object.entries(entry?.['EntryContext'] as Record<string, unknown>).find(([key]) =>
      key.startsWith('Absolute.Device'),
    )?.[1];
    expect(devices).toHaveLength(3);
  });

  test('fetch-events', async () => {
    sim.state.addEvents([{ createdDateTimeUtc: new Date(Date.now() - 30_000).toISOString() }]);
    const r = await run({ command: 'fetch-events', lastRun: {} });
    expect(r.code).toBe(0);
    expect(collector.posts.at(-1)?.path).toBe('/logs/v1/xsiam');
    expect(collector.posts.at(-1)?.lines.length).toBeGreaterThan(0);
    expect(valuesOf(r, 'setLastRun')).toEqual([
      { latest_events_time: expect.any(String) as unknown, latest_events_id: expect.any(Array) as unknown },
    ]);
  });

  test('absolute-device-get-events', async () => {
    const r = await run({ command: 'absolute-device-get-events', args: { start_date: '10 minutes ago' } });
    const [entry, ...rest] = valuesOf(r, 'results') as Array<Record<string, unknown>>;
    expect(entry).toMatchObject({ Type: 1, HumanReadable: expect.stringMatching(/^### Events/) as unknown });
    expect(rest).toEqual([]);
  });
});
