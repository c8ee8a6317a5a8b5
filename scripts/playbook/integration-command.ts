import type { Invocation } from '../../Integrations/Absolute/src/runtime/invocation';
import { runInvocation, type RunDeps, type RunResult } from '../../Integrations/Absolute/src/runtime/run-invocation';
import type { Entry } from '../../Integrations/Absolute/src/xsoar/entry';
import { TaskFailure } from './errors';

export type Sleep = (ms: number) => Promise<void>;
/** How one command reaches the integration: runInvocation in-process unless a test substitutes it. */
export type Invoke = (invocation: Invocation, deps: RunDeps) => Promise<RunResult>;

export interface CommandEnv {
  params: Readonly<Record<string, unknown>>;
  sleep: Sleep;
  runDeps?: RunDeps;
  invoke?: Invoke;
  /** Where file entries (exports) are written. */
  filesDir?: string;
  /** Called for every entry as it arrives, polling entries included (so their context lands too). */
  onEntry: (entry: Entry) => void;
  /** Called before each scheduled re-run, with the scheduling entry. */
  onPoll: (command: string, afterSeconds: number, round: number, entry: Entry) => void;
}

/** The platform's default when a scheduled entry names no Timeout (the @polling_function default). */
const DEFAULT_TIMEOUT_SECONDS = 600;

/**
 * Runs one integration command the way the server does, including scheduled commands: while the
 * last entry carries PollingCommand, wait NextRun seconds and run PollingCommand with PollingArgs.
 * Time is counted in scheduled seconds (not wall clock), so a fast test sleep gives the same result.
 */
export async function runIntegrationCommand(
  command: string,
  args: Record<string, unknown>,
  env: CommandEnv,
): Promise<{ entries: Entry[]; rounds: number }> {
  const entries: Entry[] = [];
  let current = { command, args };
  let waited = 0;
  for (let round = 0; ; round++) {
    const result = await (env.invoke ?? runInvocation)(
      { command: current.command, params: { ...env.params }, args: current.args, ...(env.filesDir ? { filesDir: env.filesDir } : {}) },
      env.runDeps ?? {},
    );
    for (const entry of result.output.entries) {
      entries.push(entry);
      env.onEntry(entry);
    }
    const error = result.output.entries.find((e) => e.Type === 4);
    if (!result.ok || error) throw new TaskFailure(entryText(error) || `${current.command} failed`);
    const scheduled = [...result.output.entries].reverse().find((e) => e.PollingCommand);
    if (!scheduled?.PollingCommand) return { entries, rounds: round };
    const nextRun = Number(scheduled.NextRun ?? 0);
    const timeout = Number(scheduled.Timeout ?? DEFAULT_TIMEOUT_SECONDS);
    if (!Number.isFinite(nextRun) || nextRun < 0)
      throw new TaskFailure(`${current.command} scheduled a re-run with an invalid NextRun "${scheduled.NextRun}"`);
    if (waited + nextRun > timeout) {
      throw new TaskFailure(
        `${command} was still polling after ${waited} s; the next run (in ${nextRun} s) would pass its Timeout of ${timeout} s`,
      );
    }
    waited += nextRun;
    env.onPoll(scheduled.PollingCommand, nextRun, round + 1, scheduled);
    await env.sleep(nextRun * 1000);
    current = { command: scheduled.PollingCommand, args: { ...(scheduled.PollingArgs ?? {}) } };
  }
}

export function entryText(entry: Entry | undefined): string {
  if (!entry) return '';
  if (entry.HumanReadable) return entry.HumanReadable;
  return typeof entry.Contents === 'string' ? entry.Contents : JSON.stringify(entry.Contents);
}
