import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPack } from './pack-loader';
import { allRules } from './rules';
import { findSchemaDir, loadRuleContext } from './schema-data';
import type { Finding } from './types';

export { allRules } from './rules';
export { formatFinding, summarize } from './report';
export { findSchemaDir } from './schema-data';
export type { Finding, RuleDef, Severity } from './types';

export interface ValidateOptions {
  /**
   * Directory holding the vendored schemas (`vendor/xsoar-schemas` of this repo). Default: found by
   * walking up from the pack root, then from the working directory.
   */
  schemaDir?: string;
}

/** Runs every rule over the pack at `root` and returns the findings, grouped by file. */
export function validatePackSync(root: string, options: ValidateOptions = {}): Finding[] {
  const packRoot = resolve(root);
  if (!existsSync(packRoot) || !statSync(packRoot).isDirectory()) throw new Error(`pack root ${packRoot} is not a directory`);
  const schemaDir = options.schemaDir ?? findSchemaDir([packRoot, process.cwd()]);
  if (schemaDir === undefined) throw new Error('cannot find vendor/xsoar-schemas; pass schemaDir (or --schemas)');
  const context = loadRuleContext(resolve(schemaDir));
  const pack = loadPack(packRoot);
  const findings = allRules.flatMap((rule) =>
    rule.check(pack, context).map((issue): Finding => ({ code: rule.code, severity: rule.severity ?? 'error', ...issue })),
  );
  // Stable sort: files in name order, rule order within a file.
  return findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Async wrapper of validatePackSync, so callers need not change if reading becomes asynchronous. */
export async function validatePack(root: string, options: ValidateOptions = {}): Promise<Finding[]> {
  return validatePackSync(root, options);
}
