import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { type RunningSimulator } from '../../simulator';
import { validatePackSync } from '../../scripts/validate';
import { readPngHeader } from '../../scripts/validate/png-header';
import { cleanPythonCode, embedPythonCode, pythonPackVersion } from '../../scripts/unify/python-code';
import { bundleVersion, integrationPaths } from '../../scripts/unify/sources';
import { imageBytes, unifyIntegration, type IntegrationParts, type YamlMap } from '../../scripts/unify/unify';
import { unifiedIntegrationText } from '../../scripts/unify/write-unified';
import { paramsFor, startTestSimulator } from '../support/harness';
import { REPO_ROOT } from '../support/paths';
import { removeRunDirs, runBridge, valuesOf } from './run-bridge';

const paths = integrationPaths(REPO_ROOT);
const version = (JSON.parse(readFileSync(paths.packageJson, 'utf8')) as { version: string }).version;
const bridgeSource = readFileSync(paths.bridge, 'utf8');
const manifest = parse(readFileSync(paths.manifest, 'utf8')) as YamlMap;
const unifiedText = readFileSync(paths.unified, 'utf8');
const unified = parse(unifiedText) as YamlMap;
const script = unified['script'] as YamlMap;

afterAll(removeRunDirs);

describe('dist/integration-Absolute.yml (npm run build)', () => {
  test('is what scripts/unify makes of the current sources', () => {
    expect(unifiedText).toBe(unifiedIntegrationText(REPO_ROOT));
  });

  test('keeps the manifest\'s identity, parameters and commands', () => {
    for (const key of ['commonfields', 'name', 'category', 'description', 'configuration', 'fromversion', 'tests', 'sectionOrder']) {
      expect(unified[key]).toEqual(manifest[key]);
    }
    const { script: _code, dockerimage: _image, ...rest } = script;
    const { script: _split, ...manifestScript } = manifest['script'] as YamlMap;
    expect(rest).toEqual({ ...manifestScript, type: 'python', subtype: 'python3' });
  });

  test('names the pack\'s Docker image, tagged with the package version', () => {
    expect(script['dockerimage']).toBe(`absolute-secure-endpoint:${version}`);
  });

  test('embeds bridge/absolute_bridge.py exactly, except what the platform\'s unifier changes', () => {
    const lines = String(script['script']).split('\n');
    expect(lines[0]).toBe("register_module_line('Absolute', 'start', __line__())");
    expect(lines.at(-2)).toBe("register_module_line('Absolute', 'end', __line__())");
    const body = lines.slice(1, -2).join('\n');
    expect(body).toBe(cleanPythonCode(bridgeSource));
    // Line for line, the only differences are the two development imports, now blank.
    const sourceLines = bridgeSource.split('\n');
    const changed = sourceLines.filter((line, i) => body.split('\n')[i] !== line);
    expect(changed).toEqual(['import demistomock as demisto  # noqa: F401', 'from CommonServerPython import *  # noqa: F401,F403']);
  });

  test('bridge, bundle, package.json and pack_metadata.json carry the same version', () => {
    expect(pythonPackVersion(bridgeSource)).toBe(version);
    expect(bundleVersion(readFileSync(paths.bundle, 'utf8').slice(0, 200))).toBe(version);
    expect((JSON.parse(readFileSync(paths.metadata, 'utf8')) as { currentVersion: string }).currentVersion).toBe(version);
  });

  test('pack_metadata.json states the server version the integration requires', () => {
    expect((JSON.parse(readFileSync(paths.metadata, 'utf8')) as { serverMinVersion: string }).serverMinVersion).toBe(manifest['fromversion']);
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

describe('the embedded script runs the way the server runs it', () => {
  let sim: RunningSimulator;
  beforeAll(async () => {
    sim = await startTestSimulator();
  });
  afterAll(() => sim.close());

  test('test-module through the emulated Python loop (CommonServerPython in the same namespace, demisto injected)', async () => {
    const run = await runBridge({ command: 'test-module', params: paramsFor(sim) }, { unifiedScript: String(script['script']) });
    expect(run.stderr).toBe('');
    expect(valuesOf(run, 'results')).toEqual(['ok']);
    expect(valuesOf(run, 'register_module_line')).toEqual([['Absolute', 'start'], ['Absolute', 'end']]);
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
    expect(embedPythonCode('x = 1\n', 'Absolute')).toBe("register_module_line('Absolute', 'start', __line__())\nx = 1\n\nregister_module_line('Absolute', 'end', __line__())\n");
    expect(() => embedPythonCode('x = 1\n', "A'); import os #")).toThrow(/cannot embed/);
  });

  test('pythonPackVersion reads the PACK_VERSION constant', () => {
    expect(pythonPackVersion("a = 1\nPACK_VERSION = '9.8.7'\n")).toBe('9.8.7');
    expect(pythonPackVersion('a = 1\n')).toBeUndefined();
  });

  describe('contributor notice, by pack support level', () => {
    const parts = (support: IntegrationParts['support']): IntegrationParts => ({
      manifest: { commonfields: { id: 'X', version: -1 }, name: 'X', display: 'X Tool', description: 'Does X.', script: { script: '-', type: 'python', commands: [] } },
      pythonSource: 'print(1)\n',
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
      expect(out['script']).toEqual({ script: expect.stringContaining('print(1)'), type: 'python', subtype: 'python3', dockerimage: 'absolute-secure-endpoint:2.3.4', commands: [] });
      expect(Object.keys(out)).toEqual(['commonfields', 'name', 'display', 'description', 'detaileddescription', 'image', 'script']);
    });

    test('partner: suffix, author and contact details', () => {
      const out = unifyIntegration(parts({ level: 'partner', author: 'Acme', email: 'a@acme.example,b@acme.example', url: 'https://acme.example/support' }));
      expect(out['display']).toBe('X Tool (Partner Contribution)');
      expect(out['detaileddescription']).toBe([
        '### Partner Contributed Integration',
        '#### Integration Author: Acme',
        'Support and maintenance for this integration are provided by the author. Please use the following contact details:',
        '- **Email**: [a@acme.example](mailto:a@acme.example)',
        '- **Email**: [b@acme.example](mailto:b@acme.example)',
        '- **URL**: [https://acme.example/support](https://acme.example/support)',
        '***',
        '## Help',
        '',
      ].join('\n'));
    });

    test('community: suffix and the community notice, added once', () => {
      const out = unifyIntegration(parts({ level: 'community', author: 'Us' }));
      expect(out['display']).toBe('X Tool (Community Contribution)');
      expect(String(out['detaileddescription'])).toMatch(/^### Community Contributed Integration\n#### Integration Author: Us\nNo support or maintenance/);
      const again = unifyIntegration({ ...parts({ level: 'community', author: 'Us' }), manifest: { ...parts(undefined).manifest, display: out['display'] }, description: String(out['detaileddescription']) });
      expect(again['display']).toBe(out['display']);
      expect(again['detaileddescription']).toBe(out['detaileddescription']);
    });
  });
});
