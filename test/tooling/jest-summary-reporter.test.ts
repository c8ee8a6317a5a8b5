import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths';
import { runNode } from '../support/run-node';
import { withTempDir } from '../support/temp-dir';

const JEST = join(REPO_ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const REPORTER = join(REPO_ROOT, 'scripts', 'jest-summary-reporter.cjs');

// Plain JavaScript suites, so the inner Jest needs no transform.
const SUITES: Record<string, string> = {
  'passes.test.js': "test('passes', () => expect(1).toBe(1));\n",
  'fails.test.js': "test('fails', () => expect(1).toBe(2));\n",
  'syntax-error.test.js': "test('never loads', () => { const = ; });\n",
  'no-tests.test.js': '// a suite without tests fails to run\n',
  'failing-hook.test.js':
    "afterAll(() => { throw new Error('cleanup failed'); });\ntest('passes before the hook fails', () => undefined);\n",
};

/** Runs Jest with only the summary reporter on a throwaway project holding the given suites. */
async function summaryOf(suites: readonly string[]): Promise<{ code: number | null; lines: string[] }> {
  return withTempDir('jest-summary-', async (dir) => {
    for (const name of suites) writeFileSync(join(dir, name), SUITES[name] ?? '');
    const config = { rootDir: dir, testMatch: ['**/*.test.js'], transform: {}, cacheDirectory: join(dir, '.cache'), reporters: [REPORTER] };
    const run = await runNode(JEST, ['--config', JSON.stringify(config), '--ci', '--no-watchman'], { cwd: dir });
    return { code: run.code, lines: run.stdout.split('\n').filter((line) => line.startsWith('tests:')) };
  });
}

describe('jest summary line', () => {
  test('a suite that fails to load counts as a failure', async () => {
    const run = await summaryOf(['passes.test.js', 'syntax-error.test.js']);
    expect(run.lines).toEqual(['tests: 1 passed, 1 failed (1 suite failed to run)']);
    expect(run.code).toBe(1);
  });

  test('failed tests and suites that fail outside a test (no tests, a failing hook) add up', async () => {
    const run = await summaryOf(Object.keys(SUITES));
    expect(run.lines).toEqual(['tests: 2 passed, 4 failed (3 suites failed to run)']);
    expect(run.code).toBe(1);
  });

  test('a clean run says so', async () => {
    const run = await summaryOf(['passes.test.js']);
    expect(run.lines).toEqual(['tests: 1 passed, 0 failed']);
    expect(run.code).toBe(0);
  });
});
