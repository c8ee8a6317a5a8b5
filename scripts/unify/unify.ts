import { contributionDescription, contributionDisplay, isContribution, type PackSupport } from './contribution';
import { dockerImageFor } from './docker-image';
import { embedPythonCode } from './python-code';

export type YamlMap = Record<string, unknown>;

/** Everything that goes into the unified integration, already read from disk. */
export interface IntegrationParts {
  /** The split manifest (`Integrations/<Name>/<Name>.yml`), parsed. */
  manifest: YamlMap;
  /** The bridge, `bridge/absolute_bridge.py`. */
  pythonSource: string;
  /** `<Name>_image.png`. */
  imagePng: Uint8Array;
  /** `<Name>_description.md`. */
  description: string;
  /** package.json `version`: names the Docker image tag. */
  packVersion: string;
  /** From pack_metadata.json; non-xsoar support adds the contributor notice, as the platform's unifier does. */
  support?: PackSupport;
}

const IMAGE_PREFIX = 'data:image/png;base64,';

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `map` with `value` under `key`, placed right after `anchor` when the key is new. */
function withKeyAfter(map: YamlMap, anchor: string, key: string, value: unknown): YamlMap {
  if (key in map || !(anchor in map)) return { ...map, [key]: value };
  return Object.fromEntries(Object.entries(map).flatMap(([k, v]) => (k === anchor ? [[k, v], [key, value]] : [[k, v]])));
}

/**
 * The unified integration a server imports, built like demisto-sdk prepare-content: code in
 * `script.script`, logo as a data URI in `image`, help in `detaileddescription`. Identity fields
 * (commonfields, name, commands, configuration) are the manifest's. The README link the SDK adds
 * is left out on purpose: it would point at xsoar.pan.dev, where this pack is not published.
 */
export function unifyIntegration(parts: IntegrationParts): YamlMap {
  const { manifest } = parts;
  const name = manifest['name'];
  const display = manifest['display'];
  const script = manifest['script'];
  if (typeof name !== 'string' || typeof display !== 'string' || !isMap(script)) {
    throw new Error('the manifest needs string name and display and a script section');
  }
  let unifiedScript = withKeyAfter({ ...script, script: embedPythonCode(parts.pythonSource, name), type: 'python' }, 'type', 'subtype', 'python3');
  unifiedScript = withKeyAfter(unifiedScript, 'subtype', 'dockerimage', dockerImageFor(parts.packVersion));

  const support = isContribution(parts.support) ? parts.support : undefined;
  const detailed = support ? contributionDescription(parts.description, support) : parts.description;
  let unified: YamlMap = { ...manifest, display: support ? contributionDisplay(display, support) : display, script: unifiedScript };
  unified = withKeyAfter(unified, 'description', 'detaileddescription', detailed);
  unified = withKeyAfter(unified, 'detaileddescription', 'image', IMAGE_PREFIX + Buffer.from(parts.imagePng).toString('base64'));
  return unified;
}

/** The image bytes of a unified integration's `image` data URI, or undefined when it is not one. */
export function imageBytes(unified: YamlMap): Buffer | undefined {
  const image = unified['image'];
  return typeof image === 'string' && image.startsWith(IMAGE_PREFIX) ? Buffer.from(image.slice(IMAGE_PREFIX.length), 'base64') : undefined;
}
