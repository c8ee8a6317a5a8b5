import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parsePlaybookCliArgs, USAGE } from './cli-args';
import { connect, type Connection } from './connection';
import { openFilesDir, type FilesDir } from './files-dir';
import { runPlaybook } from './run-playbook';

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

/** Entry point of dist/playbook.cjs (`npm run playbook -- <file> ...`). */
async function main(argv: readonly string[]): Promise<number> {
  let cli;
  try {
    cli = parsePlaybookCliArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (cli.help || !cli.file) {
    (cli.help ? process.stdout : process.stderr).write(`${USAGE}\n`);
    return cli.help ? EXIT_OK : EXIT_USAGE;
  }
  if (!existsSync(cli.file)) {
    process.stderr.write(`No such playbook file: ${cli.file}\n`);
    return EXIT_USAGE;
  }
  const transcriptOut = cli.json ? process.stderr : process.stdout;
  let connection: Connection | undefined;
  let filesDir: FilesDir | undefined;
  try {
    connection = await connect(process.env);
    process.stderr.write(`Connecting to ${connection.description}.\n`);
    filesDir = openFilesDir(cli.filesDir ?? process.env['ABSOLUTE_FILES_DIR']);
    releaseOnSignal(filesDir);
    const result = await runPlaybook({
      file: cli.file,
      inputs: cli.inputs,
      params: connection.params,
      playbooksDir: resolve(cli.playbooksDir ?? 'Playbooks'),
      sleep: connection.sleep,
      runDeps: connection.runDeps,
      filesDir: filesDir.path,
      log: (line) => transcriptOut.write(`${line}\n`),
    });
    if (result.transcript.some((l) => l.includes('; file: '))) process.stderr.write(`Files written by commands are in ${filesDir.path}.\n`);
    if (cli.json) process.stdout.write(`${JSON.stringify(result.context, null, 2)}\n`);
    if (result.ok) return EXIT_OK;
    // No task id: the playbook could not be loaded or uses something the runner does not support.
    return result.failedTask?.taskId ? EXIT_FAILED : EXIT_USAGE;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return EXIT_USAGE;
  } finally {
    filesDir?.release();
    await connection?.close();
  }
}

/** Ctrl-C or a kill ends the process without running `finally`; the empty files folder goes anyway. */
function releaseOnSignal(filesDir: FilesDir): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      filesDir.release();
      process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(EXIT_FAILED);
  },
);
