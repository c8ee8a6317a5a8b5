import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pythonPackVersion } from './python-code';
import { renderUnified } from './render';
import { BRIDGE_SOURCE, bundleVersion, integrationPaths, readIntegrationParts } from './sources';
import { unifyIntegration } from './unify';

export interface UnifyReport {
  /** The file written. */
  file: string;
  /** Version drift between package.json, the bridge and the bundle: the image and YAML would not match. */
  warnings: string[];
}

/** The unified integration's YAML text for the repository at `root`. */
export function unifiedIntegrationText(root: string): string {
  return renderUnified(unifyIntegration(readIntegrationParts(root)));
}

/** Writes dist/integration-Absolute.yml and reports version drift (not fatal: the tests fail on it). */
export function writeUnifiedIntegration(root: string): UnifyReport {
  const paths = integrationPaths(root);
  const parts = readIntegrationParts(root);
  const warnings: string[] = [];
  const bridge = pythonPackVersion(parts.pythonSource);
  if (bridge !== parts.packVersion) warnings.push(`${BRIDGE_SOURCE} has PACK_VERSION ${bridge ?? '(none)'}, package.json has ${parts.packVersion}`);
  if (existsSync(paths.bundle)) {
    const bundle = bundleVersion(readFileSync(paths.bundle, 'utf8').slice(0, 200));
    if (bundle !== parts.packVersion) warnings.push(`dist/absolute.cjs is version ${bundle ?? '(no banner)'}, package.json has ${parts.packVersion}`);
  }
  mkdirSync(dirname(paths.unified), { recursive: true });
  writeFileSync(paths.unified, renderUnified(unifyIntegration(parts)));
  return { file: paths.unified, warnings };
}
