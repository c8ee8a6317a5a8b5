import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PackSupport } from './contribution';
import type { IntegrationParts, YamlMap } from './unify';

export const INTEGRATION_NAME = 'Absolute';
export const BRIDGE_SOURCE = join('bridge', 'absolute_bridge.py');

/** Where each part lives, relative to the repository (= pack) root. */
export function integrationPaths(root: string) {
  const dir = join(root, 'Integrations', INTEGRATION_NAME);
  return {
    manifest: join(dir, `${INTEGRATION_NAME}.yml`),
    image: join(dir, `${INTEGRATION_NAME}_image.png`),
    description: join(dir, `${INTEGRATION_NAME}_description.md`),
    bridge: join(root, BRIDGE_SOURCE),
    packageJson: join(root, 'package.json'),
    metadata: join(root, 'pack_metadata.json'),
    bundle: join(root, 'dist', 'absolute.cjs'),
    unified: join(root, 'dist', `integration-${INTEGRATION_NAME}.yml`),
  };
}

function readJson(file: string): YamlMap {
  return JSON.parse(readFileSync(file, 'utf8')) as YamlMap;
}

function packSupport(metadataFile: string): PackSupport | undefined {
  if (!existsSync(metadataFile)) return undefined;
  const metadata = readJson(metadataFile);
  const { support, author, email, url } = metadata;
  if (typeof support !== 'string') return undefined;
  return {
    level: support,
    author: typeof author === 'string' ? author : '',
    email: typeof email === 'string' || Array.isArray(email) ? (email as string | string[]) : undefined,
    url: typeof url === 'string' ? url : undefined,
  };
}

/** Reads the split integration, the bridge, the built bundle and the versions from the repository at `root`. */
export function readIntegrationParts(root: string): IntegrationParts {
  const paths = integrationPaths(root);
  const manifest: unknown = parse(readFileSync(paths.manifest, 'utf8'));
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest))
    throw new Error(`${paths.manifest} is not a YAML mapping`);
  const version: unknown = readJson(paths.packageJson)['version'];
  if (typeof version !== 'string') throw new Error('package.json has no version');
  return {
    manifest: manifest as YamlMap,
    pythonSource: readFileSync(paths.bridge, 'utf8'),
    imagePng: readFileSync(paths.image),
    description: readFileSync(paths.description, 'utf8'),
    packVersion: version,
    support: packSupport(paths.metadata),
    bundle: existsSync(paths.bundle) ? readFileSync(paths.bundle) : undefined,
  };
}

/** The version in the bundle's banner (`// Absolute Secure Endpoint pack <version>`), if any. */
export function bundleVersion(bundleText: string): string | undefined {
  return /^(?:#![^\n]*\n)?\/\/ Absolute Secure Endpoint pack (\S+)/.exec(bundleText)?.[1];
}
