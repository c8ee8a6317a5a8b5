import { spawn, spawnSync } from 'node:child_process';

/** Whether util-linux `script` is here to give a child a real pseudo-terminal. */
export const HAS_SCRIPT = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

export interface TerminalRun {
  code: number | null;
  /** Everything the terminal showed (stdout and stderr together, as on a screen), CRLF normalised. */
  screen: string;
}

/**
 * Runs `node <script> <args>` on a pseudo-terminal (`script -qec`), typing `input` into it: the
 * child sees a TTY on stdin, stdout and stderr, as an analyst's shell gives it.
 */
export function runOnTerminal(
  script: string,
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string; cwd?: string } = {},
): Promise<TerminalRun> {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, script, ...args].map(quote).join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      cwd: options.cwd,
      env: { PATH: process.env['PATH'] ?? '', TERM: 'dumb', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let screen = '';
    child.stdout.on('data', (d: Buffer) => (screen += d.toString()));
    child.stderr.on('data', (d: Buffer) => (screen += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, screen: screen.replace(/\r\n/g, '\n') }));
    // Typed once the program is waiting; the terminal buffers it until then.
    child.stdin.end(options.input ?? '');
  });
}
