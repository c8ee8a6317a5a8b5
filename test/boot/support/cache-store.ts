import { lstatSync } from 'node:fs';
import { openCodeCache, type CodeCacheKey, type CodeCacheStore } from '../../../Integrations/Absolute/src/boot/code-cache';

/** The user running the tests (-1 where there are no user ids: the cache is then off anyway). */
export const UID = process.getuid?.() ?? -1;
export const AS_ROOT = UID === 0;

export const KEY: CodeCacheKey = { programSha256: '0123456789abcdef'.repeat(4), mode: 'runner', nodeVersion: 'v20.20.2', arch: 'x64' };
/** The file name KEY gets. */
export const NAME = 'absolute-0123456789abcdef-runner-v20.20.2-x64.v8cache';
export const BYTES = Buffer.from('compiled code, as far as these tests care');

/** The store of `key` with ABSOLUTE_CODE_CACHE naming `folder`, for the user `uid`. */
export function storeIn(folder: string, key: CodeCacheKey = KEY, uid: number = UID): CodeCacheStore {
  const store = openCodeCache(key, { env: { ABSOLUTE_CODE_CACHE: folder }, uid });
  if (!store) throw new Error('no store');
  return store;
}

export const modeOf = (path: string): number => lstatSync(path).mode & 0o777;
