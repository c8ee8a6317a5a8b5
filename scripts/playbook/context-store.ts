import { asList, parsePath, readSegments, unwrap } from './context-path';
import { PlaybookError } from './errors';
import { evaluateSelector, isConstantTrue, parseSelector, type SelectorExpr } from './selector-expression';

export type ContextData = Record<string, unknown>;

/**
 * The incident context of one (sub-)playbook run. Writes follow the platform's EntryContext rules:
 * `Prefix(val.K && val.K == obj.K)` updates the matching item or appends, `Prefix(true)` replaces,
 * a plain `Prefix` appends (identical values are not duplicated). One-item lists are stored as the item.
 */
export class ContextStore {
  private data: ContextData = {};

  get(path: string): unknown {
    return readSegments(this.data, parsePath(path));
  }

  /** A deep copy, safe to hand out. */
  snapshot(): ContextData {
    return structuredClone(this.data);
  }

  clear(): void {
    this.data = {};
  }

  delete(path: string): void {
    const keys = plainKeys(path);
    const parent = this.parentOf(keys, false);
    const last = keys[keys.length - 1] as string;
    if (parent) delete parent[last];
  }

  /** `Set`: replace, or append when `append` is true. */
  set(path: string, value: unknown, append: boolean): void {
    if (append) this.write(plainKeys(path), (existing) => appendUnique(existing, value));
    else this.write(plainKeys(path), () => clone(value));
  }

  /** Merges one entry's EntryContext; returns the context paths written. */
  mergeEntryContext(entryContext: Record<string, unknown>): string[] {
    const written: string[] = [];
    for (const [key, value] of Object.entries(entryContext)) {
      const { prefix, selector } = splitKey(key);
      const keys = plainKeys(prefix);
      if (!selector) this.write(keys, (existing) => appendUnique(existing, value));
      else if (isConstantTrue(selector)) this.write(keys, () => clone(value));
      else this.write(keys, (existing) => mergeBySelector(existing, value, selector));
      written.push(prefix);
    }
    return written;
  }

  /** Copies a value in from another context (sub-playbook outputs): appended like a plain key. */
  mergeValue(path: string, value: unknown): void {
    this.write(plainKeys(path), (existing) => appendUnique(existing, value));
  }

  private write(keys: string[], update: (existing: unknown) => unknown): void {
    const parent = this.parentOf(keys, true) as Record<string, unknown>;
    const last = keys[keys.length - 1] as string;
    const next = update(parent[last]);
    if (next === undefined) delete parent[last];
    else parent[last] = next;
  }

  private parentOf(keys: string[], create: boolean): Record<string, unknown> | undefined {
    let node: Record<string, unknown> = this.data;
    for (const key of keys.slice(0, -1)) {
      let child = node[key];
      if (child === undefined && create) child = node[key] = {};
      if (child === undefined) return undefined;
      if (child === null || typeof child !== 'object' || Array.isArray(child)) {
        throw new PlaybookError(
          `cannot write "${keys.join('.')}": "${key}" holds ${Array.isArray(child) ? 'a list' : 'a value'}, not an object`,
        );
      }
      node = child as Record<string, unknown>;
    }
    return node;
  }
}

/** `Absolute.Device(val.Id && val.Id == obj.Id)` → prefix `Absolute.Device` + parsed selector. */
export function splitKey(key: string): { prefix: string; selector?: SelectorExpr } {
  const open = key.indexOf('(');
  if (open < 0) return { prefix: key };
  if (!key.endsWith(')')) throw new PlaybookError(`context key "${key}" has text after its selector`);
  return { prefix: key.slice(0, open), selector: parseSelector(key.slice(open + 1, -1)) };
}

function plainKeys(path: string): string[] {
  const keys = path.split('.');
  if (keys.some((k) => k === '' || /[()[\]]/.test(k))) throw new PlaybookError(`"${path}" is not a plain context path (dotted keys only)`);
  return keys;
}

function mergeBySelector(existing: unknown, incoming: unknown, selector: SelectorExpr): unknown {
  const items = asList(existing).map(clone);
  for (const obj of asList(incoming)) {
    const at = items.findIndex((val) => evaluateSelector(selector, { val, obj }));
    if (at >= 0) items[at] = deepMerge(items[at], obj);
    else items.push(clone(obj));
  }
  return unwrap(items);
}

function appendUnique(existing: unknown, incoming: unknown): unknown {
  const items = asList(existing).map(clone);
  for (const item of asList(incoming)) {
    if (!items.some((i) => sameValue(i, item))) items.push(clone(item));
  }
  return unwrap(items);
}

function deepMerge(target: unknown, source: unknown): unknown {
  if (!isPlainObject(target) || !isPlainObject(source)) return clone(source);
  const out: Record<string, unknown> = { ...target };
  for (const [k, v] of Object.entries(source)) out[k] = k in target ? deepMerge(target[k], v) : clone(v);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function clone<T>(value: T): T {
  return value === undefined ? value : structuredClone(value);
}
