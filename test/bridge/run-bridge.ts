import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE, REPO_ROOT } from '../support/paths';

export const BRIDGE = join(REPO_ROOT, 'bridge', 'absolute_bridge.py');
export const FIXTURES = join(__dirname, 'fixtures');
export const FAKE_RUNNER = join(FIXTURES, 'bundles', 'fake-runner.cjs');
export const OLD_RUNNER = join(FIXTURES, 'bundles', 'old-runner.cjs');
const SERVER_LOOP = join(FIXTURES, 'server_loop.py');
const runDirs: string[] = [];

/** What the stand-in `demisto` serves to the script. */
export interface Scenario {
  command: string;
  params?: Record<string, unknown>;
  args?: Record<string, unknown>;
  lastRun?: Record<string, unknown>;
  investigationId?: string;
}

/** One call the script made on `demisto` (or on the stand-in CommonServerPython), in order. */
export interface DemistoCall {
  call: string;
  value: unknown;
}

export interface BridgeRun {
  code: number | null;
  stdout: string;
  stderr: string;
  calls: DemistoCall[];
  /** The script's working directory: where file entries are copied to. */
  cwd: string;
  elapsedMs: number;
}

export interface BridgeOptions {
  /** Extra environment for the script (ABSOLUTE_BUNDLE, ABSOLUTE_NODE, FAKE_RUNNER, ...). */
  env?: Record<string, string>;
  /** Run this unified script through the emulated server loop instead of the bridge source. */
  unifiedScript?: string;
}

/**
 * Runs the bridge with python3 against the stand-in demisto module, by default on the real
 * dist/absolute.cjs. Asynchronous, so a simulator in this process keeps serving while it runs.
 */
export function runBridge(scenario: Scenario, options: BridgeOptions = {}): Promise<BridgeRun> {
  const cwd = mkdtempSync(join(tmpdir(), 'bridge-run-'));
  runDirs.push(cwd);
  const scenarioFile = join(cwd, '.scenario.json');
  const recordFile = join(cwd, '.record.jsonl');
  writeFileSync(scenarioFile, JSON.stringify(scenario));
  const script = options.unifiedScript === undefined ? [BRIDGE] : [SERVER_LOOP, writeScript(cwd, options.unifiedScript)];
  const env = {
    PATH: process.env['PATH'] ?? '',
    PYTHONPATH: FIXTURES,
    PYTHONDONTWRITEBYTECODE: '1',
    DEMISTO_SCENARIO: scenarioFile,
    DEMISTO_RECORD: recordFile,
    ABSOLUTE_BUNDLE: BUNDLE,
    ABSOLUTE_NODE: process.execPath,
    ...options.env,
  };
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn('python3', script, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const calls = existsSync(recordFile)
        ? readFileSync(recordFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as DemistoCall)
        : [];
      resolve({ code, stdout, stderr, calls, cwd, elapsedMs: Date.now() - started });
    });
  });
}

function writeScript(dir: string, text: string): string {
  const file = join(dir, '.unified-script.py');
  writeFileSync(file, text);
  return file;
}

/** The values of every call named `name`. */
export function valuesOf(run: BridgeRun, name: string): unknown[] {
  return run.calls.filter((c) => c.call === name).map((c) => c.value);
}

/** Everything the run produced (not the scenario it was given), for "the secret appears nowhere" checks. */
export function everything(run: BridgeRun): string {
  const files = readdirSync(run.cwd)
    .filter((name) => name !== '.scenario.json')
    .map((name) => readFileSync(join(run.cwd, name), 'utf8'));
  return [run.stdout, run.stderr, JSON.stringify(run.calls), ...files].join('\n');
}

/** Deletes the working directories of every run so far (call from afterAll). */
export function removeRunDirs(): void {
  for (const dir of runDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}
