import { PlaybookError } from './errors';
import { evaluateSelector, parseSelector, type SelectorExpr } from './selector-expression';

/**
 * Context paths as playbooks write them: `Absolute.Device.Id`, `Absolute.Device.[0].Id`,
 * `Absolute.Device(val.AgentStatus == 'A').Id`. Reading through a list reads every item (the
 * platform's DT behaviour), so `Absolute.Device.Id` is the list of all device ids.
 */
export type PathSegment = { kind: 'key'; name: string; filter?: SelectorExpr } | { kind: 'index'; index: number };

export function parsePath(path: string): PathSegment[] {
  const parts = splitTopLevel(path.trim());
  const segments: PathSegment[] = [];
  for (const part of parts) {
    if (part === '') throw new PlaybookError(`context path "${path}" has an empty segment`);
    const index = /^\[(\d+)\]$/.exec(part);
    if (index) {
      segments.push({ kind: 'index', index: Number(index[1]) });
      continue;
    }
    if (/^\[.*\]$/.test(part))
      throw new PlaybookError(`context path "${path}": "${part}" is not supported (only .[N] indexing, no slices)`);
    const keyed = /^([^()[\]=]+?)(?:\[(\d+)\])?(?:\((.*)\))?$/s.exec(part);
    if (!keyed || keyed[1] === undefined) {
      throw new PlaybookError(
        `context path "${path}": "${part}" is not supported (DT mutators, method calls and slices are not implemented)`,
      );
    }
    const filter = keyed[3] !== undefined ? parseSelector(keyed[3]) : undefined;
    segments.push(filter ? { kind: 'key', name: keyed[1], filter } : { kind: 'key', name: keyed[1] });
    if (keyed[2] !== undefined) segments.push({ kind: 'index', index: Number(keyed[2]) });
  }
  return segments;
}

/** Splits on dots that are not inside a selector's parentheses or quotes. */
function splitTopLevel(path: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let current = '';
  for (const ch of path) {
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '.' && depth === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (depth !== 0 || quote) throw new PlaybookError(`context path "${path}" has unbalanced parentheses or quotes`);
  parts.push(current);
  return parts;
}

/** Reads `segments` from `root`; a list read through yields every item's value, one level flattened. */
export function readSegments(root: unknown, segments: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of segments) {
    if (current === undefined) return undefined;
    if (segment.kind === 'index') {
      current = Array.isArray(current) ? current[segment.index] : segment.index === 0 ? current : undefined;
      continue;
    }
    current = pluck(current, segment.name);
    if (segment.filter && current !== undefined) {
      const filter = segment.filter;
      current = unwrap(asList(current).filter((item) => evaluateSelector(filter, { val: item })));
    }
  }
  return current;
}

function pluck(value: unknown, key: string): unknown {
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    for (const item of value) {
      const v = pluck(item, key);
      if (v === undefined) continue;
      if (Array.isArray(v)) out.push(...(v as unknown[]));
      else out.push(v);
    }
    return unwrap(out);
  }
  if (value !== null && typeof value === 'object') return (value as Record<string, unknown>)[key];
  return undefined;
}

export function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The platform shows a one-item list as the item itself, and nothing as absent. */
export function unwrap(list: readonly unknown[]): unknown {
  if (list.length === 0) return undefined;
  return list.length === 1 ? list[0] : [...list];
}
