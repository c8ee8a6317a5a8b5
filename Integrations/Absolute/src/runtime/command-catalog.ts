import { COMMAND_CATALOG } from 'pack:command-catalog';

/** One argument as the manifest declares it. */
export interface CatalogArgument {
  name: string;
  description: string;
  required: boolean;
  isArray: boolean;
  secret: boolean;
  hidden: boolean;
  defaultValue?: string;
  predefined?: string[];
}

export interface CatalogOutput {
  contextPath: string;
  type: string;
  description: string;
}

/** One command as the command line knows it: built from Absolute.yml at build time. */
export interface CatalogCommand {
  name: string;
  description: string;
  /** The description's first line, for the list of commands. */
  summary: string;
  /** The manifest's `execution: true`: the command changes the tenant, so the command line asks first. */
  execution: boolean;
  arguments: CatalogArgument[];
  outputs: CatalogOutput[];
}

export const CATALOG: readonly CatalogCommand[] = COMMAND_CATALOG;

export function catalogCommand(name: string): CatalogCommand | undefined {
  return CATALOG.find((c) => c.name === name);
}

/** Up to `max` command names closest to `name` (edit distance, or sharing a word), best first. */
export function nearestCommands(name: string, max = 3): string[] {
  const wanted = name.toLowerCase();
  const scored = CATALOG.map((c) => {
    // Typed without the common prefix ("freeze-request") counts as well as with it.
    const distance = Math.min(editDistance(wanted, c.name), editDistance(wanted, c.name.replace(/^absolute-(device-)?/, '')));
    // A fragment such as "wipe" is as good as a near miss.
    const contains = wanted.length >= 4 && c.name.includes(wanted.replace(/^absolute-/, ''));
    return { name: c.name, score: contains ? Math.min(distance, 2) : distance };
  });
  const limit = Math.max(3, Math.floor(wanted.length / 3));
  return scored
    .filter((s) => s.score <= limit)
    .sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}

/** Levenshtein distance (insertions, deletions, substitutions), two rows at a time. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
