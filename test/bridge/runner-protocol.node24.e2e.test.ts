import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunnerOutput } from '../../Integrations/Absolute/src/runtime/invocation';
import { DEMO_CREDENTIALS, DEMO_DEVICE, type RunningSimulator } from '../../simulator';
import { invocation, paramsFor, startTestSimulator } from '../support/harness';
import { BUNDLE } from '../support/paths';
import { NODE24, runNode } from '../support/run-node';

/** dist/absolute.cjs run the way the bridge runs it in demisto/cyberchef: Node.js 24.18.1, invocation on stdin. */
async function run24(input: unknown): Promise<{ code: number | null; output: RunnerOutput; stdout: string; stderr: string }> {
  const result = await runNode(BUNDLE, [], { node: NODE24, input: typeof input === 'string' ? input : JSON.stringify(input) });
  return { ...result, output: JSON.parse(result.stdout) as RunnerOutput };
}

describe("runner protocol end to end on the platform image's Node.js 24.18.1", () => {
  let sim: RunningSimulator;
  const filesDir = mkdtempSync(join(tmpdir(), 'absolute-node24-files-'));
  beforeAll(async () => {
    sim = await startTestSimulator({ eventsPerMinute: 0 });
  });
  afterAll(async () => {
    await sim.close();
    rmSync(filesDir, { recursive: true, force: true });
  });

  test("the binary is the image's version", () => {
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()).toBe('v24.18.1');
  });

  test('test-module: one entry "ok", exit 0, one line of JSON, no warning from Node 24 on stderr', async () => {
    const r = await run24(invocation(sim, 'test-module'));
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.output).toEqual({ entries: [expect.objectContaining({ Type: 1, Contents: 'ok' })], lastRun: null });
    expect(r.stderr).not.toMatch(/Warning|deprecated/i);
  });

  test('an unreadable invocation exits 2, an unknown command exits 1', async () => {
    expect((await run24('not json')).code).toBe(2);
    const unknown = await run24(invocation(sim, 'absolute-nonsense'));
    expect(unknown.code).toBe(1);
    expect(unknown.output.entries[0]?.Contents).toBe(
      'Failed to execute absolute-nonsense command.\nError:\nabsolute-nonsense is not an existing Absolute command.',
    );
  });

  test('a wrong Secret Key: the advice, and neither secret nor signed token in any output', async () => {
    const wrong = 'Wr0ngSecretValueThatMustNotLeak==';
    const r = await run24({
      command: 'test-module',
      params: { ...paramsFor(sim), credentials: { identifier: DEMO_CREDENTIALS.hs256.tokenId, password: wrong } },
      args: {},
    });
    expect(r.code).toBe(1);
    expect(r.output.entries[0]?.Contents).toMatch(/^Failed to execute test-module command\.\nError:\nAuthorization Error/);
    for (const text of [r.stdout, r.stderr]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
    }
  });

  test('ES256 tokens sign and verify', async () => {
    const params = {
      url: sim.url,
      credentials: { identifier: DEMO_CREDENTIALS.es256.tokenId, password: DEMO_CREDENTIALS.es256.privateKeyPem },
    };
    const r = await run24({ command: 'test-module', params, args: {} });
    expect(r.output.entries[0]?.Contents).toBe('ok');
  });

  test('absolute-device-get: context under the official key', async () => {
    const r = await run24(invocation(sim, 'absolute-device-get', { device_names: DEMO_DEVICE.deviceName }));
    expect(r.code).toBe(0);
    expect(JSON.stringify(r.output.entries[0]?.EntryContext)).toContain(DEMO_DEVICE.deviceUid);
  });

  test('absolute-device-export writes its file into filesDir and returns a file entry', async () => {
    const r = await run24(
      invocation(sim, 'absolute-device-export', { format: 'json', fields: 'deviceUid', file_name: 'ids.json' }, { filesDir }),
    );
    expect(r.code).toBe(0);
    expect(r.output.entries[0]).toMatchObject({ Type: 3, File: 'ids.json', FileID: join(filesDir, 'ids.json') });
    expect(JSON.parse(readFileSync(join(filesDir, 'ids.json'), 'utf8'))).toHaveLength(sim.state.fleet.size);
  });

  test('fetch-events returns events and the next state; the next run continues after it', async () => {
    const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
    sim.state.addEvents([{ createdDateTimeUtc: at(40_000) }, { createdDateTimeUtc: at(30_000) }]);
    const first = await run24(invocation(sim, 'fetch-events', {}, { lastRun: {} }));
    expect(first.output.events).toHaveLength(2);
    expect(first.output.lastRun).toEqual({
      latest_events_time: expect.any(String) as unknown,
      latest_events_id: expect.any(Array) as unknown,
    });
    const second = await run24(invocation(sim, 'fetch-events', {}, { lastRun: first.output.lastRun ?? {} }));
    expect(second.output.events).toEqual([]);
  });

  test('absolute-device-get-events hands back the shown events only when asked to push them', async () => {
    const shown = await run24(invocation(sim, 'absolute-device-get-events', { start_date: '5 minutes ago' }));
    expect(shown.output.events).toBeUndefined();
    const pushed = await run24(invocation(sim, 'absolute-device-get-events', { start_date: '5 minutes ago', should_push_events: 'true' }));
    expect(pushed.output.events).toEqual(pushed.output.entries[0]?.Contents);
  });
});
