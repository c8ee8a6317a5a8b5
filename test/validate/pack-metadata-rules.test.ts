import { codes, findingsAfter, METADATA, type FixturePack } from './support/fixture-pack';

/** [code, what is broken, mutation]: each mutation must trigger that code and nothing else. */
const cases: [string, string, (pack: FixturePack) => unknown][] = [
  ['PA128', 'no pack_metadata.json', (p) => p.deleteFile(METADATA)],
  ['PA112', 'metadata that is not JSON', (p) => p.writeText(METADATA, '{ "name": "Sample",')],
  ['PA112', 'metadata that is a JSON list', (p) => p.writeText(METADATA, '[]')],
  ['PA107', 'a missing keywords field', (p) => p.remove(METADATA, ['keywords'])],
  ['PA107', 'a missing created field', (p) => p.remove(METADATA, ['created'])],
  ['PA107', 'tags given as a string', (p) => p.set(METADATA, ['tags'], 'Security')],
  ['PA107', 'a missing author', (p) => p.remove(METADATA, ['author'])],
  ['PA111', 'an empty keyword', (p) => p.push(METADATA, ['keywords'], '')],
  ['PA111', 'an empty description', (p) => p.set(METADATA, ['description'], '')],
  ['PA113', 'neither url nor email', (p) => p.remove(METADATA, ['url'])],
  ['PA127', 'a bare GitHub repository url', (p) => p.set(METADATA, ['url'], 'https://github.com/acme/sample')],
  ['PA130', 'a two-part version', (p) => p.set(METADATA, ['currentVersion'], '1.0')],
  ['PA117', 'an unknown support level', (p) => p.set(METADATA, ['support'], 'vendor')],
  ['PA115', 'a created date that is not ISO 8601', (p) => p.set(METADATA, ['created'], '27/11/2026')],
  ['PA103', 'an unapproved category', (p) => p.set(METADATA, ['categories'], ['Endpoints'])],
  ['PA103', 'no category', (p) => p.set(METADATA, ['categories'], [])],
  ['PA119', 'an unapproved use case', (p) => p.set(METADATA, ['useCases'], ['Device Management'])],
  ['PA120', 'an unapproved tag', (p) => p.push(METADATA, ['tags'], 'Awesome')],
  ['PA120', 'a marketplace-only tag without its prefix', (p) => p.push(METADATA, ['tags'], 'Data Source')],
  ['PA120', 'a marketplace-only tag under the wrong marketplace', (p) => p.push(METADATA, ['tags'], 'xsoar:Data Source')],
  ['PA100', 'a tag with an unknown marketplace prefix', (p) => p.push(METADATA, ['tags'], 'xsiam:Data Source')],
  ['PK104', 'an unknown marketplace', (p) => p.push(METADATA, ['marketplaces'], 'xsiam')],
  ['BA130', 'marketplacev2 without platform', (p) => p.set(METADATA, ['marketplaces'], ['xsoar', 'marketplacev2'])],
];

describe('pack_metadata.json rules', () => {
  test.each(cases)('%s fires alone for %s', async (code, _what, mutate) => {
    expect(codes(await findingsAfter(mutate))).toEqual([code]);
  });

  test('email alone satisfies PA113, and firstCreated stands in for created', async () => {
    const findings = await findingsAfter((p) =>
      p
        .remove(METADATA, ['url'])
        .set(METADATA, ['email'], 'support@example.com')
        .remove(METADATA, ['created'])
        .set(METADATA, ['firstCreated'], '2026-11-27T10:00:00.000+01:00'),
    );
    expect(findings).toEqual([]);
  });

  test('a GitHub issues page is an acceptable support url', async () => {
    expect(await findingsAfter((p) => p.set(METADATA, ['url'], 'https://github.com/acme/sample/issues'))).toEqual([]);
  });

  test('PA107 lists each missing field at its own key', async () => {
    const findings = await findingsAfter((p) => p.remove(METADATA, ['keywords']).remove(METADATA, ['useCases']));
    expect(findings.map((f) => f.where).sort()).toEqual(['keywords', 'useCases']);
  });
});
