import { findCommand } from '../../Integrations/Absolute/src/commands/registry';
import { BUILTIN_SCRIPTS, BUILTIN_NAMES } from './builtin-scripts';
import { PlaybookError } from './errors';
import type { PlaybookTask } from './playbook-schema';

/** The integration brand tasks may pin; an empty brand means "any instance", i.e. this one. */
export const BRAND = 'Absolute';

export type TaskAction =
  | { kind: 'start' }
  | { kind: 'title' }
  | { kind: 'condition' }
  | { kind: 'command'; command: string }
  | { kind: 'builtin'; script: string }
  | { kind: 'playbook'; name: string };

/** What a task does, or a PlaybookError naming the construct the runner does not implement. */
export function taskAction(task: PlaybookTask): TaskAction {
  const info = task.task;
  if (loopEnabled(task.loop))
    throw new PlaybookError('task loops ("loop" with forEach, exitCondition or builtincondition) are not supported');
  switch (task.type) {
    case 'start':
      return { kind: 'start' };
    case 'title':
      return { kind: 'title' };
    case 'condition':
      if (info.scriptName || info.script)
        throw new PlaybookError(`script-based conditions (${info.scriptName ?? info.script}) are not supported; use built-in "conditions"`);
      if (!task.conditions?.length) throw new PlaybookError('condition task has no "conditions"');
      return { kind: 'condition' };
    case 'playbook': {
      const name = info.playbookName || info.playbookId;
      if (!name) throw new PlaybookError('sub-playbook task names no playbookName/playbookId');
      return { kind: 'playbook', name };
    }
    case 'regular':
      return regularAction(task);
    default:
      throw new PlaybookError(`task type "${task.type}" is not supported (supported: start, regular, condition, title, playbook)`);
  }
}

function regularAction(task: PlaybookTask): TaskAction {
  const info = task.task;
  const script = info.script?.trim() || undefined;
  if (script?.includes('|||')) {
    const [brand = '', command = ''] = script.split('|||');
    if (brand !== '' && brand !== BRAND)
      throw new PlaybookError(`command "${script}" needs integration "${brand}", which the local runner does not have (only ${BRAND})`);
    return commandAction(command);
  }
  if (info.iscommand && script) return commandAction(script);
  const name = info.scriptName?.trim() || script;
  if (!name) throw new PlaybookError('manual tasks (regular tasks without a script) are not supported');
  if (!BUILTIN_SCRIPTS[name])
    throw new PlaybookError(`script "${name}" is not available in the local runner (built-ins: ${BUILTIN_NAMES.join(', ')})`);
  return { kind: 'builtin', script: name };
}

function commandAction(command: string): TaskAction {
  if (!findCommand(command)) throw new PlaybookError(`command "${command}" is not implemented by the ${BRAND} integration`);
  return { kind: 'command', command };
}

/**
 * Exported sub-playbook tasks carry a `loop` block even when looping is off
 * (`{iscommand: false, exitCondition: '', wait: 1, max: 100}`); only a configured loop counts.
 */
function loopEnabled(loop: unknown): boolean {
  if (loop === undefined || loop === null) return false;
  if (typeof loop !== 'object') return true;
  const l = loop as Record<string, unknown>;
  const nonEmpty = (v: unknown) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && v.length === 0);
  return l['forEach'] === true || nonEmpty(l['exitCondition']) || nonEmpty(l['builtincondition']) || nonEmpty(l['scriptId']);
}

export function taskLabel(playbookName: string, task: PlaybookTask): string {
  return `${playbookName} task ${task.id} (${task.task.name})`;
}
