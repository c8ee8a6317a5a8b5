import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO_ROOT } from '../../support/paths';

const PLATFORM_FILES = ['CommonServerPython.py', 'demistomock.py'];

/**
 * The platform's own Python runtime files, read at test time from `shared/xsoar-platform` beside
 * the checkout (../shared from the main checkout; further up for a worktree or a CI clone in a
 * sub-folder). XSOAR_PLATFORM_DIR, when set, is the only place looked at. Never copied into the repository.
 */
function findPlatformDir(): string | undefined {
  const override = process.env['XSOAR_PLATFORM_DIR'];
  const candidates: string[] = [];
  if (override) candidates.push(override);
  else for (let dir = REPO_ROOT; dirname(dir) !== dir; dir = dirname(dir)) candidates.push(join(dirname(dir), 'shared', 'xsoar-platform'));
  return candidates.find((dir) => PLATFORM_FILES.every((file) => existsSync(join(dir, file))));
}

export const PLATFORM_DIR = findPlatformDir();

export const PLATFORM_MISSING = [
  'The platform suites need the Cortex XSOAR/XSIAM runtime files CommonServerPython.py and demistomock.py in',
  `${join(dirname(REPO_ROOT), 'shared', 'xsoar-platform')} (or set XSOAR_PLATFORM_DIR). Fetch them from the public repository`,
  'demisto/content-ci-cd-template (commit 3719e347ddbb337b714d68d9822ddb0c87829624, with its LICENSE), or from demisto/content:',
  'Packs/Base/Scripts/CommonServerPython/CommonServerPython.py and Tests/demistomock/demistomock.py.',
  'Set ABSOLUTE_SKIP_PLATFORM_TESTS=1 to skip these suites instead of failing them.',
].join('\n');

/**
 * A describe block that needs the platform's files. Without them it fails with instructions, or is
 * skipped with a warning when ABSOLUTE_SKIP_PLATFORM_TESTS=1; the other suites run either way.
 */
export function describeOnPlatform(name: string, body: () => void): void {
  if (PLATFORM_DIR !== undefined) {
    describe(name, body);
  } else if (process.env['ABSOLUTE_SKIP_PLATFORM_TESTS'] === '1') {
    process.stderr.write(`\nSKIPPED "${name}":\n${PLATFORM_MISSING}\n\n`);
    // The body is not even collected: it would create the suite's temporary folders.
    describe(name, () => test.skip("needs the platform's CommonServerPython.py and demistomock.py", () => undefined));
  } else {
    describe(name, () => {
      test("the platform's CommonServerPython.py and demistomock.py are available", () => {
        throw new Error(PLATFORM_MISSING);
      });
    });
  }
}

let python: string | undefined;

/**
 * The absolute path of the `python3` on the developer's PATH, so the bridge can then run with a
 * PATH that holds nothing but the Node.js under test.
 */
export function pythonExecutable(): string {
  python ??= execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();
  return python;
}
