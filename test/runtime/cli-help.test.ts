import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from '../../scripts/docs/manifest';
import { editDistance, nearestCommands } from '../../Integrations/Absolute/src/runtime/command-catalog';
import { BUNDLE, MANIFEST } from '../support/paths';
import { HAS_SCRIPT, runOnTerminal } from '../support/pseudo-terminal';
import { runNode } from '../support/run-node';

const manifest = readManifest(MANIFEST);
const cli = (args: string[]) => runNode(BUNDLE, args);

describe('help from the manifest', () => {
  test('absolute --help and absolute help list every manifest command with the first sentence of its description', async () => {
    for (const args of [['--help'], ['help']]) {
      const run = await cli(args);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      for (const command of manifest.script.commands) {
        const firstSentence = command.description.split('\n')[0]?.match(/^.*?\.(?=\s|$)/)?.[0] ?? command.description;
        const line = run.stdout.split('\n').find((l) => new RegExp(`^ +\\*? +${command.name} `).test(l));
        expect(line).toBeDefined();
        expect(line).toContain(firstSentence);
        // Commands that change the tenant are marked.
        expect(line?.trimStart().startsWith('*')).toBe(command.execution === true);
      }
      expect(run.stdout).toMatch(/test-module/);
      expect(run.stdout).toMatch(/Exit codes: 0 success; 1 the command failed/);
    }
  });

  test('the catalog is built into the bundle: help works with no manifest beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'absolute-bundle-only-'));
    try {
      copyFileSync(BUNDLE, join(dir, 'absolute.cjs'));
      const run = await runNode(join(dir, 'absolute.cjs'), ['absolute-wipe-request-cancel', '--help'], { cwd: dir });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^absolute-wipe-request-cancel\n/);
      expect(run.stdout).toMatch(/request_uid \(required\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('absolute <command> --help shows each argument (required, default, choices, description) and the context outputs', async () => {
    const command = manifest.script.commands.find((c) => c.name === 'absolute-device-export');
    if (!command) throw new Error('absolute-device-export is missing from the manifest');
    const run = await cli(['absolute-device-export', '--help']);
    expect(run.code).toBe(0);
    const text = run.stdout.replace(/\s+/g, ' ');
    for (const argument of command.arguments ?? []) {
      if (argument.hidden) continue;
      expect(text).toContain(` ${argument.name}`);
      expect(text).toContain(argument.description.replace(/\s+/g, ' ').split(' ').slice(0, 6).join(' '));
      if (argument.defaultValue !== undefined) expect(text).toContain(`Default: ${String(argument.defaultValue)}.`);
      if (argument.predefined) expect(text).toContain(`One of: ${argument.predefined.join(', ')}.`);
    }
    for (const output of command.outputs ?? []) expect(text).toContain(output.contextPath);
    const required = await cli(['help', 'absolute-device-freeze-request-get']);
    expect(required.stdout).toMatch(/request_uid \(required\)/);
    const destructive = await cli(['absolute-wipe-request-create', '--help']);
    expect(destructive.stdout).toMatch(/asks y\/N first;\s+without a terminal it refuses unless --yes is given/);
    expect(destructive.stdout).toMatch(/mac_pwd \(secret\)/);
  });

  test('an unknown command suggests the nearest names and exits 2 with nothing on stdout', async () => {
    const typo = await cli(['absolute-wipe-reqest-create', 'device_names=LAPTOP-7']);
    expect(typo.code).toBe(2);
    expect(typo.stdout).toBe('');
    expect(typo.stderr).toMatch(
      /^absolute-wipe-reqest-create is not an existing Absolute command\. Did you mean absolute-wipe-request-create/,
    );
    expect((await cli(['help', 'freze-request'])).stderr).toMatch(/Did you mean absolute-device-freeze-request/);
    expect((await cli(['qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq'])).stderr).not.toMatch(/Did you mean/);
  });

  test('nearest names: edit distance, and fragments of a name', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(nearestCommands('absolute-device-lst')[0]).toBe('absolute-device-list');
    expect(nearestCommands('wipe')).toEqual(expect.arrayContaining(['absolute-wipe-request-create']));
  });

  test('the simulator explains itself with --help', async () => {
    const run = await runNode(BUNDLE.replace(/absolute\.cjs$/, 'simulator.cjs'), ['--help']);
    expect(run.code).toBe(0);
    for (const option of ['--port', '--host', '--fleet-size', '--seed', '--rate-limit', '--print-es256-key'])
      expect(run.stdout).toContain(option);
    const simulatorHelp = await cli(['simulator', '--help']);
    expect(simulatorHelp.stdout).toMatch(/absolute simulator reset/);
  });

  (HAS_SCRIPT ? test : test.skip)('absolute with no arguments on a terminal prints the usage instead of waiting for JSON', async () => {
    const run = await runOnTerminal(BUNDLE, []);
    expect(run.code).toBe(0);
    expect(run.screen).toMatch(/Usage: absolute <command>/);
    expect(run.screen).toMatch(/absolute-device-list/);
  });
});
