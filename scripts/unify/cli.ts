// Entry point of dist/unify.cjs, which `npm run build` runs to write dist/integration-Absolute.yml.
//   node dist/unify.cjs [root] [--own-image] [--label <text>] [--out <file>] [--quiet]
// --own-image  the variant for the image built from the Dockerfile (the bundle is not embedded)
// --label      a custom label on id, name and display, as demisto-sdk prepare-content -c adds
// --out        where to write (default: dist/integration-Absolute.yml, or a name per variant)
import { join, relative, resolve } from 'node:path';
import type { UnifyOptions } from './unify';
import { writeUnifiedIntegration } from './write-unified';

function parseArgs(argv: readonly string[]): { root: string; options: UnifyOptions; out?: string; quiet: boolean } {
  const args = [...argv];
  const options: UnifyOptions = {};
  let root: string | undefined;
  let out: string | undefined;
  let quiet = false;
  const valueOf = (flag: string): string => {
    const value = args.shift();
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    return value;
  };
  for (let arg = args.shift(); arg !== undefined; arg = args.shift()) {
    if (arg === '--quiet') quiet = true;
    else if (arg === '--own-image') options.runner = 'own-image';
    else if (arg === '--label') options.customLabel = valueOf(arg);
    else if (arg === '--out') out = resolve(valueOf(arg));
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg} (use --own-image, --label <text>, --out <file>, --quiet)`);
    else root = arg;
  }
  return { root: resolve(root ?? join(__dirname, '..')), options, out, quiet };
}

try {
  const { root, options, out, quiet } = parseArgs(process.argv.slice(2));
  const report = writeUnifiedIntegration(root, options, out);
  for (const warning of report.warnings) process.stderr.write(`unify: warning: ${warning}\n`);
  if (!quiet) process.stderr.write(`unified ${relative(root, report.file)} (${(report.bytes / 1024).toFixed(0)} KiB)\n`);
} catch (error) {
  process.stderr.write(`unify: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
