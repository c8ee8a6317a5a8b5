import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { compileSchema } from './kwalify';
import { asRecord, stringItems } from './read-data';
import type { ApprovedTags, RuleContext } from './types';

/** Where the vendored demisto-sdk schemas and content-config lists live, relative to the repo root. */
export const VENDORED_SCHEMA_DIR = join('vendor', 'xsoar-schemas');

/**
 * Finds `vendor/xsoar-schemas` by walking up from each start directory. The pack root, the working
 * directory and the bundle's parent (dist/..) are the usual candidates; the source file location is
 * not, because the bundle no longer sits next to it.
 */
export function findSchemaDir(startDirs: readonly string[]): string | undefined {
  for (const start of startDirs) {
    let dir = resolve(start);
    for (;;) {
      const candidate = join(dir, VENDORED_SCHEMA_DIR);
      if (existsSync(join(candidate, 'integration.yml'))) return candidate;
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return undefined;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function approvedList(path: string): string[] {
  return stringItems(asRecord(readJson(path))?.['approved_list']);
}

function approvedTags(path: string): ApprovedTags {
  const lists = asRecord(asRecord(readJson(path))?.['approved_list']) ?? {};
  const byMarketplace: Record<string, string[]> = {};
  for (const [marketplace, tags] of Object.entries(lists)) {
    if (marketplace !== 'common') byMarketplace[marketplace] = stringItems(tags);
  }
  return { common: stringItems(lists['common']), byMarketplace };
}

const cache = new Map<string, RuleContext>();

/** Loads and compiles the vendored data once per directory (tests validate many packs). */
export function loadRuleContext(schemaDir: string): RuleContext {
  const cached = cache.get(schemaDir);
  if (cached) return cached;
  const schema = (name: string) => compileSchema(parse(readFileSync(join(schemaDir, name), 'utf8')));
  const config = (name: string) => join(schemaDir, 'content-config', name);
  const context: RuleContext = {
    schemas: { integration: schema('integration.yml'), playbook: schema('playbook.yml') },
    approved: {
      categories: approvedList(config('approved_categories.json')),
      useCases: approvedList(config('approved_usecases.json')),
      tags: approvedTags(config('approved_tags.json')),
    },
  };
  cache.set(schemaDir, context);
  return context;
}
