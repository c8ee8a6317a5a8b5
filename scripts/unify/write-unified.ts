import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pythonPackVersion } from './python-code';
import { renderUnified } from './render';
import { BRIDGE_SOURCE, bundleVersion, INTEGRATION_NAME, integrationPaths, readIntegrationParts } from './sources';
import { unifyIntegration, type UnifyOptions } from './unify';

export interface UnifyReport {
  /** The file written. */
  file: string;
  /** Its size in bytes. */
  bytes: number;
  /** Version drift between package.json, the bridge and the bundle: the image and YAML would not match. */
  warnings: string[];
}

/** The unified integration's YAML text for the repository at `root`. */
export function unifiedIntegrationText(root: string, options: UnifyOptions = {}): string {
  return renderUnified(unifyIntegration(readIntegrationParts(root), options));
}

/**
 * Where a variant goes by default: the default variant is dist/integration-Absolute.yml, the
 * others get their own names so building one never replaces the file administrators import.
 */
export function unifiedFileFor(root: string, options: UnifyOptions = {}): string {
  const suffixes = [
    ...(options.runner === 'own-image' ? ['own-image'] : []),
    ...(options.customLabel !== undefined ? [options.customLabel.replace(/[^\w.-]+/g, '_')] : []),
  ];
  if (suffixes.length === 0) return integrationPaths(root).unified;
  return join(root, 'dist', `integration-${INTEGRATION_NAME}-${suffixes.join('-')}.yml`);
}

/** Writes the unified integration (by default dist/integration-Absolute.yml) and reports version drift. */
export function writeUnifiedIntegration(root: string, options: UnifyOptions = {}, out?: string): UnifyReport {
  const paths = integrationPaths(root);
  const parts = readIntegrationParts(root);
  const warnings: string[] = [];
  const bridge = pythonPackVersion(parts.pythonSource);
  if (bridge !== parts.packVersion)
    warnings.push(`${BRIDGE_SOURCE} has PACK_VERSION ${bridge ?? '(none)'}, package.json has ${parts.packVersion}`);
  if (existsSync(paths.bundle)) {
    const bundle = bundleVersion(readFileSync(paths.bundle, 'utf8').slice(0, 200));
    if (bundle !== parts.packVersion)
      warnings.push(`dist/absolute.cjs is version ${bundle ?? '(no banner)'}, package.json has ${parts.packVersion}`);
  }
  const file = out ?? unifiedFileFor(root, options);
  const text = renderUnified(unifyIntegration(parts, options));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return { file, bytes: Buffer.byteLength(text), warnings };
}
