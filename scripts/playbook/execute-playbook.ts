import { PlaybookError, TaskFailure, describeError } from './errors';
import { buildGraph } from './playbook-graph';
import type { Playbook, PlaybookTask } from './playbook-schema';
import type { FailedTask, PlaybookRunResult, RunEnv } from './run-env';
import { runTask } from './run-task';
import { taskAction, taskLabel } from './task-action';
import { firstLine, type Transcript } from './transcript';
import type { Scope } from './values';

/**
 * The error-path rule: reaching a task whose name starts with "Error" or "Fail" (Failed, Failure)
 * means the playbook took a branch it marks as failure. The task still runs and the run continues
 * to the end of that branch, but the overall result is a failure.
 */
export const ERROR_TASK_NAME = /^\s*(error|fail(ed|ure)?)\b/i;

/**
 * Runs one playbook's tasks in dependency order. A task with several parents waits until every
 * parent has either finished or been ruled out (its branch not taken), then runs once if any chosen
 * branch led to it; tasks on branches not taken are skipped, and so is everything only they lead to.
 */
export async function executePlaybook(playbook: Playbook, scope: Scope, transcript: Transcript, env: RunEnv): Promise<PlaybookRunResult> {
  const graph = buildGraph(playbook);
  for (const id of graph.unreachable)
    transcript.write(`(task ${id} "${playbook.tasks[id]?.task.name}" is not connected to the start and will not run)`);
  const waiting = new Map(graph.parents);
  const chosen = new Set<string>();
  const queue = [graph.start];
  let errorPath: FailedTask | undefined;

  const settle = (id: string, taken: boolean): void => {
    if (taken) chosen.add(id);
    const left = (waiting.get(id) ?? 1) - 1;
    waiting.set(id, left);
    if (left > 0) return;
    if (chosen.has(id)) queue.push(id);
    else for (const child of graph.successors.get(id) ?? []) settle(child, false);
  };

  while (queue.length > 0) {
    const id = queue.shift() as string;
    const task = playbook.tasks[id] as PlaybookTask;
    const failed = (reason: string): FailedTask => ({ playbook: playbook.name, taskId: id, taskName: task.task.name, reason });
    env.stats.tasks++;
    let label: string;
    try {
      label = (await runTask(task, taskAction(task), scope, transcript, env)).label;
    } catch (error) {
      const reason =
        error instanceof PlaybookError ? new PlaybookError(error.message, taskLabel(playbook.name, task)).message : describeError(error);
      transcript.write(`    FAILED: ${firstLine(reason)}`);
      // A construct the runner cannot execute is never "handled" by continueonerror.
      if (error instanceof PlaybookError) return { ok: false, failedTask: failed(reason) };
      if (!(error instanceof TaskFailure) || !task.continueonerror) return { ok: false, failedTask: failed(reason) };
      label = task.continueonerrortype === 'errorPath' ? '#error#' : '#none#';
      transcript.write(`    continuing on ${label} (continueonerror)`);
    }
    const targets = routeOf(task, label);
    if (targets === undefined) {
      const reason = `branch "${label}" is not connected to any task`;
      transcript.write(`    FAILED: ${reason}`);
      return { ok: false, failedTask: failed(reason) };
    }
    if (ERROR_TASK_NAME.test(task.task.name) && !errorPath) {
      errorPath = failed('reached an error-path task');
      transcript.write('    !! error path: the playbook marks this branch as a failure');
    }
    const next = new Set(targets);
    for (const child of graph.successors.get(id) ?? []) settle(child, next.has(child));
  }
  return errorPath ? { ok: false, failedTask: errorPath } : { ok: true };
}

/** Where a label leads. Undefined only when a condition (or error) picks a branch nothing is connected to. */
function routeOf(task: PlaybookTask, label: string): readonly string[] | undefined {
  const next = task.nexttasks ?? {};
  const targets = next[label] ?? (label === '#default#' ? next['else'] : undefined);
  if (targets) return targets;
  // A plain task with no successors simply ends its branch.
  return label === '#none#' ? [] : undefined;
}
