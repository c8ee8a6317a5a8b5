import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EXPORT_FIELDS } from '../../../Integrations/Absolute/src/commands/export/export-fields';
import { runNode } from '../child-run';
import { packEnv, warmSharedCodeCache } from '../code-cache';
import { failureText, parsePackOutput, type BenchContext } from '../context';
import { rawPages } from '../raw-pager';
import type { Figure } from '../report';
import { SimulatorProcess } from '../simulator-process';
import { formatBytes, formatCount, formatMs, formatRate, formatRatio, median } from '../stats';

export const EXPORT_RATIO_GOAL = 1.25;
export const EXPORT_RSS_GOAL_BYTES = 200 * 1024 * 1024;
const SUMMARY_KEY = 'Absolute.DeviceExport(val.FileName && val.FileName == obj.FileName)';

/**
 * Every device of the fleet through `absolute-device-export` (CSV, default fields, 500 a page) in
 * its own process, against a raw loop fetching the same pages. The simulator's rate limit is off
 * and the pack's is far above what it can reach, so neither limiter is what is measured.
 */
export async function fleetExport(ctx: BenchContext, fleetSize: number, runs: number): Promise<Figure[]> {
  const sim = await SimulatorProcess.start(ctx.benchBundle, { fleetSize, rateLimitPerSecond: false, eventsPerMinute: 0 });
  const filesDir = mkdtempSync(join(tmpdir(), 'absolute-bench-export-'));
  try {
    await warmSharedCodeCache(ctx, sim);
    const packTimes: number[] = [];
    const rawTimes: number[] = [];
    let peakRss = 0;
    for (let run = 0; run < runs; run++) {
      const fileName = `fleet-${run}.csv`;
      const input = JSON.stringify({
        command: 'absolute-device-export',
        params: sim.params({ max_requests_per_second: 100_000 }),
        args: { format: 'csv', file_name: fileName },
        filesDir,
      });
      const pack = await runNode([ctx.packBundle], { input, measureMemory: true, env: packEnv(ctx.codeCache) });
      const output = parsePackOutput(pack.stdout, 'fleet export');
      if (pack.code !== 0) throw new Error(`fleet export failed: ${failureText(output)}`);
      const count = (output.entries[1]?.EntryContext?.[SUMMARY_KEY] as { DeviceCount?: number } | undefined)?.DeviceCount;
      const lines = countRecords(join(filesDir, fileName));
      if (count !== fleetSize || lines !== fleetSize + 1)
        throw new Error(`fleet export wrote ${count} devices / ${lines} CSV records for a fleet of ${fleetSize}`);
      rmSync(join(filesDir, fileName));
      packTimes.push(pack.wallMs);
      peakRss = Math.max(peakRss, pack.peakRssBytes ?? 0);

      const raw = await rawPages(sim, '/v3/reporting/devices', { select: DEFAULT_EXPORT_FIELDS.join(',') }, 500);
      if (raw.items !== fleetSize) throw new Error(`raw loop read ${raw.items} devices of ${fleetSize}`);
      rawTimes.push(raw.wallMs);
      ctx.log(
        `fleet export run ${run + 1}/${runs}: pack ${formatMs(pack.wallMs)} (${formatBytes(pack.peakRssBytes ?? 0)} peak RSS), raw ${formatMs(raw.wallMs)}`,
      );
    }
    const packMs = median(packTimes);
    const rawMs = median(rawTimes);
    const ratio = packMs / rawMs;
    const group = `Fleet export (${formatCount(fleetSize)} devices)`;
    return [
      {
        group,
        name: `absolute-device-export to CSV, median of ${runs}`,
        value: `${formatMs(packMs)} (${formatRate(fleetSize, packMs, 'devices')})`,
        baseline: `raw signed paging loop: ${formatMs(rawMs)}`,
        goal: '—',
        data: { packMs, rawMs, packTimes, rawTimes, pages: Math.ceil(fleetSize / 500) },
      },
      {
        group,
        name: 'pack time / raw time',
        value: formatRatio(ratio),
        baseline: '1.00×',
        goal: `≤ ${EXPORT_RATIO_GOAL.toFixed(2)}×`,
        met: ratio <= EXPORT_RATIO_GOAL,
        data: { ratio },
      },
      {
        group,
        name: 'peak RSS of the pack process',
        value: peakRss > 0 ? formatBytes(peakRss) : 'not measured',
        baseline: '—',
        goal: `≤ ${formatBytes(EXPORT_RSS_GOAL_BYTES)}`,
        ...(peakRss > 0 ? { met: peakRss <= EXPORT_RSS_GOAL_BYTES } : {}),
        data: { peakRssBytes: peakRss },
      },
    ];
  } finally {
    rmSync(filesDir, { recursive: true, force: true });
    await sim.close();
  }
}

/** CSV records in the file (the simulator's values hold no line breaks, so CRLFs are records). */
function countRecords(path: string): number {
  const text = readFileSync(path, 'latin1');
  let count = 0;
  for (let i = text.indexOf('\r\n'); i !== -1; i = text.indexOf('\r\n', i + 2)) count++;
  return count;
}
