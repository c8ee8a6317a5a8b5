import { playbookViews, type PlaybookView } from '../playbook-model';
import { asArray, asRecord, asString } from '../read-data';
import type { RuleDef } from '../types';

const taskWhere = (key: string) => `tasks[${JSON.stringify(key)}]`;

function startTask(view: PlaybookView): string | undefined {
  const start = view.data['starttaskid'];
  return start === undefined || start === null ? undefined : typeof start === 'string' ? start : JSON.stringify(start);
}

function reachable(view: PlaybookView, start: string): Set<string> {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const targets of view.tasks.get(current)?.next.values() ?? []) {
      for (const target of targets) {
        if (view.tasks.has(target) && !seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
  }
  return seen;
}

/** The task graph: a real start task, real targets, everything reachable, every branch routed. */
export const playbookGraphRules: RuleDef[] = [
  {
    code: 'PK101',
    title: 'starttaskid names an existing task',
    check: (pack) =>
      playbookViews(pack).flatMap((view) => {
        const start = startTask(view);
        return start === undefined || view.tasks.has(start)
          ? []
          : [{ file: view.file, where: 'starttaskid', message: `starttaskid "${start}" is not a key of tasks` }];
      }),
  },
  {
    code: 'PK102',
    title: 'Every nexttasks target exists',
    check: (pack) =>
      playbookViews(pack).flatMap((view) =>
        [...view.tasks.values()].flatMap((task) =>
          [...task.next].flatMap(([label, targets]) =>
            targets
              .filter((target) => !view.tasks.has(target))
              .map((target) => ({
                file: view.file,
                where: `${taskWhere(task.key)}.nexttasks[${JSON.stringify(label)}]`,
                message: `branch ${label} points at task "${target}", which does not exist`,
              })),
          ),
        ),
      ),
  },
  {
    code: 'PB103',
    title: 'Every task is reachable from the start task',
    check: (pack) =>
      playbookViews(pack).flatMap((view) => {
        const start = startTask(view);
        if (start === undefined || !view.tasks.has(start)) return [];
        const seen = reachable(view, start);
        const orphans = [...view.tasks.keys()].filter((key) => !seen.has(key)).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
        return orphans.length === 0
          ? []
          : [{ file: view.file, where: 'tasks', message: `tasks not reachable from the start task: ${orphans.join(', ')}` }];
      }),
  },
  {
    code: 'PB122',
    title: 'Each condition label has a branch, and each branch a condition label',
    check: (pack) =>
      playbookViews(pack).flatMap((view) =>
        [...view.tasks.values()].flatMap((task) => {
          const conditions = asArray(task.raw['conditions']);
          if (task.raw['type'] !== 'condition' || conditions.length === 0) return [];
          const labels = new Set(
            conditions.flatMap((c) => {
              const label = asString(asRecord(c)?.['label']);
              return label ? [label.toUpperCase()] : [];
            }),
          );
          // #default# is the else branch and #error# the error path; neither needs a condition label.
          const branches = new Set(
            [...task.next]
              .filter(([label, targets]) => targets.length > 0 && !['#DEFAULT#', '#ERROR#'].includes(label.toUpperCase()))
              .map(([label]) => label.toUpperCase()),
          );
          const unrouted = [...labels].filter((label) => !branches.has(label));
          const unlabelled = [...branches].filter((label) => !labels.has(label));
          const problems = [
            ...(unrouted.length ? [`condition labels with no branch: ${unrouted.join(', ')}`] : []),
            ...(unlabelled.length ? [`branches with no condition label: ${unlabelled.join(', ')}`] : []),
          ];
          return problems.map((message) => ({ file: view.file, where: `${taskWhere(task.key)}.nexttasks`, message }));
        }),
      ),
  },
];
