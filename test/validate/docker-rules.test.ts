import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { parseImageRef } from '../../scripts/validate/docker-image-ref';
import { codes, findingsAfter, INTEGRATION, METADATA, type FixturePack } from './support/fixture-pack';

const FIXTURES = join(__dirname, 'fixtures', 'docker');
const fixtures = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.yml'))
  .sort();

/** The good pack with its integration's type, subtype and dockerimage taken from a fixture. */
function withScriptFrom(fixture: string): (pack: FixturePack) => unknown {
  const fields = parse(readFileSync(join(FIXTURES, fixture), 'utf8')) as Record<string, unknown>;
  return (pack) => {
    for (const key of ['type', 'subtype', 'dockerimage']) {
      if (key in fields) pack.set(INTEGRATION, ['script', key], fields[key]);
      else pack.remove(INTEGRATION, ['script', key]);
    }
  };
}

describe('docker rules (DO100-DO106, offline)', () => {
  const broken = fixtures.filter((name) => /^DO\d{3}-/.test(name));

  test('every rule has at least one broken fixture', () => {
    expect([...new Set(broken.map((name) => name.slice(0, 5)))]).toEqual(['DO100', 'DO101', 'DO102', 'DO103', 'DO104', 'DO105', 'DO106']);
  });

  test.each(broken)('%s fires its rule and nothing else', async (fixture) => {
    expect(codes(await findingsAfter(withScriptFrom(fixture)))).toEqual([fixture.slice(0, 5)]);
  });

  test.each(fixtures.filter((name) => name.startsWith('good-')))('%s passes', async (fixture) => {
    expect(await findingsAfter(withScriptFrom(fixture))).toEqual([]);
  });

  test("the old custom image fails DO101 with demisto-sdk's wording", async () => {
    const [finding] = await findingsAfter(withScriptFrom('DO101-old-custom-image.yml'));
    expect(finding).toEqual({
      code: 'DO101',
      severity: 'error',
      file: INTEGRATION,
      where: 'script.dockerimage',
      message: expect.stringMatching(
        /^docker image absolute-secure-endpoint:1\.0\.0 is not a valid docker-image, docker-image should start with demisto\/ or demistoextended\//,
      ) as unknown,
    });
  });

  test('an older published tag is a warning that names the newest', async () => {
    const [finding] = await findingsAfter(withScriptFrom('DO106-older-tag.yml'));
    expect(finding).toMatchObject({
      code: 'DO106',
      severity: 'warning',
      message: expect.stringContaining('the latest is demisto/cyberchef:1.0.0.13531018') as unknown,
    });
  });

  test('image references: a registry port is not a tag, a digest is not part of the tag', () => {
    expect(parseImageRef('demisto/cyberchef:1.0.0.13531018')).toEqual({
      image: 'demisto/cyberchef:1.0.0.13531018',
      repository: 'demisto/cyberchef',
      tag: '1.0.0.13531018',
    });
    expect(parseImageRef('registry.local:5000/demisto/python3')).toEqual({
      image: 'registry.local:5000/demisto/python3',
      repository: 'registry.local:5000/demisto/python3',
    });
    expect(parseImageRef('demisto/python3:3.12.8.1@sha256:abc')).toMatchObject({ repository: 'demisto/python3', tag: '3.12.8.1' });
  });
});

describe("pack files and the release note's image", () => {
  const NOTE = '\n#### Integrations\n\n##### Sample Endpoint\n\n- Updated the Docker image to: *IMAGE*.\n';
  const released = (pack: FixturePack, image: string) =>
    withScriptFrom('good-platform-image.yml')(
      pack.set(METADATA, ['currentVersion'], '1.0.1').writeText('ReleaseNotes/1_0_1.md', NOTE.replace('IMAGE', image)),
    );

  test('RN111: the latest release note names another image than the integration uses', async () => {
    const findings = await findingsAfter((p) => released(p, 'demisto/cyberchef:1.0.0.12579197'));
    expect(codes(findings)).toEqual(['RN111']);
    expect(findings[0]?.message).toMatch(
      /updated to demisto\/cyberchef:1\.0\.0\.12579197, but the integration uses demisto\/cyberchef:1\.0\.0\.13531018/,
    );
  });

  test('RN111 passes when they match', async () => {
    expect(await findingsAfter((p) => released(p, 'demisto/cyberchef:1.0.0.13531018'))).toEqual([]);
  });

  test.each(['.pack-ignore', '.secrets-ignore'])('PA128: a pack without %s', async (file) => {
    const findings = await findingsAfter((p) => p.deleteFile(file));
    expect(findings).toEqual([expect.objectContaining({ code: 'PA128', file })]);
  });
});
