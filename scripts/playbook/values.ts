import { evaluateClauses } from './conditions';
import { asList, parsePath, readSegments, unwrap } from './context-path';
import type { ContextStore } from './context-store';
import { PlaybookError } from './errors';
import type { ArgValue, ComplexValue, OperandSpec } from './playbook-schema';
import { scalarText } from './scalar-text';
import { TRANSFORMERS } from './transformers';

/** What `${...}` references can see: the run's context and its playbook inputs (`inputs.X`). */
export interface Scope {
  context: ContextStore;
  inputs: Readonly<Record<string, unknown>>;
}

/** The list item a complex value's filter is looking at, and the root it came from. */
interface FilterItem {
  root: string;
  item: unknown;
}

export function readPath(scope: Scope, path: string): unknown {
  const p = path.trim();
  if (p === 'inputs') return scope.inputs;
  if (p.startsWith('inputs.')) return readSegments(scope.inputs, parsePath(p.slice('inputs.'.length)));
  return scope.context.get(p);
}

/** A `scriptarguments` / input value: `{simple}` with `${...}` references, or `{complex}`. */
export function resolveValue(scope: Scope, value: ArgValue | string | null | undefined): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return interpolate(scope, value);
  if (value.complex) return resolveComplex(scope, value.complex);
  const simple = value.simple;
  if (simple === null || simple === undefined) return undefined;
  return typeof simple === 'string' ? interpolate(scope, simple) : String(simple);
}

/** A text that is exactly one `${path}` keeps the referenced value's type (list, object); otherwise text. */
export function interpolate(scope: Scope, text: string): unknown {
  const whole = /^\$\{([^{}]+)\}$/.exec(text.trim());
  if (whole?.[1]) return readPath(scope, whole[1]);
  if (!text.includes('${')) return text;
  const out = text.replace(/\$\{([^{}]*)\}/g, (_, path: string) => stringify(readPath(scope, path)));
  if (out.includes('${')) throw new PlaybookError(`unterminated or nested \${...} reference in "${text}"`);
  return out;
}

export function resolveComplex(scope: Scope, complex: ComplexValue): unknown {
  let value = readPath(scope, complex.root);
  const filters = complex.filters ?? [];
  if (filters.length > 0) {
    value = unwrap(
      asList(value).filter((item) => evaluateClauses(filters, (operand) => resolveOperand(scope, operand, { root: complex.root, item }))),
    );
  }
  if (complex.accessor) value = readSegments(value, parsePath(complex.accessor));
  for (const spec of complex.transformers ?? []) {
    const transformer = TRANSFORMERS[spec.operator];
    if (!transformer) throw new PlaybookError(`transformer "${spec.operator}" is not supported by the local runner`);
    const args: Record<string, unknown> = {};
    for (const [name, operand] of Object.entries(spec.args ?? {})) {
      if (!transformer.args.includes(name))
        throw new PlaybookError(`transformer "${spec.operator}" has no argument "${name}" in the local runner`);
      args[name] = resolveOperand(scope, operand);
    }
    value = transformer.apply(value, args);
  }
  return value;
}

/**
 * A condition/filter side. `iscontext` plain text is a bare context path; inside a filter, a path
 * under the filtered root (`Absolute.Device.AgentStatus` for root `Absolute.Device`) reads the item.
 */
export function resolveOperand(scope: Scope, operand: OperandSpec | null | undefined, filter?: FilterItem): unknown {
  const value = operand?.value;
  if (!operand || !value) return undefined;
  if (!operand.iscontext || value.complex || typeof value.simple !== 'string') return resolveValue(scope, value);
  const path = value.simple.trim().replace(/^\$\{(.*)\}$/, '$1');
  if (filter) {
    if (path === filter.root) return filter.item;
    if (path.startsWith(`${filter.root}.`)) return readSegments(filter.item, parsePath(path.slice(filter.root.length + 1)));
  }
  return readPath(scope, path);
}

/** How a referenced value reads inside a longer text: lists comma-joined, objects as JSON. */
export function stringify(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(stringify).join(',');
  return scalarText(value);
}
