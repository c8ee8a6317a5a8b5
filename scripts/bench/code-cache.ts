import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFileSuffix, CODE_CACHE_ENV } from '../../Integrations/Absolute/src/boot/code-cache';
import { runNode } from './child-run';
import type { BenchContext } from './context';
import { SimulatorProcess } from './simulator-process';

/**
 * The pack keeps V8's compiled code in ABSOLUTE_CODE_CACHE (else under ~/.cache). Every pack run of
 * the bench names a folder of the bench's own, so a bench never reads or fills the user's cache and
 * every figure says which cache it ran with.
 */
export const CODE_CACHE_DEBUG_ENV = 'ABSOLUTE_CODE_CACHE_DEBUG';

/** The environment of a pack run: `cache` (a folder, or `off`), and nothing of the caller's own cache settings. */
export function packEnv(cache: string, base: NodeJS.ProcessEnv = process.env, debug = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, [CODE_CACHE_ENV]: cache };
  delete env['NODE_COMPILE_CACHE'];
  delete env[CODE_CACHE_DEBUG_ENV];
  if (debug) env[CODE_CACHE_DEBUG_ENV] = '1';
  return env;
}

export type CodeCacheState = 'accepted' | 'rejected' | 'none' | 'off';

/** What the pack's head said about the cache it found (stderr with ABSOLUTE_CODE_CACHE_DEBUG=1); undefined when it said nothing. */
export function codeCacheState(stderr: string): CodeCacheState | undefined {
  const said = /^code cache: (accepted|rejected|none|off)\b/m.exec(stderr);
  return said?.[1] as CodeCacheState | undefined;
}

/** True when the run said it wrote a cache at its end. */
export function codeCacheWritten(stderr: string): boolean {
  return /^code cache: written$/m.test(stderr);
}

/** The cache files in a folder (one per program build, entry mode, Node version and processor). */
export function cacheFiles(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.v8cache'));
  } catch {
    return [];
  }
}

/** The temporary folders of a benchmark; `removeAll` belongs in a finally. */
export class TempFolders {
  private readonly made = new Set<string>();

  /** A new empty folder (mode 0700, as the pack requires of its cache folder). */
  make(label: string): string {
    const folder = mkdtempSync(join(tmpdir(), `absolute-bench-${label}-`));
    this.made.add(folder);
    return folder;
  }

  remove(folder: string): void {
    rmSync(folder, { recursive: true, force: true });
    this.made.delete(folder);
  }

  removeAll(): void {
    for (const folder of [...this.made]) this.remove(folder);
  }
}

/**
 * On the platform the cache exists from the pack's first successful command on, so the scenarios
 * other than the cold start run with the bench's shared cache folder made beforehand by one
 * `test-module` on the machine's Node (against `sim`, or a small simulator started here), and
 * checked: a pack run that cannot write its cache stops the bench rather than skew its figures.
 * A build from before the cache (`--pack`) says nothing of it and is measured as it is.
 */
export async function warmSharedCodeCache(ctx: BenchContext, sim?: SimulatorProcess): Promise<void> {
  const ours = cacheFileSuffix({ mode: 'runner', nodeVersion: process.version, arch: process.arch });
  if (cacheFiles(ctx.codeCache).some((name) => name.endsWith(ours))) return;
  const host = sim ?? (await SimulatorProcess.start(ctx.benchBundle, { fleetSize: 10, rateLimitPerSecond: false, eventsPerMinute: 0 }));
  try {
    const input = JSON.stringify({ command: 'test-module', params: host.params(), args: {} });
    const run = await runNode([ctx.packBundle], { input, env: packEnv(ctx.codeCache, process.env, true) });
    if (run.code === 0 && codeCacheState(run.stderr) === undefined && !/^code cache:/m.test(run.stderr)) {
      // A build from before the code cache (--pack): it is measured as it is.
      ctx.log(`${ctx.packBundle} keeps no code cache (a build before it); measured without one`);
      return;
    }
    if (run.code !== 0 || !(codeCacheWritten(run.stderr) || codeCacheState(run.stderr) === 'accepted'))
      throw new Error(`the pack's code cache could not be made in ${ctx.codeCache} (exit ${run.code}): ${run.stderr.slice(0, 300)}`);
  } finally {
    if (!sim) await host.close();
  }
}
