import { invalidRequest } from '../server/api-error';

/**
 * `select=a,b.c` handling: validates the list and projects items onto it. Only top-level names are
 * checked against the schema (nested names that do not exist simply select nothing).
 */
export function parseSelect(raw: readonly string[], allowedTopLevel: (name: string) => boolean): string[][] | undefined {
  if (raw.length === 0) return undefined;
  const paths = raw
    .flatMap((value) => value.split(','))
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (paths.length === 0) return undefined;
  const unique = [...new Set(paths)];
  for (const path of unique) {
    const top = path.split('.')[0] ?? '';
    if (!allowedTopLevel(top) || path.split('.').some((s) => s === '')) {
      throw invalidRequest('select', `unknown field ${path} in select`, 'INVALID_VALUE');
    }
    const parent = unique.find((other) => other !== path && path.startsWith(`${other}.`));
    if (parent) throw invalidRequest('select', `select cannot contain both ${parent} and its child ${path}`, 'INVALID_VALUE');
  }
  return unique.map((p) => p.split('.'));
}

export function project(item: object, paths: readonly string[][] | undefined): object {
  if (!paths) return item;
  const out: Record<string, unknown> = {};
  for (const path of paths) copyPath(item as Record<string, unknown>, out, path);
  return out;
}

function copyPath(source: Record<string, unknown>, target: Record<string, unknown>, path: readonly string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !(head in source)) return;
  const value = source[head];
  if (rest.length === 0 || value === null || typeof value !== 'object') {
    if (rest.length === 0) target[head] = value;
    return;
  }
  if (Array.isArray(value)) {
    // `networkAdapters.macAddress` selects that member of every element.
    const existing = Array.isArray(target[head]) ? (target[head] as Record<string, unknown>[]) : value.map(() => ({}));
    value.forEach((element, i) => {
      if (element && typeof element === 'object' && existing[i]) copyPath(element as Record<string, unknown>, existing[i], rest);
    });
    target[head] = existing;
    return;
  }
  const nested = (typeof target[head] === 'object' && target[head] !== null ? target[head] : {}) as Record<string, unknown>;
  copyPath(value as Record<string, unknown>, nested, rest);
  if (Object.keys(nested).length > 0) target[head] = nested;
}
