import type { AbsoluteClient } from '../absolute/client';
import type { IntegrationParams } from '../runtime/params';
import type { ArgSpecs, ParsedArgs } from '../xsoar/args';
import type { CommandResults, JsonObject } from '../xsoar/entry';

/** Everything a handler may use. Handlers never touch stdin/stdout or the process. */
export interface CommandContext {
  client: AbsoluteClient;
  params: IntegrationParams;
  /** State from the previous run (fetch-events), or null. */
  lastRun: JsonObject | null;
  now: () => number;
  /** Diagnostics for stderr; the runtime redacts secrets. */
  log: (message: string) => void;
  /** Where file entries are written. */
  filesDir: string;
}

/** A handler's full answer when it also carries state or events. */
export interface CommandResponse {
  results: CommandResults[];
  lastRun?: JsonObject | null;
  events?: JsonObject[];
}

export type HandlerResult = CommandResults | CommandResults[] | CommandResponse;

export interface CommandDefinition<S extends ArgSpecs = ArgSpecs> {
  name: string;
  args: S;
  run(ctx: CommandContext, args: ParsedArgs<S>): Promise<HandlerResult>;
  /**
   * For commands the manifest marks `execution: true`: a plain-text account of what the command
   * would act on (resolved devices, request, message), shown by the command line before it asks
   * for confirmation. It may read (resolve names, fetch a request) but never writes.
   */
  describeTargets?(ctx: CommandContext, args: ParsedArgs<S>): Promise<string>;
}

/** Keeps the argument types of one command while the registry holds them all. */
export function defineCommand<S extends ArgSpecs>(definition: CommandDefinition<S>): CommandDefinition {
  return definition;
}

export function toResponse(result: HandlerResult): CommandResponse {
  if (Array.isArray(result)) return { results: result };
  if ('results' in result) return result;
  return { results: [result] };
}
