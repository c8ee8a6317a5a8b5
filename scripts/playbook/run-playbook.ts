import { dirname, resolve } from 'node:path';
import type { RunDeps } from '../../Integrations/Absolute/src/runtime/run-invocation';
import { ContextStore, type ContextData } from './context-store';
import { PlaybookError, describeError } from './errors';
import { executePlaybook } from './execute-playbook';
import type { Invoke, Sleep } from './integration-command';
import { loadPlaybookFile, PlaybookLibrary, toPlaybook } from './load-playbook';
import { readOutputs, resolveInputs } from './playbook-io';
import type { Playbook } from './playbook-schema';
import type { FailedTask, RunStats } from './run-env';
import { formatArgs, Transcript } from './transcript';

export interface RunPlaybookOptions {
  /** A playbook YAML file, or */
  file?: string;
  /** a playbook document (parsed YAML or an object built in a test). */
  playbook?: unknown;
  /** Input overrides by key (the CLI's --input name=value). */
  inputs?: Readonly<Record<string, string>>;
  /** Integration instance parameters (url, credentials, ...), as runInvocation takes them. */
  params: Readonly<Record<string, unknown>>;
  /** Where sub-playbooks are looked up by name; the playbook file's folder is searched too. */
  playbooksDir?: string;
  /** How scheduled (polling) commands wait; tests inject a fast one. Default: real time. */
  sleep?: Sleep;
  /** Receives each transcript line as it is written. */
  log?: (line: string) => void;
  /** Passed to every runInvocation (dispatcher, clock, ...). */
  runDeps?: RunDeps;
  /** Replaces the in-process runInvocation (tests use it to script an integration's answers). */
  invoke?: Invoke;
  /** Where commands write file entries (exports); default: the integration's (ABSOLUTE_FILES_DIR, else the working directory). */
  filesDir?: string;
}

export interface RunPlaybookResult {
  ok: boolean;
  /** The final context of the top-level playbook. */
  context: ContextData;
  /** The playbook's declared outputs that have a value. */
  outputs: Record<string, unknown>;
  transcript: string[];
  stats: RunStats;
  failedTask?: FailedTask;
}

const realSleep: Sleep = (ms) => new Promise((done) => setTimeout(done, ms));

export async function runPlaybook(options: RunPlaybookOptions): Promise<RunPlaybookResult> {
  const transcript = new Transcript([], options.log);
  const stats: RunStats = { tasks: 0, commands: 0, conditions: 0, polls: 0, subPlaybooks: 0 };
  const context = new ContextStore();
  let playbook: Playbook | undefined;
  try {
    playbook = load(options);
    const dirs = [options.playbooksDir, options.file ? dirname(resolve(options.file)) : undefined].filter((d): d is string => !!d);
    const library = new PlaybookLibrary(dirs);
    const inputs = resolveInputs(playbook, { context, inputs: {} }, {}, options.inputs ?? {});
    transcript.write(`Playbook "${playbook.name}"${Object.keys(inputs).length ? ` -- inputs: ${formatArgs(inputs)}` : ''}`);
    const env = {
      params: options.params,
      sleep: options.sleep ?? realSleep,
      runDeps: options.runDeps,
      invoke: options.invoke,
      filesDir: options.filesDir,
      library,
      depth: 0,
      stats,
      execute: executePlaybook,
    };
    const result = await executePlaybook(playbook, { context, inputs }, transcript, env);
    transcript.write(summary(playbook.name, result.ok, stats, result.failedTask));
    return {
      ok: result.ok,
      context: context.snapshot(),
      outputs: readOutputs(playbook, context),
      transcript: transcript.lines,
      stats,
      failedTask: result.failedTask,
    };
  } catch (error) {
    // Only load/input problems get here; task failures come back as results.
    const reason = describeError(error);
    const failedTask: FailedTask = { playbook: playbook?.name ?? options.file ?? '(playbook)', taskId: '', taskName: '', reason };
    transcript.write(`Playbook could not run: ${reason}`);
    return { ok: false, context: context.snapshot(), outputs: {}, transcript: transcript.lines, stats, failedTask };
  }
}

function load(options: RunPlaybookOptions): Playbook {
  if (options.playbook !== undefined) return toPlaybook(options.playbook, 'the playbook');
  if (options.file) return loadPlaybookFile(options.file);
  throw new PlaybookError('runPlaybook needs a file or a playbook');
}

function summary(name: string, ok: boolean, stats: RunStats, failed: FailedTask | undefined): string {
  const counts = `${stats.tasks} tasks, ${stats.commands} commands, ${stats.conditions} conditions, ${stats.subPlaybooks} sub-playbooks, ${stats.polls} scheduled re-runs`;
  if (ok) return `PASSED: "${name}" finished (${counts}).`;
  const where = failed?.taskId
    ? ` at task ${failed.taskId} "${failed.taskName}"${failed.playbook !== name ? ` of "${failed.playbook}"` : ''}`
    : '';
  return `FAILED: "${name}"${where}: ${failed?.reason ?? 'unknown reason'} (${counts}).`;
}
