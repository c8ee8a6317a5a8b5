import { createHash } from 'node:crypto';
import { chmodSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator';
import { paramsFor, startTestSimulator } from '../support/harness';
import { BUNDLE } from '../support/paths';
import { BridgeHarness, bridgeScript, FAKE_RUNNER, shippedScript, valuesOf, type BridgeRun } from './run-bridge';
import { describeOnPlatform } from './support/platform';

const fakeBytes = readFileSync(FAKE_RUNNER);
const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const uid = process.getuid?.() ?? 0;
/** Where the bridge keeps a runner in a container's temp folder: named by the bundle's hash. */
const homeOf = (container: string, bytes: Buffer) => join(container, `absolute-runner-${uid}-${sha(bytes).slice(0, 16)}`);

describeOnPlatform('the runner the integration carries: written once per container, private, checked before use', () => {
  const harness = new BridgeHarness();
  const script = bridgeScript(FAKE_RUNNER);
  const run = (container: string) => harness.run({ command: 'absolute-device-list' }, { script, container, env: { FAKE_RUNNER: 'env' } });
  const seen = (r: BridgeRun) => (valuesOf(r, 'results')[0] as { Contents: { bundle: string; codeCache: string | null } }).Contents;
  afterAll(() => harness.cleanup());

  test('first command: a 0700 folder named by the hash holds exactly the bundle, and node runs it from there', async () => {
    const container = harness.container();
    const home = homeOf(container, fakeBytes);
    const first = await run(container);
    expect(seen(first)).toEqual({
      node: expect.any(String) as unknown,
      bundle: join(home, 'absolute.cjs'),
      codeCache: join(home, 'code-cache'),
    });
    expect(statSync(home).mode & 0o777).toBe(0o700);
    expect(readFileSync(join(home, 'absolute.cjs')).equals(fakeBytes)).toBe(true);
    expect(readdirSync(home)).toEqual(['absolute.cjs']); // no partial file left behind
  });

  test('later commands reuse the file without writing it again', async () => {
    const container = harness.container();
    await run(container);
    const bundle = join(homeOf(container, fakeBytes), 'absolute.cjs');
    const before = statSync(bundle);
    const again = await run(container);
    expect(seen(again).bundle).toBe(bundle);
    expect(statSync(bundle)).toMatchObject({ ino: before.ino, mtimeMs: before.mtimeMs });
  });

  test('a changed file, or a link in its place, is replaced by the right bundle before use', async () => {
    const container = harness.container();
    const bundle = join(homeOf(container, fakeBytes), 'absolute.cjs');
    await run(container);
    writeFileSync(bundle, 'process.stdout.write("tampered")');
    expect(seen(await run(container)).bundle).toBe(bundle);
    expect(readFileSync(bundle).equals(fakeBytes)).toBe(true);

    rmSync(bundle);
    const elsewhere = join(container, 'elsewhere.cjs');
    writeFileSync(elsewhere, fakeBytes);
    symlinkSync(elsewhere, bundle);
    expect(seen(await run(container)).bundle).toBe(bundle);
    expect(lstatSync(bundle).isFile()).toBe(true);
  });

  test('a folder of that name that others can write is refused, and nothing runs', async () => {
    const container = harness.container();
    const home = homeOf(container, fakeBytes);
    mkdirSync(home);
    chmodSync(home, 0o777);
    const refused = await run(container);
    expect(valuesOf(refused, 'results')).toEqual([
      {
        Type: 4,
        ContentsFormat: 'text',
        Contents:
          `Failed to execute absolute-device-list command.\nError:\nThe runner folder ${home} exists but is not a private folder ` +
          'of this user (mode 0700, owned by it); remove it and run the command again.',
      },
    ]);
    expect(readdirSync(home)).toEqual([]);
  });

  test('a damaged embedded runner is refused before anything is written', async () => {
    const container = harness.container();
    // Same folder name (first 16 hex digits), but a hash the payload does not have.
    const wrongHash = (_line: string, hash: string) => `RUNNER_BUNDLE_SHA256 = '${hash.slice(0, 16)}${'0'.repeat(48)}'`;
    const damaged = script.replace(/^RUNNER_BUNDLE_SHA256 = '([0-9a-f]{64})'$/m, wrongHash);
    expect(damaged).not.toBe(script);
    const r = await harness.run({ command: 'absolute-device-list' }, { script: damaged, container, env: { FAKE_RUNNER: 'env' } });
    expect(valuesOf(r, 'results')).toEqual([
      { Type: 4, ContentsFormat: 'text', Contents: expect.stringMatching(/The runner embedded in this integration is damaged/) as unknown },
    ]);
    expect(readdirSync(homeOf(container, fakeBytes))).toEqual([]);
  });

  test('commands that start together in a new container all run, and one complete bundle is left', async () => {
    const container = harness.container();
    const runs = await Promise.all(Array.from({ length: 4 }, () => run(container)));
    const home = homeOf(container, fakeBytes);
    for (const r of runs) expect(seen(r).bundle).toBe(join(home, 'absolute.cjs'));
    expect(readdirSync(home)).toEqual(['absolute.cjs']);
    expect(readFileSync(join(home, 'absolute.cjs')).equals(fakeBytes)).toBe(true);
  });

  describe('the code cache, with the real bundle', () => {
    let sim: RunningSimulator;
    beforeAll(async () => {
      sim = await startTestSimulator();
    });
    afterAll(() => sim.close());
    const bundleBytes = () => readFileSync(BUNDLE);

    test.each([
      ['node20', process.version],
      ['node24', 'v24.18.1'],
    ] as const)(
      'on %s the first command leaves the cache in the private folder, and the next one uses it unchanged',
      async (node, version) => {
        const container = harness.container();
        const testModule = { command: 'test-module', params: paramsFor(sim) };
        const first = await harness.run(testModule, { script: shippedScript(), container, node });
        expect(valuesOf(first, 'results')).toEqual(['ok']);
        const cache = join(homeOf(container, bundleBytes()), 'code-cache');
        expect(statSync(cache).mode & 0o777).toBe(0o700);
        const files = readdirSync(cache);
        expect(files).toEqual([
          expect.stringMatching(new RegExp(`^absolute-[0-9a-f]{16}-runner-${version.replace(/\./g, '\\.')}-x64\\.v8cache$`)),
        ]);
        const file = join(cache, files[0] ?? '');
        const written = statSync(file);
        expect(written.mode & 0o777).toBe(0o600);

        const second = await harness.run(testModule, { script: shippedScript(), container, node });
        expect(valuesOf(second, 'results')).toEqual(['ok']);
        // A cache V8 turned down would have been written again after the run.
        expect(statSync(file)).toMatchObject({ ino: written.ino, mtimeMs: written.mtimeMs });
      },
    );

    test("an image's bundle (own image) keeps its cache in a private folder of its own in the container's temp folder", async () => {
      const container = harness.container();
      const testModule = { command: 'test-module', params: paramsFor(sim) };
      const options = { script: bridgeScript(), container, env: { ABSOLUTE_BUNDLE: BUNDLE } };
      expect(valuesOf(await harness.run(testModule, options), 'results')).toEqual(['ok']);
      const cache = join(container, `absolute-runner-${uid}-code-cache`);
      expect(statSync(cache).mode & 0o777).toBe(0o700);
      const [file, ...more] = readdirSync(cache);
      expect({ file, more }).toEqual({
        file: expect.stringMatching(`-runner-${process.version}-${process.arch}.v8cache`) as unknown,
        more: [],
      });
      const written = statSync(join(cache, file ?? ''));
      expect(valuesOf(await harness.run(testModule, options), 'results')).toEqual(['ok']);
      expect(statSync(join(cache, file ?? ''))).toMatchObject({ ino: written.ino, mtimeMs: written.mtimeMs });
    });
  });
});
