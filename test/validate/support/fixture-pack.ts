// Copies the known-good fixture pack to a temp dir so a test can break exactly one thing in it.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { validatePack, type Finding } from '../../../scripts/validate';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const SCHEMA_DIR = join(REPO_ROOT, 'vendor', 'xsoar-schemas');
export const GOOD_PACK = join(__dirname, '..', 'fixtures', 'good-pack');

export type Segment = string | number;

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function child(container: Container, key: Segment): unknown {
  return Array.isArray(container) ? container[Number(key)] : container[String(key)];
}

function parentOf(doc: unknown, path: readonly Segment[]): { parent: Container; key: Segment } {
  const key = path[path.length - 1];
  let node = doc;
  for (const segment of path.slice(0, -1)) {
    if (!isContainer(node)) throw new Error(`no container at ${path.join('.')}`);
    node = child(node, segment);
  }
  if (!isContainer(node) || key === undefined) throw new Error(`no container at ${path.join('.')}`);
  return { parent: node, key };
}

export class FixturePack {
  readonly root = mkdtempSync(join(tmpdir(), 'validate-pack-'));

  constructor(source = GOOD_PACK) {
    cpSync(source, this.root, { recursive: true });
  }

  private load(file: string): unknown {
    const text = readFileSync(join(this.root, file), 'utf8');
    return file.endsWith('.json') ? (JSON.parse(text) as unknown) : (parse(text) as unknown);
  }

  private save(file: string, doc: unknown): void {
    this.writeText(file, file.endsWith('.json') ? `${JSON.stringify(doc, null, 4)}\n` : stringify(doc));
  }

  get(file: string, path: readonly Segment[]): unknown {
    return path.reduce<unknown>((node, segment) => (isContainer(node) ? child(node, segment) : undefined), this.load(file));
  }

  /** Sets a value in a YAML or JSON file; `null` writes an explicit null. */
  set(file: string, path: readonly Segment[], value: unknown): this {
    const doc = this.load(file);
    const { parent, key } = parentOf(doc, path);
    if (Array.isArray(parent)) parent[Number(key)] = value;
    else parent[String(key)] = value;
    this.save(file, doc);
    return this;
  }

  remove(file: string, path: readonly Segment[]): this {
    const doc = this.load(file);
    const { parent, key } = parentOf(doc, path);
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[String(key)];
    this.save(file, doc);
    return this;
  }

  push(file: string, path: readonly Segment[], value: unknown): this {
    const list = this.get(file, path);
    if (!Array.isArray(list)) throw new Error(`${path.join('.')} is not a list`);
    return this.set(file, path, [...(list as unknown[]), value]);
  }

  writeText(file: string, text: string | Buffer): this {
    mkdirSync(dirname(join(this.root, file)), { recursive: true });
    writeFileSync(join(this.root, file), text);
    return this;
  }

  deleteFile(file: string): this {
    rmSync(join(this.root, file), { recursive: true, force: true });
    return this;
  }

  copyFile(from: string, to: string): this {
    return this.writeText(to, readFileSync(join(this.root, from)));
  }

  async validate(): Promise<Finding[]> {
    try {
      return await validatePack(this.root, { schemaDir: SCHEMA_DIR });
    } finally {
      rmSync(this.root, { recursive: true, force: true });
    }
  }
}

/** The distinct codes among the findings, sorted. */
export function codes(findings: readonly Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.code))].sort();
}

/** Applies one mutation to a fresh copy of the good pack and validates it. */
export async function findingsAfter(mutate: (pack: FixturePack) => unknown): Promise<Finding[]> {
  const pack = new FixturePack();
  mutate(pack);
  return pack.validate();
}

export const INTEGRATION = 'Integrations/Sample/Sample.yml';
export const PLAYBOOK = 'Playbooks/playbook-Sample_Device_Triage.yml';
export const TEST_PLAYBOOK = 'TestPlaybooks/playbook-Sample_Test.yml';
export const METADATA = 'pack_metadata.json';
