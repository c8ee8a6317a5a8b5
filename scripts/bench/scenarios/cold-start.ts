import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runNode, type RunOptions } from '../child-run';
import type { BenchContext } from '../context';
import type { Figure } from '../report';
import { SimulatorProcess } from '../simulator-process';
import { formatBytes, formatMs, median, percentile } from '../stats';

/** Measured before the cold-start work (same machine), kept as the bundle's reference point. */
export const BUNDLE_BYTES_BEFORE = 1_833_034;
export const COLD_START_GOAL_MS = 80;
const WARM_UP_RUNS = 3;

/** One way of starting the pack that is timed, and the bare node it is compared with. */
interface Variant {
  key: string;
  name: string;
  bare: string;
  args: (packBundle: string) => string[];
  options: RunOptions;
  /** Has a goal (test-module runs) or is shown for reference (--help). */
  goal: boolean;
}

/**
 * Median wall time of `node dist/absolute.cjs` answering `test-module` on stdin (one signed request
 * to the simulator) against bare `node -e 0`, on the machine's Node and on the platform's Node 24
 * (with and without its compile cache, which the bridge turns on). Every round starts each
 * variant and each bare node once, interleaved, so background load hits all alike.
 */
export async function coldStart(ctx: BenchContext, runs: number, node24: string): Promise<Figure[]> {
  const sim = await SimulatorProcess.start(ctx.benchBundle, { fleetSize: 2500, rateLimitPerSecond: false, eventsPerMinute: 30 });
  const cacheDir = mkdtempSync(join(tmpdir(), 'absolute-bench-compile-cache-'));
  try {
    const input = JSON.stringify({ command: 'test-module', params: sim.params(), args: {} });
    const here = `Node ${process.version}`;
    const variants: Variant[] = [
      { key: 'node20', name: `test-module via stdin, ${here}`, bare: process.execPath, args: (b) => [b], options: { input }, goal: true },
      { key: 'help', name: `--help, ${here}`, bare: process.execPath, args: (b) => [b, '--help'], options: {}, goal: false },
    ];
    const has24 = existsSync(node24);
    const v24 = has24 ? `Node ${execFileSync(node24, ['--version']).toString().trim()}` : 'Node 24';
    if (has24) {
      const on24 = { node: node24, input };
      variants.push(
        { key: 'node24', name: `test-module via stdin, ${v24}`, bare: node24, args: (b) => [b], options: on24, goal: true },
        {
          key: 'node24cache',
          name: `test-module via stdin, ${v24} with NODE_COMPILE_CACHE`,
          bare: node24,
          args: (b) => [b],
          options: { ...on24, env: { ...process.env, NODE_COMPILE_CACHE: cacheDir } },
          goal: true,
        },
      );
    }
    const bareNodes = [...new Set(variants.map((v) => v.bare))];
    const bare = new Map<string, number[]>(bareNodes.map((n) => [n, []]));
    const timed = new Map<string, number[]>(variants.map((v) => [v.key, []]));
    for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
      for (const node of bareNodes) {
        const b = await runNode(['-e', '0'], { node });
        if (i >= WARM_UP_RUNS) bare.get(node)?.push(b.wallMs);
      }
      for (const v of variants) {
        const run = await runNode(v.args(ctx.packBundle), v.options);
        if (v.goal && (run.code !== 0 || !run.stdout.includes('"Contents":"ok"'))) {
          throw new Error(`test-module failed on ${v.name} (exit ${run.code}): ${run.stdout.slice(0, 300)} ${run.stderr.slice(0, 300)}`);
        }
        if (i >= WARM_UP_RUNS) timed.get(v.key)?.push(run.wallMs);
      }
    }
    const figures = variants.map((v) =>
      coldStartFigure(v.name, timed.get(v.key) ?? [], bare.get(v.bare) ?? [], v.bare === process.execPath ? here : v24, v.goal),
    );
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
    rmSync(cacheDir, { recursive: true, force: true });
    await sim.close();
  }
}

/** One cold-start line: the median over bare node's median, with the interquartile spread of both. */
export function coldStartFigure(
  name: string,
  pack: readonly number[],
  bare: readonly number[],
  bareLabel: string,
  withGoal: boolean,
): Figure {
  const packMs = median(pack);
  const bareMs = median(bare);
  const spread = (v: readonly number[]) => `${formatMs(percentile(v, 25))}–${formatMs(percentile(v, 75))}`;
  return {
    group: 'Cold start',
    name: `${name}, median of ${pack.length}`,
    value: `${formatMs(packMs)} (+${formatMs(packMs - bareMs)}; p25–p75 ${spread(pack)})`,
    baseline: `bare node -e 0 on ${bareLabel}: ${formatMs(bareMs)} (p25–p75 ${spread(bare)})`,
    goal: withGoal ? `≤ bare + ${COLD_START_GOAL_MS} ms` : '—',
    ...(withGoal ? { met: packMs - bareMs <= COLD_START_GOAL_MS } : {}),
    data: { packMs, bareMs, overheadMs: packMs - bareMs, runs: pack.length, pack: [...pack], bare: [...bare] },
  };
}
