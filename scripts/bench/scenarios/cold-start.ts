import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runNode, type ChildRun } from '../child-run';
import { cacheFiles, codeCacheState, packEnv, TempFolders } from '../code-cache';
import type { BenchContext } from '../context';
import type { Figure } from '../report';
import { SimulatorProcess } from '../simulator-process';
import { formatBytes } from '../stats';
import { coldStartFigure, coldStartVariants, type ColdStartNode, type ColdStartVariant } from './cold-start-variants';

/** Measured before the cold-start work (same machine), kept as the bundle's reference point. */
export const BUNDLE_BYTES_BEFORE = 1_833_034;
const WARM_UP_RUNS = 3;

/**
 * Median wall time of `node dist/absolute.cjs` answering `test-module` on stdin (one signed request
 * to the simulator) against bare `node -e 0`, on the machine's Node and on the platform's Node 24:
 * with the code cache an earlier run left (a folder of the bench's per Node, filled by the warm-up
 * rounds and checked before timing), and as a first run with an empty cache. Every round starts
 * each variant and each bare node once, interleaved, so background load hits all alike.
 */
export async function coldStart(ctx: BenchContext, runs: number, node24: string): Promise<Figure[]> {
  const sim = await SimulatorProcess.start(ctx.benchBundle, { fleetSize: 2500, rateLimitPerSecond: false, eventsPerMinute: 30 });
  const folders = new TempFolders();
  try {
    const input = JSON.stringify({ command: 'test-module', params: sim.params(), args: {} });
    const nodes: ColdStartNode[] = [{ key: 'here', path: process.execPath, label: `Node ${process.version}` }];
    const has24 = existsSync(node24);
    if (has24) nodes.push({ key: 'node24', path: node24, label: `Node ${execFileSync(node24, ['--version']).toString().trim()}` });
    const warmCaches = new Map(nodes.map((node) => [node.key, folders.make(`code-cache-${node.key}`)]));
    const warmCache = (node: ColdStartNode): string => {
      const folder = warmCaches.get(node.key);
      if (folder === undefined) throw new Error(`no code-cache folder for ${node.label}`);
      return folder;
    };
    const variants = coldStartVariants(nodes);

    const start = (v: ColdStartVariant, cache: string, debug = false): Promise<ChildRun> =>
      runNode(v.command === 'help' ? [ctx.packBundle, '--help'] : [ctx.packBundle], {
        node: v.node.path,
        input: v.command === 'help' ? '' : input,
        env: packEnv(cache, process.env, debug),
      });
    const timeOnce = async (v: ColdStartVariant): Promise<number> => {
      const cache = v.cache === 'warm' ? warmCache(v.node) : folders.make('code-cache-first-run');
      try {
        const run = await start(v, cache);
        assertAnswered(v, run);
        if (v.cache === 'empty' && cacheFiles(cache).length === 0) throw new Error(`${v.name}: the run wrote no code cache`);
        return run.wallMs;
      } finally {
        if (v.cache === 'empty') folders.remove(cache);
      }
    };

    const bare = new Map<string, number[]>(nodes.map((node) => [node.key, []]));
    const timed = new Map<string, number[]>(variants.map((v) => [v.key, []]));
    for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
      if (i === WARM_UP_RUNS) {
        for (const v of variants.filter((w) => w.cache === 'warm')) assertCacheAccepted(v, await start(v, warmCache(v.node), true));
      }
      for (const node of nodes) {
        const b = await runNode(['-e', '0'], { node: node.path });
        if (i >= WARM_UP_RUNS) bare.get(node.key)?.push(b.wallMs);
      }
      for (const v of variants) {
        const ms = await timeOnce(v);
        if (i >= WARM_UP_RUNS) timed.get(v.key)?.push(ms);
      }
    }

    const cacheBytes = Object.fromEntries(
      nodes.flatMap((node) => {
        const folder = warmCache(node);
        return cacheFiles(folder).map((name) => [name, statSync(join(folder, name)).size]);
      }),
    );
    ctx.log(
      `cold start: code cache files ${Object.entries(cacheBytes)
        .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`)
        .join(', ')}`,
    );
    const figures: Figure[] = variants.map((v) => {
      const figure = coldStartFigure(v.name, timed.get(v.key) ?? [], bare.get(v.node.key) ?? [], v.node.label, v.goal);
      return { ...figure, data: { ...figure.data, cache: v.cache, ...(v.cache === 'warm' ? { cacheBytes } : {}) } };
    });
    for (const f of figures) ctx.log(`cold start: ${f.name}: ${f.value}, ${f.baseline}`);
    if (!has24) {
      figures.push({
        group: 'Cold start',
        name: 'Node 24',
        value: `not measured: no binary at ${node24} (--node24 PATH)`,
        baseline: '—',
        goal: '—',
        met: false,
      });
    }
    const bytes = statSync(ctx.packBundle).size;
    figures.push({
      group: 'Cold start',
      name: 'bundle dist/absolute.cjs',
      value: formatBytes(bytes),
      baseline: `${formatBytes(BUNDLE_BYTES_BEFORE)} before the cold-start work`,
      goal: '—',
      data: { bytes, bytesBefore: BUNDLE_BYTES_BEFORE },
    });
    return figures;
  } finally {
    folders.removeAll();
    await sim.close();
  }
}

function assertAnswered(v: ColdStartVariant, run: ChildRun): void {
  const answered = run.code === 0 && (v.command !== 'test-module' || run.stdout.includes('"Contents":"ok"'));
  if (!answered) throw new Error(`${v.name} failed (exit ${run.code}): ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`);
}

/** A cache that is never used would still give figures, only wrong ones: the head must say it took it. */
function assertCacheAccepted(v: ColdStartVariant, run: ChildRun): void {
  assertAnswered(v, run);
  const state = codeCacheState(run.stderr);
  if (state !== 'accepted')
    throw new Error(
      `${v.name}: the code cache of the warm-up rounds was not used (code cache: ${state ?? 'nothing said'}): ${run.stderr.slice(0, 300)}`,
    );
}
