import { errorEntry, type Entry } from '../xsoar/entry';
import { parseCliArgs } from './cli-args';
import { startEmbeddedSimulator, type EmbeddedSimulator } from './embedded-simulator';
import { EXIT_BAD_INVOCATION, EXIT_COMMAND_FAILED, EXIT_OK } from './exit-codes';
import type { RunDeps } from './run-invocation';

const USAGE = `Usage: absolute <command> [arg=value ...] [--url URL] [--json] [--insecure] [--proxy] [--files-dir DIR]

Runs one Absolute command as the War Room would and prints its markdown (--json: the entries).
Credentials come from the environment: ABSOLUTE_URL, ABSOLUTE_TOKEN_ID, ABSOLUTE_SECRET_KEY
(--token-id/--secret-key exist but put the secret in your shell history).
With no ABSOLUTE_URL and no --url, an embedded Absolute simulator is started with demo credentials.

Example: absolute absolute-device-get device_names=LAPTOP-7`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  bundleDir: string;
}

export async function runCli(argv: readonly string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  let cli;
  try {
    cli = parseCliArgs(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}\n`);
    return EXIT_BAD_INVOCATION;
  }
  if (cli.help || !cli.command) {
    (cli.help ? io.out : io.err)(`${USAGE}\n`);
    return cli.help ? EXIT_OK : EXIT_BAD_INVOCATION;
  }
  let simulator: EmbeddedSimulator | undefined;
  let url = cli.url ?? io.env['ABSOLUTE_URL'];
  let tokenId = cli.tokenId ?? io.env['ABSOLUTE_TOKEN_ID'] ?? '';
  let secretKey = cli.secretKey ?? io.env['ABSOLUTE_SECRET_KEY'] ?? '';
  try {
    if (!url) {
      // Bad input is refused before the simulator is started for it, as it would be before a request.
      const { argumentFailure } = await import('./run-invocation');
      const failure = argumentFailure(cli.command, cli.args);
      if (failure) {
        io.out(cli.json ? `${JSON.stringify({ entries: [errorEntry(failure)], lastRun: null }, null, 2)}\n` : `${failure}\n`);
        return EXIT_COMMAND_FAILED;
      }
      simulator = await startEmbeddedSimulator(io.bundleDir);
      ({ url, tokenId, secretKey } = simulator);
      io.err(`No Absolute tenant configured (ABSOLUTE_URL is not set): using the embedded simulator at ${url} with its demo token.\n`);
    }
    // Loaded only now: usage and argument errors need none of the commands, zod or undici.
    const { runInvocation } = await import('./run-invocation');
    const result = await runInvocation(
      {
        command: cli.command,
        params: { url, credentials: { identifier: tokenId, password: secretKey }, insecure: cli.insecure, proxy: cli.proxy },
        args: cli.args,
        filesDir: cli.filesDir ?? io.env['ABSOLUTE_FILES_DIR'],
      },
      { ...deps, log: deps.log ?? ((line) => io.err(`${line}\n`)) },
    );
    io.out(cli.json ? `${JSON.stringify(result.output, null, 2)}\n` : result.output.entries.map(render).join('\n\n') + '\n');
    return result.ok ? EXIT_OK : EXIT_COMMAND_FAILED;
  } finally {
    await simulator?.close();
  }
}

function render(entry: Entry): string {
  if (entry.HumanReadable) return entry.HumanReadable;
  return typeof entry.Contents === 'string' ? entry.Contents : JSON.stringify(entry.Contents, null, 2);
}
