import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { parsePlaybookCliArgs } from '../../scripts/playbook/cli-args';
import { REPO_ROOT } from '../support/paths';
import { runNode, type NodeRun } from '../support/run-node';
import { suiteTempDir } from '../support/temp-dir';
import { branch, clause, playbook, start, task } from './fixture-builder';

describe('playbook CLI arguments', () => {
  test('file, repeated --input (also --input=), --json, --playbooks-dir, --files-dir', () => {
    expect(
      parsePlaybookCliArgs([
        'pb.yml',
        '--input',
        'DeviceName=LAPTOP-7',
        '--input=Note=a=b',
        '--json',
        '--playbooks-dir',
        'x',
        '--files-dir',
        'out',
      ]),
    ).toEqual({
      file: 'pb.yml',
      inputs: { DeviceName: 'LAPTOP-7', Note: 'a=b' },
      json: true,
      playbooksDir: 'x',
      filesDir: 'out',
      help: false,
    });
  });

  test.each([
    [['--input'], /--input needs a value/],
    [['--input', 'novalue'], /--input expects name=value/],
    [['--bogus'], /unknown option --bogus/],
    [['a.yml', 'b.yml'], /only one playbook file/],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parsePlaybookCliArgs(argv)).toThrow(message);
  });
});

/** dist/playbook.cjs as `npm run playbook` runs it (npm test builds dist first). */
function runCli(args: string[]): Promise<NodeRun> {
  return runNode(join(REPO_ROOT, 'dist', 'playbook.cjs'), args, { cwd: REPO_ROOT });
}

describe('dist/playbook.cjs', () => {
  const dir = suiteTempDir('cli-playbooks-');
  const write = (name: string, doc: unknown) => {
    const file = join(dir, name);
    writeFileSync(file, stringify(doc));
    return file;
  };
  const ok = write(
    'ok.yml',
    playbook(
      'CLI ok',
      [
        start(['1']),
        task('1', { name: 'Get', script: '|||absolute-device-get', args: { device_names: '${inputs.Name}' }, next: ['2'] }),
        task('2', {
          type: 'condition',
          name: 'Found?',
          conditions: [branch('yes', [clause('isNotEmpty', 'Absolute.Device.Id')])],
          next: { yes: ['3'], '#default#': ['4'] },
        }),
        task('3', { type: 'title', name: 'Done' }),
        task('4', { type: 'title', name: 'Error - Not Found' }),
      ],
      { inputs: [{ key: 'Name', value: { simple: 'LAPTOP-7' }, required: true, description: 'Name.', playbookInputQuery: null }] },
    ),
  );
  const unsupported = write(
    'unsupported.yml',
    playbook('CLI unsupported', [start(['1']), task('1', { type: 'section', name: 'Old section' })]),
  );

  test('passes with the embedded simulator: transcript on stdout, the simulator announced on stderr, exit 0', async () => {
    const r = await runCli([ok]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Connecting to the embedded Absolute simulator at http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stdout).toContain('[1] Get -- !absolute-device-get device_names=LAPTOP-7');
    expect(r.stdout).toMatch(/PASSED: "CLI ok" finished/);
  });

  test('--json prints the final context alone on stdout', async () => {
    const r = await runCli([ok, '--json']);
    expect(r.code).toBe(0);
    const context = JSON.parse(r.stdout) as { Absolute: { Device: { SystemName: string } } };
    expect(context.Absolute.Device.SystemName).toBe('LAPTOP-7');
    expect(r.stderr).toContain('PASSED');
  });

  test('an error-path branch exits 1', async () => {
    const r = await runCli([ok, '--input', 'Name=NO-SUCH-DEVICE']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAILED: "CLI ok" at task 4 "Error - Not Found"/);
  });

  test('an unsupported construct, a missing file and bad usage exit 2', async () => {
    const bad = await runCli([unsupported]);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toContain('task type "section" is not supported');
    expect((await runCli([join(dir, 'missing.yml')])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
  });
});
