import type { ServerResponse } from 'node:http';
import type { Invocation } from '../../../Integrations/Absolute/src/runtime/invocation';
import { runInvocation } from '../../../Integrations/Absolute/src/runtime/run-invocation';
import { startScriptedServer, type SeenRequest } from '../../support/scripted-server';

/** An answer per logical request, chosen by method and path. */
export type Route = (seen: SeenRequest, res: ServerResponse) => void;

/**
 * Runs one command in-process against a scripted server (for the official tests, which mocked
 * the API with fixed JSON), and returns the entries plus every request the command made.
 */
export async function runScripted(command: string, args: Record<string, unknown>, route: Route) {
  const server = await startScriptedServer((seen, _i, res) => route(seen, res));
  try {
    const invocation: Invocation = {
      command,
      args,
      params: { url: server.url, credentials: { identifier: 'token', password: 'secret' }, max_requests_per_second: 1000 },
    };
    const { ok, output } = await runInvocation(invocation, { sleep: async () => undefined });
    return { ok, entries: output.entries, seen: server.seen };
  } finally {
    await server.close();
  }
}
