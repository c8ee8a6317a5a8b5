import { join } from 'node:path';
import { AbsoluteConfigError } from '../absolute/errors';
import { resolveApiBase } from '../absolute/regions';
import { errorEntry, type Entry } from '../xsoar/entry';
import { parseCliArgs, type CliArgs } from './cli-args';
import { needsConfirmation, refusalText, terminalConfirmation } from './cli-confirm';
import { commandHelp, generalHelp, unknownCommandText } from './cli-help';
import { catalogCommand } from './command-catalog';
import { resetEmbeddedSimulator, simulatorStateFile, startEmbeddedSimulator, type EmbeddedSimulator } from './embedded-simulator';
import { EXIT_BAD_INVOCATION, EXIT_COMMAND_FAILED, EXIT_NOT_CONFIRMED, EXIT_OK } from './exit-codes';
import type { RunDeps } from './run-invocation';
import type { RunnerOutput } from './invocation';

/** Where exports go when neither --files-dir nor ABSOLUTE_FILES_DIR says (README; .gitignore ignores it). */
export const DEFAULT_EXPORT_DIR = 'absolute-exports';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  bundleDir: string;
  cwd: string;
  /** Whether someone can answer a question: stdin is a terminal. */
  interactive: boolean;
  /** Asks one question (on stderr) and resolves with the answer line. */
  ask: (question: string) => Promise<string>;
}

/** The analysts' command line. Results go to stdout; a failure goes to stderr once (with --json, stdout carries the runner JSON). */
export async function runCli(argv: readonly string[], io: CliIo, deps: RunDeps = {}): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help') return help(argv.slice(1), io);
  if (argv[0] === 'simulator') return simulatorCommand(argv.slice(1), io);
  let cli: CliArgs;
  try {
    cli = parseCliArgs(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\nRun "absolute --help" for the usage and the list of commands.\n`);
    return EXIT_BAD_INVOCATION;
  }
  if (!cli.command) {
    if (cli.help) return help([], io);
    io.err('No command given. Run "absolute --help" for the usage and the list of commands.\n');
    return EXIT_BAD_INVOCATION;
  }
  const command = catalogCommand(cli.command);
  if (!command) return fail(io, cli, unknownCommandText(cli.command), EXIT_BAD_INVOCATION);
  if (cli.help) return help([command.name], io);

  let url = cli.url ?? io.env['ABSOLUTE_URL'];
  let tokenId = cli.tokenId ?? io.env['ABSOLUTE_TOKEN_ID'] ?? '';
  let secretKey = cli.secretKey ?? io.env['ABSOLUTE_SECRET_KEY'] ?? '';
  const problem = url ? tenantProblem(url, tokenId, secretKey) : undefined;
  if (problem) return fail(io, cli, problem, EXIT_BAD_INVOCATION);
  // Loaded only now: help and usage errors need none of the commands, zod or undici.
  const { argumentFailure, runInvocation } = await import('./run-invocation');
  // Bad input is refused before anything starts, as it would be before a request.
  const failure = argumentFailure(cli.command, cli.args);
  if (failure) return fail(io, cli, failure, EXIT_COMMAND_FAILED);
  const confirm = needsConfirmation(command, cli);
  if (confirm && !io.interactive) return fail(io, cli, refusalText(command.name), EXIT_NOT_CONFIRMED);

  let simulator: EmbeddedSimulator | undefined;
  try {
    if (!url) {
      const warn = (line: string) => io.err(`${line}\n`);
      simulator = await startEmbeddedSimulator(io.bundleDir, { stateFile: simulatorStateFile(io.env), reset: cli.reset, warn });
      ({ url, tokenId, secretKey } = simulator);
      io.err(
        `No Absolute tenant configured (ABSOLUTE_URL is not set): using the embedded simulator at ${url} with its demo token. ${simulator.stateNote}\n`,
      );
    } else if (cli.reset) {
      io.err('--reset concerns the embedded simulator only; a tenant is configured, so it was ignored.\n');
    }
    const result = await runInvocation(
      {
        command: cli.command,
        params: { url, credentials: { identifier: tokenId, password: secretKey }, insecure: cli.insecure, proxy: cli.proxy },
        args: cli.args,
        filesDir: cli.filesDir ?? io.env['ABSOLUTE_FILES_DIR'] ?? join(io.cwd, DEFAULT_EXPORT_DIR),
      },
      {
        ...deps,
        log: deps.log ?? ((line) => io.err(`${line}\n`)),
        logFailure: cli.json,
        confirm: confirm ? terminalConfirmation(command, cli, io) : undefined,
      },
    );
    const text = describeOutput(result.output);
    if (cli.json) io.out(`${JSON.stringify(result.output, null, 2)}\n`);
    else if (result.ok) io.out(`${text}\n`);
    else if (!result.declined) io.err(`${text}\n`);
    if (result.declined) return EXIT_NOT_CONFIRMED;
    return result.ok ? EXIT_OK : EXIT_COMMAND_FAILED;
  } finally {
    await simulator?.close();
  }
}

/**
 * The configured tenant's problem, in the order that helps: a host that is not Absolute's first
 * (credentials for it would be pointless), then the missing parts of the token, by their variables.
 */
export function tenantProblem(url: string, tokenId: string, secretKey: string): string | undefined {
  try {
    resolveApiBase(url);
  } catch (error) {
    if (!(error instanceof AbsoluteConfigError)) throw error;
    return `${error.message}\nSet ABSOLUTE_URL (or --url) to your region's console URL, or unset it to use the embedded simulator.`;
  }
  const missing = [tokenId.trim() ? '' : 'ABSOLUTE_TOKEN_ID', secretKey ? '' : 'ABSOLUTE_SECRET_KEY'].filter(Boolean);
  if (missing.length === 0) return undefined;
  return (
    `No API token for ${url}: set ${missing.join(' and ')} in the environment (the Token ID and Secret Key of an ` +
    'API token from the Absolute console), or unset ABSOLUTE_URL to use the embedded simulator.'
  );
}

function help(topics: readonly string[], io: CliIo): number {
  const [topic, extra] = topics;
  if (topic === undefined) {
    io.out(generalHelp());
    return EXIT_OK;
  }
  const command = catalogCommand(topic.replace(/^!/, ''));
  if (!command || extra !== undefined) {
    io.err(`${command ? 'absolute help takes one command name.' : unknownCommandText(topic)}\n`);
    return EXIT_BAD_INVOCATION;
  }
  io.out(commandHelp(command));
  return EXIT_OK;
}

function simulatorCommand(words: readonly string[], io: CliIo): number {
  const stateFile = simulatorStateFile(io.env);
  if (words.length === 1 && words[0] === 'reset') {
    const removed = resetEmbeddedSimulator(io.bundleDir, stateFile);
    io.out(
      removed
        ? `Forgot the embedded simulator's tenant (${stateFile}): the next call starts afresh.\n`
        : `The embedded simulator had nothing saved (${stateFile}).\n`,
    );
    return EXIT_OK;
  }
  const usage =
    `Usage: absolute simulator reset   forget the embedded simulator's tenant (${stateFile})\n` +
    'To run the simulator on its own: node dist/simulator.cjs --help\n';
  if (words.length === 1 && (words[0] === '--help' || words[0] === '-h')) {
    io.out(usage);
    return EXIT_OK;
  }
  io.err(usage);
  return EXIT_BAD_INVOCATION;
}

/** Prints a failure once: on stderr, or with --json as the runner's JSON on stdout. */
function fail(io: CliIo, cli: CliArgs, text: string, code: number): number {
  if (cli.json) io.out(`${JSON.stringify({ entries: [errorEntry(text)], lastRun: null }, null, 2)}\n`);
  else io.err(`${text}\n`);
  return code;
}

/** The entries' markdown; a run that only collects events (fetch-events) says how many, as it has no entry. */
function describeOutput(output: RunnerOutput): string {
  if (output.entries.length > 0 || output.events === undefined) return output.entries.map(render).join('\n\n');
  const count = output.events.length;
  return `${count} event${count === 1 ? '' : 's'} collected (--json prints them with the state for the next run).`;
}

function render(entry: Entry): string {
  if (entry.HumanReadable) return entry.HumanReadable;
  return typeof entry.Contents === 'string' ? entry.Contents : JSON.stringify(entry.Contents, null, 2);
}
