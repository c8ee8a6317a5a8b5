import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runCli } from '../../scripts/validate/run-cli';
import { FixturePack, GOOD_PACK, INTEGRATION, REPO_ROOT, SCHEMA_DIR } from './support/fixture-pack';

function run(args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('validate CLI', () => {
  test('a clean pack exits 0 and says so', () => {
    expect(run([GOOD_PACK, '--schemas', SCHEMA_DIR])).toEqual({ code: 0, out: [], err: ['Pack validation passed: no findings.'] });
  });

  test('findings print as `path: [CODE] - where: message` and exit 1', () => {
    const pack = new FixturePack().set(INTEGRATION, ['commonfields', 'version'], -2);
    try {
      const result = run([pack.root, '--schemas', SCHEMA_DIR]);
      expect(result.code).toBe(1);
      expect(result.out).toEqual(['Integrations/Sample/Sample.yml: [BA100] - commonfields.version: version must be -1, found -2']);
      expect(result.err).toEqual(['Pack validation failed: 1 error(s), 0 warning(s) in 1 file(s).']);
    } finally {
      rmSync(pack.root, { recursive: true, force: true });
    }
  });

  test('--json prints the findings array', () => {
    const result = run([GOOD_PACK, '--json', '--schemas', SCHEMA_DIR]);
    expect(JSON.parse(result.out.join('\n'))).toEqual([]);
  });

  test('--list-rules prints one code and title per rule', () => {
    const result = run(['--list-rules']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('ST110  Integration YAML matches the demisto-sdk integration schema');
  });

  test('bad options and missing packs exit 2', () => {
    expect(run(['--nope']).code).toBe(2);
    expect(run([join(GOOD_PACK, 'missing'), '--schemas', SCHEMA_DIR])).toMatchObject({
      code: 2,
      err: [expect.stringMatching(/not a directory/)],
    });
  });

  test('the bundled CLI finds vendor/ next to its dist/ folder, wherever it runs from', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'validate-bundle-'));
    try {
      mkdirSync(join(repo, 'dist'));
      cpSync(SCHEMA_DIR, join(repo, 'vendor', 'xsoar-schemas'), { recursive: true });
      await build({
        entryPoints: [join(REPO_ROOT, 'scripts/validate/cli.ts')],
        outfile: join(repo, 'dist', 'validate.cjs'),
        bundle: true,
        platform: 'node',
        format: 'cjs',
        target: 'node20',
        logLevel: 'silent',
      });
      const elsewhere = mkdtempSync(join(tmpdir(), 'validate-cwd-'));
      const pack = join(elsewhere, 'pack');
      cpSync(GOOD_PACK, pack, { recursive: true });
      const result = spawnSync(process.execPath, [join(repo, 'dist', 'validate.cjs'), pack], { cwd: elsewhere, encoding: 'utf8' });
      rmSync(elsewhere, { recursive: true, force: true });
      expect({ status: result.status, stderr: result.stderr.trim() }).toEqual({
        status: 0,
        stderr: 'Pack validation passed: no findings.',
      });
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
