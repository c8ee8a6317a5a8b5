import { readSync } from 'node:fs';
import { errorEntry } from '../xsoar/entry';
import type { RunnerOutput } from './invocation';
import { runInvocation, type RunDeps } from './run-invocation';

import { EXIT_BAD_INVOCATION, EXIT_COMMAND_FAILED, EXIT_OK } from './exit-codes';

export { EXIT_BAD_INVOCATION, EXIT_COMMAND_FAILED, EXIT_OK };

/** Runner protocol: one JSON invocation on stdin, one JSON result on stdout, exit code 0/1/2. */
export async function runStdin(read: () => Promise<string>, write: (text: string) => Promise<void>, deps: RunDeps): Promise<number> {
  const text = await read();
  let invocation: unknown;
  try {
    invocation = JSON.parse(text);
  } catch {
    invocation = undefined;
  }
  if (
    !invocation ||
    typeof invocation !== 'object' ||
    Array.isArray(invocation) ||
    typeof (invocation as { command?: unknown }).command !== 'string'
  ) {
    const output: RunnerOutput = {
      entries: [errorEntry('Unreadable invocation: expected one JSON object {"command", "params", "args", "lastRun"} on stdin.')],
      lastRun: null,
    };
    await write(`${JSON.stringify(output)}\n`);
    return EXIT_BAD_INVOCATION;
  }
  const result = await runInvocation(invocation as Parameters<typeof runInvocation>[0], deps);
  await write(`${result.serialized ?? JSON.stringify(result.output)}\n`);
  return result.ok ? EXIT_OK : EXIT_COMMAND_FAILED;
}

/**
 * All of the input. The platform passes it through a blocking pipe, read here to its end without
 * setting up a stream on stdin. A descriptor that stops giving data that way (a non-blocking pipe
 * says EAGAIN, possibly after some chunks) is read on as a stream, after what was already read.
 */
export async function readInput(fd: number, stream: () => NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const length = readSync(fd, chunk, 0, chunk.length, null);
      if (length === 0) return Buffer.concat(chunks).toString('utf8');
      chunks.push(chunk.subarray(0, length));
    }
  } catch {
    for await (const chunk of stream()) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    return Buffer.concat(chunks).toString('utf8');
  }
}
