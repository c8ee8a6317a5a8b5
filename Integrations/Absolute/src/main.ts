import { setFlagsFromString } from 'node:v8';
import { cleanUpOnInterrupt } from './runtime/interrupts';

/**
 * undici parses HTTP with llhttp compiled to WebAssembly. V8 starts it on its baseline compiler and
 * re-compiles the parser with its optimising compiler once it has run a little: within the first
 * response. That background compile costs about as much CPU as the rest of a short command, and the
 * process waits for it before it can exit. The parser is not where time goes (exporting 100,000
 * devices is no slower without it), so the optimising tier is put off until a parser has really
 * worked hard. Set before the first connection compiles the module.
 */
setFlagsFromString('--wasm-tiering-budget=2000000000');

/**
 * Entry point of dist/absolute.cjs. With no arguments it speaks the runner protocol on
 * stdin/stdout; with arguments it is the analysts' command line. Each path is loaded when taken
 * (esbuild keeps both in this one file), so the command line's usage text needs no commands,
 * zod or undici.
 */
const argv = process.argv.slice(2);
// With no arguments on a terminal, someone typed `absolute`: they get the usage, not a wait for JSON.
const commandLine = argv.length > 0 || process.stdin.isTTY === true;

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
  const { runStdin } = await import('./runtime/stdin');
  const write = (text: string) => new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));
  return runStdin(process.stdin, write, { log, env: process.env });
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
