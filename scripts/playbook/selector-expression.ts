import { PlaybookError } from './errors';
import { scalarText } from './scalar-text';

/**
 * The small part of the platform's DT selector language that context keys use:
 * `val.Id && val.Id == obj.Id`, `val.Name == 'x'`, `!val.Hidden`, `true`, joined with `&&` / `||`.
 * Parsed into a tree and evaluated without eval, so a playbook can never run arbitrary code locally.
 */
export type Operand = { kind: 'ref'; root: 'val' | 'obj'; path: string[] } | { kind: 'literal'; value: string | number | boolean | null };

export type SelectorExpr =
  | { kind: 'or' | 'and'; items: SelectorExpr[] }
  | { kind: 'not'; item: SelectorExpr }
  | { kind: 'truthy'; operand: Operand }
  | { kind: 'compare'; op: '==' | '!='; left: Operand; right: Operand };

export interface Bindings {
  val: unknown;
  obj?: unknown;
}

const TOKEN = /\s*(\|\||&&|===|!==|==|!=|!|\.|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$-]*|\S)/y;

export function parseSelector(source: string): SelectorExpr {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while (TOKEN.lastIndex < source.length && (match = TOKEN.exec(source))) tokens.push(match[1] ?? '');
  if (tokens.length === 0) throw new PlaybookError(`empty selector "()"`);
  let pos = 0;
  const fail = (why: string): never => {
    throw new PlaybookError(
      `unsupported selector "(${source})": ${why} (supported: val.X / obj.X / 'text' / numbers / true, compared with == or !=, joined with && or ||)`,
    );
  };
  const peek = () => tokens[pos];
  const next = () => tokens[pos++] ?? fail('unexpected end');

  const operand = (): Operand => {
    const t = next();
    if (t === 'val' || t === 'obj') {
      const path: string[] = [];
      while (peek() === '.') {
        pos++;
        const name = next();
        if (!/^[A-Za-z_$][\w$-]*$/.test(name)) fail(`"${name}" is not a field name`);
        path.push(name);
      }
      if (peek() === '(') fail('method calls are not supported');
      return { kind: 'ref', root: t, path };
    }
    if (/^['"]/.test(t)) return { kind: 'literal', value: t.slice(1, -1).replace(/\\(.)/g, '$1') };
    if (/^-?\d/.test(t)) return { kind: 'literal', value: Number(t) };
    if (t === 'true' || t === 'false') return { kind: 'literal', value: t === 'true' };
    if (t === 'null' || t === 'undefined') return { kind: 'literal', value: null };
    return fail(`unexpected "${t}"`);
  };
  const unary = (): SelectorExpr => {
    if (peek() === '!') {
      pos++;
      return { kind: 'not', item: unary() };
    }
    const left = operand();
    const op = peek();
    if (op === '==' || op === '===' || op === '!=' || op === '!==') {
      pos++;
      return { kind: 'compare', op: op.startsWith('!') ? '!=' : '==', left, right: operand() };
    }
    return { kind: 'truthy', operand: left };
  };
  const conjunction = (): SelectorExpr => {
    const items = [unary()];
    while (peek() === '&&') {
      pos++;
      items.push(unary());
    }
    return items.length === 1 ? (items[0] as SelectorExpr) : { kind: 'and', items };
  };
  const items = [conjunction()];
  while (peek() === '||') {
    pos++;
    items.push(conjunction());
  }
  if (pos < tokens.length) fail(`unexpected "${tokens[pos]}"`);
  return items.length === 1 ? (items[0] as SelectorExpr) : { kind: 'or', items };
}

/** True when the expression is the constant `true`, i.e. the key means "replace". */
export function isConstantTrue(expr: SelectorExpr): boolean {
  return expr.kind === 'truthy' && expr.operand.kind === 'literal' && expr.operand.value === true;
}

export function evaluateSelector(expr: SelectorExpr, bindings: Bindings): boolean {
  switch (expr.kind) {
    case 'or':
      return expr.items.some((e) => evaluateSelector(e, bindings));
    case 'and':
      return expr.items.every((e) => evaluateSelector(e, bindings));
    case 'not':
      return !evaluateSelector(expr.item, bindings);
    case 'truthy':
      return truthy(read(expr.operand, bindings));
    case 'compare': {
      const equal = looseEqual(read(expr.left, bindings), read(expr.right, bindings));
      return expr.op === '==' ? equal : !equal;
    }
  }
}

function read(operand: Operand, bindings: Bindings): unknown {
  if (operand.kind === 'literal') return operand.value;
  let current: unknown = operand.root === 'val' ? bindings.val : bindings.obj;
  for (const key of operand.path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function truthy(value: unknown): boolean {
  return value !== undefined && value !== null && value !== false && value !== 0 && value !== '' && !Number.isNaN(value);
}

/** JavaScript `==` for the values context holds: null matches undefined, numbers match numeric text. */
function looseEqual(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return (a ?? null) === (b ?? null);
  if (typeof a === 'object' || typeof b === 'object') return a === b;
  if (typeof a === 'number' || typeof b === 'number') return Number(a) === Number(b);
  return scalarText(a) === scalarText(b);
}
