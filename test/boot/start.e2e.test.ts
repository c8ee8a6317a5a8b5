import { copyFileSync, existsSync, lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator';
import { BUNDLE, invocation, startTestSimulator } from '../support/harness';
import { HAS_SCRIPT, runOnTerminal } from '../support/pseudo-terminal';
import { NODE24, runNode, type NodeRun } from '../support/run-node';
import { withTempDir } from '../support/temp-dir';

/**
 * The built dist/absolute.cjs as the platform and analysts start it: its head compiles the program
 * with V8's code cache of an earlier successful run (boot/start.ts), on the machine's Node and on
 * the platform's Node 24. ABSOLUTE_CODE_CACHE_DEBUG=1 makes the head say what it did on stderr.
 */

const NODES = [
  ["the machine's Node", process.execPath],
  ["the platform's Node 24", NODE24],
] as const;
const CACHE_FILE = /^absolute-[0-9a-f]{16}-(runner|cli)-(v[\d.]+)-(\w+)\.v8cache$/;

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const testModule = () => JSON.stringify(invocation(sim, 'test-module'));
const answeredOk = (run: NodeRun) => run.code === 0 && run.stdout.includes('"Contents":"ok"');
const cacheLines = (run: NodeRun) => run.stderr.split('\n').filter((line) => line.startsWith('code cache: '));
const modeOf = (path: string) => lstatSync(path).mode & 0o777;

describe.each(NODES)('dist/absolute.cjs on %s', (_name, node) => {
  let version = '';
  beforeAll(async () => {
    expect(existsSync(node)).toBe(true);
    version = (await runNode('-', [], { node, input: 'process.stdout.write(process.version)' })).stdout;
  });

  /** A run of the bundle with the cache in `cache` (a folder or `off`; unset when undefined). */
  function run(cache: string | undefined, input?: string, args: readonly string[] = [], env: Record<string, string> = {}) {
    const cacheEnv: Record<string, string> = cache === undefined ? {} : { ABSOLUTE_CODE_CACHE: cache };
    return runNode(BUNDLE, args, { node, input, env: { ABSOLUTE_CODE_CACHE_DEBUG: '1', ...cacheEnv, ...env } });
  }
  const fileIn = (folder: string, mode: 'runner' | 'cli') => {
    const names = readdirSync(folder).filter((name) => name.includes(`-${mode}-`));
    expect(names).toHaveLength(1);
    expect(CACHE_FILE.exec(names[0] ?? '')?.slice(1)).toEqual([mode, version, process.arch]);
    return join(folder, names[0] ?? '');
  };

  test('the first successful run writes the cache in a private folder; the next one is served from it', async () => {
    await withTempDir('absolute-boot-', async (dir) => {
      const folder = join(dir, 'cache');
      const first = await run(folder, testModule());
      expect(answeredOk(first)).toBe(true);
      expect(readdirSync(folder)).toHaveLength(1);
      const file = fileIn(folder, 'runner');
      expect(cacheLines(first)).toEqual([`code cache: none ${file}`, 'code cache: written']);
      expect([modeOf(folder), modeOf(file)]).toEqual([0o700, 0o600]);
      const written = readFileSync(file);

      const second = await run(folder, testModule());
      expect(answeredOk(second)).toBe(true);
      expect(cacheLines(second)).toEqual([`code cache: accepted ${file}`]);
      expect(readFileSync(file).equals(written)).toBe(true);
    });
  });

  test('a damaged cache file is rejected by V8: the run still answers, and the cache is made again', async () => {
    await withTempDir('absolute-boot-', async (dir) => {
      expect(answeredOk(await run(dir, testModule()))).toBe(true);
      const file = fileIn(dir, 'runner');
      writeFileSync(file, 'not a code cache at all'.repeat(100));
      const damaged = await run(dir, testModule());
      expect(answeredOk(damaged)).toBe(true);
      expect(cacheLines(damaged)).toEqual([`code cache: rejected ${file}`, 'code cache: written']);
      expect(readFileSync(file).toString('latin1')).not.toContain('not a code cache');
      expect(cacheLines(await run(dir, testModule()))).toEqual([`code cache: accepted ${file}`]);
    });
  });

  test.each([
    ['an unknown command', () => JSON.stringify({ command: 'absolute-no-such-command', params: {}, args: {} })],
    ['a bad instance parameter', () => JSON.stringify(invocation(sim, 'test-module', {}, { params: { url: 'not a url' } }))],
    ['an unreadable invocation', () => '{'],
  ])('a run that fails (%s) writes no cache: the next successful one makes it', async (_name, input) => {
    await withTempDir('absolute-boot-', async (dir) => {
      const folder = join(dir, 'cache');
      const failed = await run(folder, input());
      expect(failed.code).not.toBe(0);
      expect(cacheLines(failed)).toEqual([`code cache: none ${join(folder, cacheNameLike(failed))}`]);
      expect(existsSync(folder)).toBe(false);
      const next = await run(folder, testModule());
      expect(cacheLines(next)).toEqual([`code cache: none ${fileIn(folder, 'runner')}`, 'code cache: written']);
    });
  });

  test('ABSOLUTE_CODE_CACHE=off keeps no cache, not even in HOME or XDG_CACHE_HOME', async () => {
    await withTempDir('absolute-boot-', async (dir) => {
      const off = await run('off', testModule(), [], { HOME: join(dir, 'home'), XDG_CACHE_HOME: join(dir, 'xdg') });
      expect(answeredOk(off)).toBe(true);
      expect(cacheLines(off)).toEqual(['code cache: off (ABSOLUTE_CODE_CACHE=off, or neither XDG_CACHE_HOME nor HOME is set)']);
      expect(readdirSync(dir)).toEqual([]);
    });
  });

  test('without ABSOLUTE_CODE_CACHE, XDG_CACHE_HOME and HOME, the runner answers without a cache', async () => {
    const bare = await run(undefined, testModule());
    expect(answeredOk(bare)).toBe(true);
    expect(cacheLines(bare)).toEqual(['code cache: off (ABSOLUTE_CODE_CACHE=off, or neither XDG_CACHE_HOME nor HOME is set)']);
  });

  test('with only HOME set, the cache is kept in ~/.cache/absolute-pack', async () => {
    await withTempDir('absolute-boot-', async (home) => {
      const first = await run(undefined, testModule(), [], { HOME: home });
      expect(answeredOk(first)).toBe(true);
      const file = fileIn(join(home, '.cache', 'absolute-pack'), 'runner');
      expect(cacheLines(first)).toEqual([`code cache: none ${file}`, 'code cache: written']);
    });
  });

  test('command-line runs keep a cache of their own beside the runner’s', async () => {
    await withTempDir('absolute-boot-', async (dir) => {
      const help = await run(dir, undefined, ['--help']);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain('Usage: absolute');
      const cli = fileIn(dir, 'cli');
      expect(cacheLines(help)).toEqual([`code cache: none ${cli}`, 'code cache: written']);
      const runner = await run(dir, testModule());
      expect(cacheLines(runner)).toEqual([`code cache: none ${fileIn(dir, 'runner')}`, 'code cache: written']);
      const helpFor = await run(dir, undefined, ['help', 'test-module']);
      expect(helpFor.stdout).toContain('Usage: absolute test-module');
      expect(cacheLines(helpFor)).toEqual([`code cache: accepted ${cli}`]);
      expect(readdirSync(dir)).toHaveLength(2);
    });
  });

  test("a program error's stack names the line of dist/absolute.cjs it happened on, with or without the cache", async () => {
    await withTempDir('absolute-boot-', async (dir) => {
      // The program ends with process.exit(code): made to throw there, the error reaches Node's own report.
      const probe = join(dir, 'probe.cjs');
      writeFileSync(probe, 'process.exit = () => { throw new Error("exit refused by the test"); };\n');
      const lines = readFileSync(BUNDLE, 'latin1').split('\n');
      const cache = join(dir, 'cache');
      expect((await run(cache, undefined, ['--help'])).code).toBe(0);
      for (const cacheState of ['accepted', 'off']) {
        const failed = await run(cacheState === 'off' ? 'off' : cache, undefined, ['--help'], { NODE_OPTIONS: `--require ${probe}` });
        expect(failed.code).not.toBe(0);
        expect(cacheLines(failed)[0]).toMatch(new RegExp(`^code cache: ${cacheState}`));
        expect(failed.stderr).toContain('Error: exit refused by the test');
        const frame = new RegExp(`at (?:.* \\()?${BUNDLE.replaceAll('.', '\\.')}:(\\d+):(\\d+)`).exec(failed.stderr);
        const [line, column] = [Number(frame?.[1]), Number(frame?.[2])];
        // Lines are the file's. Columns are the program's: each carried line starts with `//` in the file.
        expect(lines[line - 1]?.slice(column - 1 + 2)).toMatch(/^exit\(/);
      }
    });
  });
});

/** The cache file a run named in its `none` line (the folder need not exist). */
function cacheNameLike(run: NodeRun): string {
  const named = /code cache: none .*\/(absolute-[^/\s]+\.v8cache)/.exec(run.stderr)?.[1];
  expect(named).toMatch(CACHE_FILE);
  return named ?? '';
}

test("the machine's Node and Node 24 keep separate files in one folder: neither is offered the other's", async () => {
  await withTempDir('absolute-boot-', async (dir) => {
    const runOn = (node: string) =>
      runNode(BUNDLE, [], { node, input: testModule(), env: { ABSOLUTE_CODE_CACHE: dir, ABSOLUTE_CODE_CACHE_DEBUG: '1' } });
    for (const [, node] of NODES)
      expect(cacheLines(await runOn(node))).toEqual([expect.stringMatching(/^code cache: none /), 'code cache: written']);
    for (const [, node] of NODES) expect(cacheLines(await runOn(node))).toEqual([expect.stringMatching(/^code cache: accepted /)]);
    const versions = await Promise.all(NODES.map(([, node]) => runNode('-', [], { node, input: 'process.stdout.write(process.version)' })));
    expect(new Set(versions.map((v) => v.stdout)).size).toBe(2);
    expect(
      readdirSync(dir)
        .map((name) => CACHE_FILE.exec(name)?.[2])
        .sort(),
    ).toEqual(versions.map((v) => v.stdout).sort());
  });
});

(HAS_SCRIPT ? test : test.skip)(
  '`absolute` typed on a terminal (the usage, no arguments) keeps its cache as a command-line run',
  async () => {
    await withTempDir('absolute-boot-', async (dir) => {
      const typed = await runOnTerminal(BUNDLE, [], { env: { ABSOLUTE_CODE_CACHE: dir, ABSOLUTE_CODE_CACHE_DEBUG: '1' } });
      expect(typed.code).toBe(0);
      expect(typed.screen).toMatch(/code cache: none \S+-cli-\S+\.v8cache\n/);
      expect(readdirSync(dir).map((name) => CACHE_FILE.exec(name)?.[1])).toEqual(['cli']);
    });
  },
);

test('a copy of the bundle cut short says it is damaged instead of running half a program', async () => {
  await withTempDir('absolute-boot-', async (dir) => {
    const copy = join(dir, 'absolute.cjs');
    copyFileSync(BUNDLE, copy);
    const whole = readFileSync(copy);
    writeFileSync(copy, whole.subarray(0, whole.length - 1000));
    const run = await runNode(copy, ['--help']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain(`${copy} is damaged (its program is missing); build or install the pack again.`);
    expect(run.stdout).toBe('');
  });
});
