import { DEMO_CREDENTIALS, DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { parseCliArgs } from '../../Integrations/Absolute/src/runtime/cli-args';
import { BUNDLE } from '../support/paths';
import { runNode, type NodeRun } from '../support/run-node';
import { startTestSimulator } from '../support/harness';

function cli(args: string[], env: Record<string, string> = {}): Promise<NodeRun> {
  return runNode(BUNDLE, args, { env });
}

describe('analyst command line', () => {
  test('with no tenant configured it starts the embedded simulator, says so, and prints markdown', async () => {
    const run = await cli(['absolute-device-get', `device_names=${DEMO_DEVICE.deviceName}`]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/No Absolute tenant configured .* embedded simulator/);
    expect(run.stdout).toMatch(/^### Absolute devices list:/);
    expect(run.stdout).toContain(DEMO_DEVICE.deviceUid);
  });

  test('with no tenant, bad input is refused before the embedded simulator starts', async () => {
    const run = await cli(['absolute-device-list', 'limit=abc']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('Failed to execute absolute-device-list command.\nError:\nInvalid argument "limit": must be a whole number (got "abc")\n');
    expect(run.stderr).not.toMatch(/embedded simulator/);
    const json = await cli(['absolute-nonsense', '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ entries: [expect.objectContaining({ Type: 4, Contents: 'Failed to execute absolute-nonsense command.\nError:\nabsolute-nonsense is not an existing Absolute command.' })], lastRun: null });
  });

  describe('against a tenant from the environment', () => {
    let sim: RunningSimulator;
    beforeAll(async () => {
      sim = await startTestSimulator();
    });
    afterAll(() => sim.close());
    const env = () => ({ ABSOLUTE_URL: sim.url, ABSOLUTE_TOKEN_ID: DEMO_CREDENTIALS.hs256.tokenId, ABSOLUTE_SECRET_KEY: DEMO_CREDENTIALS.hs256.secretKey });

    test('--json prints the runner output; the secret never appears', async () => {
      const run = await cli(['!absolute-device-list', 'limit=2', '--json'], env());
      expect(run.code).toBe(0);
      const output = JSON.parse(run.stdout) as { entries: unknown[] };
      expect(output.entries).toHaveLength(1);
      expect(run.stderr).not.toMatch(/embedded simulator/);
      expect(run.stdout + run.stderr).not.toContain(DEMO_CREDENTIALS.hs256.secretKey);
    });

    test('a failing command exits 1 and prints the error', async () => {
      const run = await cli(['absolute-device-list', 'limit=0'], env());
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/Invalid argument "limit"/);
    });
  });

  test('usage errors exit 2', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['absolute-device-list', 'oops'])).code).toBe(2);
    expect((await cli(['--help'])).stdout).toMatch(/^Usage: absolute <command>/);
  });

  test('argument parsing', () => {
    expect(parseCliArgs(['!absolute-device-get', 'device_names=A,B', 'fields=a=b', '--url=http://x', '--json'])).toMatchObject({
      command: 'absolute-device-get', args: { device_names: 'A,B', fields: 'a=b' }, url: 'http://x', json: true,
    });
    expect(() => parseCliArgs(['x', '--bogus'])).toThrow(/unknown option --bogus/);
  });
});
