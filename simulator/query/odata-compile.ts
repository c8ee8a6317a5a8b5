import { ApiError, invalidFilter } from '../server/api-error';
import type { RequestLeniency } from '../server/leniency';
import { parseTimestamp } from '../util/time';
import { conditionFor, type Predicate } from './condition';
import type { FilterParam } from './filter-fields';
import type { ComparisonOp, ODataLiteral, ODataNode, TextFunction } from './odata-filter';

/** What `$filter` and `$select` may name on one resource. */
export interface ODataResource<T> {
  /** Documented filter parameters (`esnStartsWith`…), usable as in the documented `filter=`. */
  filterParams: ReadonlyMap<string, FilterParam<T>>;
  /** Top-level member names of a record, for spelling fallbacks. */
  fieldNames: readonly string[];
  isField(name: string): boolean;
  /** v2 names of v3 members (`id` → `deviceUid`); undocumented, so counted. */
  legacyNames: ReadonlyMap<string, string>;
  /** Always returned under `$select`, as v2 clients expect (they read it without selecting it). */
  key?: string;
}

type Scalar = string | number | boolean;

/**
 * Turns a parsed `$filter` into a predicate over what the caller may see (`view`). Comparisons on
 * strings ignore case, and a missing member never equals anything, which gives the same answers
 * as the documented filters: `eq` ≡ `<field>=`, `ne` ≡ `<field>Not`, `substringof` ≡
 * `<field>Contains`, `startswith`/`endswith` ≡ `…StartsWith`/`…EndsWith`, `lt`/`le`/`gt`/`ge` on
 * dates ≡ `…To`/`…ToInclusive`/`…From`/`…FromInclusive`.
 */
export function compileODataFilter<T>(
  node: ODataNode,
  resource: ODataResource<T>,
  leniency: RequestLeniency,
  view: (item: T) => object,
): Predicate<T> {
  switch (node.kind) {
    case 'and':
    case 'or': {
      const left = compileODataFilter(node.left, resource, leniency, view);
      const right = compileODataFilter(node.right, resource, leniency, view);
      return node.kind === 'and' ? (item) => left(item) && right(item) : (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compileODataFilter(node.operand, resource, leniency, view);
      return (item) => !operand(item);
    }
    case 'text': {
      const segments = resolvePath(node.path, resource, leniency);
      const needle = node.needle.toLowerCase();
      const test = TEXT_TESTS[node.fn];
      return (item) =>
        valuesAt(view(item), segments).some((value) => typeof value !== 'boolean' && test(String(value).toLowerCase(), needle));
    }
    case 'compare':
      return compileComparison(node.path, node.op, node.literal, resource, leniency, view);
  }
}

const TEXT_TESTS: Record<TextFunction, (value: string, needle: string) => boolean> = {
  substringof: (value, needle) => value.includes(needle),
  startswith: (value, needle) => value.startsWith(needle),
  endswith: (value, needle) => value.endsWith(needle),
};

function compileComparison<T>(
  path: string,
  op: ComparisonOp,
  literal: ODataLiteral,
  resource: ODataResource<T>,
  leniency: RequestLeniency,
  view: (item: T) => object,
): Predicate<T> {
  const documented = !path.includes('.') && !resource.isField(path) ? resource.filterParams.get(path) : undefined;
  if (documented) return documentedCondition(path, documented, op, literal);
  const segments = resolvePath(path, resource, leniency);
  if (literal.type === 'null') {
    if (op !== 'eq' && op !== 'ne') throw invalidFilter('$filter');
    return (item) => (valuesAt(view(item), segments).length === 0) === (op === 'eq');
  }
  const matches = scalarTest(op, literal);
  if (op === 'ne') return (item) => !valuesAt(view(item), segments).some(matches);
  return (item) => valuesAt(view(item), segments).some(matches);
}

/** `esnStartsWith eq '1A'`: a documented filter parameter, with the documented semantics. */
function documentedCondition<T>(name: string, param: FilterParam<T>, op: ComparisonOp, literal: ODataLiteral): Predicate<T> {
  if ((op !== 'eq' && op !== 'ne') || literal.type === 'null') throw invalidFilter('$filter');
  const text = literal.type === 'string' || literal.type === 'datetime' ? literal.text : String(literal.value);
  let condition: Predicate<T>;
  try {
    condition = conditionFor(name, param, [text]);
  } catch (error) {
    if (error instanceof ApiError) throw invalidFilter('$filter');
    throw error;
  }
  return op === 'eq' ? condition : (item) => !condition(item);
}

/** The test one member value must pass; `ne` is handled by the caller as "no value is equal". */
function scalarTest(op: ComparisonOp, literal: Exclude<ODataLiteral, { type: 'null' }>): (value: Scalar) => boolean {
  const ordering = op === 'eq' || op === 'ne' ? 'eq' : op;
  if (literal.type === 'boolean') {
    if (ordering !== 'eq') throw invalidFilter('$filter');
    return (value) => value === literal.value;
  }
  if (literal.type === 'number') {
    return (value) => {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      return !Number.isNaN(number) && ordered(ordering, number - literal.value);
    };
  }
  const instant = parseTimestamp(literal.text);
  if (literal.type === 'datetime' && instant === undefined) throw invalidFilter('$filter');
  const lower = literal.text.toLowerCase();
  if (ordering === 'eq' && literal.type === 'string') return (value) => typeof value !== 'number' && String(value).toLowerCase() === lower;
  return (value) => {
    if (typeof value !== 'string') return false;
    if (instant !== undefined) {
      const ms = Date.parse(value);
      return !Number.isNaN(ms) && ordered(ordering, ms - instant);
    }
    const text = value.toLowerCase();
    return ordered(ordering, text === lower ? 0 : text < lower ? -1 : 1);
  };
}

function ordered(op: 'eq' | 'lt' | 'le' | 'gt' | 'ge', difference: number): boolean {
  switch (op) {
    case 'eq':
      return difference === 0;
    case 'lt':
      return difference < 0;
    case 'le':
      return difference <= 0;
    case 'gt':
      return difference > 0;
    case 'ge':
      return difference >= 0;
  }
}

/** A dotted path's segments, its first one resolved to a member name; unknown names are a 400. */
function resolvePath<T>(path: string, resource: ODataResource<T>, leniency: RequestLeniency): string[] {
  const [top = '', ...rest] = path.split('.');
  if (resource.isField(top)) return [top, ...rest];
  const spelt = resource.legacyNames.get(top) ?? resource.fieldNames.find((name) => name.toLowerCase() === top.toLowerCase());
  if (spelt === undefined) throw invalidFilter('$filter');
  leniency.accept('odataFieldAlias', top, () => invalidFilter('$filter'));
  return [spelt, ...rest];
}

/** Scalar values at `segments`, looking into every element of arrays on the way. */
function valuesAt(record: object, segments: readonly string[]): Scalar[] {
  let current: unknown[] = [record];
  for (const segment of segments) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, segment)) continue;
      const member = (value as Record<string, unknown>)[segment];
      if (Array.isArray(member)) next.push(...(member as unknown[]));
      else next.push(member);
    }
    current = next;
  }
  return current.filter((value): value is Scalar => typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean');
}
