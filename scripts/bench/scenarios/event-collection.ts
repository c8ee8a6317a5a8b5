import { runNode } from '../child-run';
import { packEnv, warmSharedCodeCache } from '../code-cache';
import { failureText, parsePackOutput, type BenchContext } from '../context';
import { rawPages } from '../raw-pager';
import type { Figure } from '../report';
import { SimulatorProcess } from '../simulator-process';
import { formatCount, formatMs, formatRate, formatRatio } from '../stats';

export const EVENTS_RATIO_GOAL = 1.25;
const MINUTE_MS = 60_000;
const MAX_RUNS = 50;

/**
 * `events` SIEM events, placed by the simulator process over the last few hours (about one in
 * three sharing its millisecond with the previous event), collected by successive `fetch-events`
 * runs that pass `lastRun` on, against a raw loop paging the same window. Every id is checked: none
 * may be missing or delivered twice.
 */
export async function eventCollection(ctx: BenchContext, events: number, perFetch: number): Promise<Figure[]> {
  const sim = await SimulatorProcess.start(ctx.benchBundle, { fleetSize: 1000, rateLimitPerSecond: false, eventsPerMinute: 0 });
  try {
    await warmSharedCodeCache(ctx, sim);
    const now = Date.now();
    // About a thousand events a minute, ending an hour ago: well inside the 72-hour retention.
    const toMs = now - 60 * MINUTE_MS;
    const fromMs = toMs - Math.max(1, Math.ceil(events / 1000)) * MINUTE_MS;
    await sim.addEvents(events, fromMs, toMs);
    const startMark = new Date(fromMs - 1000).toISOString();

    const raw = await rawPages(
      sim,
      '/v3/reporting/siem-events',
      { fromDateTimeUtc: startMark, toDateTimeUtc: new Date().toISOString() },
      1000,
    );
    if (raw.items !== events) throw new Error(`raw loop read ${raw.items} events of ${events}`);
    ctx.log(`event collection: raw loop ${formatMs(raw.wallMs)} for ${formatCount(raw.items)} events`);

    const seen = new Set<string>();
    let duplicates = 0;
    let lastRun: Record<string, unknown> | null = { latest_events_time: startMark, latest_events_id: [] };
    let packMs = 0;
    let runs = 0;
    for (; runs < MAX_RUNS;) {
      const input = JSON.stringify({
        command: 'fetch-events',
        params: sim.params({ isFetchEvents: true, max_events_per_fetch: perFetch, max_requests_per_second: 100_000 }),
        args: {},
        lastRun,
      });
      const run = await runNode([ctx.packBundle], { input, env: packEnv(ctx.codeCache) });
      runs += 1;
      packMs += run.wallMs;
      const output = parsePackOutput(run.stdout, 'fetch-events');
      if (run.code !== 0) throw new Error(`fetch-events run ${runs} failed: ${failureText(output)}`);
      const delivered = output.events ?? [];
      for (const event of delivered) {
        const id = String(event['id']);
        if (seen.has(id)) duplicates += 1;
        else seen.add(id);
      }
      ctx.log(`event collection: fetch-events run ${runs}: ${formatCount(delivered.length)} events in ${formatMs(run.wallMs)}`);
      lastRun = output.lastRun ?? lastRun;
      if (delivered.length === 0) break;
    }
    const lost = events - seen.size;
    const ratio = packMs / raw.wallMs;
    const group = `Event collection (${formatCount(events)} events)`;
    return [
      {
        group,
        name: `fetch-events, ${runs} runs of ≤ ${formatCount(perFetch)}`,
        value: `${formatMs(packMs)} (${formatRate(seen.size, packMs, 'events')})`,
        baseline: `raw signed paging loop: ${formatMs(raw.wallMs)}`,
        goal: '—',
        data: { packMs, rawMs: raw.wallMs, runs, perFetch },
      },
      {
        group,
        name: 'pack time / raw time',
        value: formatRatio(ratio),
        baseline: '1.00×',
        goal: `≤ ${EVENTS_RATIO_GOAL.toFixed(2)}×`,
        met: ratio <= EVENTS_RATIO_GOAL,
        data: { ratio },
      },
      {
        group,
        name: 'events lost / duplicated',
        value: `${lost} / ${duplicates}`,
        baseline: `${formatCount(events)} in the simulator`,
        goal: '0 / 0',
        met: lost === 0 && duplicates === 0,
        data: { delivered: seen.size, lost, duplicates },
      },
    ];
  } finally {
    await sim.close();
  }
}
