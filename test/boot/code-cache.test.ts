import { chmodSync, chownSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheFileName, codeCacheFolder, openCodeCache, type CodeCacheKey } from '../../Integrations/Absolute/src/boot/code-cache';
import { withTempDir } from '../support/temp-dir';

/**
 * Where V8's code cache of dist/absolute.cjs is kept (boot/code-cache.ts). The cache is code the
 * process will run with the API secret in memory: it is only used from a folder and a file that no
 * one but this user can have written, and nothing in the folder is left half-written.
 */

const UID = process.getuid?.() ?? -1;
const AS_ROOT = UID === 0;
/** A user id that is not ours: the owner of files only root can hand over. */
const OTHER_UID = 65534;

const KEY: CodeCacheKey = { programSha256: '0123456789abcdef'.repeat(4), mode: 'runner', nodeVersion: 'v20.20.2', arch: 'x64' };
const NAME = 'absolute-0123456789abcdef-runner-v20.20.2-x64.v8cache';
const BYTES = Buffer.from('compiled code, as far as these tests care');

function storeIn(folder: string, key: CodeCacheKey = KEY, uid: number = UID) {
  const store = openCodeCache(key, { env: { ABSOLUTE_CODE_CACHE: folder }, uid });
  if (!store) throw new Error('no store');
  return store;
}
const modeOf = (path: string) => lstatSync(path).mode & 0o777;

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

  test.each([0o750, 0o707, 0o777, 0o701].map((mode) => [mode.toString(8), mode]))(
    'a folder of mode %s is neither read nor written, nor made private',
    async (_octal, mode) => {
      await withTempDir('absolute-cc-', (dir) => {
        const folder = join(dir, 'cache');
        expect(storeIn(folder).write(BYTES)).toBe(true);
        chmodSync(folder, mode);
        expect(storeIn(folder).read()).toBeUndefined();
        expect(storeIn(folder).write(Buffer.from('other'))).toBe(false);
        expect(readFileSync(join(folder, NAME))).toEqual(BYTES);
        expect(modeOf(folder)).toBe(mode);
      });
    },
  );

  test('a link to a private folder is not the folder: neither read nor written', async () => {
    await withTempDir('absolute-cc-', (dir) => {
      const real = join(dir, 'real');
      expect(storeIn(real).write(BYTES)).toBe(true);
      symlinkSync(real, join(dir, 'link'));
      expect(storeIn(join(dir, 'link')).read()).toBeUndefined();
      expect(storeIn(join(dir, 'link')).write(Buffer.from('other'))).toBe(false);
      expect(readFileSync(join(real, NAME))).toEqual(BYTES);
    });
  });

  test('a link in place of the cache file is not followed: not read, and a write replaces the link, not its target', async () => {
    await withTempDir('absolute-cc-', (dir) => {
      const elsewhere = join(dir, 'elsewhere');
      expect(storeIn(elsewhere).write(BYTES)).toBe(true);
      const folder = join(dir, 'cache');
      mkdirSync(folder, { mode: 0o700 });
      symlinkSync(join(elsewhere, NAME), join(folder, NAME));
      expect(storeIn(folder).read()).toBeUndefined();
      expect(storeIn(folder).write(Buffer.from('ours'))).toBe(true);
      expect(lstatSync(join(folder, NAME)).isFile()).toBe(true);
      expect(readFileSync(join(elsewhere, NAME))).toEqual(BYTES);
      expect(storeIn(folder).read()).toEqual(Buffer.from('ours'));
    });
  });

  test.each([
    { octal: '620', mode: 0o620, used: false },
    { octal: '602', mode: 0o602, used: false },
    { octal: '666', mode: 0o666, used: false },
    { octal: '640', mode: 0o640, used: true },
    { octal: '400', mode: 0o400, used: true },
  ])('a cache file of mode $octal is used: $used (only who can write it matters)', async ({ mode, used }) => {
    await withTempDir('absolute-cc-', (dir) => {
      expect(storeIn(dir).write(BYTES)).toBe(true);
      chmodSync(join(dir, NAME), mode);
      expect(storeIn(dir).read()).toEqual(used ? BYTES : undefined);
    });
  });

  test('an empty cache file, or a folder in its place, is ignored', async () => {
    await withTempDir('absolute-cc-', (dir) => {
      writeFileSync(join(dir, NAME), '', { mode: 0o600 });
      expect(storeIn(dir).read()).toBeUndefined();
      const other = join(dir, 'other');
      mkdirSync(join(other, NAME), { recursive: true, mode: 0o700 });
      expect(storeIn(other).read()).toBeUndefined();
    });
  });

  test("the folder and file of another user are not used (this user's id is given, the files are ours)", async () => {
    await withTempDir('absolute-cc-', (dir) => {
      expect(storeIn(dir).write(BYTES)).toBe(true);
      expect(storeIn(dir, KEY, UID + 1).read()).toBeUndefined();
      expect(storeIn(dir, KEY, UID + 1).write(Buffer.from('other'))).toBe(false);
      expect(readFileSync(join(dir, NAME))).toEqual(BYTES);
    });
  });

  // Handing a file to another user takes root; as another user this case is covered by the test above.
  (AS_ROOT ? test : test.skip)('a cache file or folder owned by another user (chown, as root) is not used', async () => {
    await withTempDir('absolute-cc-', (dir) => {
      const folder = join(dir, 'cache');
      expect(storeIn(folder).write(BYTES)).toBe(true);
      chownSync(join(folder, NAME), OTHER_UID, OTHER_UID);
      expect(storeIn(folder).read()).toBeUndefined();
      chownSync(join(folder, NAME), UID, UID);
      expect(storeIn(folder).read()).toEqual(BYTES);
      chownSync(folder, OTHER_UID, OTHER_UID);
      expect(storeIn(folder).read()).toBeUndefined();
      expect(storeIn(folder).write(Buffer.from('other'))).toBe(false);
    });
  });

  test("a write removes other builds' files for the same entry path, Node.js and processor, and keeps the rest", async () => {
    await withTempDir('absolute-cc-', (dir) => {
      const kept = [
        'absolute-0123456789abcdef-cli-v20.20.2-x64.v8cache',
        'absolute-fedcba9876543210-cli-v20.20.2-x64.v8cache',
        'absolute-fedcba9876543210-runner-v24.18.1-x64.v8cache',
        'absolute-fedcba9876543210-runner-v20.20.2-arm64.v8cache',
        'notes-runner-v20.20.2-x64.v8cache',
        'README',
      ];
      const stale = ['absolute-fedcba9876543210-runner-v20.20.2-x64.v8cache', 'absolute-ffffffffffffffff-runner-v20.20.2-x64.v8cache'];
      for (const name of [...kept, ...stale]) writeFileSync(join(dir, name), 'x', { mode: 0o600 });
      expect(storeIn(dir).write(BYTES)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual([...kept, NAME].sort());
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
