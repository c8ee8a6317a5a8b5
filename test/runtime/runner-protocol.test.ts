import { DEMO_CREDENTIALS, type RunningSimulator } from '../../simulator';
import { invocation, paramsFor, runDist, runHere, startTestSimulator } from '../support/harness';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const SECRET = DEMO_CREDENTIALS.hs256.secretKey;

describe('runner protocol (dist/absolute.cjs)', () => {
  test('test-module returns one entry whose Contents is ok, exit 0, stdout a single JSON object', async () => {
    const run = await runDist(invocation(sim, 'test-module'));
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.output).toEqual({ entries: [expect.objectContaining({ Type: 1, Contents: 'ok' })], lastRun: null });
  });

  test('an unreadable invocation exits 2 with one error entry', async () => {
    for (const input of ['', 'not json', '[]', '{"params":{}}']) {
      const run = await runDist(input);
      expect(run.code).toBe(2);
      expect(run.output.entries).toEqual([
        expect.objectContaining({ Type: 4, Contents: expect.stringMatching(/^Unreadable invocation/) as unknown }),
      ]);
    }
  });

  test('an unknown command fails with the official wording, exit 1', async () => {
    const run = await runDist(invocation(sim, 'absolute-nonsense'));
    expect(run.code).toBe(1);
    expect(run.output.entries[0]?.Contents).toBe(
      'Failed to execute absolute-nonsense command.\nError:\nabsolute-nonsense is not an existing Absolute command.',
    );
  });

  test('a wrong Secret Key: analyst-facing 401 advice, and the secret appears nowhere in stdout or stderr', async () => {
    const wrong = 'Wr0ngSecretValueThatMustNotLeak==';
    const run = await runDist({
      command: 'test-module',
      params: { ...paramsFor(sim), credentials: { identifier: DEMO_CREDENTIALS.hs256.tokenId, password: wrong } },
      args: {},
    });
    expect(run.code).toBe(1);
    expect(run.output.entries[0]?.Contents).toMatch(
      /^Failed to execute test-module command\.\nError:\nAuthorization Error: .*Token ID and Secret Key.*region/s,
    );
    for (const text of [run.stdout, run.stderr]) {
      expect(text).not.toContain(wrong);
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}\./);
    }
  });

  test('a wrong region (nothing listening) says the host is unreachable', async () => {
    const run = await runDist({ command: 'test-module', params: { ...paramsFor(sim), url: 'http://127.0.0.1:9' }, args: {} });
    const refused = /Could not connect to http:\/\/127\.0\.0\.1:9: 127\.0\.0\.1:9 refused the connection \(ECONNREFUSED\)/;
    expect(run.output.entries[0]?.Contents).toMatch(refused);
  });

  test('an invalid server URL lists the valid choices', async () => {
    const run = await runDist({ command: 'test-module', params: { ...paramsFor(sim), url: 'https://api.eu.absolute.com' }, args: {} });
    expect(run.output.entries[0]?.Contents).toMatch(/not an Absolute console or API URL\. Valid choices: https:\/\/cc\.absolute\.com/);
  });

  test('missing credentials name the parameter', async () => {
    const run = await runDist({ command: 'test-module', params: { url: sim.url }, args: {} });
    expect(run.output.entries[0]?.Contents).toMatch(/Invalid instance parameter "Token ID" and "Secret Key": are required/);
  });

  test('ES256 (asymmetric token) works end to end', async () => {
    const run = await runDist({
      command: 'test-module',
      params: { url: sim.url, credentials: { identifier: DEMO_CREDENTIALS.es256.tokenId, password: DEMO_CREDENTIALS.es256.privateKeyPem } },
      args: {},
    });
    expect(run.output.entries[0]?.Contents).toBe('ok');
    expect(run.stdout + run.stderr).not.toContain('PRIVATE KEY');
  });

  test('platform booleans may arrive as strings', async () => {
    const run = await runHere({ command: 'test-module', params: { ...paramsFor(sim), insecure: 'false', proxy: 'false' }, args: {} });
    expect(run.output.entries[0]?.Contents).toBe('ok');
  });
});

describe('test-module and absolute-health: permissions and clock', () => {
  const limited = (permissions: string[]) =>
    startTestSimulator({
      tokens: [{ tokenId: DEMO_CREDENTIALS.hs256.tokenId, alg: 'HS256', secret: SECRET, permissions: permissions as never }],
    });

  test('a token without SIEM permission fails test-module only when events are fetched, naming the permission', async () => {
    const s = await limited(['devices.view', 'geolocation.view']);
    try {
      expect((await runHere(invocation(s, 'test-module'))).output.entries[0]?.Contents).toBe('ok');
      const fetching = await runHere({ command: 'test-module', params: paramsFor(s, { isFetchEvents: true }), args: {} });
      expect(fetching.output.entries[0]?.Contents).toMatch(
        /- SIEM events: Missing permission\. Needs Manage on SIEM integration.*used by fetch-events, absolute-device-get-events/,
      );
    } finally {
      await s.close();
    }
  });

  test('absolute-health separates 403 from silently missing location data', async () => {
    const s = await limited(['devices.view', 'software.view']);
    try {
      const run = await runHere(invocation(s, 'absolute-health'));
      const rows = run.output.entries[0]?.EntryContext?.['Absolute.Health(val.Feature && val.Feature == obj.Feature)'] as Array<
        Record<string, string>
      >;
      const status = Object.fromEntries(rows.map((r) => [r['Feature'] ?? '', r['Status']]));
      expect(status).toMatchObject({
        'Device reports': 'OK',
        'Installed applications': 'OK',
        'Device locations': 'No data visible',
        Wipe: 'Missing permission',
        'SIEM events': 'Missing permission',
      });
    } finally {
      await s.close();
    }
  });

  test('a skewed local clock is named as the cause of the 401', async () => {
    const skewed = () => Date.now() + 20 * 60 * 1000;
    const run = await runHere(invocation(sim, 'test-module'), { now: skewed });
    expect(run.output.entries[0]?.Contents).toMatch(/clock is 1[12]\d\d s ahead of Absolute's/);
  });
});
