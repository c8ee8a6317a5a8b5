import { removePartialFiles } from '../commands/export/partial-files';
import { EXIT_INTERRUPTED } from './exit-codes';

/**
 * On SIGINT (Ctrl-C) or SIGTERM (the platform stopping the container), half-written export files
 * are deleted before the process exits with the shell's code for the signal.
 */
export function cleanUpOnInterrupt(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      removePartialFiles();
      process.exit(EXIT_INTERRUPTED[signal]);
    });
  }
}
