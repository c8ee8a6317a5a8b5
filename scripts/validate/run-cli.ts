import { dirname, resolve } from 'node:path';
import { allRules, findSchemaDir, formatFinding, summarize, validatePackSync } from './index';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `usage: node dist/validate.cjs [packRoot] [--schemas <dir>] [--json] [--list-rules]
  packRoot     pack to validate (default: the working directory)
  --schemas    directory of the vendored schemas (default: vendor/xsoar-schemas found above the pack,
               the working directory or the bundle)
  --json       print findings as a JSON array instead of text
  --list-rules print the rule codes and what they check`;

/** Runs the validator CLI; returns the process exit code (0 clean, 1 findings with errors, 2 usage). */
export function runCli(argv: readonly string[], io: CliIo, bundlePath?: string): number {
  const args = [...argv];
  let root = '.';
  let schemaDir: string | undefined;
  let json = false;
  for (let arg = args.shift(); arg !== undefined; arg = args.shift()) {
    if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    }
    if (arg === '--list-rules') {
      allRules.forEach((rule) => io.out(`${rule.code}  ${rule.title}`));
      return 0;
    }
    if (arg === '--json') json = true;
    else if (arg === '--schemas') schemaDir = args.shift();
    else if (!arg.startsWith('-')) root = arg;
    else {
      io.err(`unknown option ${arg}\n${USAGE}`);
      return 2;
    }
  }
  // The bundle lives in <repo>/dist, so its parent is a natural place to find vendor/ from.
  const fallback = bundlePath ? [resolve(dirname(bundlePath), '..')] : [];
  const schemas = schemaDir ?? findSchemaDir([root, process.cwd(), ...fallback]);
  try {
    const findings = validatePackSync(root, schemas === undefined ? {} : { schemaDir: schemas });
    if (json) io.out(JSON.stringify(findings, null, 2));
    else {
      findings.forEach((finding) => io.out(formatFinding(finding)));
      io.err(summarize(findings));
    }
    return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
  } catch (error) {
    io.err(`validate: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
