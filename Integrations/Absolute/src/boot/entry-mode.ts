import { isatty } from 'node:tty';

/**
 * A command-line run: arguments, or someone at a terminal (`absolute` alone gets the usage, not a
 * wait for JSON). The platform's runs have neither. Decided without touching process.stdin: setting
 * it up makes a pipe non-blocking, and the runner reads its invocation from the pipe directly.
 */
export function isCommandLineRun(argv: readonly string[]): boolean {
  return argv.length > 2 || isatty(0);
}
