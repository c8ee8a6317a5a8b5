/**
 * Builds small playbooks in the platform's shape for runner unit tests, so each test shows only
 * the construct it is about.
 */
export type Json = Record<string, unknown>;

export interface TaskSpec {
  /** 'start', 'regular', 'condition', 'title' or 'playbook'; any other text to test how it is rejected. */
  type?: string;
  name?: string;
  script?: string;
  scriptName?: string;
  playbookName?: string;
  iscommand?: boolean;
  args?: Record<string, string | Json>;
  next?: Record<string, string[]> | string[];
  conditions?: Json[];
  extra?: Json;
}

export function task(id: string, spec: TaskSpec): Json {
  const type = spec.type ?? 'regular';
  const taskInfo: Json = {
    id: `uuid-${id}`,
    version: -1,
    name: spec.name ?? `Task ${id}`,
    description: '',
    type,
    iscommand: spec.iscommand ?? !!spec.script?.includes('|||'),
    brand: '',
  };
  if (spec.script) taskInfo['script'] = spec.script;
  if (spec.scriptName) taskInfo['scriptName'] = spec.scriptName;
  if (spec.playbookName) taskInfo['playbookName'] = spec.playbookName;
  const next = Array.isArray(spec.next) ? { '#none#': spec.next } : spec.next;
  const args = spec.args
    ? Object.fromEntries(Object.entries(spec.args).map(([k, v]) => [k, typeof v === 'string' ? { simple: v } : v]))
    : undefined;
  return {
    id,
    taskid: `uuid-${id}`,
    type,
    task: taskInfo,
    ...(next ? { nexttasks: next } : {}),
    ...(args ? { scriptarguments: args } : {}),
    ...(spec.conditions ? { conditions: spec.conditions } : {}),
    ...spec.extra,
  };
}

export function playbook(name: string, tasks: Json[], extra: Json = {}): Json {
  return {
    id: name,
    version: -1,
    name,
    description: 'Test fixture.',
    starttaskid: '0',
    tasks: Object.fromEntries(tasks.map((t) => [t['id'], t])),
    ...extra,
  };
}

/** `{label, condition: [[clause]]}` with a context-path left side. */
export function branch(label: string, ...groups: Json[][]): Json {
  return { label, condition: groups };
}

export function clause(operator: string, leftPath: string, right?: string, extra: Json = {}): Json {
  return {
    operator,
    left: { value: { simple: leftPath }, iscontext: true },
    ...(right !== undefined ? { right: { value: { simple: right } } } : {}),
    ...extra,
  };
}

export const start = (next: string[]) => task('0', { type: 'start', name: '', next });
