import type { Entry } from '../../Integrations/Absolute/src/xsoar/entry';

/**
 * Every leaf context path an entry writes, with the key selector removed:
 * `Absolute.Device(val.Id && val.Id == obj.Id)` + `{Os: {name}}` → `Absolute.Device.Os.name`.
 */
export function contextPaths(entries: readonly Entry[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries) {
    for (const [key, value] of Object.entries(entry.EntryContext ?? {})) {
      walk(key.replace(/\(.*\)$/, ''), value, out);
    }
  }
  return out;
}

function walk(path: string, value: unknown, out: Set<string>): void {
  if (Array.isArray(value)) {
    if (value.length === 0 || value.every((v) => v === null || typeof v !== 'object')) out.add(path);
    for (const item of value) if (item !== null && typeof item === 'object') walk(path, item, out);
    return;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) out.add(path);
    for (const [k, v] of entries) walk(`${path}.${k}`, v, out);
    return;
  }
  out.add(path);
}
