import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codes, findingsAfter, GOOD_PACK, INTEGRATION, PLAYBOOK, type FixturePack } from './support/fixture-pack';

const IMAGE = 'Integrations/Sample/Sample_image.png';
const goodImage = () => readFileSync(join(GOOD_PACK, IMAGE));

/** [code, what is broken, mutation]: each mutation must trigger that code and nothing else. */
const cases: [string, string, (pack: FixturePack) => unknown][] = [
  ['ST110', 'an unknown command key', (p) => p.set(INTEGRATION, ['script', 'commands', 0, 'bogus'], 1)],
  ['ST110', 'execution given as a string', (p) => p.set(INTEGRATION, ['script', 'commands', 1, 'execution'], 'yes')],
  ['ST110', 'a YAML syntax error', (p) => p.writeText(INTEGRATION, 'name: [unclosed\n')],
  ['ST106', 'the integration folder without its manifest', (p) => p.deleteFile(INTEGRATION)],
  ['BA100', 'commonfields.version other than -1', (p) => p.set(INTEGRATION, ['commonfields', 'version'], -2)],
  ['BA101', 'an id that differs from the name', (p) => p.set(INTEGRATION, ['commonfields', 'id'], 'Other')],
  ['BA103', 'no tests section', (p) => p.remove(INTEGRATION, ['tests'])],
  ['BA103', 'an empty tests list', (p) => p.set(INTEGRATION, ['tests'], [])],
  ['IN104', 'an unapproved category', (p) => p.set(INTEGRATION, ['category'], 'Endpoints')],
  ['IN100', 'a non-standard insecure display', (p) => p.set(INTEGRATION, ['configuration', 3, 'display'], 'Trust any certificate')],
  ['IN100', 'a proxy param that is not a checkbox', (p) => p.set(INTEGRATION, ['configuration', 4, 'type'], 0)],
  ['IN102', 'a required checkbox', (p) => p.set(INTEGRATION, ['configuration', 2, 'required'], true)],
  ['IN152', 'a boolean checkbox default', (p) => p.set(INTEGRATION, ['configuration', 2, 'defaultvalue'], true)],
  ['IN118', 'a param with no display', (p) => p.remove(INTEGRATION, ['configuration', 0, 'display'])],
  ['IN135', 'a snake_case display', (p) => p.set(INTEGRATION, ['configuration', 0, 'display'], 'server_url')],
  ['IN114', 'a duplicated param name', (p) => p.push(INTEGRATION, ['configuration'], { display: 'Backup URL', name: 'url', type: 0 })],
  [
    'IN113',
    'a duplicated argument',
    (p) => p.push(INTEGRATION, ['script', 'commands', 0, 'arguments'], { name: 'fields', description: 'Again.' }),
  ],
  ['IN134', 'two default arguments', (p) => p.set(INTEGRATION, ['script', 'commands', 0, 'arguments', 1, 'default'], true)],
  ['IN151', 'arguments: null', (p) => p.set(INTEGRATION, ['script', 'commands', 2, 'arguments'], null)],
  [
    'DS108',
    'an argument description without a period',
    (p) => p.set(INTEGRATION, ['script', 'commands', 0, 'arguments', 0, 'description'], 'The device ID'),
  ],
  ['DS108', 'an integration description without a period', (p) => p.set(INTEGRATION, ['description'], 'Looks up devices')],
  [
    'DS108',
    'an output description without a period',
    (p) => p.set(INTEGRATION, ['script', 'commands', 0, 'outputs', 1, 'description'], 'Last seen'),
  ],
  ['PK100', 'a lowercase output type', (p) => p.set(INTEGRATION, ['script', 'commands', 0, 'outputs', 0, 'type'], 'string')],
  ['PK100', 'an output without a type', (p) => p.remove(INTEGRATION, ['script', 'commands', 1, 'outputs', 0, 'type'])],
  ['IN115', 'an output without a contextPath', (p) => p.remove(INTEGRATION, ['script', 'commands', 0, 'outputs', 0, 'contextPath'])],
  [
    'BA127',
    'a context path six levels deep',
    (p) => p.set(INTEGRATION, ['script', 'commands', 0, 'outputs', 0, 'contextPath'], 'Sample.Device.a.b.c.id'),
  ],
  ['BA128', 'a command name starting with a digit', (p) => p.set(INTEGRATION, ['script', 'commands', 2, 'name'], '2sample-ping')],
  ['BA128', 'a command name with a space', (p) => p.set(INTEGRATION, ['script', 'commands', 2, 'name'], 'sample ping')],
  ['DS104', 'no description file', (p) => p.deleteFile('Integrations/Sample/Sample_description.md')],
  ['DS104', 'an empty description file', (p) => p.writeText('Integrations/Sample/Sample_description.md', '\n')],
  ['IM100', 'no image', (p) => p.deleteFile(IMAGE)],
  ['IM103', 'an image that is not a PNG', (p) => p.writeText(IMAGE, 'GIF89a not really')],
  [
    'IM111',
    'a 100x50 image',
    (p) => {
      const bytes = goodImage();
      bytes.writeUInt32BE(100, 16);
      p.writeText(IMAGE, bytes);
    },
  ],
  ['IM101', 'an image over 10 KB', (p) => p.writeText(IMAGE, Buffer.concat([goodImage(), Buffer.alloc(11 * 1024)]))],
  [
    'GR106',
    'a test playbook nobody lists',
    (p) => {
      const other = 'TestPlaybooks/playbook-Other_Test.yml';
      p.copyFile('TestPlaybooks/playbook-Sample_Test.yml', other).set(other, ['id'], 'Other - Test').set(other, ['name'], 'Other - Test');
    },
  ],
  ['GR103', 'a tests entry naming a missing test playbook', (p) => p.push(INTEGRATION, ['tests'], 'Missing - Test')],
];

describe('integration rules', () => {
  test.each(cases)('%s fires alone for %s', async (code, _what, mutate) => {
    expect(codes(await findingsAfter(mutate))).toEqual([code]);
  });

  test('ST110 points at the exact key', async () => {
    const findings = await findingsAfter((p) => p.set(INTEGRATION, ['script', 'commands', 1, 'execution'], 'yes'));
    expect(findings).toEqual([
      expect.objectContaining({
        file: INTEGRATION,
        where: 'script.commands[1].execution',
        message: 'expected bool, found string "yes"',
      }),
    ]);
  });

  test('findings name the offending parameter and location', async () => {
    const [finding] = await findingsAfter((p) => p.set(INTEGRATION, ['configuration', 2, 'defaultvalue'], true));
    expect(finding).toMatchObject({ code: 'IN152', where: 'configuration[2].defaultvalue', severity: 'error' });
    expect(finding?.message).toContain('include_raw');
  });

  test('"No tests" is an accepted tests section when a playbook lists the test playbook', async () => {
    expect(await findingsAfter((p) => p.set(INTEGRATION, ['tests'], ['No tests']))).toEqual([]);
  });

  test('"No tests" written as a plain string is only a schema problem', async () => {
    expect(codes(await findingsAfter((p) => p.set(INTEGRATION, ['tests'], 'No tests (auto formatted)')))).toEqual(['ST110']);
  });

  test('without any reference the test playbook is reported', async () => {
    const findings = await findingsAfter((p) => p.set(INTEGRATION, ['tests'], ['No tests']).remove(PLAYBOOK, ['tests']));
    expect(codes(findings)).toEqual(['GR106']);
  });

  test('descriptions may end with ! ? a closing bracket or a URL', async () => {
    const findings = await findingsAfter((p) =>
      p
        .set(INTEGRATION, ['script', 'commands', 0, 'description'], 'Gets a device (see the docs.)')
        .set(INTEGRATION, ['script', 'commands', 1, 'description'], 'Freezes a device!')
        .set(INTEGRATION, ['script', 'commands', 2, 'description'], 'Details: https://example.com/ping'),
    );
    expect(findings).toEqual([]);
  });
});
