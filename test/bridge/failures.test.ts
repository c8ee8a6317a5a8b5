import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { everything, FAKE_RUNNER, OLD_RUNNER, removeRunDirs, runBridge, valuesOf, type BridgeRun, type Scenario } from './run-bridge';

const SECRET = 'Sup3rSecretKeyThatMustNeverLeak==';
const scenario = (command: string, extra: Partial<Scenario> = {}): Scenario => ({
  command,
  params: { url: 'https://cc.absolute.com', credentials: { identifier: 'token-id', password: SECRET } },
  args: {},
  ...extra,
});
const fake = (behaviour: string, env: Record<string, string> = {}) => ({ env: { ABSOLUTE_BUNDLE: FAKE_RUNNER, FAKE_RUNNER: behaviour, ...env } });

afterAll(removeRunDirs);

/** The run handed exactly one error entry to the platform; returns its text. */
function oneError(run: BridgeRun): string {
  const results = valuesOf(run, 'results');
  expect(results).toEqual([{ Type: 4, ContentsFormat: 'text', Contents: expect.any(String) }]);
  expect(run.code).toBe(0);
  expect(valuesOf(run, 'setLastRun')).toEqual([]);
  expect(everything(run)).not.toContain(SECRET);
  return (results[0] as { Contents: string }).Contents;
}

describe('bridge: what it sends the runner', () => {
  test('command, params, args and a files directory; lastRun only for fetches', async () => {
    const run = await runBridge(scenario('absolute-device-list', { args: { limit: '5' }, lastRun: { cursor: 'x' } }), fake('echo'));
    const [entry] = valuesOf(run, 'results') as Array<{ Contents: Record<string, unknown> }>;
    expect(entry?.Contents).toEqual({
      command: 'absolute-device-list',
      params: { url: 'https://cc.absolute.com', credentials: { passwordLength: SECRET.length } },
      args: { limit: '5' },
      filesDir: expect.any(String),
      filesDirExists: true,
    });
    expect(valuesOf(run, 'getLastRun')).toEqual([]);
    expect(existsSync(entry?.Contents['filesDir'] as string)).toBe(false); // removed after the run
  });

  test('fetch-events passes the stored state as lastRun', async () => {
    const run = await runBridge(scenario('fetch-events', { lastRun: { cursor: 'x' } }), fake('events'));
    expect(valuesOf(run, 'getLastRun')).toHaveLength(1);
    expect(valuesOf(run, 'send_events_to_xsiam')).toEqual([{ events: [{ id: 'e1' }], vendor: 'Absolute', product: 'Secure Endpoint' }]);
    expect(valuesOf(run, 'setLastRun')).toEqual([{ cursor: 'next' }]);
    expect(valuesOf(run, 'results')).toEqual([]); // a scheduled fetch has no War Room
    expect(valuesOf(run, 'info')).toEqual(['collection is behind']);
  });
});

describe('bridge: file entries', () => {
  test('the file is copied to <investigation>_<uniqueFile> in the working directory, as fileResult does', async () => {
    const run = await runBridge(scenario('absolute-some-export', { investigationId: '77' }), fake('file'));
    const [entry] = valuesOf(run, 'results') as Array<Record<string, string>>;
    expect(entry).toMatchObject({ Type: 3, File: 'report.txt', FileID: expect.stringMatching(/^[0-9a-f-]{36}$/), Contents: '' });
    expect(readFileSync(join(run.cwd, `77_${entry?.['FileID']}`), 'utf8')).toBe('device report\n');
    expect(existsSync(entry?.['HumanReadable'] ?? '')).toBe(false); // the runner's files directory is gone
  });

  test('a file entry pointing outside the files directory is refused', async () => {
    const run = await runBridge(scenario('absolute-some-export'), fake('file-outside'));
    expect(oneError(run)).toMatch(/file entry whose file is missing or outside its files directory/);
  });
});

describe('bridge: each way the runner can fail is one clear error entry', () => {
  test('Node.js missing', async () => {
    const run = await runBridge(scenario('absolute-device-list'), { env: { ABSOLUTE_NODE: '/nonexistent/bin/node' } });
    expect(oneError(run)).toMatch(/^Failed to execute absolute-device-list command\.\nError:\nNode\.js \(\/nonexistent\/bin\/node\) was not found\. .*Docker image absolute-secure-endpoint:\d+\.\d+\.\d+/s);
  });

  test('bundle missing', async () => {
    const run = await runBridge(scenario('absolute-device-list'), { env: { ABSOLUTE_BUNDLE: '/nonexistent/absolute.cjs' } });
    expect(oneError(run)).toMatch(/The Absolute runner \/nonexistent\/absolute\.cjs does not exist\. This integration runs only in its Docker image/);
  });

  test('crash without a result: exit code and the last stderr lines, secret redacted', async () => {
    const run = await runBridge(scenario('absolute-device-list'), fake('crash'));
    expect(oneError(run)).toBe(
      'Failed to execute absolute-device-list command.\nError:\nThe Absolute runner stopped (exit code 3) without a result.\n'
      + 'Runner diagnostics:\nloading configuration\nfatal: the signer rejected <redacted>',
    );
  });

  test('killed by a signal (for example out of memory)', async () => {
    const run = await runBridge(scenario('absolute-device-list'), fake('signal'));
    expect(oneError(run)).toMatch(/stopped \(killed by signal 9\) without a result/);
  });

  test('unreadable output, secret redacted', async () => {
    const run = await runBridge(scenario('absolute-device-list'), fake('garbage'));
    expect(oneError(run)).toBe(
      'Failed to execute absolute-device-list command.\nError:\nThe Absolute runner returned output that is not a runner result (exit code 0): '
      + 'this is not JSON, and it quotes <redacted>',
    );
  });

  test('JSON that is not a runner result', async () => {
    const run = await runBridge(scenario('absolute-device-list'), fake('wrong-shape'));
    expect(oneError(run)).toMatch(/not a runner result \(exit code 0\): \{"entries": ?"not a list"/);
  });

  test('time-out: the runner is stopped and the bridge answers promptly', async () => {
    const run = await runBridge(scenario('absolute-device-list'), fake('hang', { ABSOLUTE_BRIDGE_TIMEOUT: '1' }));
    expect(oneError(run)).toMatch(/The Absolute runner did not answer within 1 seconds and was stopped\./);
    expect(run.elapsedMs).toBeLessThan(15_000);
  });

  test('a command the runner reports as failed keeps the runner\'s error text exactly', async () => {
    const run = await runBridge(scenario('absolute-device-list'), fake('fail'));
    expect(oneError(run)).toBe('Failed to execute absolute-device-list command.\nError:\nsomething broke');
  });

  test('a failed fetch raises (the platform marks the run failed) and never advances the state', async () => {
    const run = await runBridge(scenario('fetch-events'), fake('fail'));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/RuntimeError: Failed to execute fetch-events command\.\nError:\nsomething broke/);
    expect(valuesOf(run, 'results')).toEqual([]);
    expect(valuesOf(run, 'setLastRun')).toEqual([]);
    expect(valuesOf(run, 'send_events_to_xsiam')).toEqual([]);
  });

  test('without send_events_to_xsiam (no XSIAM) a fetch fails before touching the state', async () => {
    const run = await runBridge(scenario('fetch-events'), fake('events', { FAKE_PLATFORM: 'xsoar' }));
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/send_events_to_xsiam is not available on this server: Absolute events can only be collected by Cortex XSIAM/);
    expect(valuesOf(run, 'setLastRun')).toEqual([]);
  });
});

describe('bridge: runner version check', () => {
  test('test-module fails when the image holds a runner of another version', async () => {
    const run = await runBridge(scenario('test-module'), { env: { ABSOLUTE_BUNDLE: OLD_RUNNER } });
    expect(oneError(run)).toMatch(/The Docker image holds Absolute runner 0\.0\.1, but this integration is \d+\.\d+\.\d+\. Build and select the image absolute-secure-endpoint:/);
  });

  test('other commands still run and the mismatch is logged', async () => {
    const run = await runBridge(scenario('absolute-device-list'), { env: { ABSOLUTE_BUNDLE: OLD_RUNNER } });
    expect(valuesOf(run, 'results')).toEqual([{ Type: 1, ContentsFormat: 'text', Contents: 'ok' }]);
    expect(valuesOf(run, 'debug')).toContainEqual(expect.stringMatching(/holds Absolute runner 0\.0\.1/));
  });
});
