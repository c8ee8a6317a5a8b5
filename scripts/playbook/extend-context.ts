import type { Entry } from '../../Integrations/Absolute/src/xsoar/entry';
import { parsePath, readSegments } from './context-path';
import type { ContextStore } from './context-store';
import { PlaybookError } from './errors';
import { stringify } from './values';

/**
 * The platform's `extend-context` argument, accepted by every command: `Key=path` copies `path` of
 * each entry's raw Contents (all of it when the path is empty) to context under `Key`; several
 * mappings are joined with `::`. The integration ignores the argument; the server applies it.
 */
export function applyExtendContext(spec: unknown, entries: readonly Entry[], context: ContextStore): string[] {
  if (spec === undefined) return [];
  const written: string[] = [];
  for (const mapping of stringify(spec)
    .split('::')
    .map((m) => m.trim())
    .filter(Boolean)) {
    const eq = mapping.indexOf('=');
    if (eq <= 0) throw new PlaybookError(`extend-context "${mapping}" is not Key=path`);
    const key = mapping.slice(0, eq).trim();
    const path = mapping.slice(eq + 1).trim();
    const segments = path ? parsePath(path) : [];
    for (const entry of entries) {
      if (entry.Type === 4 || entry.Contents === undefined || entry.Contents === null) continue;
      const value = readSegments(entry.Contents, segments);
      if (value !== undefined) context.mergeValue(key, value);
    }
    written.push(key);
  }
  return written;
}
