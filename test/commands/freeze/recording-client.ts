import type { AbsoluteClient, ApiRequest, ApiResponse } from '../../../Integrations/Absolute/src/absolute/client';
import { encodeQuery } from '../../../Integrations/Absolute/src/absolute/query';
import type { CommandContext, CommandDefinition } from '../../../Integrations/Absolute/src/commands/command';
import { toResponse } from '../../../Integrations/Absolute/src/commands/command';
import { parseArgs } from '../../../Integrations/Absolute/src/xsoar/args';
import type { CommandResults } from '../../../Integrations/Absolute/src/xsoar/entry';

/** What the official tests assert on: the logical request, as (method, path, query-string). */
export interface SentRequest {
  method: string;
  path: string;
  queryString: string;
  body: unknown;
}

/**
 * A stand-in for the client that records each logical request and answers from `reply`, like the
 * official tests' mocked `send_request_to_api`. Used only where the exact request is the assertion.
 */
export function recordingClient(reply: (req: ApiRequest) => Partial<ApiResponse<unknown>> = () => ({})): {
  client: AbsoluteClient;
  sent: SentRequest[];
} {
  const sent: SentRequest[] = [];
  const fake = {
    async request(req: ApiRequest): Promise<ApiResponse<unknown>> {
      sent.push({ method: req.method, path: req.path, queryString: encodeQuery(req.query), body: req.body });
      return { status: 200, data: undefined, nextPage: undefined, ...reply(req) };
    },
  };
  return { client: fake as unknown as AbsoluteClient, sent };
}

/** Runs one command's handler directly with raw string arguments. */
export async function runWith(command: CommandDefinition, client: AbsoluteClient, raw: Record<string, unknown>): Promise<CommandResults[]> {
  const ctx = { client, params: {}, lastRun: null, now: () => 0, log: () => undefined, filesDir: '.' } as unknown as CommandContext;
  return toResponse(await command.run(ctx, parseArgs(command.args, raw))).results;
}
