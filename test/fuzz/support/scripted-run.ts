import { runInvocation, type RunResult } from '../../../Integrations/Absolute/src/runtime/run-invocation';
import { allRoutes } from '../../../simulator/routes/all-routes';
import { Router } from '../../../simulator/routes/router';
import { SUITE_CREDENTIALS } from '../../faults/support/credentials';
import { json, startScriptedServer } from '../../support/scripted-server';
import { FUZZ_NOW } from './fuzz-env';

const ROUTER = new Router(allRoutes());

/** A run's result and the logical routes (`POST /v3/...`) of the requests it sent, in order. */
export type ScriptedRun = RunResult & { routes: string[] };

/**
 * Runs a command against a loopback server that answers each logical route (`GET /v3/...` with
 * `{param}` templates) with a fixed reply body; unknown routes get an empty page.
 */
export async function runScripted(
  command: string,
  args: Record<string, unknown>,
  replies: Record<string, unknown>,
  lastRun: Record<string, unknown> | null = null,
): Promise<ScriptedRun> {
  const routes: string[] = [];
  const server = await startScriptedServer((seen, _index, res) => {
    const match = ROUTER.match(seen.method as Parameters<Router['match']>[0], seen.uri);
    const key = match.kind === 'found' ? `${seen.method} ${match.route.path}` : `${seen.method} ${seen.uri}`;
    routes.push(key);
    json(res, 200, key in replies ? replies[key] : { data: [] });
  });
  try {
    const result = await runInvocation(
      {
        command,
        params: { url: server.url, credentials: { identifier: SUITE_CREDENTIALS.tokenId, password: SUITE_CREDENTIALS.secret } },
        args,
        lastRun,
      },
      { now: () => FUZZ_NOW, sleep: async () => undefined },
    );
    return { ...result, routes };
  } finally {
    await server.close();
  }
}

/** The first entry's text: the error message, or the readable output of a success. */
export function textOf(result: RunResult): string {
  const entry = result.output.entries[0];
  return result.ok ? String(entry?.HumanReadable) : String(entry?.Contents);
}
