import type { PackContents } from './pack-loader';
import { asArray, asRecord, asString, type DataRecord } from './read-data';

export interface TaskView {
  /** Key of the task in the `tasks` map. */
  key: string;
  raw: DataRecord;
  /** Label -> target task ids, from `nexttasks`. */
  next: ReadonlyMap<string, readonly string[]>;
}

export interface PlaybookView {
  file: string;
  isTest: boolean;
  data: DataRecord;
  tasks: ReadonlyMap<string, TaskView>;
}

function nextTasks(raw: DataRecord): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const [label, targets] of Object.entries(asRecord(raw['nexttasks']) ?? {})) {
    // Task ids are strings in exported playbooks, but a hand-written `- 1` is a number in YAML.
    next.set(
      label,
      asArray(targets)
        .filter((t) => t !== null && t !== undefined)
        .map(String),
    );
  }
  return next;
}

export function playbookViews(pack: PackContents): PlaybookView[] {
  const regular = pack.playbooks.map((file) => ({ file, isTest: false }));
  const tests = pack.testPlaybooks.map((file) => ({ file, isTest: true }));
  return [...regular, ...tests].flatMap(({ file, isTest }) => {
    const data = asRecord(file.data);
    if (!data) return [];
    const tasks = new Map<string, TaskView>();
    for (const [key, value] of Object.entries(asRecord(data['tasks']) ?? {})) {
      const raw = asRecord(value);
      if (raw) tasks.set(key, { key, raw, next: nextTasks(raw) });
    }
    return [{ file: file.file, isTest, data, tasks }];
  });
}

/** The id used to reference a playbook from `tests:` and sub-playbook tasks. */
export function playbookId(view: PlaybookView): string | undefined {
  return asString(view.data['id']);
}
