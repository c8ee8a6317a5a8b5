import type { CommandDefinition } from '../../../Integrations/Absolute/src/commands/command';
import type { RunResult } from '../../../Integrations/Absolute/src/runtime/run-invocation';
import { ArgumentError, parseArgs } from '../../../Integrations/Absolute/src/xsoar/args';
import { unclearFailure, unreadable } from '../../faults/support/failure-shape';
import type { SeenRequest } from './recording-proxy';
import { filterProblems, isWrite, pathProblems } from './wire-checks';

export interface ArgRun {
  definition: CommandDefinition;
  args: Record<string, unknown>;
  result: RunResult;
  seen: readonly SeenRequest[];
  stderr: string;
}

/** Constants the integration itself writes into filters (agent status codes). */
const OWN_LITERALS = ['A', 'D', 'I'];

/** A lone surrogate cannot be sent as UTF-8; the client sends U+FFFD in its place. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Every string an argument could contribute, as the integration would split and trim it. */
export function inputTokens(args: Record<string, unknown>): Set<string> {
  const out = new Set<string>(OWN_LITERALS);
  const add = (text: string) => {
    out.add(text);
    out.add(wellFormed(text));
  };
  for (const value of Object.values(args)) {
    if (value === undefined || value === null || (typeof value === 'object' && !Array.isArray(value))) continue;
    if (!Array.isArray(value)) add(text(value).trim());
    for (const item of listItems(value)) add(item);
  }
  return out;
}

const primitive = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * The items a list argument holds, as an analyst means them: comma-separated text, a JSON array
 * of plain values, or a playbook array. Deliberately not the integration's own `toList`, which
 * would also count the "[object Object]" it makes of an object item as something given.
 */
function listItems(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter(primitive).map((v) => String(v).trim());
  const s = text(value).trim();
  if (s.startsWith('[') && s.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.filter(primitive).map((v) => String(v).trim());
    } catch {
      // Not JSON: a comma list that happens to start with "[".
    }
  }
  return s.split(',').map((t) => t.trim());
}

/** String(value), except for objects that cannot be converted (a generated `toString: "x"`). */
function text(value: unknown): string {
  try {
    return String(value);
  } catch {
    return JSON.stringify(value);
  }
}

/** Readability problems in text the integration wrote, not counting what the analyst typed. */
function ownUnreadable(text: string, args: Record<string, unknown>): string[] {
  // Fast path: removing every input from a long table is costly and rarely needed.
  if (unreadable(text).length === 0) return [];
  return unreadable(ownText(text, args));
}

/** The analyst-facing text with the inputs removed: what is left was written by the integration. */
export function ownText(text: string, args: Record<string, unknown>): string {
  let out = text;
  const pieces = [...inputTokens(args)].flatMap((t) => [t, JSON.stringify(t), JSON.stringify(t).slice(1, -1)]).filter((t) => t.length > 0);
  for (const piece of pieces.filter((p) => text.includes(p)).sort((a, b) => b.length - a.length)) out = out.split(piece).join('');
  return out;
}

/**
 * Everything wrong with one fuzzed run: a crash or unclear error, a rejection that still sent a
 * request, a rejection that does not name an argument of the command, or a request whose path or
 * filter the input could steer.
 */
export function argRunProblems(run: ArgRun): string[] {
  const { definition, args, result, seen } = run;
  const problems: string[] = [];
  let predicted: ArgumentError | undefined;
  try {
    parseArgs(definition.args, args);
  } catch (error) {
    if (!(error instanceof ArgumentError)) return [`parseArgs threw ${String(error)}`];
    predicted = error;
  }
  const entry = result.output.entries[0];
  const message = typeof entry?.Contents === 'string' ? entry.Contents : '';
  if (predicted) {
    if (result.ok) problems.push(`accepted although argument "${predicted.argument}" is invalid`);
    if (!message.includes(`Invalid argument "${predicted.argument}"`))
      problems.push(`the error does not name argument "${predicted.argument}"`);
    if (seen.length > 0) problems.push(`${seen.length} request(s) sent for an invalid argument`);
  }
  if (!result.ok) {
    problems.push(
      ...unclearFailure(result.output.entries, definition.name).filter(
        (p) => !p.startsWith('mentions') && !p.startsWith('reports') && !p.startsWith('contains'),
      ),
    );
    problems.push(...ownUnreadable(message, args));
    const named = /Invalid argument "([^"]*)"/.exec(message)?.[1];
    if (named !== undefined) {
      if (!(named in definition.args)) problems.push(`the error names "${named}", which is not an argument of ${definition.name}`);
      const writes = seen.filter(isWrite);
      if (writes.length > 0) problems.push(`rejected argument "${named}" after ${writes.length} write(s)`);
    }
  } else {
    for (const e of result.output.entries) {
      if (e.Type === 4) problems.push('a successful run holds an error entry');
      problems.push(...ownUnreadable(e.HumanReadable ?? '', args).map((p) => `readable output ${p}`));
    }
  }
  // An analyst's own filter expression may be anything; only filters the integration builds are checked.
  const filter = args['filter'];
  const userFilter =
    filter !== undefined && filter !== null && (typeof filter === 'string' ? filter : JSON.stringify(filter)).trim() !== '';
  const allowed = inputTokens(args);
  for (const request of seen) {
    problems.push(...pathProblems(request));
    if (!userFilter) problems.push(...filterProblems(request, allowed));
  }
  if (/simulator: (unexpected error|request failed)/.test(run.stderr))
    problems.push(`the simulator crashed: ${run.stderr.trim().slice(0, 300)}`);
  return [...new Set(problems)];
}
