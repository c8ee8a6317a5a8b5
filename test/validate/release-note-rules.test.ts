import { codes, findingsAfter, METADATA, type FixturePack } from './support/fixture-pack';

const GOOD_NOTE = `
#### Integrations

##### Sample Endpoint

- Added the *fields* argument to the ***sample-device-get*** command.

#### Playbooks

##### New: Sample Device Triage

- Looks up a device and freezes it when it was seen recently.
`;

/** Bumps the pack to `version` and writes the release note for it. */
function release(pack: FixturePack, version: string, note = GOOD_NOTE): FixturePack {
  return pack.set(METADATA, ['currentVersion'], version).writeText(`ReleaseNotes/${version.replace(/\./g, '_')}.md`, note);
}

const note = (body: string) => (p: FixturePack) => release(p, '1.0.1', body);

/** [code, what is broken, mutation]: each mutation must trigger that code and nothing else. */
const cases: [string, string, (pack: FixturePack) => unknown][] = [
  ['RN106', 'a bumped version with no release note', (p) => p.set(METADATA, ['currentVersion'], '1.0.1')],
  ['PA101', 'a release note newer than currentVersion', (p) => release(p, '1.0.1').writeText('ReleaseNotes/1_0_2.md', GOOD_NOTE)],
  ['RN108', 'a release note for 1.0.0', (p) => p.writeText('ReleaseNotes/1_0_0.md', GOOD_NOTE)],
  ['PK105', 'a badly named release-note file', (p) => p.writeText('ReleaseNotes/notes.md', GOOD_NOTE)],
  ['RN116', 'no content-type header', note('- Fixed an issue with paging.\n')],
  ['RN113', 'an unknown content-type header', note('#### Integration\n\n##### Sample Endpoint\n\n- Fixed an issue.\n')],
  ['RN115', 'a content type with no item header', note('#### Integrations\n\n- Fixed an issue.\n')],
  [
    'RN115',
    'a header with no space after the hashes',
    note('#### Integrations\n\n#####Sample Endpoint\n\n- Fixed an issue.\n\n##### Sample Endpoint\n\n- Fixed another.\n'),
  ],
  ['RN114', 'an item header that is not a display name', note('#### Integrations\n\n##### Sample\n\n- Fixed an issue.\n')],
  ['RN103', 'the %%UPDATE_RN%% placeholder', note('#### Integrations\n\n##### Sample Endpoint\n\n%%UPDATE_RN%%\n')],
  [
    'RN103',
    'an item with no entry',
    note('#### Integrations\n\n##### Sample Endpoint\n\n#### Playbooks\n\n##### Sample Device Triage\n\n- Changed.\n'),
  ],
];

const README = 'README.md';
const readmeCases: [string, string, (pack: FixturePack) => unknown][] = [
  ['RM109', 'no README', (p) => p.deleteFile(README)],
  ['RM104', 'an empty README', (p) => p.writeText(README, '\n')],
  ['RM117', 'a one-line README', (p) => p.writeText(README, '# Sample\n\nA pack.\n')],
  ['RM107', 'a %%FILL HERE%% leftover', (p) => p.writeText(README, '# Sample\n\nLooks up devices in Sample. %%FILL HERE%%\n')],
];

describe('release notes', () => {
  test('a bumped version with a well-formed release note passes', async () => {
    expect(await findingsAfter((p) => release(p, '1.0.1'))).toEqual([]);
  });

  test('older release notes may skip versions; only the current one must exist', async () => {
    expect(await findingsAfter((p) => release(release(p, '1.0.1'), '1.2.0'))).toEqual([]);
  });

  test('entries hidden in HTML comments are ignored', async () => {
    const body = `${GOOD_NOTE}\n<!--\n#### Scripts\n\n##### Nothing\n-->\n`;
    expect(await findingsAfter(note(body))).toEqual([]);
  });

  test.each(cases)('%s fires alone for %s', async (code, _what, mutate) => {
    expect(codes(await findingsAfter(mutate))).toEqual([code]);
  });

  test('format findings carry the line number', async () => {
    const [finding] = await findingsAfter(note('#### Integrations\n\n##### Sample\n\n- Fixed an issue.\n'));
    expect(finding).toMatchObject({ code: 'RN114', file: 'ReleaseNotes/1_0_1.md', where: 'line 3' });
  });
});

describe('pack README', () => {
  test.each(readmeCases)('%s fires alone for %s', async (code, _what, mutate) => {
    expect(codes(await findingsAfter(mutate))).toEqual([code]);
  });
});
