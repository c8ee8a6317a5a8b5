import { BUILTIN_SCRIPTS } from './builtin-scripts';
import { parsePath } from './context-path';
import { PlaybookError, describeError } from './errors';
import { OPERATORS } from './operators';
import type { ArgValue, ConditionClause, OperandSpec, Playbook, PlaybookTask } from './playbook-schema';
import { taskAction, taskLabel } from './task-action';
import { TRANSFORMERS } from './transformers';

/**
 * Checks a whole playbook before anything runs, so an unsupported construct in a branch that this
 * particular run would not take still fails loudly, naming the task and the construct.
 */
export function checkSupport(playbook: Playbook): void {
  for (const task of Object.values(playbook.tasks)) {
    try {
      checkTask(task);
    } catch (error) {
      throw new PlaybookError(describeError(error), taskLabel(playbook.name, task));
    }
  }
  for (const input of playbook.inputs ?? []) {
    try {
      if (input.value && typeof input.value === 'object') checkValue(input.value);
    } catch (error) {
      throw new PlaybookError(describeError(error), `${playbook.name} input "${input.key}"`);
    }
  }
}

function checkTask(task: PlaybookTask): void {
  const action = taskAction(task);
  for (const branch of task.conditions ?? []) checkClauses(branch.condition ?? []);
  for (const value of Object.values(task.scriptarguments ?? {})) if (value) checkValue(value);
  if (action.kind === 'builtin') {
    const allowed = BUILTIN_SCRIPTS[action.script]?.args ?? [];
    const extra = Object.keys(task.scriptarguments ?? {}).filter((a) => !allowed.includes(a));
    if (extra.length)
      throw new PlaybookError(
        `${action.script} argument(s) ${extra.join(', ')} are not supported by the local runner (supported: ${allowed.join(', ')})`,
      );
  }
  if (task.continueonerrortype && task.continueonerrortype !== 'errorPath')
    throw new PlaybookError(`continueonerrortype "${task.continueonerrortype}" is not supported`);
  const errorPath = task.continueonerror === true && task.continueonerrortype === 'errorPath';
  const allowed = new Set(action.kind === 'condition' ? [...(task.conditions ?? []).map((c) => c.label), '#default#', 'else'] : ['#none#']);
  if (errorPath) allowed.add('#error#');
  for (const label of Object.keys(task.nexttasks ?? {})) {
    if (!allowed.has(label)) {
      const why =
        label === '#error#'
          ? 'an #error# branch needs continueonerror: true and continueonerrortype: errorPath'
          : `allowed here: ${[...allowed].join(', ')}`;
      throw new PlaybookError(`branch "${label}" can never be taken (${why})`);
    }
  }
}

function checkClauses(groups: readonly (readonly ConditionClause[])[]): void {
  for (const clause of groups.flat()) {
    if (!OPERATORS[clause.operator])
      throw new PlaybookError(`condition operator "${clause.operator}" is not supported (supported: ${Object.keys(OPERATORS).join(', ')})`);
    checkOperand(clause.left);
    checkOperand(clause.right);
  }
}

function checkOperand(operand: OperandSpec | null | undefined): void {
  const value = operand?.value;
  if (!value) return;
  if (operand.iscontext && typeof value.simple === 'string' && !value.complex) parsePath(value.simple.replace(/^\$\{(.*)\}$/, '$1'));
  else checkValue(value);
}

function checkValue(value: ArgValue): void {
  if (typeof value.simple === 'string') {
    for (const match of value.simple.matchAll(/\$\{([^{}]*)\}/g)) parsePath((match[1] ?? '').replace(/^inputs\./, ''));
  }
  const complex = value.complex;
  if (!complex) return;
  parsePath(complex.root.replace(/^inputs\./, ''));
  if (complex.accessor) parsePath(complex.accessor);
  checkClauses(complex.filters ?? []);
  for (const t of complex.transformers ?? []) {
    const transformer = TRANSFORMERS[t.operator];
    if (!transformer)
      throw new PlaybookError(`transformer "${t.operator}" is not supported (supported: ${Object.keys(TRANSFORMERS).join(', ')})`);
    const extra = Object.keys(t.args ?? {}).filter((a) => !transformer.args.includes(a));
    if (extra.length) throw new PlaybookError(`transformer "${t.operator}" argument(s) ${extra.join(', ')} are not supported`);
    for (const arg of Object.values(t.args ?? {})) checkOperand(arg);
  }
}
