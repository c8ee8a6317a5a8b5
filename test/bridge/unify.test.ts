import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { validatePackSync } from '../../scripts/validate';
import { readPngHeader } from '../../scripts/validate/png-header';
import {
  cleanPythonCode,
  embedPythonCode,
  fillPythonConstants,
  pythonBase64Block,
  pythonPackVersion,
} from '../../scripts/unify/python-code';
import { bundleVersion, integrationPaths } from '../../scripts/unify/sources';
import { bridgeCode, imageBytes, unifyIntegration, type IntegrationParts, type YamlMap } from '../../scripts/unify/unify';
import { unifiedFileFor, unifiedIntegrationText } from '../../scripts/unify/write-unified';
import { REPO_ROOT } from '../support/paths';

const paths = integrationPaths(REPO_ROOT);
const version = (JSON.parse(readFileSync(paths.packageJson, 'utf8')) as { version: string }).version;
const bridgeSource = readFileSync(paths.bridge, 'utf8');
const manifest = parse(readFileSync(paths.manifest, 'utf8')) as YamlMap;
const unifiedText = readFileSync(paths.unified, 'utf8');
const unified = parse(unifiedText) as YamlMap;
const script = unified['script'] as YamlMap;
const bundle = readFileSync(paths.bundle);
const PLATFORM_IMAGE = 'demisto/cyberchef:1.0.0.13531018';

/** The embedded runner's payload and hash, read back from the unified script. */
function embeddedRunner(code: string): { sha256?: string; bytes?: Buffer } {
  const sha256 = /^RUNNER_BUNDLE_SHA256 = '([0-9a-f]*)'$/m.exec(code)?.[1];
  const payload = /^RUNNER_BUNDLE_GZIP_BASE64 = '''\n([A-Za-z0-9+/=\n]*)'''$/m.exec(code)?.[1];
  return { sha256, bytes: payload === undefined ? undefined : gunzipSync(Buffer.from(payload, 'base64')) };
}

describe('dist/integration-Absolute.yml (npm run build)', () => {
  test('is what scripts/unify makes of the current sources', () => {
    expect(unifiedText).toBe(unifiedIntegrationText(REPO_ROOT));
  });

  test("keeps the manifest's identity, parameters and commands", () => {
    for (const key of ['commonfields', 'name', 'category', 'description', 'configuration', 'fromversion', 'tests', 'sectionOrder']) {
      expect(unified[key]).toEqual(manifest[key]);
    }
    const { script: _code, ...rest } = script;
    const { script: _split, ...manifestScript } = manifest['script'] as YamlMap;
    expect(rest).toEqual({ ...manifestScript, type: 'python', subtype: 'python3' });
  });

  test('names the platform image, which only the manifest defines', () => {
    expect(script['dockerimage']).toBe(PLATFORM_IMAGE);
    expect((manifest['script'] as YamlMap)['dockerimage']).toBe(PLATFORM_IMAGE);
    const code = [
      bridgeSource,
      ...readdirSync(join(REPO_ROOT, 'scripts', 'unify')).map((f) => readFileSync(join(REPO_ROOT, 'scripts', 'unify', f), 'utf8')),
    ];
    expect(code.join('\n')).not.toContain(PLATFORM_IMAGE.split(':')[1]);
  });

  test('carries dist/absolute.cjs byte for byte, with its SHA-256', () => {
    const runner = embeddedRunner(String(script['script']));
    expect(runner.bytes?.equals(bundle)).toBe(true);
    expect(runner.sha256).toBe(createHash('sha256').update(bundle).digest('hex'));
  });

  test("embeds bridge/absolute_bridge.py exactly, except what the platform's unifier changes", () => {
    const lines = String(script['script']).split('\n');
    expect(lines[0]).toBe("register_module_line('Absolute', 'start', __line__())");
    expect(lines.at(-2)).toBe("register_module_line('Absolute', 'end', __line__())");
    const body = lines.slice(1, -2).join('\n');
    expect(body).toBe(cleanPythonCode(bridgeCode(bridgeSource, PLATFORM_IMAGE, bundle)));
    // Line for line, the only differences are the two development imports, now blank, and the three
    // placeholders, filled; the runner's lines come after every line of code, so line numbers hold.
    const sourceLines = bridgeSource.split('\n');
    const changed = sourceLines.filter((line, i) => body.split('\n')[i] !== line);
    expect(changed).toEqual([
      'import demistomock as demisto  # noqa: F401',
      'from CommonServerPython import *  # noqa: F401,F403',
      "INTEGRATION_DOCKER_IMAGE = ''",
      "RUNNER_BUNDLE_SHA256 = ''",
      "RUNNER_BUNDLE_GZIP_BASE64 = ''",
      ...sourceLines.slice(sourceLines.indexOf("RUNNER_BUNDLE_GZIP_BASE64 = ''") + 1),
    ]);
  });

  test('bridge, bundle, package.json and pack_metadata.json carry the same version', () => {
    expect(pythonPackVersion(bridgeSource)).toBe(version);
    expect(bundleVersion(readFileSync(paths.bundle, 'utf8').slice(0, 200))).toBe(version);
    expect((JSON.parse(readFileSync(paths.metadata, 'utf8')) as { currentVersion: string }).currentVersion).toBe(version);
  });

  test('pack_metadata.json states the server version the integration requires', () => {
    expect((JSON.parse(readFileSync(paths.metadata, 'utf8')) as { serverMinVersion: string }).serverMinVersion).toBe(
      manifest['fromversion'],
    );
  });

  test('image is the logo as a PNG data URI; detaileddescription ends with the description file', () => {
    expect(imageBytes(unified)?.equals(readFileSync(paths.image))).toBe(true);
    expect(String(unified['detaileddescription']).endsWith(readFileSync(paths.description, 'utf8'))).toBe(true);
  });

  test('passes the pack validator (schema, identity, image, description)', () => {
    const pack = mkdtempSync(join(tmpdir(), 'unified-pack-'));
    try {
      for (const item of ['pack_metadata.json', 'README.md', 'TestPlaybooks']) {
        if (existsSync(join(REPO_ROOT, item))) cpSync(join(REPO_ROOT, item), join(pack, item), { recursive: true });
      }
      const dir = join(pack, 'Integrations', 'Absolute');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'Absolute.yml'), unifiedText);
      const logo = imageBytes(unified) ?? Buffer.alloc(0);
      writeFileSync(join(dir, 'Absolute_image.png'), logo);
      writeFileSync(join(dir, 'Absolute_description.md'), String(unified['detaileddescription']));
      expect(readPngHeader(logo)).toEqual(expect.objectContaining({ width: 120, height: 50 }));
      const findings = validatePackSync(pack, { schemaDir: join(REPO_ROOT, 'vendor', 'xsoar-schemas') });
      expect(findings.filter((f) => f.file.startsWith('Integrations/'))).toEqual([]);
    } finally {
      rmSync(pack, { recursive: true, force: true });
    }
  });
});

describe('variants (node dist/unify.cjs)', () => {
  const out = mkdtempSync(join(tmpdir(), 'unify-variants-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));
  const unify = (...args: string[]) =>
    execFileSync(process.execPath, [join(REPO_ROOT, 'dist', 'unify.cjs'), REPO_ROOT, '--quiet', ...args], { encoding: 'utf8' });
  const load = (file: string) => parse(readFileSync(file, 'utf8')) as YamlMap;

  test("--own-image: the Dockerfile's image, tagged with the package version, and no embedded runner", () => {
    unify('--own-image', '--out', join(out, 'own.yml'));
    const own = load(join(out, 'own.yml'));
    const ownScript = own['script'] as YamlMap;
    expect(ownScript['dockerimage']).toBe(`absolute-secure-endpoint:${version}`);
    expect(String(ownScript['script'])).toMatch(/^RUNNER_BUNDLE_GZIP_BASE64 = ''$/m);
    expect(String(ownScript['script'])).toMatch(
      new RegExp(`^INTEGRATION_DOCKER_IMAGE = 'absolute-secure-endpoint:${version.replace(/\./g, '\\.')}'$`, 'm'),
    );
    expect(own['commonfields']).toEqual(unified['commonfields']);
  });

  test('--label: id, name and display suffixed as demisto-sdk prepare-content -c does; the code keeps its module name', () => {
    unify('--label', 'TS', '--out', join(out, 'label.yml'));
    const labelled = load(join(out, 'label.yml'));
    expect(labelled['commonfields']).toEqual({ ...(unified['commonfields'] as YamlMap), id: 'Absolute - TS' });
    expect(labelled['name']).toBe('Absolute - TS');
    expect(labelled['display']).toBe(`${String(unified['display'])} - TS`);
    expect(String((labelled['script'] as YamlMap)['script'])).toMatch(/^register_module_line\('Absolute', 'start', __line__\(\)\)/);
    expect((labelled['script'] as YamlMap)['dockerimage']).toBe(PLATFORM_IMAGE);
  });

  test('variants never replace dist/integration-Absolute.yml unless --out says so', () => {
    expect(unifiedFileFor(REPO_ROOT)).toBe(paths.unified);
    expect(unifiedFileFor(REPO_ROOT, { runner: 'own-image' })).toBe(join(REPO_ROOT, 'dist', 'integration-Absolute-own-image.yml'));
    expect(unifiedFileFor(REPO_ROOT, { customLabel: 'Side by side' })).toBe(
      join(REPO_ROOT, 'dist', 'integration-Absolute-Side_by_side.yml'),
    );
  });

  test('a bad label or option is refused', () => {
    expect(() => unify('--label', 'a/b', '--out', join(out, 'bad.yml'))).toThrow(/custom label "a\/b"/);
    expect(() => unify('--bogus')).toThrow(/unknown option --bogus/);
    expect(existsSync(join(out, 'bad.yml'))).toBe(false);
  });
});

describe('scripts/unify helpers', () => {
  test('cleanPythonCode blanks only the development imports, keeping line numbers', () => {
    const source = [
      'import demistomock as demisto  # noqa: F401',
      'from CommonServerPython import *  # noqa: F401',
      'from CommonServerUserPython import *',
      'from __future__ import print_function',
      'import json',
      "text = 'x'",
    ].join('\n');
    expect(cleanPythonCode(source)).toBe(['', '', '', '', 'import json', "text = 'x'"].join('\n'));
  });

  test('embedPythonCode brackets the code with register_module_line and refuses odd names', () => {
    expect(embedPythonCode('x = 1\n', 'Absolute')).toBe(
      "register_module_line('Absolute', 'start', __line__())\nx = 1\n\nregister_module_line('Absolute', 'end', __line__())\n",
    );
    expect(() => embedPythonCode('x = 1\n', "A'); import os #")).toThrow(/cannot embed/);
  });

  test('fillPythonConstants fills each placeholder exactly once, and refuses a missing or doubled one', () => {
    expect(fillPythonConstants("A = ''\nB = 1\n", { A: "'x'" })).toBe("A = 'x'\nB = 1\n");
    expect(() => fillPythonConstants('B = 1\n', { A: "'x'" })).toThrow(/exactly one line "A = ''" \(found 0\)/);
    expect(() => fillPythonConstants("A = ''\nA = ''\n", { A: "'x'" })).toThrow(/found 2/);
    expect(pythonBase64Block('QUJD'.repeat(30))).toBe(`'''\n${'QUJD'.repeat(19)}\n${'QUJD'.repeat(11)}\n'''`);
  });

  test('pythonPackVersion reads the PACK_VERSION constant', () => {
    expect(pythonPackVersion("a = 1\nPACK_VERSION = '9.8.7'\n")).toBe('9.8.7');
    expect(pythonPackVersion('a = 1\n')).toBeUndefined();
  });

  describe('contributor notice, by pack support level', () => {
    const parts = (support: IntegrationParts['support']): IntegrationParts => ({
      manifest: {
        commonfields: { id: 'X', version: -1 },
        name: 'X',
        display: 'X Tool',
        description: 'Does X.',
        script: { script: '-', type: 'python', dockerimage: 'demisto/python3:3.12.8.1', commands: [] },
      },
      pythonSource: "print(1)\nINTEGRATION_DOCKER_IMAGE = ''\nRUNNER_BUNDLE_SHA256 = ''\nRUNNER_BUNDLE_GZIP_BASE64 = ''\n",
      bundle: Buffer.from('bundle'),
      imagePng: Buffer.from([1, 2, 3]),
      description: '## Help\n',
      packVersion: '2.3.4',
      support,
    });

    test('xsoar: display and description unchanged; script completed', () => {
      const out = unifyIntegration(parts({ level: 'xsoar', author: 'Cortex XSOAR' }));
      expect(out['display']).toBe('X Tool');
      expect(out['detaileddescription']).toBe('## Help\n');
      expect(out['image']).toBe('data:image/png;base64,AQID');
      expect(out['script']).toEqual({
        script: expect.stringContaining('print(1)') as unknown,
        type: 'python',
        subtype: 'python3',
        dockerimage: 'demisto/python3:3.12.8.1',
        commands: [],
      });
      expect(Object.keys(out)).toEqual(['commonfields', 'name', 'display', 'description', 'detaileddescription', 'image', 'script']);
    });

    test('partner: suffix, author and contact details', () => {
      const out = unifyIntegration(
        parts({ level: 'partner', author: 'Acme', email: 'a@acme.example,b@acme.example', url: 'https://acme.example/support' }),
      );
      expect(out['display']).toBe('X Tool (Partner Contribution)');
      expect(out['detaileddescription']).toBe(
        [
          '### Partner Contributed Integration',
          '#### Integration Author: Acme',
          'Support and maintenance for this integration are provided by the author. Please use the following contact details:',
          '- **Email**: [a@acme.example](mailto:a@acme.example)',
          '- **Email**: [b@acme.example](mailto:b@acme.example)',
          '- **URL**: [https://acme.example/support](https://acme.example/support)',
          '***',
          '## Help',
          '',
        ].join('\n'),
      );
    });

    test('community: suffix and the community notice, added once', () => {
      const out = unifyIntegration(parts({ level: 'community', author: 'Us' }));
      expect(out['display']).toBe('X Tool (Community Contribution)');
      expect(String(out['detaileddescription'])).toMatch(
        /^### Community Contributed Integration\n#### Integration Author: Us\nNo support or maintenance/,
      );
      const again = unifyIntegration({
        ...parts({ level: 'community', author: 'Us' }),
        manifest: { ...parts(undefined).manifest, display: out['display'] },
        description: String(out['detaileddescription']),
      });
      expect(again['display']).toBe(out['display']);
      expect(again['detaileddescription']).toBe(out['detaileddescription']);
    });
  });
});
