import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReadme } from '../../scripts/docs/build-readme';
import { parseExamples } from '../../scripts/docs/examples';
import { readManifest } from '../../scripts/docs/manifest';
import { MANIFEST, REPO_ROOT } from '../support/paths';

const README = join(REPO_ROOT, 'Integrations', 'Absolute', 'README.md');
const EXAMPLES = join(REPO_ROOT, 'Integrations', 'Absolute', 'command_examples');

describe('generated integration README', () => {
  test('is up to date with Absolute.yml and command_examples (run `npm run docs`)', async () => {
    const expected = await buildReadme(REPO_ROOT);
    expect(readFileSync(README, 'utf8')).toBe(expected);
  });

  test('every command has an example, and every example names a declared command', () => {
    const declared = readManifest(MANIFEST)
      .script.commands.map((c) => c.name)
      .sort();
    const examples = [...new Set(parseExamples(readFileSync(EXAMPLES, 'utf8')).map((e) => e.command))].sort();
    expect(examples).toEqual(declared);
  });

  test('example lines parse quoted values', () => {
    expect(parseExamples('!cmd a=1 b="two words" c=\'x=y\'\nnot a command')).toEqual([
      { line: '!cmd a=1 b="two words" c=\'x=y\'', command: 'cmd', args: { a: '1', b: 'two words', c: 'x=y' } },
    ]);
  });
});
