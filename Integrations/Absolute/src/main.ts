import { runCli } from './runtime/cli';
import { runStdin } from './runtime/stdin';

/**
 * Entry point of dist/absolute.cjs. With no arguments it speaks the runner protocol on
 * stdin/stdout; with arguments it is the analysts' command line.
 */
async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const log = (line: string) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  if (argv.length > 0) {
    return runCli(argv, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t), env: process.env, bundleDir: __dirname });
  }
  const write = (text: string) => new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return runStdin(process.stdin, write, { log, env: process.env });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Only a bug gets here; keep stdout a single JSON object even then.
    process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stdout.write(`${JSON.stringify({ entries: [{ Type: 4, ContentsFormat: 'text', Contents: 'Internal error in the Absolute integration.' }], lastRun: null })}\n`, () => process.exit(1));
  },
);
