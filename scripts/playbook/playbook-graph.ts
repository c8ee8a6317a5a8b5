import { PlaybookError } from './errors';
import type { Playbook } from './playbook-schema';

/** The task graph from the start task: who follows whom, and how many parents each task waits for. */
export interface PlaybookGraph {
  start: string;
  /** Every task reachable from the start, with its distinct successors. */
  successors: ReadonlyMap<string, readonly string[]>;
  /** Number of distinct reachable parents of each task (a task runs once all of them are settled). */
  parents: ReadonlyMap<string, number>;
  /** Tasks nothing leads to; reported, never run. */
  unreachable: string[];
}

export function buildGraph(playbook: Playbook): PlaybookGraph {
  const start = playbook.starttaskid;
  if (!playbook.tasks[start]) throw new PlaybookError(`starttaskid "${start}" is not a task of playbook "${playbook.name}"`);
  const successors = new Map<string, string[]>();
  const parents = new Map<string, number>();
  const pending = [start];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (successors.has(id)) continue;
    const task = playbook.tasks[id];
    if (!task) throw new PlaybookError(`playbook "${playbook.name}" links to task "${id}", which does not exist`);
    const next = [...new Set(Object.values(task.nexttasks ?? {}).flat())];
    successors.set(id, next);
    for (const child of next) {
      parents.set(child, (parents.get(child) ?? 0) + 1);
      pending.push(child);
    }
  }
  rejectCycles(playbook, start, successors);
  const unreachable = Object.keys(playbook.tasks).filter((id) => !successors.has(id));
  return { start, successors, parents, unreachable };
}

/** A cycle is a loop back to an earlier task: the platform allows it, this runner does not. */
function rejectCycles(playbook: Playbook, start: string, successors: ReadonlyMap<string, readonly string[]>): void {
  const state = new Map<string, 'open' | 'done'>();
  const visit = (id: string, trail: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'open') {
      const loop = [...trail.slice(trail.indexOf(id)), id].join(' -> ');
      throw new PlaybookError(`playbook "${playbook.name}" loops back (tasks ${loop}); loops are not supported by the local runner`);
    }
    state.set(id, 'open');
    for (const child of successors.get(id) ?? []) visit(child, [...trail, id]);
    state.set(id, 'done');
  };
  visit(start, []);
}
