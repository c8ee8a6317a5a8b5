import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSimulator } from '../../simulator';
import { BUNDLE, invocation, startTestSimulator } from '../support/harness';
import { NODE24, startNode, type NodeRun } from '../support/run-node';
import { suiteTempDir } from '../support/temp-dir';

/**
 * The platform writes a large invocation (thousands of device ids) in several writes, so the runner
 * may find part of it in the pipe and wait for the rest. Read directly from the blocking pipe, or
 * from a pipe something already made non-blocking (it then says EAGAIN after the first chunk), the
 * invocation must arrive whole.
 */
const dir = suiteTempDir('stdin-chunks-');
/** Sets up process.stdin before the bundle runs, which turns the pipe non-blocking. */
const touchStdin = join(dir, 'touch-stdin.cjs');
writeFileSync(touchStdin, 'void process.stdin.isTTY;\n');

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

function runInChunks(node: string, preload: string[], text: string): Promise<NodeRun> {
  const { child, done } = startNode(node, [...preload, BUNDLE], { env: { ABSOLUTE_CODE_CACHE: 'off' } });
  const bytes = Buffer.from(text);
  const third = Math.ceil(bytes.length / 3);
  const parts = [bytes.subarray(0, third), bytes.subarray(third, 2 * third), bytes.subarray(2 * third)];
  const writeNext = () => {
    const part = parts.shift();
    if (part === undefined) return child.stdin?.end();
    child.stdin?.write(part, () => setTimeout(writeNext, 150));
  };
  writeNext();
  return done;
}

describe.each([
  ["the machine's Node", process.execPath],
  ["the platform's Node 24", NODE24],
])('a 300 KB invocation written in three parts on %s', (_name, node) => {
  test.each([
    ['a blocking pipe, read directly', []],
    ['a pipe made non-blocking beforehand', ['--require', touchStdin]],
  ])('through %s arrives whole', async (_how, preload) => {
    const text = JSON.stringify({ ...invocation(sim, 'test-module'), padding: 'ü'.repeat(150_000) });
    expect(Buffer.byteLength(text)).toBeGreaterThan(300_000);
    const run = await runInChunks(node, preload, text);
    expect({ code: run.code, stderr: run.stderr.replace(/^test-module: .*\n/m, '') }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ entries: [{ Contents: 'ok' }] });
  });
});
