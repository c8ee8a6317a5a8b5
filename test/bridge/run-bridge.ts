import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { embedPythonCode } from '../../scripts/unify/python-code';
import { bridgeCode } from '../../scripts/unify/unify';
import { REPO_ROOT } from '../support/paths';
import { NodeBins, type NodeChoice } from './support/node-bins';
import { PLATFORM_DIR, pythonExecutable } from './support/platform';

export const BRIDGE = join(REPO_ROOT, 'bridge', 'absolute_bridge.py');
export const UNIFIED = join(REPO_ROOT, 'dist', 'integration-Absolute.yml');
export const FIXTURES = join(__dirname, 'fixtures');
export const FAKE_RUNNER = join(FIXTURES, 'bundles', 'fake-runner.cjs');
export const OLD_RUNNER = join(FIXTURES, 'bundles', 'old-runner.cjs');
const PLATFORM_LOOP = join(FIXTURES, 'platform_loop.py');
export const TEST_IMAGE = 'demisto/cyberchef:1.0.0.13531018';

/** What the patched `demisto` serves to the script, and which platform it pretends to be. */
export interface Scenario {
  command: string;
  params?: Record<string, unknown>;
  args?: Record<string, unknown>;
  lastRun?: Record<string, unknown>;
  investigationId?: string;
  /** xsiam: the licence names the HTTP collector; xsoar: it names nothing; xsoar-old: no getLicenseCustomField. */
  platform?: 'xsiam' | 'xsoar' | 'xsoar-old';
  collector?: { url: string; token: string; host: string; certPem: string };
}

/** One call the script made on `demisto`, in order. */
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
  /** Extra environment for the script (ABSOLUTE_BUNDLE, FAKE_RUNNER, ...). */
  env?: Record<string, string>;
  /** The Python script to run; default: the shipped unified file's script. */
  script?: string;
  /** Or a script file that is already on disk. */
  scriptFile?: string;
  /** Which Node.js the PATH offers; default the development Node. */
  node?: NodeChoice;
  /** The temporary folder of the "container" (TMPDIR); runs that share it share the extracted runner. */
  container?: string;
}

/** The script of the shipped unified integration (dist/integration-Absolute.yml). */
export function shippedScript(): string {
  const unified = parse(readFileSync(UNIFIED, 'utf8')) as { script: { script: string } };
  return unified.script.script;
}

/** The bridge as the unifier embeds it; with `bundleFile` it carries that bundle, without it runs an image's bundle. */
export function bridgeScript(bundleFile?: string): string {
  const bundle = bundleFile === undefined ? undefined : readFileSync(bundleFile);
  return embedPythonCode(bridgeCode(readFileSync(BRIDGE, 'utf8'), TEST_IMAGE, bundle), 'Absolute');
}

/**
 * Runs integration scripts through the platform loop (the real CommonServerPython and
 * demistomock), each with a PATH that holds only the chosen Node.js. Everything lives under one
 * temporary folder that cleanup() removes.
 */
export class BridgeHarness {
  private readonly root = mkdtempSync(join(tmpdir(), 'bridge-runs-'));
  private readonly bins = new NodeBins();
  private readonly scripts = new Map<string, string>();
  private count = 0;
  /** The container runs share unless they ask for their own. */
  readonly sharedContainer = this.container();

  /** A fresh container temp folder: a container the integration has not run in yet. */
  container(): string {
    const dir = join(this.root, `container-${(this.count += 1)}`);
    mkdirSync(dir);
    return dir;
  }

  run(scenario: Scenario, options: BridgeOptions = {}): Promise<BridgeRun> {
    if (PLATFORM_DIR === undefined) throw new Error('the platform files are missing (see test/bridge/support/platform.ts)');
    const cwd = join(this.root, `run-${(this.count += 1)}`);
    mkdirSync(cwd);
    const scenarioFile = join(cwd, '.scenario.json');
    const recordFile = join(cwd, '.record.jsonl');
    const { certPem, ...collector } = scenario.collector ?? { certPem: undefined };
    writeFileSync(scenarioFile, JSON.stringify({ ...scenario, collector }));
    const env: Record<string, string> = {
      PATH: this.bins.pathFor(options.node ?? 'node20'),
      TMPDIR: options.container ?? this.sharedContainer,
      PYTHONDONTWRITEBYTECODE: '1',
      XSOAR_PLATFORM_DIR: PLATFORM_DIR,
      DEMISTO_SCENARIO: scenarioFile,
      DEMISTO_RECORD: recordFile,
      ...options.env,
    };
    if (certPem !== undefined) {
      env['REQUESTS_CA_BUNDLE'] = join(cwd, '.collector-ca.pem');
      writeFileSync(env['REQUESTS_CA_BUNDLE'], certPem);
    }
    const script = options.scriptFile ?? this.scriptFile(options.script ?? shippedScript());
    const started = Date.now();
    return new Promise((resolve, reject) => {
      const child = spawn(pythonExecutable(), [PLATFORM_LOOP, script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        const calls = existsSync(recordFile)
          ? readFileSync(recordFile, 'utf8')
              .split('\n')
              .filter(Boolean)
              .map((line) => JSON.parse(line) as DemistoCall)
          : [];
        resolve({ code, stdout, stderr, calls, cwd, elapsedMs: Date.now() - started });
      });
    });
  }

  private scriptFile(text: string): string {
    let file = this.scripts.get(text);
    if (file === undefined) {
      file = join(this.root, `script-${this.scripts.size + 1}.py`);
      writeFileSync(file, text);
      this.scripts.set(text, file);
    }
    return file;
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
    this.bins.remove();
  }
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
