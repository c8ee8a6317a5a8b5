import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ChildRun {
  code: number | null;
  wallMs: number;
  /** Peak resident set size of the node process, when it could be measured. */
  peakRssBytes?: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = '/usr/bin/time';

export interface RunOptions {
  /** Written to the child's stdin, then stdin is closed. */
  input?: string;
  /** Measure the peak RSS (GNU time when installed, else a /proc sampler). */
  measureMemory?: boolean;
  env?: NodeJS.ProcessEnv;
  /** The node binary; default the one running the bench. */
  node?: string;
}

/**
 * Runs `node <args>` and times it from spawn to exit. With `measureMemory`, `/usr/bin/time -f %M`
 * reports the peak RSS of the node process itself; without GNU time, /proc/<pid>/status VmHWM is
 * sampled instead (the kernel's own high-water mark, so sampling late still sees the peak).
 */
export function runNode(args: readonly string[], options: RunOptions = {}): Promise<ChildRun> {
  const useTime = options.measureMemory === true && existsSync(GNU_TIME);
  const scratch = useTime ? mkdtempSync(join(tmpdir(), 'absolute-bench-')) : undefined;
  const timeFile = scratch ? join(scratch, 'time.txt') : undefined;
  const node = options.node ?? process.execPath;
  const [command, argv] = timeFile ? [GNU_TIME, ['-f', '%M', '-o', timeFile, node, ...args]] : [node, [...args]];
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    let sampledPeak = 0;
    const sampler =
      options.measureMemory && !useTime && child.pid !== undefined
        ? setInterval(() => (sampledPeak = Math.max(sampledPeak, readHighWaterMark(child.pid as number))), 25)
        : undefined;
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (sampler) clearInterval(sampler);
      let peakRssBytes: number | undefined = sampledPeak > 0 ? sampledPeak : undefined;
      if (timeFile && existsSync(timeFile)) {
        const kb = Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop());
        if (Number.isFinite(kb) && kb > 0) peakRssBytes = kb * 1024;
      }
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      resolve({ code, wallMs, peakRssBytes, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

function readHighWaterMark(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}
