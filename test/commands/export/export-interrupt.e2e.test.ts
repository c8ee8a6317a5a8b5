import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_CREDENTIALS, type RunningSimulator } from '../../../simulator';
import { DEFAULT_EXPORT_DIR } from '../../../Integrations/Absolute/src/runtime/cli';
import { BUNDLE, REPO_ROOT } from '../../support/paths';
import { runNode } from '../../support/run-node';
import { startTestSimulator } from '../../support/harness';
import { parseCsv } from './parse-csv';

/** 5,000 devices are 10 pages; each answer is held back so the export is still running when signalled. */
const FLEET = 5000;

let sim: RunningSimulator;
let workDir: string;
beforeAll(async () => {
  sim = await startTestSimulator({ fleetSize: FLEET });
});
afterAll(() => sim.close());
beforeEach(() => {
  workDir = mkdtempSync(join(tmpdir(), 'absolute-export-interrupt-'));
});
afterEach(() => {
  sim.setFaults({});
  rmSync(workDir, { recursive: true, force: true });
});

const env = () => ({
  ABSOLUTE_URL: sim.url,
  ABSOLUTE_TOKEN_ID: DEMO_CREDENTIALS.hs256.tokenId,
  ABSOLUTE_SECRET_KEY: DEMO_CREDENTIALS.hs256.secretKey,
});

/** Starts an export in `dir`, waits until its first page is on disk, runs `midway`, then waits for the exit. */
function exportUntilMidway(
  dir: string,
  midway: (pid: number) => void,
): Promise<{ code: number | null; stderr: string; sawPartial: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BUNDLE, 'absolute-device-export', 'file_name=fleet.csv', '--files-dir', dir], {
      env: { PATH: process.env['PATH'] ?? '', ...env() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let sawPartial: string[] = [];
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    const poll = setInterval(() => {
      const partial = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.partial')) : [];
      if (partial.length > 0 && sawPartial.length === 0) {
        sawPartial = partial;
        clearInterval(poll);
        midway(child.pid ?? 0);
      }
    }, 10);
    child.on('close', (code) => {
      clearInterval(poll);
      resolve({ code, stderr, sawPartial });
    });
  });
}

describe('an export never leaves a file that lies', () => {
  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s midway: no file under the final name, and the temporary file is gone', async (signal, exitCode) => {
    sim.setFaults({ latencyMs: 150 });
    const result = await exportUntilMidway(workDir, (pid) => process.kill(pid, signal));
    expect(result.sawPartial).toEqual([expect.stringMatching(/^fleet\.csv\.[0-9a-f]{8}\.partial$/)]);
    expect(result.code).toBe(exitCode);
    expect(readdirSync(workDir)).toEqual([]);
  });

  test('an API failure midway: no file under the final name, and the temporary file is gone', async () => {
    sim.setFaults({ latencyMs: 150 });
    const result = await exportUntilMidway(workDir, () => sim.setFaults({ errorRate: 1, errorStatuses: [400] }));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Failed to execute absolute-device-export command/);
    expect(readdirSync(workDir)).toEqual([]);
  });

  test('a complete export appears under its name only when whole, and by default in ./absolute-exports', async () => {
    const run = await runNode(BUNDLE, ['absolute-device-export', 'file_name=fleet.csv', 'fields=deviceUid'], { env: env(), cwd: workDir });
    expect(run.code).toBe(0);
    expect(readdirSync(workDir)).toEqual(['absolute-exports']);
    expect(readdirSync(join(workDir, 'absolute-exports'))).toEqual(['fleet.csv']);
    expect(parseCsv(readFileSync(join(workDir, 'absolute-exports', 'fleet.csv'), 'utf8'))).toHaveLength(FLEET + 1);
    const again = await runNode(BUNDLE, ['absolute-device-export', 'file_name=fleet.csv', 'fields=deviceUid'], {
      env: env(),
      cwd: workDir,
    });
    expect(again.code).toBe(0);
    expect(readdirSync(join(workDir, 'absolute-exports')).sort()).toEqual(['fleet-1.csv', 'fleet.csv']);
  });

  test('the default export folder is the one the README names and git ignores', () => {
    expect(DEFAULT_EXPORT_DIR).toBe('absolute-exports');
    expect(readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8').split('\n')).toContain(`${DEFAULT_EXPORT_DIR}/`);
    expect(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8')).toContain(`./${DEFAULT_EXPORT_DIR}/`);
  });
});
