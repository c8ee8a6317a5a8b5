import { isCommandLineRun } from './boot/entry-mode';
import { cleanUpOnInterrupt } from './runtime/interrupts';

/**
 * The program of dist/absolute.cjs, started by the file's head (boot/start.ts). With no arguments
 * it speaks the runner protocol on stdin/stdout; with arguments it is the analysts' command line.
 * Each path is loaded when taken (esbuild keeps both in this one file), so the command line's
 * usage text needs no commands, zod or undici.
 */
const argv = process.argv.slice(2);
const commandLine = isCommandLineRun(process.argv);

async function main(): Promise<number> {
  const log = (line: string) => process.stderr.write(line.endsWith('\n') ? line : `${line}\n`);
  cleanUpOnInterrupt();
  if (commandLine) {
    const [{ runCli }, { askLine }] = await Promise.all([import('./runtime/cli'), import('./runtime/terminal')]);
    return runCli(argv, {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      env: process.env,
      bundleDir: __dirname,
      cwd: process.cwd(),
      interactive: process.stdin.isTTY === true,
      ask: (question) => askLine(question, process.stdin, process.stderr),
    });
  }
  const { readInput, runStdin } = await import('./runtime/stdin');
  const write = (text: string) => new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return runStdin(() => readInput(0, () => process.stdin), write, { log, env: process.env });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Only a bug gets here; keep stdout a single JSON object even then (the command line's stdout: nothing).
    process.stderr.write(`internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (commandLine) process.exit(1);
    process.stdout.write(
      `${JSON.stringify({ entries: [{ Type: 4, ContentsFormat: 'text', Contents: 'Internal error in the Absolute integration.' }], lastRun: null })}\n`,
      () => process.exit(1),
    );
  },
);
