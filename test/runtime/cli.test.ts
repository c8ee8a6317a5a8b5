import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CREDENTIALS, DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { parseCliArgs } from '../../Integrations/Absolute/src/runtime/cli-args';
import { BUNDLE } from '../support/paths';
import { runNode, type NodeRun } from '../support/run-node';
import { runDist, startTestSimulator } from '../support/harness';

let stateDir: string;
beforeAll(() => {
  stateDir = mkdtempSync(join(tmpdir(), 'absolute-cli-state-'));
});
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}): Promise<NodeRun> {
  return runNode(BUNDLE, args, { env: { ABSOLUTE_SIMULATOR_STATE_DIR: stateDir, ...env } });
}

describe('analyst command line', () => {
  test('with no tenant configured it starts the embedded simulator, says so, and prints markdown', async () => {
    const run = await cli(['absolute-device-get', `device_names=${DEMO_DEVICE.deviceName}`]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/No Absolute tenant configured .* embedded simulator/);
    expect(run.stdout).toMatch(/^### Absolute devices list:/);
    expect(run.stdout).toContain(DEMO_DEVICE.deviceUid);
  });

  test('with no tenant, bad input is refused before the embedded simulator starts, on stderr only', async () => {
    const run = await cli(['absolute-device-list', 'limit=abc']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'Failed to execute absolute-device-list command.\nError:\nInvalid argument "limit": must be a whole number (got "abc")\n',
    );
    const json = await cli(['absolute-device-list', 'limit=abc', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({
      entries: [expect.objectContaining({ Type: 4, Contents: expect.stringContaining('Invalid argument "limit"') as unknown })],
      lastRun: null,
    });
  });

  describe('against a tenant from the environment', () => {
    let sim: RunningSimulator;
    beforeAll(async () => {
      sim = await startTestSimulator();
    });
    afterAll(() => sim.close());
    const env = () => ({
      ABSOLUTE_URL: sim.url,
      ABSOLUTE_TOKEN_ID: DEMO_CREDENTIALS.hs256.tokenId,
      ABSOLUTE_SECRET_KEY: DEMO_CREDENTIALS.hs256.secretKey,
    });

    test('--json prints the runner output; the secret never appears', async () => {
      const run = await cli(['!absolute-device-list', 'limit=2', '--json'], env());
      expect(run.code).toBe(0);
      const output = JSON.parse(run.stdout) as { entries: unknown[] };
      expect(output.entries).toHaveLength(1);
      expect(run.stderr).not.toMatch(/embedded simulator/);
      expect(run.stdout + run.stderr).not.toContain(DEMO_CREDENTIALS.hs256.secretKey);
    });

    test('fetch-events, which has no entry, says how many events it collected (the events themselves with --json)', async () => {
      const quiet = await startTestSimulator({ eventsPerMinute: 0 });
      try {
        const at = new Date(Date.now() - 20_000).toISOString(); // inside the first run's one-minute look-back
        quiet.state.addEvents(Array.from({ length: 7 }, () => ({ createdDateTimeUtc: at, eventType: 'Device frozen' })));
        const quietEnv = { ...env(), ABSOLUTE_URL: quiet.url };
        const json = await cli(['fetch-events', '--json'], quietEnv);
        expect(json.code).toBe(0);
        const output = JSON.parse(json.stdout) as { entries: unknown[]; events: unknown[] };
        expect({ entries: output.entries, events: output.events.length }).toEqual({ entries: [], events: 7 });
        const run = await cli(['fetch-events'], quietEnv);
        expect({ code: run.code, stdout: run.stdout }).toEqual({
          code: 0,
          stdout: '7 events collected (--json prints them with the state for the next run).\n',
        });
      } finally {
        await quiet.close();
      }
    });

    test('a failure is printed once, on stderr, and stdout stays empty', async () => {
      sim.setFaults({ errorRate: 1, errorStatuses: [400] });
      try {
        const run = await cli(['absolute-device-list', 'limit=2'], env());
        expect(run.code).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr.match(/Failed to execute absolute-device-list command/g)).toHaveLength(1);
        const json = await cli(['absolute-device-list', 'limit=2', '--json'], env());
        expect(json.code).toBe(1);
        expect(JSON.parse(json.stdout)).toMatchObject({ entries: [{ Type: 4 }], lastRun: null });
      } finally {
        sim.setFaults({});
      }
    });
  });

  test('usage errors exit 2 on stderr; --help prints the usage on stdout', async () => {
    // No arguments and stdin not a terminal: the runner protocol, reading an empty stdin.
    const bare = await cli([]);
    expect(bare.code).toBe(2);
    expect(JSON.parse(bare.stdout)).toMatchObject({ entries: [{ Type: 4 }] });
    const malformed = await cli(['absolute-device-list', 'oops']);
    expect(malformed.code).toBe(2);
    expect(malformed.stdout).toBe('');
    expect(malformed.stderr).toMatch(/expected key=value, got "oops"/);
    expect((await cli(['--help'])).stdout).toMatch(/^Usage: absolute <command>/);
  });

  test('argument parsing', () => {
    expect(
      parseCliArgs(['!absolute-device-get', 'device_names=A,B', 'fields=a=b', '--url=http://x', '--json', '--yes', '--reset']),
    ).toMatchObject({
      command: 'absolute-device-get',
      args: { device_names: 'A,B', fields: 'a=b' },
      url: 'http://x',
      json: true,
      yes: true,
      reset: true,
    });
    expect(parseCliArgs(['absolute-device-get', '-y'])).toMatchObject({ yes: true, reset: false });
    expect(() => parseCliArgs(['x', '--bogus'])).toThrow(/unknown option --bogus/);
  });
});

describe("configuration errors come in the order that helps, in the command line's words", () => {
  test('a host that is not Absolute is reported first, before the missing credentials', async () => {
    const run = await cli(['absolute-device-list', '--url', 'https://evil.example.org']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^The server URL "https:\/\/evil\.example\.org" is not an Absolute console or API URL/);
    expect(run.stderr).not.toMatch(/credentials|TOKEN_ID|SECRET_KEY/);
    expect(run.stderr).not.toMatch(/No Absolute tenant configured/);
  });

  test('missing credentials name the environment variables, never credentials.identifier', async () => {
    const none = await cli(['test-module'], { ABSOLUTE_URL: 'https://cc.us.absolute.com' });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/set ABSOLUTE_TOKEN_ID and ABSOLUTE_SECRET_KEY in the environment/);
    expect(none.stderr).not.toMatch(/credentials\.|identifier/);
    const noSecret = await cli(['test-module'], { ABSOLUTE_URL: 'https://cc.us.absolute.com', ABSOLUTE_TOKEN_ID: 'abc' });
    expect(noSecret.stderr).toMatch(/set ABSOLUTE_SECRET_KEY in the environment/);
    expect(noSecret.stderr).not.toMatch(/ABSOLUTE_TOKEN_ID/);
  });

  test('on the platform: the host first, then the form\'s "Token ID" / "Secret Key"', async () => {
    const wrongHost = await runDist({ command: 'test-module', params: { url: 'https://evil.example.org' }, args: {} });
    expect(wrongHost.output.entries[0]?.Contents).toMatch(
      /Invalid instance parameter "url": The server URL "https:\/\/evil\.example\.org" is not an Absolute/,
    );
    const noToken = await runDist({
      command: 'test-module',
      params: { url: 'https://cc.us.absolute.com', credentials: { password: 'x' } },
      args: {},
    });
    expect(noToken.output.entries[0]?.Contents).toMatch(/Invalid instance parameter "Token ID": is required/);
    const noSecret = await runDist({
      command: 'test-module',
      params: { url: 'https://cc.us.absolute.com', credentials: { identifier: 'x' } },
      args: {},
    });
    expect(noSecret.output.entries[0]?.Contents).toMatch(/Invalid instance parameter "Secret Key": is required/);
    for (const run of [wrongHost, noToken, noSecret])
      expect(String(run.output.entries[0]?.Contents)).not.toMatch(/credentials\.(identifier|password)/);
  });
});
