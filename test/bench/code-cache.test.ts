import { existsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runNode } from '../../scripts/bench/child-run';
import { cacheFiles, codeCacheState, codeCacheWritten, packEnv, TempFolders } from '../../scripts/bench/code-cache';
import { BUNDLE } from '../support/paths';

/** How the bench points every pack run at a code-cache folder of its own, and reads what the pack's head says about it. */
describe('the environment of a pack run', () => {
  test('names the cache folder and drops the caller’s own cache settings, leaving the rest', () => {
    const base = {
      PATH: '/bin',
      NODE_COMPILE_CACHE: '/home/me/.nc',
      ABSOLUTE_CODE_CACHE: '/home/me/.cache/x',
      ABSOLUTE_CODE_CACHE_DEBUG: '1',
    };
    expect(packEnv('/tmp/bench-cache', base)).toEqual({ PATH: '/bin', ABSOLUTE_CODE_CACHE: '/tmp/bench-cache' });
    expect(packEnv('off', base, true)).toEqual({ PATH: '/bin', ABSOLUTE_CODE_CACHE: 'off', ABSOLUTE_CODE_CACHE_DEBUG: '1' });
    expect(base.ABSOLUTE_CODE_CACHE).toBe('/home/me/.cache/x');
  });
});

describe('what the head says about its cache', () => {
  test.each([
    ['code cache: accepted /tmp/c/absolute-1-runner-v20.20.2-x64.v8cache\n', 'accepted', false],
    ['code cache: none /tmp/c/absolute-1-runner-v24.18.1-x64.v8cache\ncode cache: written\n', 'none', true],
    ['warning\ncode cache: rejected /tmp/c/f.v8cache\ncode cache: not written\n', 'rejected', false],
    ['code cache: off (ABSOLUTE_CODE_CACHE=off, or neither XDG_CACHE_HOME nor HOME is set)\n', 'off', false],
    ['', undefined, false],
    ['my code cache: accepted\n', undefined, false],
  ])('%j → %s', (stderr, state, written) => {
    expect(codeCacheState(stderr)).toBe(state);
    expect(codeCacheWritten(stderr)).toBe(written);
  });

  test('the built pack writes its cache into the folder it is given, then accepts it', async () => {
    const folders = new TempFolders();
    try {
      const cache = folders.make('test-code-cache');
      const env = packEnv(cache, { PATH: process.env['PATH'] ?? '' }, true);
      const first = await runNode([BUNDLE, '--help'], { env });
      expect([first.code, codeCacheState(first.stderr), codeCacheWritten(first.stderr)]).toEqual([0, 'none', true]);
      expect(cacheFiles(cache)).toEqual([expect.stringMatching(new RegExp(`-cli-${process.version}-${process.arch}\\.v8cache$`))]);
      const second = await runNode([BUNDLE, '--help'], { env });
      expect([second.code, codeCacheState(second.stderr), codeCacheWritten(second.stderr)]).toEqual([0, 'accepted', false]);
    } finally {
      folders.removeAll();
    }
  });
});

describe('temporary folders', () => {
  test('private (the pack keeps no cache in a folder others can write to), and all removed', () => {
    const folders = new TempFolders();
    const made = [folders.make('test-a'), folders.make('test-b')];
    writeFileSync(join(made[0] as string, 'absolute-x-runner-v20-x64.v8cache'), 'x');
    writeFileSync(join(made[0] as string, 'notes.txt'), 'x');
    expect(made.map((f) => [dirname(f) === tmpdir(), statSync(f).mode & 0o777])).toEqual([
      [true, 0o700],
      [true, 0o700],
    ]);
    expect(cacheFiles(made[0] as string)).toEqual(['absolute-x-runner-v20-x64.v8cache']);
    folders.removeAll();
    expect(made.map((f) => existsSync(f))).toEqual([false, false]);
    expect(cacheFiles(made[0] as string)).toEqual([]);
  });
});
