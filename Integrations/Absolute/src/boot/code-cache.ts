import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { isAbsolute, join } from 'node:path';

/**
 * V8's compiled code for the bundle, kept on disk between runs so a command does not compile the
 * program again (see README "Cold start"). A cache file is code this process runs with the API
 * secret in memory, so it is only read from and written to a folder that nothing but this user can
 * write to, and a cache that cannot be trusted or read is simply not used: it never fails a command.
 */

/** What a cache file was made by: another program, Node.js, processor or entry path gets a file of its own. */
export interface CodeCacheKey {
  /** SHA-256 (hex) of the program the cache was compiled from, fixed at build time. */
  programSha256: string;
  /** `runner` (the platform's stdin protocol) or `cli`: they run different code, so each has its cache. */
  mode: 'runner' | 'cli';
  nodeVersion: string;
  arch: string;
}

export interface CodeCacheSettings {
  env: Readonly<Record<string, string | undefined>>;
  /** The user the process runs as; undefined where there are no user ids (Windows): no cache then. */
  uid: number | undefined;
}

/** `off` turns the cache off; another value is the folder to keep it in. */
export const CODE_CACHE_ENV = 'ABSOLUTE_CODE_CACHE';

export interface CodeCacheStore {
  readonly file: string;
  /** The cache, when there is one that only this user can have written. */
  read(): Buffer | undefined;
  /**
   * Replaces the cache file as a whole (temporary name, then rename). Caches of other builds for the
   * same mode, Node.js and processor are kept for the three most recently written of them, so two
   * installed versions used in turn do not replace each other's cache at every run.
   */
  write(data: Buffer): boolean;
}

/**
 * The folder: ABSOLUTE_CODE_CACHE, else $XDG_CACHE_HOME/absolute-pack, else ~/.cache/absolute-pack
 * ($HOME); none without any of them (the bridge always names one on the platform).
 */
export function codeCacheFolder(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const chosen = env[CODE_CACHE_ENV]?.trim();
  if (chosen) return chosen.toLowerCase() === 'off' ? undefined : chosen;
  // The XDG base directory specification: a relative XDG_CACHE_HOME is invalid and ignored.
  const xdg = env['XDG_CACHE_HOME'];
  const base = xdg && isAbsolute(xdg) ? xdg : env['HOME'] ? join(env['HOME'], '.cache') : undefined;
  return base ? join(base, 'absolute-pack') : undefined;
}

/** The cache of this program, or undefined when it is turned off. Nothing is created until a cache is written. */
export function openCodeCache(key: CodeCacheKey, settings: CodeCacheSettings): CodeCacheStore | undefined {
  const { uid } = settings;
  const folder = codeCacheFolder(settings.env);
  if (uid === undefined || folder === undefined) return undefined;
  const file = join(folder, cacheFileName(key));
  return {
    file,
    read: () => (isPrivateFolder(folder, uid) ? readPrivateFile(file, uid) : undefined),
    write: (data) => ensurePrivateFolder(folder, uid) && replaceFile(folder, file, data, otherBuildsOf(key)),
  };
}

export function cacheFileName(key: CodeCacheKey): string {
  return `absolute-${key.programSha256.slice(0, 16)}${cacheFileSuffix(key)}`;
}

/** How the names of every build's cache for one entry path, Node.js and processor end. */
export function cacheFileSuffix(key: Omit<CodeCacheKey, 'programSha256'>): string {
  return `-${key.mode}-${key.nodeVersion}-${key.arch}.v8cache`;
}

/** Other builds' caches for the same entry path, Node.js and processor. */
function otherBuildsOf(key: CodeCacheKey): (name: string) => boolean {
  const ours = cacheFileName(key);
  const suffix = cacheFileSuffix(key);
  return (name) => name !== ours && name.startsWith('absolute-') && name.endsWith(suffix);
}

export const OTHER_BUILDS_KEPT = 3;

/** True when `path` is a folder of this user that no one else can use (a link to one is not). */
export function isPrivateFolder(path: string, uid: number): boolean {
  try {
    const info = lstatSync(path);
    return info.isDirectory() && info.uid === uid && (info.mode & 0o077) === 0;
  } catch {
    return false;
  }
}

/** Creates the folder (mode 0700) when it is missing; true when it is then private. */
function ensurePrivateFolder(path: string, uid: number): boolean {
  try {
    mkdirSync(path, { recursive: true, mode: 0o700 });
  } catch {
    return false;
  }
  return isPrivateFolder(path, uid);
}

function readPrivateFile(file: string, uid: number): Buffer | undefined {
  let fd: number | undefined;
  try {
    // O_NOFOLLOW: a link put in place of the file is refused rather than followed.
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW);
    const info = fstatSync(fd);
    if (!info.isFile() || info.uid !== uid || (info.mode & 0o022) !== 0 || info.size === 0) return undefined;
    const data = Buffer.allocUnsafe(info.size);
    let read = 0;
    while (read < data.length) {
      const n = readSync(fd, data, read, data.length - read, read);
      if (n === 0) return undefined;
      read += n;
    }
    return data;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function replaceFile(folder: string, file: string, data: Buffer, isOtherBuild: (name: string) => boolean): boolean {
  const partial = `${file}.${process.pid}.${Date.now().toString(36)}.partial`;
  try {
    writeFileSync(partial, data, { mode: 0o600, flag: 'wx' });
    renameSync(partial, file);
  } catch {
    try {
      unlinkSync(partial);
    } catch {
      // Never written, or already gone.
    }
    return false;
  }
  try {
    const others = readdirSync(folder)
      .filter(isOtherBuild)
      .map((name) => ({ path: join(folder, name), written: lstatSync(join(folder, name)).mtimeMs }))
      .sort((a, b) => b.written - a.written);
    for (const old of others.slice(OTHER_BUILDS_KEPT)) unlinkSync(old.path);
  } catch {
    // Another run may be removing the same files; what is left is removed next time.
  }
  return true;
}
