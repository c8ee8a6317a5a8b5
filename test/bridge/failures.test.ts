import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BridgeHarness,
  bridgeScript,
  everything,
  FAKE_RUNNER,
  OLD_RUNNER,
  valuesOf,
  type BridgeOptions,
  type BridgeRun,
  type Scenario,
} from './run-bridge';
import { describeOnPlatform } from './support/platform';
import { startXsiamCollector, type RunningCollector } from './support/xsiam-collector';

const SECRET = 'Sup3rSecretKeyThatMustNeverLeak==';
const scenario = (command: string, extra: Partial<Scenario> = {}): Scenario => ({
  command,
  params: { url: 'https://cc.absolute.com', credentials: { identifier: 'token-id', password: SECRET } },
  args: {},
  ...extra,
});

describeOnPlatform("bridge on the platform's runtime, with a stand-in runner", () => {
  const harness = new BridgeHarness();
  let collector: RunningCollector;
  /** The bridge carrying the stand-in runner, as the unifier embeds a bundle. */
  const embedded = bridgeScript(FAKE_RUNNER);
  /** The own-image variant: it runs the bundle its image holds (ABSOLUTE_BUNDLE here). */
  const ownImage = bridgeScript();
  const fake = (behaviour: string, env: Record<string, string> = {}): BridgeOptions => ({
    script: embedded,
    env: { FAKE_RUNNER: behaviour, ...env },
  });
  const onXsiam = (s: Scenario): Scenario => ({
    ...s,
    platform: 'xsiam',
    collector: { url: collector.licenceUrl, token: 't', host: collector.host, certPem: collector.certPem },
  });
  beforeAll(async () => {
    collector = await startXsiamCollector();
  });
  afterAll(async () => {
    await collector.close();
    harness.cleanup();
  });

  /** The run handed exactly one error entry to the platform; returns its text. */
  function oneError(run: BridgeRun): string {
    const results = valuesOf(run, 'results');
    expect(results).toEqual([{ Type: 4, ContentsFormat: 'text', Contents: expect.any(String) as unknown }]);
    expect(run.code).toBe(0);
    expect(valuesOf(run, 'setLastRun')).toEqual([]);
    expect(everything(run)).not.toContain(SECRET);
    return (results[0] as { Contents: string }).Contents;
  }

  describe('what it sends the runner', () => {
    test('command, params, args and a files directory; lastRun only for fetches', async () => {
      const run = await harness.run(scenario('absolute-device-list', { args: { limit: '5' }, lastRun: { cursor: 'x' } }), fake('echo'));
      const [entry] = valuesOf(run, 'results') as Array<{ Contents: Record<string, unknown> }>;
      expect(entry?.Contents).toEqual({
        command: 'absolute-device-list',
        params: { url: 'https://cc.absolute.com', credentials: { passwordLength: SECRET.length } },
        args: { limit: '5' },
        filesDir: expect.any(String) as unknown,
        filesDirExists: true,
      });
      expect(valuesOf(run, 'getLastRun')).toEqual([]);
      expect(existsSync(entry?.Contents['filesDir'] as string)).toBe(false); // removed after the run
    });

    test('fetch-events passes the stored state as lastRun; its warnings go to the log', async () => {
      const run = await harness.run(onXsiam(scenario('fetch-events', { lastRun: { cursor: 'x' } })), fake('events'));
      expect(valuesOf(run, 'getLastRun')).toHaveLength(1);
      expect(collector.posts.at(-1)?.lines).toEqual(['{"id": "e1"}']);
      expect(valuesOf(run, 'setLastRun')).toEqual([{ cursor: 'next' }]);
      expect(valuesOf(run, 'results')).toEqual([]); // a scheduled fetch has no War Room
      expect(valuesOf(run, 'info')).toEqual(['collection is behind']);
    });
  });

  describe('file entries', () => {
    test('the file is copied to <investigation>_<uniqueFile> in the working directory, as fileResult does', async () => {
      const run = await harness.run(scenario('absolute-some-export', { investigationId: '77' }), fake('file'));
      const [entry] = valuesOf(run, 'results') as Array<Record<string, string>>;
      expect(entry).toMatchObject({
        Type: 3,
        File: 'report.txt',
        FileID: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown,
        Contents: '',
      });
      expect(readFileSync(join(run.cwd, `77_${entry?.['FileID']}`), 'utf8')).toBe('device report\n');
      expect(existsSync(entry?.['HumanReadable'] ?? '')).toBe(false); // the runner's files directory is gone
    });

    test('a file entry pointing outside the files directory is refused', async () => {
      const run = await harness.run(scenario('absolute-some-export'), fake('file-outside'));
      expect(oneError(run)).toMatch(/file entry whose file is missing or outside its files directory/);
    });
  });

  describe('each way the runner can fail is one clear error entry', () => {
    test('no node on the PATH: names the default image to select', async () => {
      const run = await harness.run(scenario('absolute-device-list'), { ...fake('echo'), node: 'none' });
      expect(oneError(run)).toBe(
        'Failed to execute absolute-device-list command.\nError:\nNode.js (`node`) was not found on the PATH. ' +
          'This integration needs `node` (Node.js 20 or later) on the PATH of its Docker image; select its default image ' +
          'demisto/cyberchef:1.0.0.13531018 in the integration settings.',
      );
    });

    test('own-image variant without its bundle: says to build and load the image', async () => {
      const run = await harness.run(scenario('absolute-device-list'), {
        script: ownImage,
        env: { ABSOLUTE_BUNDLE: '/nonexistent/absolute.cjs' },
      });
      expect(oneError(run)).toMatch(
        /The Absolute runner \/nonexistent\/absolute\.cjs does not exist\. This integration runs only in its own Docker image/,
      );
    });

    test('crash without a result: exit code and the last stderr lines, secret redacted', async () => {
      const run = await harness.run(scenario('absolute-device-list'), fake('crash'));
      expect(oneError(run)).toBe(
        'Failed to execute absolute-device-list command.\nError:\nThe Absolute runner stopped (exit code 3) without a result.\n' +
          'Runner diagnostics:\nloading configuration\nfatal: the signer rejected <redacted>',
      );
    });

    test('killed by a signal (for example out of memory)', async () => {
      const run = await harness.run(scenario('absolute-device-list'), fake('signal'));
      expect(oneError(run)).toMatch(/stopped \(killed by signal 9\) without a result/);
    });

    test('unreadable output, secret redacted', async () => {
      const run = await harness.run(scenario('absolute-device-list'), fake('garbage'));
      expect(oneError(run)).toBe(
        'Failed to execute absolute-device-list command.\nError:\nThe Absolute runner returned output that is not a runner result (exit code 0): ' +
          'this is not JSON, and it quotes <redacted>',
      );
    });

    test('JSON that is not a runner result', async () => {
      const run = await harness.run(scenario('absolute-device-list'), fake('wrong-shape'));
      expect(oneError(run)).toMatch(/not a runner result \(exit code 0\): \{"entries": ?"not a list"/);
    });

    test('time-out: the runner is stopped and the bridge answers promptly', async () => {
      const run = await harness.run(scenario('absolute-device-list'), fake('hang', { ABSOLUTE_BRIDGE_TIMEOUT: '1' }));
      expect(oneError(run)).toMatch(/The Absolute runner did not answer within 1 seconds and was stopped\./);
    });

    test("a command the runner reports as failed keeps the runner's error text exactly", async () => {
      const run = await harness.run(scenario('absolute-device-list'), fake('fail'));
      expect(oneError(run)).toBe('Failed to execute absolute-device-list command.\nError:\nsomething broke');
    });

    test('a failed fetch raises (the platform marks the run failed) and never advances the state', async () => {
      const posts = collector.posts.length;
      const run = await harness.run(onXsiam(scenario('fetch-events')), fake('fail'));
      expect(run.code).not.toBe(0);
      expect(run.stderr).toMatch(/RuntimeError: Failed to execute fetch-events command\.\nError:\nsomething broke/);
      expect(valuesOf(run, 'results')).toEqual([]);
      expect(valuesOf(run, 'setLastRun')).toEqual([]);
      expect(collector.posts).toHaveLength(posts);
    });
  });

  describe('own-image variant: runner version check', () => {
    test('test-module fails when the image holds a runner of another version', async () => {
      const run = await harness.run(scenario('test-module'), { script: ownImage, env: { ABSOLUTE_BUNDLE: OLD_RUNNER } });
      expect(oneError(run)).toMatch(
        /The Docker image holds Absolute runner 0\.0\.1, but this integration is \d+\.\d+\.\d+\. Build and select the image /,
      );
    });

    test('other commands still run and the mismatch is logged', async () => {
      const run = await harness.run(scenario('absolute-device-list'), { script: ownImage, env: { ABSOLUTE_BUNDLE: OLD_RUNNER } });
      expect(valuesOf(run, 'results')).toEqual([{ Type: 1, ContentsFormat: 'text', Contents: 'ok' }]);
      expect(valuesOf(run, 'debug')).toContainEqual(expect.stringMatching(/holds Absolute runner 0\.0\.1/));
    });
  });
});
