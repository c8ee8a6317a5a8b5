import { chmodSync, existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFileName, codeCacheFolder, openCodeCache, OTHER_BUILDS_KEPT } from '../../Integrations/Absolute/src/boot/code-cache';
import { withTempDir } from '../support/temp-dir';
import { AS_ROOT, BYTES, KEY, modeOf, NAME, storeIn, UID } from './support/cache-store';

/**
 * Where V8's code cache of dist/absolute.cjs is kept (boot/code-cache.ts) and how it is written:
 * nothing is created until a cache is written, a write replaces the file whole and leaves nothing
 * half-written, and other builds' files make room. What is trusted: code-cache-trust.test.ts.
 */

describe('codeCacheFolder', () => {
  test.each([
    ['ABSOLUTE_CODE_CACHE first', { ABSOLUTE_CODE_CACHE: '/c', XDG_CACHE_HOME: '/x', HOME: '/h' }, '/c'],
    ['off', { ABSOLUTE_CODE_CACHE: 'off', XDG_CACHE_HOME: '/x', HOME: '/h' }, undefined],
    ['OFF', { ABSOLUTE_CODE_CACHE: 'OFF', HOME: '/h' }, undefined],
    ['off between spaces', { ABSOLUTE_CODE_CACHE: ' Off\n', HOME: '/h' }, undefined],
    [
      'ABSOLUTE_CODE_CACHE of whitespace counts as unset',
      { ABSOLUTE_CODE_CACHE: ' \t', XDG_CACHE_HOME: '/x', HOME: '/h' },
      '/x/absolute-pack',
    ],
    ['empty ABSOLUTE_CODE_CACHE counts as unset', { ABSOLUTE_CODE_CACHE: '', HOME: '/h' }, '/h/.cache/absolute-pack'],
    ['XDG_CACHE_HOME before HOME', { XDG_CACHE_HOME: '/x', HOME: '/h' }, '/x/absolute-pack'],
    ['empty XDG_CACHE_HOME counts as unset', { XDG_CACHE_HOME: '', HOME: '/h' }, '/h/.cache/absolute-pack'],
    ['relative XDG_CACHE_HOME is ignored (XDG base directory spec)', { XDG_CACHE_HOME: 'cache', HOME: '/h' }, '/h/.cache/absolute-pack'],
    ['HOME alone', { HOME: '/h' }, '/h/.cache/absolute-pack'],
    ['none of them', {}, undefined],
    ['an empty HOME', { HOME: '' }, undefined],
  ])('%s', (_name, env, expected) => {
    expect(codeCacheFolder(env)).toBe(expected);
  });

  test('no store when the cache is off, or where there are no user ids', () => {
    expect(openCodeCache(KEY, { env: { ABSOLUTE_CODE_CACHE: 'off', HOME: '/h' }, uid: UID })).toBeUndefined();
    expect(openCodeCache(KEY, { env: { HOME: '/h' }, uid: undefined })).toBeUndefined();
  });
});

describe('cacheFileName', () => {
  test('names the program (first 16 hex of its SHA-256), the entry path, Node.js and the processor', () => {
    expect(cacheFileName(KEY)).toBe(NAME);
    const others = [
      { ...KEY, programSha256: 'f'.repeat(64) },
      { ...KEY, mode: 'cli' as const },
      { ...KEY, nodeVersion: 'v24.18.1' },
      { ...KEY, arch: 'arm64' },
    ].map(cacheFileName);
    expect(new Set([NAME, ...others]).size).toBe(5);
    expect(others).toEqual([
      'absolute-ffffffffffffffff-runner-v20.20.2-x64.v8cache',
      'absolute-0123456789abcdef-cli-v20.20.2-x64.v8cache',
      'absolute-0123456789abcdef-runner-v24.18.1-x64.v8cache',
      'absolute-0123456789abcdef-runner-v20.20.2-arm64.v8cache',
    ]);
  });
});

describe('openCodeCache', () => {
  test('creates nothing until written; the write makes a 0700 folder and a 0600 file that reads back', async () => {
    await withTempDir('absolute-cc-', (dir) => {
      const folder = join(dir, 'cache', 'absolute-pack');
      const store = storeIn(folder);
      expect(store.file).toBe(join(folder, NAME));
      expect(store.read()).toBeUndefined();
      expect(existsSync(join(dir, 'cache'))).toBe(false);
      expect(store.write(BYTES)).toBe(true);
      expect(modeOf(folder)).toBe(0o700);
      expect(modeOf(store.file)).toBe(0o600);
      expect(store.read()).toEqual(BYTES);
      expect(store.write(Buffer.from('newer'))).toBe(true);
      expect(storeIn(folder).read()).toEqual(Buffer.from('newer'));
      expect(readdirSync(folder)).toEqual([NAME]);
    });
  });

  test(`a write keeps the ${OTHER_BUILDS_KEPT} most recently written other builds of its entry path, Node.js and processor, and all else`, async () => {
    await withTempDir('absolute-cc-', (dir) => {
      const unrelated = [
        'absolute-0123456789abcdef-cli-v20.20.2-x64.v8cache',
        'absolute-fedcba9876543210-cli-v20.20.2-x64.v8cache',
        'absolute-fedcba9876543210-runner-v24.18.1-x64.v8cache',
        'absolute-fedcba9876543210-runner-v20.20.2-arm64.v8cache',
        'notes-runner-v20.20.2-x64.v8cache',
        'README',
      ];
      // Other builds of the same kind, oldest first (one day apart).
      const builds = ['1', '2', '3', '4', '5'].map((n) => `absolute-${n.repeat(16)}-runner-v20.20.2-x64.v8cache`);
      for (const name of [...unrelated, ...builds]) writeFileSync(join(dir, name), 'x', { mode: 0o600 });
      builds.forEach((name, i) => utimesSync(join(dir, name), 1_700_000_000 + i * 86_400, 1_700_000_000 + i * 86_400));
      expect(storeIn(dir).write(BYTES)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual([...unrelated, ...builds.slice(-OTHER_BUILDS_KEPT), NAME].sort());
      // Our own file counts as no other build: written again, it removes nothing.
      expect(storeIn(dir).write(BYTES)).toBe(true);
      expect(readdirSync(dir)).toHaveLength(unrelated.length + OTHER_BUILDS_KEPT + 1);
    });
  });

  test('a failing write returns false and leaves no partial file', async () => {
    await withTempDir('absolute-cc-', (dir) => {
      // The rename cannot replace a folder standing where the file goes.
      mkdirSync(join(dir, NAME, 'inside'), { recursive: true });
      expect(storeIn(dir).write(BYTES)).toBe(false);
      expect(readdirSync(dir)).toEqual([NAME]);
      // The folder cannot be made: a file stands where its parent would be.
      writeFileSync(join(dir, 'file'), '');
      expect(storeIn(join(dir, 'file', 'cache')).write(BYTES)).toBe(false);
      expect(readdirSync(dir).sort()).toEqual(['file', NAME].sort());
    });
  });

  // Root writes into a read-only folder anyway, so this case only means something for another user.
  (AS_ROOT ? test.skip : test)('a write into a read-only folder returns false and leaves no partial file', async () => {
    await withTempDir('absolute-cc-', (dir) => {
      const folder = join(dir, 'cache');
      mkdirSync(folder, { mode: 0o500 });
      expect(storeIn(folder).write(BYTES)).toBe(false);
      expect(readdirSync(folder)).toEqual([]);
      chmodSync(folder, 0o700);
    });
  });
});
