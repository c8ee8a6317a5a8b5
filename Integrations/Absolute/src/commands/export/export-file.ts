import { mkdir, open, unlink, type FileHandle } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { AbsoluteError } from '../../absolute/errors';

/** Separators, drive colons, control characters and the characters Windows forbids. */
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
 * One export file under the runner's files directory, created exclusively (never clobbering a
 * file already there) and removed again if the export fails half-way.
 */
export class ExportFile {
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    readonly name: string,
  ) {}

  static async create(dir: string, name: string): Promise<ExportFile> {
    const problem = fileNameProblem(name);
    if (problem) throw new AbsoluteError(`Refused to write the export file "${name}": it ${problem}.`);
    const extension = extname(name);
    const stem = name.slice(0, name.length - extension.length);
    try {
      await mkdir(dir, { recursive: true });
      for (let n = 0; n <= MAX_SUFFIX; n++) {
        const candidate = n === 0 ? name : `${stem}-${n}${extension}`;
        const path = join(dir, candidate);
        try {
          return new ExportFile(await open(path, 'wx'), path, candidate);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        }
      }
    } catch (error) {
      throw writeError(join(dir, name), error);
    }
    throw new AbsoluteError(`Could not create the export file: ${name} and ${MAX_SUFFIX} numbered variants already exist in ${dir}.`, {
      suggestion: 'Give another file_name or clean up the files directory.',
    });
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    try {
      await this.handle.write(text);
    } catch (error) {
      throw writeError(this.path, error);
    }
  }

  async writeBytes(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    try {
      await this.handle.write(bytes);
    } catch (error) {
      throw writeError(this.path, error);
    }
  }

  async finish(): Promise<void> {
    try {
      await this.handle.close();
    } catch (error) {
      throw writeError(this.path, error);
    }
  }

  /** Closes and deletes the partial file; the export's own error is what the analyst needs to see. */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await unlink(this.path).catch(() => undefined);
  }
}

function writeError(path: string, error: unknown): AbsoluteError {
  const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
  return new AbsoluteError(`Could not write the export file ${path} (${reason}).`, {
    cause: error,
    suggestion: 'Check that the files directory (filesDir in the invocation, or ABSOLUTE_FILES_DIR) is writable and has free space.',
  });
}
