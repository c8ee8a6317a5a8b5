import { unlinkSync } from 'node:fs';

/**
 * Export files still being written. A handler cannot see the process, so the runtime asks this
 * list to delete them when the process is interrupted (SIGINT, SIGTERM): an interrupted export
 * leaves nothing behind, under its final name or any other.
 */
const writing = new Set<string>();

export function trackPartialFile(path: string): void {
  writing.add(path);
}

export function untrackPartialFile(path: string): void {
  writing.delete(path);
}

/** Synchronous, so it can run in a signal handler just before the process exits. */
export function removePartialFiles(): void {
  for (const path of writing) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone; nothing else can be done on the way out.
    }
  }
  writing.clear();
}
