import { join, resolve } from 'node:path';

/** Where the bench finds the bundles; dist/bench.cjs runs from dist/. */
export interface BenchContext {
  distDir: string;
  /** dist/bench.cjs itself, forked as the simulator process. */
  benchBundle: string;
  /** dist/absolute.cjs, the integration under test. */
  packBundle: string;
  /** The bench's own code-cache folder (ABSOLUTE_CODE_CACHE) for every pack run outside the cold start. */
  codeCache: string;
  log: (line: string) => void;
}

export function benchContext(distDir: string, codeCache: string, pack?: string): BenchContext {
  return {
    distDir,
    benchBundle: join(distDir, 'bench.cjs'),
    packBundle: pack ? resolve(pack) : join(distDir, 'absolute.cjs'),
    codeCache,
    log: (line) => process.stderr.write(`bench: ${line}\n`),
  };
}

/** The runner's answer on stdout. */
export interface PackOutput {
  entries: Array<{ Type: number; Contents: unknown; HumanReadable?: string; EntryContext?: Record<string, unknown>; FileID?: string }>;
  lastRun: Record<string, unknown> | null;
  events?: Array<Record<string, unknown>>;
}

export function parsePackOutput(stdout: string, what: string): PackOutput {
  try {
    return JSON.parse(stdout) as PackOutput;
  } catch {
    throw new Error(`${what}: dist/absolute.cjs printed no JSON: ${stdout.slice(0, 300)}`);
  }
}

/** The error text of a failed run, for the report. */
function contentsText(contents: unknown): string {
  return typeof contents === 'string' ? contents : JSON.stringify(contents);
}

export function failureText(output: PackOutput): string {
  const first = output.entries.find((e) => e.Type === 4) ?? output.entries[0];
  return (
    contentsText(first?.Contents ?? 'no entry')
      .split('\n')
      .slice(-1)[0] ?? ''
  );
}
