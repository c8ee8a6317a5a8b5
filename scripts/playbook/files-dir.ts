import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Where the commands of one playbook run write their files (exports). */
export interface FilesDir {
  readonly path: string;
  /** Removes the folder if this run created it and no command wrote into it; call it also on failure. */
  release(): void;
}

/**
 * The folder the analyst asked for, or a fresh one in the temp directory, so that files commands
 * write never land in the working tree by accident. A fresh folder that stays empty is removed at
 * the end; one that holds files is the run's output and stays (the CLI says where).
 */
export function openFilesDir(asked: string | undefined): FilesDir {
  if (asked !== undefined) return { path: resolve(asked), release: () => undefined };
  const path = mkdtempSync(join(tmpdir(), 'absolute-playbook-'));
  return {
    path,
    release() {
      if (existsSync(path) && readdirSync(path).length === 0) rmSync(path, { recursive: true, force: true });
    },
  };
}
