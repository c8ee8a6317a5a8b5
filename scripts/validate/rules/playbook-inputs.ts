import { playbookViews, type PlaybookView } from '../playbook-model';
import { asArray, asRecord, asString } from '../read-data';
import type { PackContents } from '../pack-loader';
import type { RuleDef } from '../types';

// demisto-sdk's own pattern for input references; keys may contain spaces and a few symbols.
const INPUT_REFERENCE = /inputs\.([-\w ?!():]+)/g;
// Free text (descriptions, task names) may mention "inputs.X" without using it.
const PROSE_KEYS = new Set(['description', 'name', 'note']);

function collectUsed(value: unknown, used: Set<string>): void {
  if (typeof value === 'string') {
    for (const match of value.matchAll(INPUT_REFERENCE)) {
      const key = (match[1] ?? '').split('.')[0] ?? '';
      if (key !== '' && !key.startsWith(' ')) used.add(key.trim());
    }
    return;
  }
  if (Array.isArray(value)) return value.forEach((item) => collectUsed(item, used));
  const record = asRecord(value);
  if (!record) return;
  // Complex values may split the reference as root "inputs" + accessor "Key.sub".
  if (record['root'] === 'inputs') {
    const key = asString(record['accessor'])?.split('.')[0]?.trim();
    if (key) used.add(key);
  }
  for (const [key, child] of Object.entries(record)) if (!PROSE_KEYS.has(key)) collectUsed(child, used);
}

function usedInputs(view: PlaybookView): Set<string> {
  const used = new Set<string>();
  collectUsed(view.data['tasks'], used);
  collectUsed(view.data['outputs'], used);
  return used;
}

function declaredInputs(view: PlaybookView): { key: string; index: number }[] {
  return asArray(view.data['inputs']).flatMap((input, index) => {
    const key = asString(asRecord(input)?.['key'])?.trim();
    return key ? [{ key, index }] : [];
  });
}

// Test playbooks are a different content type in demisto-sdk and are not held to these two rules.
const regularPlaybooks = (pack: PackContents) => playbookViews(pack).filter((view) => !view.isTest);

/** PB118/PB119: the inputs section and the tasks agree. */
export const playbookInputRules: RuleDef[] = [
  {
    code: 'PB118',
    title: 'Every declared playbook input is used by a task',
    check: (pack) =>
      regularPlaybooks(pack).flatMap((view) => {
        const used = usedInputs(view);
        return declaredInputs(view)
          .filter(({ key }) => !used.has(key))
          .map(({ key, index }) => ({
            file: view.file,
            where: `inputs[${index}].key`,
            message: `input ${key} is declared but no task uses it`,
          }));
      }),
  },
  {
    code: 'PB119',
    title: 'Every input a task uses is declared',
    check: (pack) =>
      regularPlaybooks(pack).flatMap((view) => {
        const declared = new Set(declaredInputs(view).map(({ key }) => key));
        const missing = [...usedInputs(view)].filter((key) => !declared.has(key)).sort();
        return missing.length === 0
          ? []
          : [{ file: view.file, where: 'inputs', message: `inputs used by tasks but not declared: ${missing.join(', ')}` }];
      }),
  },
];
