import { chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withTempDir } from '../support/temp-dir';
import { AS_ROOT, BYTES, KEY, modeOf, NAME, storeIn, UID } from './support/cache-store';

/**
 * The code cache is code the process runs with the API secret in memory (boot/code-cache.ts): it
 * is only read from, and written to, a folder and a file that no one but this user can have written.
 */

/** A user id that is not ours: the owner of files only root can hand over. */
const OTHER_UID = 65534;

describe('openCodeCache trusts only a private folder and file', () => {
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
});
