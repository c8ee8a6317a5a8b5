import type { Dispatcher } from 'undici';
import { AbsoluteClient } from '../absolute/client';
import { AbsoluteError, AbsoluteTimeoutError } from '../absolute/errors';
import type { Sleep } from '../absolute/rate-limiter';
import { redact, redactJson } from '../absolute/redact';
import { toResponse, type CommandDefinition } from '../commands/command';
import { findCommand } from '../commands/registry';
import { argText, parseArgs } from '../xsoar/args';
import { errorEntry, toEntry, type JsonObject } from '../xsoar/entry';
import { describeFailure } from './format-error';
import { invocationSchema, type Invocation, type RunnerOutput } from './invocation';
import { parseParams } from './params';

export interface RunDeps {
  dispatcher?: Dispatcher;
  now?: () => number;
  sleep?: Sleep;
  random?: () => number;
  /** Diagnostics sink (stderr in production); lines are redacted before they arrive. */
  log?: (line: string) => void;
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Command line only: asked after the arguments are checked and before the command acts. Gets the
   * command's own account of its targets (undefined when it has none); false stops the command.
   */
  confirm?: (describeTargets: () => Promise<string | undefined>) => Promise<boolean>;
  /** False when the caller prints the failure itself (the command line), so it is not logged twice. */
  logFailure?: boolean;
}

export interface RunResult {
  output: RunnerOutput;
  /** The output already serialised (and redacted), so the caller need not stringify it again. */
  serialized?: string;
  /** False when the command failed (one error entry). */
  ok: boolean;
  /** True when `confirm` said no: nothing was done. */
  declined?: boolean;
}

/** The command an invocation that failed validation names, for its error entry; the input may be any JSON. */
function rawCommandName(raw: unknown): string {
  if (typeof raw !== 'object' || raw === null) return 'unknown';
  const command = (raw as { command?: unknown }).command;
  return command === undefined || command === null ? 'unknown' : argText(command);
}

/** Runs one invocation end to end. Never throws: every failure becomes one error entry. */
export async function runInvocation(raw: Invocation, deps: RunDeps = {}): Promise<RunResult> {
  const parsed = invocationSchema.safeParse(raw);
  const command = parsed.success ? parsed.data.command : rawCommandName(raw);
  const secrets = collectSecrets(raw);
  const log = (line: string) => deps.log?.(redact(line, secrets));
  let client: AbsoluteClient | undefined;
  const budget = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  try {
    if (!parsed.success)
      throw new AbsoluteError(
        `the invocation is not valid: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'root'}: ${i.message}`).join('; ')}`,
      );
    const definition = requireCommand(command);
    // Arguments are checked before anything else so bad input never causes a request.
    const args = parseArgs(definition.args, parsed.data.args);
    const params = parseParams(parsed.data.params);
    const budgetSeconds = params.command_timeout_seconds;
    client = new AbsoluteClient({
      serverUrl: params.url,
      tokenId: params.credentials.identifier,
      secretKey: params.credentials.password,
      insecure: params.insecure,
      proxy: params.proxy,
      env: deps.env,
      dispatcher: deps.dispatcher,
      now: deps.now,
      sleep: deps.sleep,
      random: deps.random,
      requestsPerSecond: params.max_requests_per_second,
      signal: budget.signal,
    });
    const now = deps.now ?? Date.now;
    const filesDir = parsed.data.filesDir ?? deps.env?.['ABSOLUTE_FILES_DIR'] ?? process.cwd();
    const context = { client, params, lastRun: (parsed.data.lastRun ?? null) as JsonObject | null, now, log, filesDir };
    if (deps.confirm) {
      const describe = async () => {
        const targets = await definition.describeTargets?.(context, args);
        return targets === undefined ? undefined : redact(targets, secrets);
      };
      if (!(await deps.confirm(describe))) {
        const entries = [errorEntry(`${command} was not confirmed: nothing was done.`)];
        return { output: { entries, lastRun: null }, ok: false, declined: true };
      }
    }
    // The budget starts once the analyst has answered: time spent reading the question is not the command's.
    const outOfTime = () =>
      new AbsoluteTimeoutError(`The command ran out of its time budget of ${budgetSeconds} s (command_timeout_seconds).`);
    timer = setTimeout(() => budget.abort(outOfTime()), budgetSeconds * 1000);
    timer.unref();
    const response = toResponse(await definition.run(context, args));
    log(`${command}: ${client.requestCount} API request(s)`);
    const output: RunnerOutput = { entries: response.results.map(toEntry), lastRun: response.lastRun ?? null };
    if (response.events) output.events = response.events;
    // Redact the serialised output as a second guard; re-parse only in the rare case it changed.
    const clean = redactJson(output, secrets);
    return { output: clean.value, serialized: clean.text, ok: true };
  } catch (error) {
    let message = describeFailure(error, command);
    if (budget.signal.aborted) {
      // Say how far it got, so the analyst knows whether to retry with a larger budget or a narrower query.
      const reason =
        budget.signal.reason instanceof Error
          ? budget.signal.reason.message
          : 'The command ran out of its time budget (command_timeout_seconds).';
      message = `${reason} It had sent ${client?.requestCount ?? 0} API request(s); the one in flight was cut off.\nLast error: ${message}`;
    }
    const text = redact(`Failed to execute ${command} command.\nError:\n${message}`, secrets);
    if (deps.logFailure !== false) log(text);
    return { output: { entries: [errorEntry(text)], lastRun: null }, ok: false };
  } finally {
    if (timer) clearTimeout(timer);
    await client?.close().catch(() => undefined);
  }
}

/**
 * Everything to redact from this invocation's output: the Secret Key and the value of every
 * argument the command declares secret (the manifest's `secret: true`), read from the raw input so
 * they are known before anything, even the argument check, can fail or log.
 */
export function collectSecrets(raw: unknown): string[] {
  const input = (raw ?? {}) as { command?: unknown; params?: { credentials?: { password?: unknown } }; args?: unknown };
  const secrets = [input.params?.credentials?.password];
  const definition = typeof input.command === 'string' ? findCommand(input.command) : undefined;
  const args = typeof input.args === 'object' && input.args !== null ? (input.args as Record<string, unknown>) : {};
  for (const [name, spec] of Object.entries(definition?.args ?? {})) {
    if (spec.meta.secret && Object.hasOwn(args, name)) secrets.push(...[args[name]].flat());
  }
  // As typed and as sent: argument values are trimmed before they are used.
  const texts = secrets.flatMap((s) => (typeof s === 'string' || typeof s === 'number' ? [String(s), String(s).trim()] : []));
  return [...new Set(texts)].filter((s) => s.length > 0);
}

function requireCommand(command: string): CommandDefinition {
  const definition = findCommand(command);
  if (!definition) throw new AbsoluteError(`${command} is not an existing Absolute command.`);
  return definition;
}

/**
 * The failure runInvocation would report for an unknown command or bad arguments, found without
 * any connection: lets the command line refuse bad input before it starts anything.
 */
export function argumentFailure(command: string, args: Readonly<Record<string, unknown>>): string | undefined {
  try {
    parseArgs(requireCommand(command).args, args);
    return undefined;
  } catch (error) {
    return redact(`Failed to execute ${command} command.\nError:\n${describeFailure(error, command)}`, collectSecrets({ command, args }));
  }
}
