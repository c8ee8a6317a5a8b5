import { createServer } from 'node:net';
import { runNode } from '../child-run';
import { packEnv, warmSharedCodeCache } from '../code-cache';
import type { BenchContext } from '../context';
import { failureText, parsePackOutput } from '../context';
import type { Figure } from '../report';
import { formatMs, median } from '../stats';

/** The bundle before fail-fast (4 attempts with backoff), measured with --pack: medians of 5 on the 2-core dev machine. */
export const TIME_TO_FAIL_BEFORE_MS = { refused: 3_340, unresolved: 3_360 };
export const TIME_TO_FAIL_GOAL_MS = 1_000;
const RUNS = 5;

interface Case {
  key: keyof typeof TIME_TO_FAIL_BEFORE_MS;
  name: string;
  params: Record<string, unknown>;
  env: NodeJS.ProcessEnv;
  expect: RegExp;
}

/**
 * Wall time of `node dist/absolute.cjs` answering `test-module` on stdin when nothing answers:
 * a refused port on 127.0.0.1, and a name under the reserved `.invalid` TLD, which the resolver
 * fails locally without the network. The server URL must be an Absolute host, so the unresolvable
 * name is the system proxy's (HTTPS_PROXY), the usual way a bad name reaches a real instance.
 */
export async function timeToFail(ctx: BenchContext): Promise<Figure[]> {
  const credentials = { identifier: 'bench-token', password: 'bench-secret-key-0123456789abcdef' };
  const path = { PATH: process.env['PATH'] ?? '' };
  const cases: Case[] = [
    {
      key: 'refused',
      name: 'refused port on 127.0.0.1',
      params: { url: `http://127.0.0.1:${await closedPort()}`, credentials },
      env: path,
      expect: /ECONNREFUSED/,
    },
    {
      key: 'unresolved',
      name: 'unresolvable name (proxy under .invalid)',
      params: { url: 'https://api.absolute.com', credentials, proxy: true },
      env: { ...path, HTTPS_PROXY: 'http://absolute-proxy.invalid:3128' },
      expect: /ENOTFOUND|EAI_AGAIN/,
    },
  ];
  await warmSharedCodeCache(ctx);
  const figures: Figure[] = [];
  for (const c of cases) {
    const input = JSON.stringify({ command: 'test-module', params: c.params, args: {} });
    const times: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      const run = await runNode([ctx.packBundle], { input, env: packEnv(ctx.codeCache, c.env) });
      const text = failureText(parsePackOutput(run.stdout, `time to fail, ${c.name}`));
      if (run.code !== 1 || !c.expect.test(text))
        throw new Error(`time to fail, ${c.name}: unexpected outcome (exit ${run.code}): ${text.slice(0, 300)}`);
      if (i > 0) times.push(run.wallMs); // the first run warms the file cache
    }
    const ms = median(times);
    ctx.log(`time to fail, ${c.name}: median ${formatMs(ms)}, worst ${formatMs(Math.max(...times))} (${RUNS} runs)`);
    figures.push({
      group: 'Time to fail',
      name: `${c.name}: test-module via stdin, median of ${RUNS}`,
      value: formatMs(ms),
      baseline: `${formatMs(TIME_TO_FAIL_BEFORE_MS[c.key])} before fail-fast`,
      goal: `< ${formatMs(TIME_TO_FAIL_GOAL_MS)}`,
      met: ms < TIME_TO_FAIL_GOAL_MS,
      data: { ms, runs: times, worstMs: Math.max(...times) },
    });
  }
  return figures;
}

/** A loopback port nothing listens on (bound, then released). */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
