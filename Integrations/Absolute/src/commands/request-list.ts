import type { ActionRequestFilter } from '../absolute/api/types';
import type { AbsoluteClient } from '../absolute/client';
import { arg, type ParsedArgs } from '../xsoar/args';
import type { JsonObject } from '../xsoar/entry';
import { defineCommand, type CommandDefinition } from './command';
import { isoDateArg, REQUEST_STATUSES } from './request-args';

/** The filter every kind of action request (Reach, File Delete, Send Message, Wipe) is listed by. */
export const REQUEST_LIST_ARGS = {
  created_from_date_time_utc: isoDateArg(),
  created_to_date_time_utc: isoDateArg(),
  request_status: arg.choice(REQUEST_STATUSES),
  limit: arg.number({ defaultValue: 50, min: 1, max: 10_000 }),
};

export function requestListFilter(args: ParsedArgs<typeof REQUEST_LIST_ARGS>): ActionRequestFilter {
  return {
    createdFromDateTimeUtc: args.created_from_date_time_utc,
    createdToDateTimeUtc: args.created_to_date_time_utc,
    requestStatus: args.request_status,
  };
}

/** What one kind of request's list command says in its own words. */
export interface RequestListSpec<R> {
  name: string;
  list(client: AbsoluteClient, filter: ActionRequestFilter, limit: number): Promise<R[]>;
  /** The whole answer when no request matches. */
  noneFound: string;
  title: string;
  /** The table of the requests; `contexts` are the same requests as `context` maps them, in order. */
  table(title: string, requests: readonly R[], contexts: readonly JsonObject[]): string;
  output: { prefix: string; keyField: string };
  context(request: R): JsonObject;
}

/** A `*-request-list` command: the requests matching the filter, as a table and in context. */
export function defineRequestListCommand<R>(spec: RequestListSpec<R>): CommandDefinition {
  return defineCommand({
    name: spec.name,
    args: REQUEST_LIST_ARGS,
    async run({ client }, args) {
      const requests = await spec.list(client, requestListFilter(args), args.limit);
      if (requests.length === 0) return { readable: spec.noneFound, raw: [] };
      const contexts = requests.map((r) => spec.context(r));
      return {
        readable: spec.table(spec.title, requests, contexts),
        raw: requests,
        outputs: [{ ...spec.output, value: contexts }],
      };
    },
  });
}
