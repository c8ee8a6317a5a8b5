import { runBuiltin } from './builtin-scripts';
import { evaluateClauses } from './conditions';
import { ContextStore } from './context-store';
import { PlaybookError, TaskFailure } from './errors';
import { applyExtendContext } from './extend-context';
import { entryText, runIntegrationCommand } from './integration-command';
import { copyOutputs, resolveInputs } from './playbook-io';
import type { PlaybookTask } from './playbook-schema';
import { MAX_DEPTH, type RunEnv } from './run-env';
import type { TaskAction } from './task-action';
import { firstLine, formatArgs, type Transcript } from './transcript';
import { resolveOperand, resolveValue, type Scope } from './values';

/** The branch label a finished task continues on. */
export type TaskOutcome = { label: string };

export async function runTask(
  task: PlaybookTask,
  action: TaskAction,
  scope: Scope,
  transcript: Transcript,
  env: RunEnv,
): Promise<TaskOutcome> {
  const head = `[${task.id}] ${task.task.name || `(${task.type})`}`;
  switch (action.kind) {
    case 'start':
    case 'title':
      transcript.write(head);
      return { label: '#none#' };
    case 'condition': {
      env.stats.conditions++;
      const branch = (task.conditions ?? []).find((c) => evaluateClauses(c.condition ?? [], (operand) => resolveOperand(scope, operand)));
      const label = branch?.label ?? '#default#';
      transcript.write(`${head} -- condition -> ${label === '#default#' ? 'else (#default#)' : label}`);
      return { label };
    }
    case 'builtin': {
      const args = resolveArgs(task, scope);
      transcript.write(`${head} -- ${action.script} ${formatArgs(args)}`);
      const result = runBuiltin(action.script, args, scope);
      transcript.write(`    -> ${result.summary}`);
      return { label: '#none#' };
    }
    case 'command':
      return runCommandTask(task, action.command, head, scope, transcript, env);
    case 'playbook':
      return runSubPlaybook(task, action.name, head, scope, transcript, env);
  }
}

async function runCommandTask(
  task: PlaybookTask,
  command: string,
  head: string,
  scope: Scope,
  transcript: Transcript,
  env: RunEnv,
): Promise<TaskOutcome> {
  const args = resolveArgs(task, scope);
  transcript.write(`${head} -- !${command} ${formatArgs(args)}`);
  env.stats.commands++;
  const written = new Set<string>();
  const { entries } = await runIntegrationCommand(command, args, {
    params: env.params,
    sleep: env.sleep,
    runDeps: env.runDeps,
    invoke: env.invoke,
    filesDir: env.filesDir,
    onEntry: (entry) => {
      if (entry.Type !== 4 && entry.EntryContext) for (const key of scope.context.mergeEntryContext(entry.EntryContext)) written.add(key);
    },
    onPoll: (next, seconds, round, entry) => {
      env.stats.polls++;
      const said = firstLine(entry.HumanReadable);
      transcript.write(`    .. ${said ? `${said} ` : ''}(scheduled: !${next} again in ${seconds} s, round ${round})`);
    },
  });
  for (const key of applyExtendContext(args['extend-context'], entries, scope.context)) written.add(key);
  const last = entries.at(-1);
  const context = written.size ? `context: ${[...written].join(', ')}` : 'no context';
  const files = entries
    .filter((e) => e.File)
    .map((e) => `; file: ${e.File}`)
    .join('');
  transcript.write(
    `    -> ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}; ${context}${files}; ${firstLine(entryText(last))}`,
  );
  return { label: '#none#' };
}

async function runSubPlaybook(
  task: PlaybookTask,
  name: string,
  head: string,
  scope: Scope,
  transcript: Transcript,
  env: RunEnv,
): Promise<TaskOutcome> {
  if (env.depth >= MAX_DEPTH) throw new PlaybookError(`sub-playbooks nest deeper than ${MAX_DEPTH} levels (recursion?)`);
  const child = env.library.get(name);
  const inputs = resolveInputs(child, scope, task.scriptarguments ?? {});
  const separate = task.separatecontext === true;
  transcript.write(`${head} -- playbook "${child.name}" ${separate ? '(separate context) ' : ''}inputs: ${formatArgs(inputs)}`);
  env.stats.subPlaybooks++;
  const childScope: Scope = { context: separate ? new ContextStore() : scope.context, inputs };
  const result = await env.execute(child, childScope, transcript.nested(), { ...env, depth: env.depth + 1 });
  if (!result.ok) {
    const f = result.failedTask;
    throw new TaskFailure(`sub-playbook "${child.name}" failed${f ? ` at task ${f.taskId} (${f.taskName}): ${f.reason}` : ''}`);
  }
  const copied = separate ? copyOutputs(child, childScope.context, scope.context) : [];
  transcript.write(`    -> sub-playbook done${copied.length ? `; outputs copied: ${copied.join(', ')}` : ''}`);
  return { label: '#none#' };
}

/** Every argument the task names, resolved; unset ones are left out (the platform sends nothing). */
function resolveArgs(task: PlaybookTask, scope: Scope): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(task.scriptarguments ?? {})) {
    const resolved = resolveValue(scope, value);
    if (resolved === undefined) continue;
    // A one-item list reads as its item, as the platform passes it to a single-value argument.
    args[name] = Array.isArray(resolved) && resolved.length === 1 ? resolved[0] : resolved;
  }
  return args;
}
