import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AbsoluteError } from '../../absolute/errors';
import { trackPartialFile, untrackPartialFile } from './partial-files';

/** Separators, drive colons, control characters and the characters Windows forbids. */
// eslint-disable-next-line no-control-regex -- control characters are among what a file name must not contain
const UNSAFE_CHARACTERS = /[/\\:*?"<>|\u0000-\u001f\u007f]/;
/** Tries `name`, then `name-1`, ... so an export never overwrites an earlier file. */
const MAX_SUFFIX = 999;

/** Why `name` cannot be used as the export's file name, or undefined when it can. */
export function fileNameProblem(name: string): string | undefined {
  if (UNSAFE_CHARACTERS.test(name)) {
    return 'must be a plain file name, without a path: no / or \\, no control characters and none of : * ? " < > |';
  }
  if (name.startsWith('.')) return 'must not start with a dot (no hidden files, no "..")';
  return undefined;
}

/**
 * One export file under the runner's files directory. It is written to a temporary file beside
 * the target and only given its name once complete, never clobbering a file already there: a
 * file under an export's name is always a whole export. A failed or interrupted export removes
 * the temporary file.
 */
export class ExportFile {
  private finalPath: string | undefined;
  private finalName: string | undefined;

  private constructor(
    private readonly handle: FileHandle,
    private readonly temporaryPath: string,
    private readonly dir: string,
    private readonly wantedName: string,
  ) {}

  static async create(dir: string, name: string): Promise<ExportFile> {
    const problem = fileNameProblem(name);
    if (problem) throw new AbsoluteError(`Refused to write the export file "${name}": it ${problem}.`);
    const temporaryPath = join(dir, `${name}.${randomBytes(4).toString('hex')}.partial`);
    try {
      await mkdir(dir, { recursive: true });
      const handle = await open(temporaryPath, 'wx');
      trackPartialFile(temporaryPath);
      return new ExportFile(handle, temporaryPath, dir, name);
    } catch (error) {
      throw writeError(join(dir, name), error);
    }
  }

  /** The final path once finished; until then the path it is meant to get. */
  get path(): string {
    return this.finalPath ?? join(this.dir, this.wantedName);
  }

  get name(): string {
    return this.finalName ?? this.wantedName;
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    try {
      await this.handle.write(text);
    } catch (error) {
      throw writeError(this.temporaryPath, error);
    }
  }

  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    try {
      await this.handle.write(bytes);
    } catch (error) {
      throw writeError(this.temporaryPath, error);
    }
  }

  /** Flushes, closes and gives the complete file its name (or the first free numbered variant). */
  async finish(): Promise<void> {
    try {
      await this.handle.sync();
      await this.handle.close();
      const extension = extname(this.wantedName);
      const stem = this.wantedName.slice(0, this.wantedName.length - extension.length);
      for (let n = 0; n <= MAX_SUFFIX; n++) {
        const candidate = n === 0 ? this.wantedName : `${stem}-${n}${extension}`;
        if (await this.claim(join(this.dir, candidate))) {
          this.finalName = candidate;
          this.finalPath = join(this.dir, candidate);
          return;
        }
      }
    } catch (error) {
      await this.abandon();
      throw writeError(this.path, error);
    }
    await this.abandon();
    throw new AbsoluteError(
      `Could not name the export file: ${this.wantedName} and ${MAX_SUFFIX} numbered variants already exist in ${this.dir}.`,
      {
        suggestion: 'Give another file_name or clean up the files directory.',
      },
    );
  }

  /** Closes and deletes the partial file; the export's own error is what the analyst needs to see. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.temporaryPath).catch(() => undefined);
    untrackPartialFile(this.temporaryPath);
  }

  /**
   * Moves the temporary file to `target` unless something is there. A hard link fails when the
   * name is taken, atomically; file systems without hard links fall back to check-then-rename.
   */
  private async claim(target: string): Promise<boolean> {
    try {
      await link(this.temporaryPath, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
      if (await exists(target)) return false;
      await rename(this.temporaryPath, target);
      untrackPartialFile(this.temporaryPath);
      return true;
    }
    await unlink(this.temporaryPath);
    untrackPartialFile(this.temporaryPath);
    return true;
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

function writeError(path: string, error: unknown): AbsoluteError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return new AbsoluteError(`Could not write the export file ${path} (${reason}).`, {
    cause: error,
    suggestion:
      'Check that the files directory (filesDir in the invocation, ABSOLUTE_FILES_DIR, or --files-dir) is writable and has free space.',
  });
}
