import { PlaybookError } from './errors';
import { stringify, type Scope } from './values';

export interface BuiltinResult {
  /** One line for the transcript. */
  summary: string;
  contextKeys: string[];
}

interface Builtin {
  args: readonly string[];
  run(args: Readonly<Record<string, unknown>>, scope: Scope): BuiltinResult;
}

const isYes = (v: unknown): boolean => ['yes', 'true'].includes(stringify(v).trim().toLowerCase());

/** The platform automations the shipped playbooks use, implemented locally with the same arguments. */
export const BUILTIN_SCRIPTS: Readonly<Record<string, Builtin>> = {
  DeleteContext: {
    args: ['all', 'key'],
    run(args, scope) {
      if (isYes(args['all'])) {
        scope.context.clear();
        return { summary: 'deleted the whole context', contextKeys: [] };
      }
      const keys = stringify(args['key'])
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      if (keys.length === 0) throw new PlaybookError('DeleteContext needs all=yes or key=<context path>');
      for (const key of keys) scope.context.delete(key);
      return { summary: `deleted ${keys.join(', ')}`, contextKeys: keys };
    },
  },
  Set: {
    args: ['key', 'value', 'append'],
    run(args, scope) {
      const key = stringify(args['key']).trim();
      if (!key) throw new PlaybookError('Set needs key=<context path>');
      const value = args['value'];
      if (value === undefined || value === '') return { summary: `${key}: value is empty, nothing set`, contextKeys: [] };
      scope.context.set(key, value, isYes(args['append']));
      return { summary: `${isYes(args['append']) ? 'appended to' : 'set'} ${key}`, contextKeys: [key] };
    },
  },
  Print: {
    args: ['value'],
    run(args) {
      return { summary: stringify(args['value']), contextKeys: [] };
    },
  },
};

export const BUILTIN_NAMES = Object.keys(BUILTIN_SCRIPTS);

export function runBuiltin(name: string, args: Readonly<Record<string, unknown>>, scope: Scope): BuiltinResult {
  const builtin = BUILTIN_SCRIPTS[name];
  if (!builtin) throw new PlaybookError(`script "${name}" is not available in the local runner (built-ins: ${BUILTIN_NAMES.join(', ')})`);
  const unknown = Object.keys(args).filter((a) => !builtin.args.includes(a));
  if (unknown.length > 0)
    throw new PlaybookError(
      `${name} argument(s) ${unknown.join(', ')} are not supported by the local runner (supported: ${builtin.args.join(', ')})`,
    );
  return builtin.run(args, scope);
}
