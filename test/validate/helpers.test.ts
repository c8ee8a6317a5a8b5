import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPngHeader } from '../../scripts/validate/png-header';
import { parseReleaseNote } from '../../scripts/validate/release-note-parser';
import { endsLikeSentence, sentenceEnding } from '../../scripts/validate/sentence';
import { compareVersions, parseVersion, releaseNoteVersion } from '../../scripts/validate/version';
import { GOOD_PACK } from './support/fixture-pack';

describe('readPngHeader', () => {
  const png = readFileSync(join(GOOD_PACK, 'Integrations/Sample/Sample_image.png'));

  test('reads width, height and format from IHDR', () => {
    expect(readPngHeader(png)).toEqual({ width: 120, height: 50, bitDepth: 8, colorType: 6 });
  });

  test('rejects files without the PNG signature or with a truncated header', () => {
    expect(readPngHeader(Buffer.from('GIF89a....................................'))).toBeUndefined();
    expect(readPngHeader(png.subarray(0, 20))).toBeUndefined();
  });
});

describe('endsLikeSentence (DS108)', () => {
  test.each([
    ['Gets a device.', true],
    ['Is it frozen?', true],
    ['Done!', true],
    ['Gets a device (see the docs.)', true],
    ['"Quoted sentence."', true],
    ['See https://example.com/docs', true],
    ['', true],
    ['Gets a device', false],
    ['Ends with a colon:', false],
  ])('%j -> %s', (text, expected) => {
    expect(endsLikeSentence(text)).toBe(expected);
  });
});

test('sentenceEnding quotes short text whole and long text by its end', () => {
  expect(sentenceEnding('  Gets a device ')).toBe('"Gets a device"');
  expect(sentenceEnding('x'.repeat(100) + ' the end', 10)).toBe('"...xx the end"');
});

describe('parseReleaseNote', () => {
  test('splits content types, items (with the New: prefix) and bodies', () => {
    const parsed = parseReleaseNote('#### Integrations\n\n##### New: Foo\n\n- Added.\n- More.\n\n#### Playbooks\n\n##### Bar\n');
    expect(parsed.sections).toEqual([
      {
        contentType: 'Integrations',
        line: 1,
        looseLines: [],
        items: [{ title: 'Foo', isNew: true, line: 3, body: ['- Added.', '- More.'] }],
      },
      { contentType: 'Playbooks', line: 8, looseLines: [], items: [{ title: 'Bar', isNew: false, line: 10, body: [] }] },
    ]);
  });

  test('keeps line numbers when HTML comments are blanked out', () => {
    const parsed = parseReleaseNote('<!--\nhidden\n-->\n#### Scripts\n##### Baz\n- Fixed.');
    expect(parsed.sections[0]).toMatchObject({ contentType: 'Scripts', line: 4 });
  });

  test('records malformed headers, orphan items and force headers', () => {
    const parsed = parseReleaseNote('####Integrations\n##### Foo\n## Pack\n');
    expect(parsed.malformedHeaders).toEqual([{ line: 1, text: '####Integrations' }]);
    expect(parsed.orphanItems).toEqual([{ line: 2, text: '##### Foo' }]);
    expect(parsed.forceHeaders).toBe(1);
  });
});

describe('pack versions', () => {
  test('parse, compare and map release-note file names', () => {
    expect(parseVersion('1.10.2')).toEqual([1, 10, 2]);
    expect(parseVersion('1.0')).toBeUndefined();
    expect(compareVersions([1, 10, 0], [1, 9, 9])).toBeGreaterThan(0);
    expect(releaseNoteVersion('2_0_13.md')).toEqual([2, 0, 13]);
    expect(releaseNoteVersion('2_0_13.json')).toEqual([2, 0, 13]);
    expect(releaseNoteVersion('2.0.13.md')).toBeUndefined();
  });
});
