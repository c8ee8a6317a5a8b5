import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PlaybookError } from './errors';
import { playbookSchema, type Playbook } from './playbook-schema';
import { checkSupport } from './support-check';

/** Parses and checks one playbook document (already read from YAML, or built in a test). */
export function toPlaybook(raw: unknown, source: string): Playbook {
  const parsed = playbookSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PlaybookError(`${source} is not a playbook: ${issue?.path.join('.') || 'root'}: ${issue?.message ?? 'invalid'}`);
  }
  checkSupport(parsed.data);
  return parsed.data;
}

export function loadPlaybookFile(file: string): Playbook {
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new PlaybookError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  return toPlaybook(raw, file);
}

/** Sub-playbooks by name (or id), looked up in the given folders' *.yml files once, then cached. */
export class PlaybookLibrary {
  private index: Map<string, string> | undefined;
  private readonly loaded = new Map<string, Playbook>();

  constructor(private readonly dirs: readonly string[]) {}

  get(name: string): Playbook {
    const cached = this.loaded.get(name);
    if (cached) return cached;
    const file = this.files().get(name);
    if (!file) throw new PlaybookError(`sub-playbook "${name}" was not found in ${this.dirs.join(', ') || '(no folders)'}`);
    const playbook = loadPlaybookFile(file);
    this.loaded.set(name, playbook);
    return playbook;
  }

  private files(): Map<string, string> {
    if (this.index) return this.index;
    const index = new Map<string, string>();
    for (const dir of this.dirs) {
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()) {
        const file = join(dir, name);
        const doc = safeHeader(file);
        for (const key of [doc.name, doc.id]) if (key && !index.has(key)) index.set(key, file);
      }
    }
    this.index = index;
    return index;
  }
}

function safeHeader(file: string): { id?: string; name?: string } {
  try {
    const doc = parse(readFileSync(file, 'utf8')) as { id?: unknown; name?: unknown } | null;
    return { id: typeof doc?.id === 'string' ? doc.id : undefined, name: typeof doc?.name === 'string' ? doc.name : undefined };
  } catch {
    return {};
  }
}
