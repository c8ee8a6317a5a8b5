import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { isAlias, parse, parseDocument, visit } from 'yaml';
import { loadPlaybookFile } from '../../scripts/playbook/load-playbook';
import { buildGraph } from '../../scripts/playbook/playbook-graph';
import { MANIFEST, REPO_ROOT } from '../support/paths';

/** Every shipped playbook: loads in the runner and follows the platform conventions (§5). */
const files = ['Playbooks', 'TestPlaybooks'].flatMap((dir) => {
  const full = join(REPO_ROOT, dir);
  return existsSync(full)
    ? readdirSync(full)
        .filter((f) => f.endsWith('.yml'))
        .map((f) => join(full, f))
    : [];
});

type Doc = {
  id: string;
  name: string;
  version: number;
  fromversion: string;
  starttaskid: string;
  description: string;
  view: string;
  inputs?: { key: string; description: string; playbookInputQuery?: unknown }[];
  outputs?: { contextPath: string; description: string }[];
  tasks: Record<
    string,
    {
      id: string;
      taskid: string;
      type: string;
      view: string;
      quietmode: number;
      task: { id: string; version: number; description: string; brand: string; type: string };
      nexttasks?: Record<string, string[]>;
      conditions?: { label: string }[];
    }
  >;
};

describe.each(files.map((f) => [f.slice(REPO_ROOT.length + 1), f]))('%s', (_, file) => {
  const text = readFileSync(file, 'utf8');
  const doc = parse(text) as Doc;

  test('plain YAML: no anchors or aliases (the platform export never uses them)', () => {
    let aliases = 0;
    visit(parseDocument(text), (_, node) => {
      if (isAlias(node)) aliases++;
    });
    expect(aliases).toBe(0);
  });

  test('loads in the local runner (every construct supported)', () => {
    expect(() => loadPlaybookFile(file)).not.toThrow();
  });

  test('top level: id == name, version -1, fromversion, start "0", view JSON, description with a period', () => {
    expect(doc.id).toBe(doc.name);
    expect(doc.version).toBe(-1);
    expect(doc.fromversion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(doc.starttaskid).toBe('0');
    expect(doc.description).toMatch(/\.$/);
    expect(() => JSON.parse(doc.view) as unknown).not.toThrow();
    expect(file.endsWith(`playbook-${doc.name.replace(/ /g, '_')}.yml`)).toBe(true);
  });

  test('tasks: keys match ids, UUID taskids equal task.id, views are JSON, quietmode 0, descriptions end with a period', () => {
    for (const [key, task] of Object.entries(doc.tasks)) {
      expect(task.id).toBe(key);
      expect(task.taskid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(task.task.id).toBe(task.taskid);
      expect(task.task.version).toBe(-1);
      expect(task.task.type).toBe(task.type);
      expect(task.quietmode).toBe(0);
      expect(() => JSON.parse(task.view) as unknown).not.toThrow();
      if (task.type !== 'start') expect(task.task.description).toMatch(/\.$/);
    }
  });

  test('every task is connected and every condition branch is routed', () => {
    const playbook = loadPlaybookFile(file);
    expect(buildGraph(playbook).unreachable).toEqual([]);
    for (const task of Object.values(doc.tasks).filter((t) => t.type === 'condition')) {
      const labels = [...(task.conditions ?? []).map((c) => c.label), '#default#'];
      expect(Object.keys(task.nexttasks ?? {}).sort()).toEqual(labels.sort());
    }
  });

  test('every declared input is used and every used input is declared', () => {
    const declared = (doc.inputs ?? []).map((i) => i.key).sort();
    const used = [...new Set([...text.matchAll(/inputs\.([A-Za-z0-9_]+)/g)].map((m) => m[1] as string))].sort();
    expect(used).toEqual(declared);
    for (const input of doc.inputs ?? []) {
      expect(input.description).toMatch(/\.$/);
      expect(input.playbookInputQuery).toBeNull();
    }
    for (const output of doc.outputs ?? []) expect(output.description).toMatch(/\.$/);
  });

  test('a playbook (not a test playbook) has a README beside it', () => {
    if (file.includes('TestPlaybooks')) return;
    expect(existsSync(file.replace(/\.yml$/, '_README.md'))).toBe(true);
  });
});

describe('Absolute_TestPlaybook coverage', () => {
  const file = join(REPO_ROOT, 'TestPlaybooks', 'playbook-Absolute_TestPlaybook.yml');
  const doc = parse(readFileSync(file, 'utf8')) as Doc & { tasks: Record<string, { task: { script?: string; scriptName?: string } }> };
  const tasks = Object.values(doc.tasks);

  test('starts with DeleteContext all=yes and ends with "Test Done"', () => {
    const start = doc.tasks['0'] as { nexttasks: Record<string, string[]> };
    const first = doc.tasks[start.nexttasks['#none#']?.[0] ?? ''] as unknown as {
      task: { scriptName: string };
      scriptarguments: { all: { simple: string } };
    };
    expect(first.task.scriptName).toBe('DeleteContext');
    expect(first.scriptarguments.all.simple).toBe('yes');
    expect(tasks.some((t) => t.type === 'title' && (t.task as { name?: string }).name === 'Test Done')).toBe(true);
  });

  test('runs every command the integration manifest declares, each followed by checks', () => {
    const manifest = parse(readFileSync(MANIFEST, 'utf8')) as { script: { commands: { name: string }[] } };
    const used = new Set(tasks.map((t) => t.task.script?.split('|||')[1]).filter(Boolean));
    expect(manifest.script.commands.map((c) => c.name).filter((name) => !used.has(name))).toEqual([]);
    const verifies = tasks.filter((t) => t.type === 'condition' && (t.task as { name?: string }).name?.startsWith('Verify '));
    expect(verifies.length).toBeGreaterThanOrEqual(20);
  });
});
