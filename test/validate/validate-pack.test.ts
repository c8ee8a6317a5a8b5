import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules, validatePack } from '../../scripts/validate';
import { readPngHeader } from '../../scripts/validate/png-header';
import { REPO_ROOT, SCHEMA_DIR, GOOD_PACK } from './support/fixture-pack';

describe('validatePack', () => {
  test('the good fixture pack has no findings', async () => {
    expect(await validatePack(GOOD_PACK, { schemaDir: SCHEMA_DIR })).toEqual([]);
  });

  test('finds the vendored schemas by walking up from the pack root', async () => {
    expect(await validatePack(GOOD_PACK)).toEqual([]);
  });

  test('rejects a pack root that does not exist', async () => {
    await expect(validatePack(join(GOOD_PACK, 'nope'), { schemaDir: SCHEMA_DIR })).rejects.toThrow(/not a directory/);
  });

  test('an empty directory reports the missing metadata, README and ignore files, and nothing else', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'validate-empty-'));
    try {
      const findings = await validatePack(empty, { schemaDir: SCHEMA_DIR });
      expect(findings.map((f) => `${f.file}: ${f.code}`)).toEqual([
        '.pack-ignore: PA128',
        '.secrets-ignore: PA128',
        'README.md: RM109',
        'pack_metadata.json: PA128',
      ]);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  test('every rule has a code and a title, and codes are SDK-shaped', () => {
    for (const rule of allRules) {
      expect(rule.code).toMatch(/^[A-Z]{2}\d{3}$/);
      expect(rule.title.length).toBeGreaterThan(10);
    }
  });
});

describe("this repository's own pack files", () => {
  const OWN_CODES = /^(PA|PK10[45]|BA130|DS104|IM|RN)/;

  test('pack_metadata.json, the description, the logo and release notes pass their rules', async () => {
    const findings = await validatePack(REPO_ROOT, { schemaDir: SCHEMA_DIR });
    expect(findings.filter((f) => OWN_CODES.test(f.code))).toEqual([]);
  });

  test('pack_metadata.json says what the brief asks for', () => {
    const metadata = JSON.parse(readFileSync(join(REPO_ROOT, 'pack_metadata.json'), 'utf8')) as Record<string, unknown>;
    expect(metadata).toMatchObject({
      name: 'Absolute',
      support: 'community',
      currentVersion: '1.0.1',
      created: '2026-11-27T00:00:00Z',
      categories: ['Endpoint'],
      marketplaces: ['xsoar', 'marketplacev2', 'platform'],
    });
    expect(String(metadata['url'])).toMatch(/^https:\/\//);
    expect(String(metadata['url'])).not.toMatch(/example\.(com|org|net)/);
  });

  test('the logo is the 120x50 RGBA PNG that scripts/make-image.mjs draws, byte for byte', () => {
    const png = readFileSync(join(REPO_ROOT, 'Integrations/Absolute/Absolute_image.png'));
    expect(readPngHeader(png)).toEqual({ width: 120, height: 50, bitDepth: 8, colorType: 6 });
    expect(png.length).toBeLessThanOrEqual(10 * 1024);
    const dir = mkdtempSync(join(tmpdir(), 'make-image-'));
    try {
      const fresh = join(dir, 'logo.png');
      const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/make-image.mjs'), fresh], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(readFileSync(fresh).equals(png)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
