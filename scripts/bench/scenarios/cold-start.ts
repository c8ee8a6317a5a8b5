import { statSync } from 'node:fs';
import { runNode } from '../child-run';
import type { BenchContext } from '../context';
import type { Figure } from '../report';
import { SimulatorProcess } from '../simulator-process';
import { formatBytes, formatMs, median } from '../stats';

/** Measured before the cold-start work (same machine), kept as the bundle's reference point. */
export const BUNDLE_BYTES_BEFORE = 1_833_034;
export const COLD_START_GOAL_MS = 80;
const WARM_UP_RUNS = 3;

/**
 * Median wall time of `node dist/absolute.cjs` answering `test-module` on stdin (one signed request
 * to the simulator) against bare `node -e 0`, runs interleaved so drift hits both alike.
 */
export async function coldStart(ctx: BenchContext, runs: number): Promise<Figure[]> {
  const sim = await SimulatorProcess.start(ctx.benchBundle, { fleetSize: 2500, rateLimitPerSecond: false, eventsPerMinute: 30 });
  try {
    const input = JSON.stringify({ command: 'test-module', params: sim.params(), args: {} });
    const bare: number[] = [];
    const pack: number[] = [];
    const help: number[] = [];
    for (let i = 0; i < WARM_UP_RUNS + runs; i++) {
      const b = await runNode(['-e', '0']);
      const p = await runNode([ctx.packBundle], { input });
      const h = await runNode([ctx.packBundle, '--help']);
      if (p.code !== 0 || !p.stdout.includes('"Contents":"ok"')) throw new Error(`test-module failed (exit ${p.code}): ${p.stdout.slice(0, 300)} ${p.stderr.slice(0, 300)}`);
      if (i < WARM_UP_RUNS) continue;
      bare.push(b.wallMs);
      pack.push(p.wallMs);
      help.push(h.wallMs);
    }
    const bareMs = median(bare);
    const packMs = median(pack);
    const helpMs = median(help);
    const bytes = statSync(ctx.packBundle).size;
    ctx.log(`cold start: test-module ${formatMs(packMs)}, --help ${formatMs(helpMs)}, bare node ${formatMs(bareMs)} (medians of ${runs})`);
    return [
      {
        group: 'Cold start',
        name: `test-module via stdin, median of ${runs}`,
        value: `${formatMs(packMs)} (+${formatMs(packMs - bareMs)})`,
        baseline: `bare node -e 0: ${formatMs(bareMs)}`,
        goal: `≤ bare + ${COLD_START_GOAL_MS} ms`,
        met: packMs - bareMs <= COLD_START_GOAL_MS,
        data: { packMs, bareMs, overheadMs: packMs - bareMs, runs, pack, bare },
      },
      {
        group: 'Cold start',
        name: `--help, median of ${runs}`,
        value: `${formatMs(helpMs)} (+${formatMs(helpMs - bareMs)})`,
        baseline: `bare node -e 0: ${formatMs(bareMs)}`,
        goal: '—',
        data: { helpMs, help },
      },
      {
        group: 'Cold start',
        name: 'bundle dist/absolute.cjs',
        value: formatBytes(bytes),
        baseline: `${formatBytes(BUNDLE_BYTES_BEFORE)} before the cold-start work`,
        goal: '—',
        data: { bytes, bytesBefore: BUNDLE_BYTES_BEFORE },
      },
    ];
  } finally {
    await sim.close();
  }
}
