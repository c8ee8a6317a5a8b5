import { contributionDescription, contributionDisplay, isContribution, type PackSupport } from './contribution';
import { manifestDockerImage, ownImageFor } from './docker-image';
import { embedRunner } from './embedded-runner';
import { embedPythonCode, fillPythonConstants, pythonBase64Block, pythonString } from './python-code';

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
  /** package.json `version`: names the own image's tag. */
  packVersion: string;
  /** From pack_metadata.json; non-xsoar support adds the contributor notice, as the platform's unifier does. */
  support?: PackSupport;
  /** dist/absolute.cjs, which the default variant carries inside the bridge. */
  bundle?: Uint8Array;
}

export interface UnifyOptions {
  /**
   * `embedded` (default): the manifest's platform image, the bundle inside the script.
   * `own-image`: the image built from the Dockerfile, which holds the bundle itself.
   */
  runner?: 'embedded' | 'own-image';
  /** As demisto-sdk prepare-content -c: " - <label>" appended to id, name and display. */
  customLabel?: string;
}

const IMAGE_PREFIX = 'data:image/png;base64,';

function isMap(value: unknown): value is YamlMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A copy of `map` with `value` under `key`, placed right after `anchor` when the key is new. */
function withKeyAfter(map: YamlMap, anchor: string, key: string, value: unknown): YamlMap {
  if (key in map || !(anchor in map)) return { ...map, [key]: value };
  return Object.fromEntries(
    Object.entries(map).flatMap(([k, v]) =>
      k === anchor
        ? [
            [k, v],
            [key, value],
          ]
        : [[k, v]],
    ),
  );
}

/**
 * The bridge with its placeholders filled: the image it names and, when a bundle is given (the
 * default variant), the runner it carries. Without a bundle it runs the one its image holds.
 */
export function bridgeCode(pythonSource: string, image: string, bundle?: Uint8Array): string {
  if (!bundle) return fillPythonConstants(pythonSource, { INTEGRATION_DOCKER_IMAGE: pythonString(image) });
  const runner = embedRunner(bundle);
  return fillPythonConstants(pythonSource, {
    INTEGRATION_DOCKER_IMAGE: pythonString(image),
    RUNNER_BUNDLE_SHA256: pythonString(runner.sha256),
    RUNNER_BUNDLE_GZIP_BASE64: pythonBase64Block(runner.gzipBase64),
  });
}

/** id, name and display with demisto-sdk's custom-label suffix. */
function withCustomLabel(unified: YamlMap, label: string): YamlMap {
  if (!/^[\w .-]{1,40}$/.test(label.trim()) || label.trim() !== label) {
    throw new Error(`custom label ${JSON.stringify(label)}: use 1-40 letters, digits, spaces, dots, dashes or underscores`);
  }
  const suffix = ` - ${label}`;
  const commonfields = isMap(unified['commonfields']) ? unified['commonfields'] : {};
  return {
    ...unified,
    commonfields: { ...commonfields, id: `${String(commonfields['id'])}${suffix}` },
    name: `${String(unified['name'])}${suffix}`,
    display: `${String(unified['display'])}${suffix}`,
  };
}

/**
 * The unified integration a server imports, built like demisto-sdk prepare-content: code in
 * `script.script`, logo as a data URI in `image`, help in `detaileddescription`. Identity fields
 * (commonfields, name, commands, configuration) are the manifest's unless a custom label is asked
 * for. The README link the SDK adds is left out on purpose: it would point at xsoar.pan.dev,
 * where this pack is not published.
 */
export function unifyIntegration(parts: IntegrationParts, options: UnifyOptions = {}): YamlMap {
  const { manifest } = parts;
  const name = manifest['name'];
  const display = manifest['display'];
  const script = manifest['script'];
  if (typeof name !== 'string' || typeof display !== 'string' || !isMap(script)) {
    throw new Error('the manifest needs string name and display and a script section');
  }
  const embedded = (options.runner ?? 'embedded') === 'embedded';
  const image = embedded ? manifestDockerImage(script) : ownImageFor(parts.packVersion);
  if (embedded && !parts.bundle) throw new Error('dist/absolute.cjs is missing; build the bundle before unifying (npm run build)');
  const code = embedPythonCode(bridgeCode(parts.pythonSource, image, embedded ? parts.bundle : undefined), name);
  let unifiedScript = withKeyAfter({ ...script, script: code, type: 'python' }, 'type', 'subtype', 'python3');
  unifiedScript = withKeyAfter(unifiedScript, 'subtype', 'dockerimage', image);

  const support = isContribution(parts.support) ? parts.support : undefined;
  const detailed = support ? contributionDescription(parts.description, support) : parts.description;
  let unified: YamlMap = { ...manifest, display: support ? contributionDisplay(display, support) : display, script: unifiedScript };
  unified = withKeyAfter(unified, 'description', 'detaileddescription', detailed);
  unified = withKeyAfter(unified, 'detaileddescription', 'image', IMAGE_PREFIX + Buffer.from(parts.imagePng).toString('base64'));
  return options.customLabel === undefined ? unified : withCustomLabel(unified, options.customLabel);
}

/** The image bytes of a unified integration's `image` data URI, or undefined when it is not one. */
export function imageBytes(unified: YamlMap): Buffer | undefined {
  const image = unified['image'];
  return typeof image === 'string' && image.startsWith(IMAGE_PREFIX) ? Buffer.from(image.slice(IMAGE_PREFIX.length), 'base64') : undefined;
}
