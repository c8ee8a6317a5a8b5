import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative } from 'node:path';
import { stringify } from 'yaml';
import { playbook, start, task } from '../playbook/fixture-builder';
import { listenOnLoopback } from '../support/loopback';
import { BUNDLE, REPO_ROOT } from '../support/paths';
import { runNode, type NodeRun } from '../support/run-node';
import { suiteTempDir, withTempDir } from '../support/temp-dir';

/**
 * The built executables leave nothing in the temp folder or the working directory, whether the run
 * passes or fails. Each child gets a private TMPDIR and working directory, so what it leaves is
 * exactly what it would leave in the real ones, and tests running in parallel cannot interfere.
 */
const PLAYBOOK_CLI = join(REPO_ROOT, 'dist', 'playbook.cjs');
const PLAYBOOKS = join(REPO_ROOT, 'Playbooks');
const shipped = (name: string) => join(PLAYBOOKS, `playbook-${name.replace(/ /g, '_')}.yml`);
const UNKNOWN_DEVICE = '11111111-2222-3333-4444-555555555555';

interface IsolatedRun extends NodeRun {
  /** stdout and stderr together: where a message appears is not what these tests are about. */
  output: string;
  /** What the child left: entries of its TMPDIR, and of its working directory prefixed `cwd/`. */
  left: string[];
  tmp: string;
}

async function runIsolated(script: string, args: readonly string[]): Promise<IsolatedRun> {
  return withTempDir('temp-folder-', async (root) => {
    const tmp = join(root, 'tmp');
    const cwd = join(root, 'cwd');
    mkdirSync(tmp);
    mkdirSync(cwd);
    // A private HOME too: nothing a run keeps on purpose (such as saved simulator state) reaches the real one.
    const run = await runNode(script, args, { env: { TMPDIR: tmp, HOME: join(root, 'home') }, cwd });
    const left = [...readdirSync(tmp), ...readdirSync(cwd).map((name) => `cwd/${name}`)];
    const kept = left
      .filter((name) => !name.startsWith('cwd/'))
      .flatMap((name) => readdirSync(join(tmp, name)).map((file) => `${name}/${file}`));
    return {
      ...run,
      output: `${run.stdout}${run.stderr}`,
      left: [...left, ...kept].map((p) => p.replace(/-[A-Za-z0-9]{6}(\/|$)/, '-*$1')),
      tmp,
    };
  });
}

const playbookRun = (file: string, ...args: string[]) => runIsolated(PLAYBOOK_CLI, [file, '--playbooks-dir', PLAYBOOKS, ...args]);

describe('the playbook runner (dist/playbook.cjs)', () => {
  const fixtures = suiteTempDir('temp-folder-playbooks-');
  const write = (name: string, doc: unknown) => {
    const file = join(fixtures, name);
    writeFileSync(file, stringify(doc));
    return file;
  };

  test('a run that passes leaves nothing behind', async () => {
    const run = await playbookRun(shipped('Absolute - Enrich Endpoint'), '--input', 'Hostname=LAPTOP-7');
    expect(run.stdout).toContain('PASSED: "Absolute - Enrich Endpoint" finished');
    expect(run.code).toBe(0);
    expect(run.left).toEqual([]);
  });

  test('a run that ends on an error path leaves nothing behind', async () => {
    const run = await playbookRun(shipped('Absolute - Lost or Stolen Device'), '--input', 'DeviceName=NO-SUCH-DEVICE');
    expect(run.stdout).toContain('FAILED: "Absolute - Lost or Stolen Device" at task');
    expect(run.code).toBe(1);
    expect(run.left).toEqual([]);
  });

  test('a playbook the runner cannot run leaves nothing behind', async () => {
    const unsupported = write(
      'unsupported.yml',
      playbook('Unsupported', [start(['1']), task('1', { type: 'section', name: 'Old section' })]),
    );
    const run = await playbookRun(unsupported);
    expect(run.stdout).toContain('task type "section" is not supported');
    expect(run.code).toBe(2);
    expect(run.left).toEqual([]);
  });

  test('a run stopped by Ctrl-C while a command waits for the API leaves nothing behind', async () => {
    // A tenant that never answers: the first request proves the run is under way, then the signal.
    let interrupt: () => void = () => undefined;
    const silent = await listenOnLoopback(createServer(() => interrupt()));
    try {
      const code = await withTempDir('temp-folder-', async (tmp) => {
        const env = {
          PATH: process.env['PATH'] ?? '',
          TMPDIR: tmp,
          ABSOLUTE_URL: silent.url,
          ABSOLUTE_TOKEN_ID: 'id',
          ABSOLUTE_SECRET_KEY: 'secret',
        };
        const args = [PLAYBOOK_CLI, shipped('Absolute - Enrich Endpoint'), '--playbooks-dir', PLAYBOOKS, '--input', 'Hostname=LAPTOP-7'];
        const child = spawn(process.execPath, args, { env, cwd: tmp, stdio: 'ignore' });
        interrupt = () => void child.kill('SIGINT');
        const exit = await new Promise<number | null>((resolve, reject) => child.on('error', reject).on('close', resolve));
        expect(readdirSync(tmp)).toEqual([]);
        return exit;
      });
      expect(code).toBe(130);
    } finally {
      await silent.close();
    }
  });

  test('files the commands write are the output: their folder stays, and the runner says where', async () => {
    const exporting = write(
      'export.yml',
      playbook('Export', [
        start(['1']),
        task('1', { name: 'Export', script: '|||absolute-device-export', args: { format: 'csv', file_name: 'devices.csv' } }),
      ]),
    );
    const run = await playbookRun(exporting);
    expect(run.code).toBe(0);
    expect(run.left).toEqual(['absolute-playbook-*', 'absolute-playbook-*/devices.csv']);
    const announced = /Files written by commands are in (.+)\.\n/.exec(run.stderr)?.[1];
    expect(relative(run.tmp, announced ?? '')).toMatch(/^absolute-playbook-[A-Za-z0-9]{6}$/);
  });
});

describe('the command line (dist/absolute.cjs)', () => {
  test('a command that fails after talking to the embedded simulator leaves nothing behind', async () => {
    const run = await runIsolated(BUNDLE, ['absolute-custom-device-field-list', `device_id=${UNKNOWN_DEVICE}`]);
    expect(run.output).toContain(`No device with device_id ${UNKNOWN_DEVICE} was found in Absolute.`);
    expect(run.code).toBe(1);
    expect(run.left).toEqual([]);
  });

  test('a command refused for a bad argument leaves nothing behind', async () => {
    const run = await runIsolated(BUNDLE, ['absolute-device-export', 'format=csv', 'file_name=../devices.csv']);
    expect(run.output).toContain('Invalid argument "file_name"');
    expect(run.code).toBe(1);
    expect(run.left).toEqual([]);
  });
});
